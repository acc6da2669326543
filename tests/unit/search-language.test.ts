/**
 * The pure parts of Dutch query analysis: the word list, the compound
 * splitter, other word forms, numbers, the thesaurus and glossary formats,
 * and the plan analyzeQuery builds (with a lexicon that knows nothing).
 */
import { describe, expect, it } from "vitest";
import { analyzeQuery, otherForms, type Lexicon } from "../../server/search/analyze.ts";
import { dutchDictionary } from "../../server/search/language/dictionary.ts";
import { compoundParts, splitCompound, unfinishedCompound } from "../../server/search/language/compounds.ts";
import { isEnglishWord, parseEnglishWords } from "../../server/search/language/english.ts";
import { meiliQueryText } from "../../server/search/engines/meilisearch.ts";
import { derivedForms, joinedVerbs } from "../../server/search/language/derivations.ts";
import { numberAlternative } from "../../server/search/language/words.ts";
import { parseQuery } from "../../server/search/query.ts";
import { compileThesaurus, GLOSSARY, parseThesaurusText, SHIPPED_ENTRIES } from "../../server/search/thesaurus.ts";

const nothingKnown: Lexicon = { lookup: async () => ({ known: new Set(), prefixes: new Set() }), similar: async () => ({}) };

describe("the Dutch word list", () => {
  it("knows stems, suffix forms and ij words; not typos or English-only words", () => {
    const d = dutchDictionary();
    for (const word of ["statushouder", "statushouders", "vergunninghouders", "vrijwilligerswerk", "discriminatie"])
      expect(d.isWord(word), word).toBe(true);
    for (const word of ["discriminatei", "loonkostensubsdie", "internship", "werkg"]) expect(d.isWord(word), word).toBe(false);
    // "arbeids" only stands inside compounds.
    expect(d.isWord("arbeids")).toBe(false);
    expect(d.isPart("arbeids")).toBe(true);
  });
});

describe("compounds", () => {
  it("splits into the fewest, longest Dutch parts with linking s", () => {
    expect(splitCompound("arbeidsmarktdiscriminatie")).toEqual(["arbeidsmarkt", "discriminatie"]);
    expect(splitCompound("werkervaringsplek")).toEqual(["werkervaring", "plek"]);
    expect(splitCompound("zelfeffectiviteit")).toEqual(["zelf", "effectiviteit"]);
    expect(splitCompound("werkgevershelpdesk")).toEqual(["werkgevers", "helpdesk"]);
    expect(splitCompound("taaleis")).toEqual(["taal", "eis"]);
    // A short last part only when no split without one exists (decision 172).
    expect(splitCompound("loopbaangesprekken")).toEqual(["loopbaan", "gesprekken"]);
    expect(splitCompound("integratie")).toBeNull();
    expect(splitCompound("werkgeversser", undefined, { strict: true })).toBeNull();
  });

  it("gives the parts of every compound of a text, hyphenated words joined too", () => {
    const parts = compoundParts("De werkgevers-helpdesk over arbeidsmarktdiscriminatie.");
    expect(parts).toEqual(expect.arrayContaining(["werkgevershelpdesk", "werkgevers", "helpdesk", "arbeidsmarkt", "discriminatie"]));
  });

  it("indexes the splits the query makes, no inflected word cut in its ending (decision 323)", () => {
    // jongeren is jongere + n, stappen stap + en, studenten student + en, vijftig no vijf + tig,
    // klantmanager no klantmana + ger: the index held these parts, the query no longer searches them.
    const parts = compoundParts("Jongeren zetten stappen met studenten, vijftig bij een klantmanager.");
    for (const junk of ["jonge", "ren", "pen", "stud", "ten", "tig", "klantmana", "ger"]) expect(parts, junk).not.toContain(junk);
    expect(parts).toEqual(expect.arrayContaining(["klant", "manager"]));
    // A short head that is a content stem still splits, in the index as in the query.
    expect(compoundParts("De participatiewet en de leerweg.")).toEqual(expect.arrayContaining(["participatie", "wet", "leer", "weg"]));
  });
});

describe("English words (decision 327)", () => {
  it("splits no English word as a Dutch compound, in the index as in the query", () => {
    // Words of the en-US word list, also Dutch loanwords, and glossary terms (traineeship, helpdesk).
    for (const word of ["internships", "managers", "community", "platform", "caseload", "traineeship", "helpdesk"])
      expect(splitCompound(word), word).toBeNull();
    const parts = compoundParts("Internships, managers en een platform voor de community.");
    for (const junk of ["interns", "hips", "mana", "gers", "plat", "form", "comm", "unity"]) expect(parts, junk).not.toContain(junk);
    // Dutch compounds still split, also with an English part.
    expect(splitCompound("arbeidsmarktdiscriminatie")).toEqual(["arbeidsmarkt", "discriminatie"]);
    expect(compoundParts("Een werkgevers-helpdesk en een klantmanager.")).toEqual(
      expect.arrayContaining(["werkgevers", "helpdesk", "klant", "manager"]),
    );
  });

  it("ships the field's words of decision 327, narrower ones one way, for both engines", () => {
    const thesaurus = compileThesaurus(SHIPPED_ENTRIES);
    expect(thesaurus.expand("50-plussers")).toContain("oudere werkzoekende");
    expect(thesaurus.expand("oudere werkzoekende")).not.toContain("50-plusser");
    expect(thesaurus.expand("beroepsonderwijs")).toEqual(expect.arrayContaining(["mbo", "hbo", "vmbo"]));
    expect(thesaurus.expand("vmbo")).not.toContain("beroepsonderwijs");
    expect(thesaurus.expand("flexwerk")).toEqual(expect.arrayContaining(["uitzendwerk", "detachering", "payrolling"]));
    expect(thesaurus.expand("gelijk loon")).toContain("gelijke beloning");
    expect(thesaurus.expand("stagematching")).toContain("stagebemiddeling");
    expect(thesaurus.related("inburgering")).toContain("inburgeraar");
    expect(thesaurus.related("taaleis")).toContain("nt2");
    // A proefplaatsing (trial placement) is no proefperiode (a contract's probation clause).
    expect(thesaurus.expand("proefplaatsing")).not.toContain("proefperiode");
    expect(GLOSSARY.translate("vocational education")).toEqual(["beroepsonderwijs", "mbo"]);
    expect(GLOSSARY.translate("older jobseekers")).toEqual(["oudere werkzoekende"]);
    // Meilisearch's synonyms setting is made from the same entries.
    expect(thesaurus.meiliSynonyms()["50-plusser"]).toContain("oudere werkzoekende");
  });

  it("reads the en-US word list with its suffix forms, without names", () => {
    const words = parseEnglishWords("SFX S Y 1\nSFX S 0 s [^sxzhy]\n", "3\nintern/S\nship/S\nAmsterdam\n");
    expect([...words].sort()).toEqual(["intern", "interns", "ship", "ships"]);
    expect(isEnglishWord("internships")).toBe(true);
    expect(isEnglishWord("werkgevers")).toBe(false);
  });
});

describe("word forms and numbers", () => {
  it("adds forms the stemmer keeps apart", () => {
    expect(otherForms("stage", dutchDictionary())).toContain("stages");
    expect(otherForms("stages", dutchDictionary())).toContain("stage");
    expect(otherForms("duaal", dutchDictionary())).toContain("duale");
    // A verb in the third person and its infinitive, also a separable verb the word list lacks (decision 172).
    expect(otherForms("krijgt", dutchDictionary())).toContain("krijgen");
    expect(otherForms("neemt", dutchDictionary())).toContain("nemen");
    expect(otherForms("aanneemt", dutchDictionary())).toContain("aannemen");
    expect(otherForms("schrijft", dutchDictionary())).toContain("schrijven");
    // f/v and s/z (decision 167): leerbedrijven finds leerbedrijf.
    expect(otherForms("leerbedrijven", dutchDictionary())).toContain("leerbedrijf");
    expect(otherForms("huis", dutchDictionary())).toContain("huizen");
    expect(otherForms("werven", dutchDictionary())).not.toContain("werf");
    // -s and -sen (decision 225): the stemmer takes the s off the singular only.
    expect(otherForms("arts", dutchDictionary())).toContain("artsen");
    expect(otherForms("kansen", dutchDictionary())).toContain("kans");
    expect(otherForms("mensen", dutchDictionary())).toContain("mens");
  });

  it("finds the adjective in -ief of a noun in -ie, not of every word ending alike (decision 225)", () => {
    expect(derivedForms("inclusie")).toEqual(expect.arrayContaining(["inclusief", "inclusieve"]));
    expect(derivedForms("inclusieve")).toContain("inclusie");
    expect(derivedForms("preventie")).toContain("preventief");
    expect(derivedForms("positie")).not.toContain("positief");
  });

  it("finds the family of a word where the stemmer keeps them apart (decision 166)", () => {
    expect(derivedForms("discriminatie")).toEqual(["discrimineren"]);
    expect(derivedForms("discriminerende")).toContain("discriminatie");
    expect(derivedForms("effectiviteit")).toEqual(expect.arrayContaining(["effectief", "effectieve"]));
    expect(derivedForms("effectief")).toEqual(["effectiviteit"]);
    // Only words of the word list: "stage" has no family here, nor a word that merely ends alike.
    expect(derivedForms("stage")).toEqual([]);
    expect(derivedForms("universiteit")).toEqual([]);
  });

  it("finds adjective and noun, participle and verb (decision 204)", () => {
    expect(derivedForms("divers")).toEqual(["diversiteit"]);
    expect(derivedForms("diversiteit")).toEqual(expect.arrayContaining(["divers", "diverse"]));
    expect(derivedForms("technisch")).toEqual(["techniek"]);
    expect(derivedForms("werkende")).toEqual(["werken"]);
    expect(derivedForms("lerend")).toEqual(["leren"]);
    // A short stem before an empty ending is no family ("kwal" + iteit).
    expect(derivedForms("kwaliteit")).toEqual([]);
  });

  it("does not split off a derivational ending as a compound's last part (decision 204)", () => {
    for (const word of ["opleiding", "vluchteling", "vluchtelingen", "werkende", "verdient", "leerling"])
      expect(splitCompound(word, dutchDictionary())).toBeNull();
    expect(splitCompound("praktijkopleiding", dutchDictionary())).toEqual(["praktijk", "opleiding"]);
  });

  it("brings an s plural after a vowel to its singular and back (decision 204)", () => {
    expect(otherForms("uitzendbureau", dutchDictionary())).toContain("uitzendbureaus");
    expect(otherForms("bureaus", dutchDictionary())).toContain("bureau");
  });

  it("doubles and undoubles the consonant after a short vowel (decision 204)", () => {
    expect(otherForms("les", dutchDictionary())).toContain("lessen");
    expect(otherForms("taallessen", dutchDictionary())).toContain("taalles");
    expect(otherForms("cursus", dutchDictionary())).toContain("cursussen");
    expect(otherForms("rolmodellen", dutchDictionary())).toContain("rolmodel");
    expect(otherForms("snelle", dutchDictionary())).toContain("snel");
    expect(otherForms("inclusief", dutchDictionary())).toContain("inclusieve");
    expect(otherForms("inclusieve", dutchDictionary())).toContain("inclusief");
    // Only forms of the word list: "regel" has no "regellen".
    expect(otherForms("regel", dutchDictionary())).toEqual([]);
  });

  it("joins separable verbs written apart, for the index", () => {
    expect(joinedVerbs("EU-werknemers hoeven niet in te burgeren, maar wel om mensen aan te nemen.")).toEqual(["inburgeren", "aannemen"]);
    // "te" after a word that is no particle joins nothing.
    expect(joinedVerbs("Zij proberen te werken.")).toEqual([]);
    expect(compoundParts("Zij hoeven niet in te burgeren.")).toContain("inburgeren");
  });

  it("writes numbers both ways, but not one (een is the article)", () => {
    expect(numberAlternative("5")).toBe("vijf");
    expect(numberAlternative("twaalf")).toBe("12");
    expect(numberAlternative("een")).toBeNull();
  });
});

describe("thesaurus and glossary", () => {
  it("reads equivalent and one-way lines", () => {
    const entries = parseThesaurusText("# comment\nA, b\nbreed => smal, smaller\nalleen\n");
    expect(entries.map((e) => [e.mode, e.terms])).toEqual([
      ["equivalent", ["a", "b"]],
      ["oneWay", ["breed", "smal", "smaller"]],
    ]);
    const thesaurus = compileThesaurus(entries);
    expect(thesaurus.expand("breed")).toEqual(["smal", "smaller"]);
    expect(thesaurus.expand("smal")).toEqual([]);
    expect(thesaurus.expand("A")).toEqual(["b"]);
  });

  it("reads related lines: each term finds the others as related, not as synonyms (decision 172)", () => {
    const entries = parseThesaurusText("lks, loonkostensubsidie\nloonkostensubsidie ~ loondispensatie, no-riskpolis\n");
    expect(entries.map((e) => [e.mode, e.terms])).toEqual([
      ["equivalent", ["lks", "loonkostensubsidie"]],
      ["related", ["loonkostensubsidie", "loondispensatie", "no-riskpolis"]],
    ]);
    const thesaurus = compileThesaurus(entries);
    expect(thesaurus.expand("loonkostensubsidie")).toEqual(["lks"]);
    expect(thesaurus.related("loonkostensubsidie")).toEqual(["loondispensatie", "no-riskpolis"]);
    expect(thesaurus.related("no-riskpolis")).toEqual(["loonkostensubsidie", "loondispensatie"]);
    expect(thesaurus.has("loondispensatie")).toBe(true);
    // Meilisearch has no weaker synonyms: related terms are synonyms there.
    expect(thesaurus.meiliSynonyms()["loondispensatie"]).toEqual(expect.arrayContaining(["loonkostensubsidie"]));
  });

  it("ships the entries issue 16 names", () => {
    const thesaurus = compileThesaurus(SHIPPED_ENTRIES);
    expect(thesaurus.expand("vergunninghouder")).toContain("statushouder");
    expect(thesaurus.expand("bpv")).toEqual(expect.arrayContaining(["stage", "beroepspraktijkvorming"]));
    expect(thesaurus.expand("lks")).toContain("loonkostensubsidie");
    expect(thesaurus.expand("klantmanager")).toContain("consulent");
    expect(thesaurus.expand("bijstand")).toContain("participatiewet");
    expect(GLOSSARY.translate("refugees")).toEqual(["vluchteling"]);
    expect(GLOSSARY.translate("companies")).toEqual(["bedrijf"]);
  });

  it("ships the field's vocabulary with its relations and English equivalents (decision 200)", () => {
    const thesaurus = compileThesaurus(SHIPPED_ENTRIES);
    expect(thesaurus.expand("arbeidsgehandicapten")).toContain("arbeidsbeperking");
    expect(thesaurus.expand("uitzendorganisatie")).toContain("uitzendbureau");
    // Related, not the same: found, but not as a synonym.
    expect(thesaurus.related("banenafspraak")).toContain("doelgroepregister");
    expect(thesaurus.expand("banenafspraak")).not.toContain("doelgroepregister");
    // Narrower words one way only.
    expect(thesaurus.expand("kinderopvang")).toContain("buitenschoolse opvang");
    expect(thesaurus.expand("gastouder")).not.toContain("kinderopvang");
    expect(GLOSSARY.translate("sheltered employment")).toContain("beschut werk");
    expect(GLOSSARY.translate("labor migration")).toEqual(GLOSSARY.translate("labour migration"));
    expect(GLOSSARY.translate("temp workers")).toEqual(["uitzendkracht"]);
    // Meilisearch's synonyms come from the same entries, related ones included.
    const synonyms = thesaurus.meiliSynonyms();
    expect(synonyms["uitzendbureaus"]).toContain("uitzendorganisatie");
    expect(synonyms["banenafspraak"]).toContain("doelgroepregister");
  });
});

describe("other forms checked against the word list (decision 317)", () => {
  it("offers no spelling guess that the word list gives to another word", () => {
    const d = dutchDictionary();
    expect(otherForms("boven", d)).not.toContain("bof");
    expect(otherForms("bof", d)).not.toContain("boven");
    expect(otherForms("haven", d)).not.toContain("haf");
    expect(otherForms("haven", d)).not.toContain("haaf");
    expect(otherForms("lezen", d)).not.toContain("les");
    expect(otherForms("les", d)).not.toContain("le");
    expect(otherForms("taal", d)).not.toContain("tale");
    expect(otherForms("drie", d)).not.toContain("dries");
    // The forms the guesses are for stay: plurals, adjectives, irregular plurals listed alone, verb stems.
    expect(otherForms("bedrijven", d)).toContain("bedrijf");
    expect(otherForms("brief", d)).toContain("brieven");
    expect(otherForms("werkloos", d)).toEqual(expect.arrayContaining(["werkloze", "werklozen"]));
    expect(otherForms("uur", d)).toContain("uren");
    expect(otherForms("lezen", d)).toContain("lees");
    expect(otherForms("leren", d)).toContain("leer");
    expect(otherForms("schrijven", d)).toContain("schrijf");
    expect(otherForms("les", d)).toContain("lessen");
    expect(otherForms("stage", d)).toContain("stages");
  });
});

describe("analyzeQuery", () => {
  const plan = (q: string, options: { english?: boolean } = {}) =>
    analyzeQuery(parseQuery(q), { lexicon: nothingKnown, thesaurus: compileThesaurus(SHIPPED_ENTRIES), glossary: GLOSSARY, ...options });

  it("drops English function words from an English query, and translates the rest (decision 167)", async () => {
    const result = await plan("how do I write a good resume");
    expect(result.concepts.map((c) => c.label)).toEqual(["write", "good", "resume"]);
    expect(result.concepts.at(-1)!.alternatives.map((a) => a.text)).toContain("cv");
    // Not from a Dutch query: "most" (an English function word) is a Dutch word there.
    expect((await plan("most maken")).concepts.map((c) => c.label)).toEqual(["most", "maken"]);
  });

  it("splits a compound whose part is a compound at its last part too (decision 167), when the new first part is a word (317)", async () => {
    // "reiskosten" is no word of the list: searched only when a readable document holds it.
    const asked: string[][] = [];
    const knows = (words: string[]): Lexicon => ({
      lookup: async (w) => (asked.push(w), { known: new Set(w.filter((x) => words.includes(x))), prefixes: new Set() }),
      similar: async () => ({}),
    });
    const withLexicon = (q: string, lexicon: Lexicon) =>
      analyzeQuery(parseQuery(q), { lexicon, thesaurus: compileThesaurus(SHIPPED_ENTRIES), glossary: GLOSSARY });
    const texts = (await withLexicon("reiskostenvergoeding", knows(["reiskosten"]))).concepts[0]!.alternatives.map((a) => a.text);
    expect(texts).toContain("reiskosten vergoeding");
    expect(texts).not.toContain("reis kosten vergoeding");
    expect(asked).toEqual([["reiskosten"]]);
    const unheld = (await withLexicon("reiskostenvergoeding", nothingKnown)).concepts[0]!.alternatives.map((a) => a.text);
    expect(unheld).not.toContain("reiskosten vergoeding");
    expect(unheld).toContain("reis kostenvergoeding");
    // A first part of the word list needs no lookup: loonkosten + subsidie.
    expect((await plan("loonkostensubsidie")).concepts[0]!.alternatives.map((a) => a.text)).toContain("loonkosten subsidie");
  });

  it("searches no split that cannot match: no short non-word head, no split of an inflected word (decision 317)", async () => {
    const texts = async (q: string) => (await plan(q)).concepts.flatMap((c) => c.alternatives.map((a) => a.text));
    // manager is no mana + ger, oordelen no oord + len, achtergrond's first part makes no word with migratie.
    expect(await texts("klantmanager")).not.toContain("klantmana ger");
    expect(await texts("klantmanager")).toContain("klant manager");
    expect(await texts("vooroordelen")).not.toContain("vooroord len");
    expect(await texts("migratieachtergrond")).not.toContain("migratieachter grond");
    expect(await texts("arbeidskrachten")).not.toContain("arbeidskrach ten");
    // An inflected word is not cut in its ending: jongeren (jongere + n), stappen (stap + en), studenten.
    const cuts: [string, string][] = [
      ["jongeren", "jonge ren"],
      ["stappen", "stap pen"],
      ["studenten", "stud ten"],
      ["vijftig", "vijf tig"],
    ];
    for (const [word, junk] of cuts) expect(await texts(word), word).not.toContain(junk);
    // A compound with a short head that is a stem of the list still splits.
    expect(await texts("participatiewet")).toContain("participatie wet");
    expect(await texts("leerweg")).toContain("leer weg");
  });

  it("drops stop words and keeps one concept per word", async () => {
    expect((await plan("discriminatie op de werkvloer")).concepts.map((c) => c.label)).toEqual(["discriminatie", "werkvloer"]);
  });

  it("takes words with stop words between them that form a thesaurus term as one concept, like the compound (decision 172)", async () => {
    const result = await plan("discriminatie op de arbeidsmarkt");
    expect(result.concepts.map((c) => c.label)).toEqual(["discriminatie op de arbeidsmarkt"]);
    const alternatives = result.concepts[0]!.alternatives;
    // The words anywhere still count as the searcher's own; the compound brings its head.
    expect(alternatives).toContainEqual(expect.objectContaining({ text: "discriminatie op de arbeidsmarkt", mode: "words", weight: 1 }));
    expect(alternatives.map((a) => a.text)).toEqual(expect.arrayContaining(["arbeidsmarktdiscriminatie", "discriminatie"]));
  });

  it("lets stop words not use up the query's terms, and drops question words from a long question (decision 172)", async () => {
    const labels = (await plan("welke subsidie krijgt een werkgever als hij iemand met een arbeidsbeperking aanneemt")).concepts.map(
      (c) => c.label,
    );
    // "krijgt" is a light verb of the question, dropped too since decision 204.
    expect(labels).toEqual(["subsidie", "werkgever", "arbeidsbeperking", "aanneemt"]);
    expect((await plan("welke")).concepts.map((c) => c.label)).toEqual(["welke"]);
  });

  it("takes a sentence with three English function words as English, also when its words are Dutch loanwords (decision 172)", async () => {
    const result = await plan("my manager makes jokes about my background what can I do");
    const texts = result.concepts.flatMap((c) => c.alternatives.map((a) => a.text));
    expect(texts).toEqual(expect.arrayContaining(["grap", "afkomst", "leidinggevende"]));
    expect(result.concepts.map((c) => c.label)).not.toContain("my");
  });

  it("searches related thesaurus terms a step below synonyms (decision 172)", async () => {
    const alternatives = (await plan("loondispensatie")).concepts[0]!.alternatives;
    const related = alternatives.find((a) => a.text === "loonkostensubsidie")!;
    expect(related.weight).toBe(0.25);
    expect(related.literal).toBe(false);
    expect((await plan("loondispensatie")).expansions).toContainEqual(expect.objectContaining({ reason: "related" }));
  });

  it("translates an English query, also its words that are Dutch too", async () => {
    const result = await plan("mentoring new employees");
    const newConcept = result.concepts.find((c) => c.label === "new")!;
    expect(newConcept.alternatives.map((a) => a.text)).toContain("nieuw");
    expect(result.expansions.map((e) => e.reason)).toContain("translation");
  });

  it("leaves a Dutch query untranslated unless the interface is English", async () => {
    // "training" is an English glossary word and a Dutch word, here one that readable documents hold.
    const knowsTraining: Lexicon = {
      lookup: async (words) => ({ known: new Set(words.filter((w) => w === "training")), prefixes: new Set() }),
      similar: async () => ({}),
    };
    const dutch = await analyzeQuery(parseQuery("training overleg"), {
      lexicon: knowsTraining,
      thesaurus: compileThesaurus(SHIPPED_ENTRIES),
      glossary: GLOSSARY,
    });
    expect(dutch.expansions.filter((e) => e.reason === "translation")).toEqual([]);
    expect((await plan("training", { english: true })).concepts[0]!.alternatives.map((a) => a.text)).toContain("opleiding");
  });

  it("searches the last word as a prefix too, unless it is a word of the word list (decision 166)", async () => {
    const unfinished = await plan("zelfeffect");
    const prefixes = unfinished.concepts[0]!.alternatives.filter((a) => a.mode === "prefix");
    expect(prefixes.map((a) => a.text)).toEqual(["zelfeffect", "zelf effect"]);
    expect(prefixes.every((a) => a.weight < 1)).toBe(true);
    // A finished word, or a word that is not the last: no prefix.
    for (const q of ["praktijkleren", "zelfeffect werkgevers"]) {
      const other = await plan(q);
      expect(
        other.concepts.flatMap((c) => c.alternatives).filter((a) => a.mode === "prefix" && a.text.startsWith("zelf")),
        q,
      ).toEqual([]);
      expect(
        other.concepts.flatMap((c) => c.alternatives).filter((a) => a.mode === "prefix" && a.text.startsWith("praktijk")),
        q,
      ).toEqual([]);
    }
  });

  it("searches a compound typed halfway as its parts, the unfinished last one as a prefix (decision 310)", async () => {
    expect(unfinishedCompound("taalnive")).toEqual([["taal", "nive"]]);
    expect(unfinishedCompound("klantmanag")).toEqual([["klant", "manag"]]);
    // A linking s may belong to either side: both readings.
    expect(unfinishedCompound("werkgeversservicep")).toEqual([
      ["werkgevers", "servicep"],
      ["werkgevers", "ervicep"],
    ]);
    // The longest start decides; a rest shorter than three letters is no part yet.
    expect(unfinishedCompound("diversiteitsb")).toEqual([]);
    expect(unfinishedCompound("vluchtelingenw")).toEqual([]);
    expect(unfinishedCompound("werkfi")).toEqual([]);
    const unfinished = await plan("taalnive");
    const prefixes = unfinished.concepts[0]!.alternatives.filter((a) => a.mode === "prefix");
    expect(prefixes.map((a) => a.text)).toEqual(["taalnive", "taal nive"]);
    expect(prefixes.every((a) => a.weight < 1)).toBe(true);
    // Meilisearch gets the parts: it searches the last word as a prefix, and documents hold a compound's parts in `terms`.
    expect(meiliQueryText(unfinished)).toBe("taal nive");
    expect(meiliQueryText(await plan("zelfeffect"))).toBe("zelf effect");
    // Not the last word: no prefix at all.
    expect((await plan("taalnive werkgevers")).concepts[0]!.alternatives.filter((a) => a.mode === "prefix")).toEqual([]);
    // A word that readable documents hold as typed is finished: not split.
    const knowsIt: Lexicon = { lookup: async (words) => ({ known: new Set(words), prefixes: new Set() }), similar: async () => ({}) };
    const known = await analyzeQuery(parseQuery("taalnive"), {
      lexicon: knowsIt,
      thesaurus: compileThesaurus(SHIPPED_ENTRIES),
      glossary: GLOSSARY,
    });
    expect(known.concepts[0]!.alternatives.map((a) => a.text)).not.toContain("taal nive");
    // A typo that a readable word corrects is no compound typed halfway (disc + riminatei…).
    const corrects: Lexicon = {
      lookup: async () => ({ known: new Set(), prefixes: new Set() }),
      similar: async (words) => Object.fromEntries(words.map((w) => [w, w === "discriminatei" ? ["discriminatie"] : []])),
    };
    const typo = await analyzeQuery(parseQuery("discriminatei"), {
      lexicon: corrects,
      thesaurus: compileThesaurus(SHIPPED_ENTRIES),
      glossary: GLOSSARY,
    });
    expect(typo.concepts[0]!.alternatives.filter((a) => a.mode === "prefix" && a.text.includes(" "))).toEqual([]);
    expect(typo.concepts[0]!.alternatives.map((a) => a.text)).toContain("discriminatie");
  });

  it("searches a word's family and a phrase with another form of its words", async () => {
    const family = await plan("zelfeffectiviteit");
    expect(family.concepts[0]!.alternatives).toContainEqual(expect.objectContaining({ text: "zelf effectief", mode: "words" }));
    const phrase = await plan('"duaal traject"');
    expect(phrase.concepts[0]!.alternatives).toContainEqual(expect.objectContaining({ text: "duale traject", mode: "phrase", weight: 1 }));
  });

  it("splits a hyphenated word into two concepts matched by the joined word too", async () => {
    const concepts = (await plan("werkgevers-helpdesk")).concepts;
    expect(concepts).toHaveLength(2);
    for (const concept of concepts) expect(concept.alternatives.map((a) => a.text)).toContain("werkgevershelpdesk");
  });

  it("translates an English word of the Dutch word list that no readable document holds (decision 204)", async () => {
    // "employee" and "wage" are in the Dutch word list; the lexicon here knows nothing.
    const result = await plan("employee rights minimum wage");
    const texts = result.concepts.flatMap((c) => c.alternatives.map((a) => a.text));
    expect(texts).toEqual(expect.arrayContaining(["rechten van werknemers", "minimumloon"]));
    // One word of the word list in a Dutch query the same: "employee" alone.
    const word = await plan("employee");
    expect(word.concepts[0]!.alternatives.map((a) => a.text)).toContain("werknemer");
  });

  it("drops the scaffolding of a longer question, not the words of a short query (decision 204)", async () => {
    const long = await plan("hoeveel mag ik bijverdienen naast mijn bijstandsuitkering");
    expect(long.concepts.map((c) => c.label)).toEqual(["bijverdienen", "bijstandsuitkering"]);
    const short = await plan("ondernemer vanuit uitkering");
    expect(short.concepts.map((c) => c.label)).toEqual(["ondernemer", "vanuit", "uitkering"]);
  });

  it("finds related terms of a term of several words (decision 204)", async () => {
    const result = await plan("divers personeelsbeleid");
    expect(result.concepts).toHaveLength(1);
    expect(result.concepts[0]!.alternatives.map((a) => a.text)).toContain("diversiteitsbeleid");
  });

  it("finds a glossary entry from another English form: -ing, -ed, the other spelling (decision 204)", () => {
    expect(GLOSSARY.translate("working")).toContain("werk");
    expect(GLOSSARY.translate("hired")).toContain("aannemen");
    expect(GLOSSARY.translate("labor market")).toContain("arbeidsmarkt");
    expect(GLOSSARY.translate("organization")).toContain("organisatie");
    // The term as typed comes first: "training" keeps its own entry.
    expect(GLOSSARY.translate("training")).toContain("opleiding");
    expect(GLOSSARY.translate("opleiding")).toEqual([]);
  });

  it("takes a sentence as English when its words form glossary terms of several words (decision 204)", async () => {
    const result = await plan("integrating refugees into the labour market");
    expect(result.concepts.map((c) => c.label)).toEqual(["integrating", "refugees", "labour market"]);
    expect(result.concepts[2]!.alternatives.map((a) => a.text)).toContain("arbeidsmarkt");
  });

  it("keeps a hyphenated glossary term whole and translates it (decision 204)", async () => {
    const result = await plan("part-time work");
    expect(result.concepts.map((c) => c.label)).toEqual(["part-time", "work"]);
    expect(result.concepts[0]!.alternatives.map((a) => a.text)).toContain("deeltijd");
  });

  it("asks no lexicon for Dutch words and offers no correction without readable candidates", async () => {
    const asked: string[] = [];
    const lexicon: Lexicon = {
      lookup: async (words) => (asked.push(...words), { known: new Set(), prefixes: new Set() }),
      similar: async () => ({}),
    };
    const result = await analyzeQuery(parseQuery("statushouder discriminatei"), {
      lexicon,
      thesaurus: compileThesaurus([]),
      glossary: GLOSSARY,
    });
    expect(asked).toEqual(["discriminatei"]);
    expect(result.didYouMean).toBeNull();
  });
});
