import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import { ReportActionForm, UnhideForm } from "./moderation-forms.tsx";

const ACTIONS = ["DISMISS", "HIDE", "DELETE", "WARN", "SUSPEND"] as const;

describe("the moderation queue's forms (issue 14.12)", () => {
  it("asks how long only when suspending is chosen", async () => {
    const user = userEvent.setup();
    renderRoute(() => <ReportActionForm reportId="r1" actions={ACTIONS} busy={false} />);
    await screen.findByRole("radio", { name: "Afwijzen: er is niets mis" });
    await waitFor(() => expect(screen.queryByLabelText("Hoe lang schorsen?")).toBeNull());
    await user.click(screen.getByRole("radio", { name: "De schrijver schorsen" }));
    expect(await screen.findByLabelText("Hoe lang schorsen?")).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "De schrijver waarschuwen" }));
    await waitFor(() => expect(screen.queryByLabelText("Hoe lang schorsen?")).toBeNull());
  });

  it("shows a missing reason inline, in Dutch, and sends nothing; with a reason it posts the action", async () => {
    const user = userEvent.setup();
    const { posted, container } = renderRoute(() => <ReportActionForm reportId="r1" actions={ACTIONS} busy={false} />);
    await screen.findByRole("radio", { name: "Verbergen voor anderen" });
    await waitFor(() => expect(container.querySelector("form")?.noValidate).toBe(true));
    await user.click(screen.getByRole("radio", { name: "Verbergen voor anderen" }));
    await user.click(screen.getByRole("button", { name: "Uitvoeren" }));
    expect(await screen.findByText("Schrijf in een paar woorden op waarom (minstens 3 tekens).")).toBeTruthy();
    const reason = screen.getByLabelText(/^Reden/);
    expect(reason.getAttribute("aria-invalid")).toBe("true");
    expect(reason.getAttribute("aria-describedby")).toContain("error");
    expect(posted).toEqual([]);

    await user.type(reason, "Vraagt om persoonlijke gegevens");
    await user.click(screen.getByRole("button", { name: "Uitvoeren" }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.fields).toMatchObject({ reportId: "r1", action: "HIDE", reason: "Vraagt om persoonlijke gegevens" });
  });

  it("suspending sends the chosen number of days", async () => {
    const user = userEvent.setup();
    const { posted } = renderRoute(() => <ReportActionForm reportId="r2" actions={ACTIONS} busy={false} />);
    await user.click(await screen.findByRole("radio", { name: "De schrijver schorsen" }));
    await user.selectOptions(await screen.findByLabelText("Hoe lang schorsen?"), "30");
    await user.type(screen.getByLabelText(/^Reden/), "Herhaaldelijk intimiderend");
    await user.keyboard("{Tab}{Enter}");
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.fields).toMatchObject({ action: "SUSPEND", days: "30", reason: "Herhaaldelijk intimiderend" });
  });

  it("the way back: unhiding needs a reason too", async () => {
    const user = userEvent.setup();
    const { posted } = renderRoute(() => <UnhideForm reportId="r3" title="Stageplekken" busy={false} />);
    await user.click(await screen.findByRole("button", { name: /^Weer zichtbaar maken.*Stageplekken/ }));
    expect(await screen.findByText("Schrijf in een paar woorden op waarom (minstens 3 tekens).")).toBeTruthy();
    expect(posted).toEqual([]);
    await user.type(screen.getByLabelText("Waarom weer zichtbaar?"), "Na overleg in orde{Enter}");
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.fields).toMatchObject({ reportId: "r3", action: "UNHIDE", reason: "Na overleg in orde" });
  });
});

describe("UnhideForm in English (decision 319)", () => {
  it("names its button with the English verb and the hidden item's title, the title marked Dutch", async () => {
    renderRoute(() => <UnhideForm reportId="r4" title="Stageplekken bij kleine werkgevers" busy={false} />, { language: "en" });
    const button = await screen.findByRole("button", { name: "Make visible again Stageplekken bij kleine werkgevers" });
    // Before: aria-label "Make visible again: Stageplekken …", one English string with the Dutch title unmarked.
    expect(button.hasAttribute("aria-label")).toBe(false);
    const [, titleId] = button.getAttribute("aria-labelledby")!.split(" ");
    expect(document.getElementById(titleId!)!.querySelector("[lang=nl]")!.textContent).toBe("Stageplekken bij kleine werkgevers");
  });
});
