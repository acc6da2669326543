/**
 * Dutch verb forms from the word list's affix flags and the strong verbs' table (decision 293),
 * and the plurals of compounds in -man.
 */
import { describe, expect, it } from "vitest";
import { otherForms, type QueryPlan } from "../../server/search/analyze.ts";
import { meiliQueryText } from "../../server/search/engines/meilisearch.ts";
import { dutchDictionary } from "../../server/search/language/dictionary.ts";
import { verbForms, verbInfinitives } from "../../server/search/language/verbs.ts";

describe("verb forms (decision 293)", () => {
  it("gives a weak verb's third person, past tense and participle, from any of its forms", () => {
    const forms = ["koppelt", "koppelde", "koppelden", "gekoppeld"];
    expect(verbForms("koppelen")).toEqual(expect.arrayContaining(forms));
    expect(verbForms("gekoppelde")).toEqual(expect.arrayContaining(["koppelen", ...forms]));
    expect(verbForms("begeleiden")).toEqual(expect.arrayContaining(["begeleidt", "begeleidde"]));
    expect(verbForms("werkte")).toEqual(expect.arrayContaining(["werken", "werkt"]));
    // No ge- after an unstressed prefix.
    expect(verbForms("verdienen")).toEqual(expect.arrayContaining(["verdient", "verdiende", "verdiend"]));
  });

  it("gives a strong verb's forms, also behind a prefix or a separable particle", () => {
    expect(verbForms("gevonden")).toEqual(expect.arrayContaining(["vinden", "vindt", "vond", "vonden"]));
    expect(verbForms("aanneemt")).toEqual(expect.arrayContaining(["aannemen", "aangenomen"]));
    expect(verbForms("ondernemen")).toEqual(expect.arrayContaining(["onderneemt", "ondernam"]));
    expect(verbForms("kreeg")).toEqual(expect.arrayContaining(["krijgen", "krijgt", "gekregen"]));
    expect(verbForms("opleiden")).toContain("opgeleid");
  });

  it("offers no form that is also another word, and keeps a noun's plural to its present tense", () => {
    // namen (names), week, vroeg (early), leden (members), reden (reason) are strong verbs' forms too.
    expect(verbForms("nemen")).toEqual(expect.arrayContaining(["neemt", "genomen"]));
    expect(verbForms("nemen")).not.toContain("namen");
    for (const word of ["week", "vroeg", "leden", "streek", "bond"]) expect(verbForms(word), word).toEqual([]);
    // werken is also the plural of werk, dagen of dag.
    expect(verbForms("werken")).toEqual(["werkt"]);
    expect(verbForms("dagen")).not.toContain("gedaagd");
  });

  it("leaves nouns and bare stems alone", () => {
    for (const word of ["ziekte", "gemeente", "ruimte", "gebied", "werk", "koppel", "stage", "ouders"])
      expect(verbForms(word), word).toEqual([]);
    // The past tense of banen (to clear) would be "banden", a noun of its own.
    expect(verbForms("banen")).not.toContain("banden");
  });

  it("is part of a word's other forms", () => {
    expect(otherForms("koppelen", dutchDictionary())).toContain("koppelt");
    expect(otherForms("vakmensen", dutchDictionary())).toEqual(expect.arrayContaining(["vakman", "vaklieden"]));
    expect(otherForms("vakman", dutchDictionary())).toContain("vakmensen");
  });
});

describe("verb forms for Meilisearch, which does not stem Dutch (decision 293)", () => {
  it("indexes a text's verb forms as infinitives and sends a form as its infinitive", () => {
    expect(verbInfinitives("De gemeente koppelt elke nieuwkomer; zij heeft drie mensen aangenomen.")).toEqual(
      expect.arrayContaining(["koppelen", "aannemen"]),
    );
    expect(verbInfinitives("De gemeente en de ziekte")).toEqual([]);
    const plan = (word: string): QueryPlan => ({
      concepts: [{ label: word, alternatives: [{ text: word, mode: "words", literal: true, weight: 1 }] }],
      exclude: [],
      phrase: null,
      expansions: [],
      didYouMean: null,
    });
    expect(meiliQueryText(plan("gekoppeld"))).toBe("koppelen");
    expect(meiliQueryText(plan("koppelen"))).toBe("koppelen");
    expect(meiliQueryText(plan("gemeente"))).toBe("gemeente");
  });
});
