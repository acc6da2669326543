/** One word for one thing across the interface (issue 14.14). */
import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/en/index.ts";
import { nl } from "../../app/i18n/nl/index.ts";

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("terminology", () => {
  it("search filters on the library's 'Erkenningsniveau', by that name", () => {
    expect(nl.search.filters.evidence).toBe(nl.library.fields.evidenceLevel);
    expect(en.search.filters.evidence).toBe(en.library.fields.evidenceLevel);
    expect(strings(nl).filter((text) => /bewijskracht/i.test(text))).toEqual([]);
  });
});

describe("optional fields", () => {
  it("no text says '(niet verplicht)' itself: the field adds it to an optional field's label (else it shows twice)", () => {
    expect(strings(nl).filter((text) => text.includes(`(${nl.common.optional})`))).toEqual([]);
    expect(strings(en).filter((text) => text.includes(`(${en.common.optional})`))).toEqual([]);
  });
});
