/**
 * The library form without JavaScript: the body is a plain textarea. For a
 * practice case it is optional ("Meer over dit voorbeeld (niet verplicht)"),
 * but when another field was missing the walk of 6 December got "Schrijf eerst
 * iets." under it: the kind was read from the parsed form, which a refused form
 * does not have. It is read from what was sent.
 */
import { describe, expect, it } from "vitest";
import { readItemForm } from "~/.server/library-form.ts";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("the body of a new library item, sent without JavaScript", () => {
  it("an empty body of a practice case is no error, also when another field is missing", () => {
    const { submission, bodyError } = readItemForm(form({ kind: "PRAKTIJKCASE", title: "Bakkerij De Korenaar: taalmaatje", bodyText: "" }));
    expect(submission.status).toBe("error");
    expect(bodyError).toBeNull();
  });

  it("an empty body of an intervention is still asked for, with or without other errors", () => {
    expect(readItemForm(form({ kind: "INTERVENTIE", title: "Anoniem solliciteren", bodyText: "" })).bodyError).toBeTruthy();
  });

  it("a kind that is not one of ours does not make the body optional", () => {
    expect(readItemForm(form({ kind: "PRAKTIJKCASE ", title: "Iets", bodyText: "" })).bodyError).toBeTruthy();
  });
});
