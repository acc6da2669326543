/**
 * The general domain lexicon (decision 226), through /zoeken as a visitor: an acronym finds its
 * full name and back, an old name finds the new one, another word for the same thing the first, a related
 * word what belongs with it (ranked lower), a broader word its narrower ones (not back), and an
 * English phrase the Dutch passage. No passage holds the words searched for.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds as found, visitorResults as results } from "../helpers/search.ts";

const { add: item, id } = passageSet("lexicon");

beforeAll(async () => {
  await item(
    "gedrag",
    "Een verklaring omtrent het gedrag",
    "Wie in de kinderopvang begint, vraagt eerst een verklaring omtrent het gedrag aan bij de gemeente.",
  );
  await item("kvk", "Inschrijven bij de KvK", "Een nieuwkomer die een eigen zaak begint, schrijft die in bij de KvK.");
  await item("huurtoeslag", "Minder huurtoeslag", "De huurtoeslag gaat omlaag zodra het inkomen uit werk stijgt.");
  await item("bsn", "Het burgerservicenummer", "Zonder burgerservicenummer kan een werkgever geen loon uitbetalen.");
  await item("vakantiegeld", "Vakantiegeld in mei", "In mei krijgen werknemers hun vakantiegeld, acht procent van het loon.");
  await item("suikerfeest", "Een vrije dag op het Suikerfeest", "Op het Suikerfeest nemen veel medewerkers een vrije dag op.");
  await item("fnv", "De FNV aan tafel", "De FNV sprak met de werkgevers over betere afspraken voor uitzendkrachten.");
  await item("bond", "Lid worden van een vakbond", "Een vakbond helpt leden bij een conflict met hun werkgever.");
  await item("heftruck", "Een heftruckcertificaat halen", "Met een heftruckcertificaat vind je sneller werk in een magazijn.");
  await item("los", "Een dag in het magazijn", "In het magazijn begint de dag om zes uur met het lossen van vrachtwagens.");
  await reconcile();
});

describe("acronyms and full names (decision 226)", () => {
  it("finds the full name for an acronym, and says so", async () => {
    const view = await results("vog");
    expect(view.hits.map((hit) => hit.id)).toContain(id("gedrag"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ word: "vog", reason: "synonym" }));
  });

  it("finds the acronym for the full name", async () => {
    expect(await found("kamer van koophandel")).toContain(id("kvk"));
  });
});

describe("old and new names, other words for the same thing (decision 226)", () => {
  it("finds huurtoeslag for the old huursubsidie", async () => {
    expect(await found("huursubsidie")).toContain(id("huurtoeslag"));
  });

  it("finds the burgerservicenummer for the old sofinummer", async () => {
    expect(await found("sofinummer")).toContain(id("bsn"));
  });

  it("finds vakantiegeld for vakantietoeslag", async () => {
    expect(await found("vakantietoeslag")).toContain(id("vakantiegeld"));
  });
});

describe("related and narrower words (decision 226)", () => {
  it("finds the Suikerfeest for ramadan, as a related word", async () => {
    const view = await results("ramadan");
    expect(view.hits.map((hit) => hit.id)).toContain(id("suikerfeest"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ word: "ramadan", reason: "related" }));
  });

  it("finds a union by name for vakbond, but not the other way round", async () => {
    const broad = await found("vakbond");
    expect(broad).toEqual(expect.arrayContaining([id("bond"), id("fnv")]));
    expect(broad[0]).toBe(id("bond"));
    const narrow = await found("fnv");
    expect(narrow).toContain(id("fnv"));
    expect(narrow).not.toContain(id("bond"));
  });
});

describe("English for the same things (decision 226)", () => {
  it("finds the verklaring omtrent het gedrag for 'certificate of good conduct'", async () => {
    expect(await found("certificate of good conduct")).toContain(id("gedrag"));
  });

  it("finds the KvK for 'chamber of commerce'", async () => {
    expect(await found("chamber of commerce")).toContain(id("kvk"));
  });

  it("finds the heftruckcertificaat for 'forklift licence', not every magazijn passage", async () => {
    const hits = await found("forklift licence");
    expect(hits).toContain(id("heftruck"));
    expect(hits).not.toContain(id("los"));
  });
});
