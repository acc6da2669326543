/**
 * Verb forms and words of the field (decision 293), through /zoeken as a visitor: an infinitive
 * finds the third person, past tense and participle that the Dutch stemmer keeps apart (koppelen,
 * koppelt, gekoppeld; begeleiden, begeleidt), strong verbs too (aannemen, aangenomen; vinden,
 * vond); a compound in -man its plural in -mensen; and the new thesaurus and glossary lines.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds as found, visitorResults as results } from "../helpers/search.ts";

const passages = passageSet("verb-forms");

beforeAll(async () => {
  await passages.add("koppelt", "Een drefsel voor elke zwopster", "De gemeente koppelt elke zwopster aan een drefsel.");
  await passages.add("gekoppeld", "Vorig jaar", "Vorig jaar werden veertig kwaplonken gekoppeld aan een maatje.");
  await passages.add("begeleidt", "De klimmert", "Een klimmert begeleidt de nieuwe collega de eerste weken.");
  await passages.add("aangenomen", "Bij de bakkerij", "De bakkerij heeft drie statushouders aangenomen na een proefplaatsing.");
  await passages.add("vond", "Via de bibliotheek", "Zij vond haar eerste baan via een taalmaatje in de bibliotheek.");
  await passages.add("vakman", "Meelopen", "Nieuwe medewerkers lopen twee weken mee met een ervaren vakman.");
  await passages.add("krapte", "Te weinig handen", "Door de krapte blijven in de thuiszorg veel diensten open.");
  await passages.add("werving", "Eerlijk kiezen", "Bij werving en selectie let de commissie alleen op wat de functie vraagt.");
  await passages.add("zieken", "Het rooster", "Sommige collega's zitten de hele dag te zieken over het rooster.");
  await reconcile();
});

describe("verb forms the stemmer keeps apart (decision 293)", () => {
  it("finds the third person and the participle of a weak verb", async () => {
    const koppelen = await found("koppelen");
    expect(koppelen).toContain(passages.id("koppelt"));
    expect(koppelen).toContain(passages.id("gekoppeld"));
    expect(await found("gekoppeld")).toContain(passages.id("koppelt"));
    expect(await found("begeleiden")).toContain(passages.id("begeleidt"));
  });

  it("finds the forms of a strong verb, also with a separable particle", async () => {
    expect(await found("aannemen")).toContain(passages.id("aangenomen"));
    expect(await found("vinden")).toContain(passages.id("vond"));
  });

  it("leaves a noun that ends like a verb form alone", async () => {
    // "ziekte" is no past tense of zieken ("to nag"), and the word list says so.
    expect(await found("ziekte")).not.toContain(passages.id("zieken"));
  });
});

describe("a compound in -man and its plural in -mensen (decision 293)", () => {
  it("finds vakman for vakmensen", async () => {
    expect(await found("vakmensen")).toContain(passages.id("vakman"));
  });
});

describe("words of the field (decision 293)", () => {
  it("finds the same thing under another name, in Dutch and in English", async () => {
    const schaarste = await results("schaarste");
    expect(schaarste.hits.map((hit) => hit.id)).toContain(passages.id("krapte"));
    expect(schaarste.expansions).toContainEqual(expect.objectContaining({ word: "schaarste", reason: "synonym" }));
    expect(await found("vakkracht")).toContain(passages.id("vakman"));
    expect(await found("skilled worker")).toContain(passages.id("vakman"));
  });

  it("finds what belongs with a related word", async () => {
    const code = await results("sollicitatiecode");
    expect(code.hits.map((hit) => hit.id)).toContain(passages.id("werving"));
    expect(code.expansions).toContainEqual(expect.objectContaining({ word: "sollicitatiecode", reason: "related" }));
  });
});
