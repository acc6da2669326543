/**
 * A curation form's one field (the comment when sending an item back) shows
 * the server's error beside it, tied to it for assistive technology, in the
 * page's language; it posts its intent and hidden fields.
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { describedByText, renderRoute } from "../../../tests/helpers/components.tsx";
import { OneFieldForm } from "./review-forms.tsx";

const form = (error: string | null) => () => (
  <OneFieldForm
    intent="return"
    id="terugsturen"
    name="comment"
    label="Opmerking voor de schrijver"
    hint="Wat moet er anders?"
    submit="Terugsturen"
    error={error}
    busy={false}
    hidden={{ itemId: "item-1" }}
  />
);

describe("OneFieldForm", () => {
  it("marks the field with the server's error and names hint and error in aria-describedby", async () => {
    renderRoute(form("errors.required"));
    const field = await screen.findByLabelText("Opmerking voor de schrijver");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(describedByText(field)).toBe("Wat moet er anders? | Vul dit veld in.");
  });

  it("shows the error in English on an English page", async () => {
    renderRoute(form("errors.required"), { language: "en" });
    const field = await screen.findByLabelText("Opmerking voor de schrijver");
    expect(describedByText(field)).toContain("Please fill in this field.");
  });

  it("without an error, names only the hint and posts intent, field and hidden fields", async () => {
    const user = userEvent.setup();
    const { posted } = renderRoute(form(null));
    const field = await screen.findByLabelText("Opmerking voor de schrijver");
    expect(field.getAttribute("aria-invalid")).toBeNull();
    expect(describedByText(field)).toBe("Wat moet er anders?");
    await user.type(field, "Voeg een bron toe.");
    await user.click(screen.getByRole("button", { name: "Terugsturen" }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.fields).toMatchObject({ comment: "Voeg een bron toe.", itemId: "item-1" });
    // The submit button carries the intent. (happy-dom's FormData adds the submitter that Remix adds
    // as well, so here it arrives twice; what matters is that it is this intent.)
    expect(new Set([posted[0]!.fields.intent].flat())).toEqual(new Set(["return"]));
  });
});
