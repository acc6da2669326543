/**
 * The meeting form's field errors are tied to their fields for assistive
 * technology: aria-invalid on the field and aria-describedby naming both the
 * hint and the error text, whether the error came back from the server (no
 * JavaScript) or was found in the browser before anything was sent.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { describedByText, renderRoute } from "../../../tests/helpers/components.tsx";
import { MeetingForm } from "./meeting-form.tsx";

describe("MeetingForm field errors", () => {
  it("shows the server's errors at their fields, in Dutch, tied to them by aria-describedby", async () => {
    renderRoute(() => (
      <MeetingForm
        id="event"
        submitLabel="Bijeenkomst opslaan"
        lastResult={{
          status: "error",
          initialValue: { title: "ab", onlineUrl: "teams" },
          error: { title: ["errors.tooShort"], onlineUrl: ["events.errors.urlInvalid"] },
        }}
      />
    ));
    const title = await screen.findByLabelText("Titel");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(describedByText(title)).toContain("Dit is te kort.");
    expect(describedByText(title)).toContain("Bijvoorbeeld: Impact-bijeenkomst inclusief werven");
    const link = screen.getByLabelText(/^Online link/);
    expect(link.getAttribute("aria-invalid")).toBe("true");
    expect(describedByText(link)).toContain("Vul een geldige link in die begint met https:// of http://.");
    // A field without an error is not marked.
    expect(screen.getByLabelText("Beschrijving").getAttribute("aria-invalid")).toBeNull();
    expect(describedByText(screen.getByLabelText("Beschrijving"))).not.toContain("(missing");
  });

  it("finds a missing title in the browser, marks it and sends nothing; fixed, the mark goes", async () => {
    const user = userEvent.setup();
    const { posted, container } = renderRoute(() => <MeetingForm id="event" submitLabel="Bijeenkomst opslaan" />);
    const title = await screen.findByLabelText("Titel");
    await waitFor(() => expect(container.querySelector("form")?.noValidate).toBe(true));
    await user.click(screen.getByRole("button", { name: "Bijeenkomst opslaan" }));
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    expect(describedByText(title)).toContain("Geef de titel op.");
    expect(posted).toEqual([]);
    await user.type(title, "Werkgeversontbijt Tilburg");
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBeNull());
    expect(describedByText(title)).not.toContain("Geef de titel op.");
  });
});
