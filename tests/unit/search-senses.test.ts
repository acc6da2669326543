/**
 * Stemmer exceptions (decision 264): listed words are marked before PostgreSQL stems them, the same
 * way in queries and in the index, and the mark is taken off titles and snippets again. The stems
 * themselves are checked against PostgreSQL in tests/integration/search-own-senses.test.ts. Also the
 * inflections of that round: inflected suffixes are no compound parts, and s/f voice before -e.
 */
import { describe, expect, it } from "vitest";
import { otherForms } from "../../server/search/analyze.ts";
import { splitCompound } from "../../server/search/language/compounds.ts";
import { dutchDictionary } from "../../server/search/language/dictionary.ts";
import { markSenses, markSensesSql, senseForms, SENSE_MARK, unmarkSenses } from "../../server/search/language/senses.ts";

describe("words with a stem of their own", () => {
  it("marks whole listed words only, whatever their case", () => {
    expect(markSenses("Ouderen en ouders")).toBe(`Ouderen${SENSE_MARK} en ouders`);
    expect(markSenses("de oudere werknemer")).toBe(`de oudere${SENSE_MARK} werknemer`);
    // Inside a longer word, or another word: untouched.
    expect(markSenses("ouderenzorg, ouder, ouders, middelen")).toBe("ouderenzorg, ouder, ouders, middelen");
    expect(markSenses("middelbare school; met betrekking tot")).toBe(`middelbare${SENSE_MARK} school; met betrekking${SENSE_MARK} tot`);
  });

  it("takes the mark off again, also between highlight markers", () => {
    const marked = markSenses("Werkgevers nemen Ouderen aan");
    expect(unmarkSenses(marked)).toBe("Werkgevers nemen Ouderen aan");
    expect(unmarkSenses(`\u0001ouderen${SENSE_MARK}\u0002 en \u0001ouders\u0002`)).toBe("\u0001ouderen\u0002 en \u0001ouders\u0002");
  });

  it("gives the words of a group as each other's forms, to the query analysis too", () => {
    expect(senseForms("ouderen")).toEqual(["oudere"]);
    expect(senseForms("ouders")).toEqual([]);
    expect(otherForms("oudere", dutchDictionary())).toContain("ouderen");
    expect(otherForms("ouders", dutchDictionary())).not.toContain("ouderen");
  });

  it("builds the same marking for SQL from the list alone", () => {
    const sql = markSensesSql("d.body");
    expect(sql).toContain("regexp_replace(d.body, '\\m(");
    expect(sql).toContain(`'\\1${SENSE_MARK}', 'gi')`);
  });
});

describe("inflections the stemmer misses (decision 264)", () => {
  it("does not split an inflected suffix or a comparative off as a compound's last part", () => {
    for (const word of ["middelbare", "werkbare", "betaalbare", "jongere", "hogere", "werkloze", "vriendelijke"])
      expect(splitCompound(word), word).toBeNull();
    expect(splitCompound("ouderenzorg")).toEqual(["ouderen", "zorg"]);
  });

  it("joins a long vowel before s or f with its voiced open form", () => {
    const d = dutchDictionary();
    expect(otherForms("werkloos", d)).toContain("werkloze");
    expect(otherForms("werkloze", d)).toContain("werkloos");
    expect(otherForms("braaf", d)).toContain("brave");
    expect(otherForms("brave", d)).toContain("braaf");
  });
});
