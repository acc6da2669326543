/**
 * Search round 7 (decision 225), through /zoeken as a visitor: "OR" after a stop word is the
 * ondernemingsraad, not an operator; English sentences with words the glossary does not know;
 * compounds written apart, with another word for their head, or misspelt; -s/-sen and -ie/-ief
 * forms the stemmer keeps apart; quoted phrases that begin with stop words.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds as found, visitorResults as results } from "../helpers/search.ts";

const { add: item, id } = passageSet("round7");

beforeAll(async () => {
  await item(
    "or",
    "Meepraten over werving",
    "De OR van een groothandel vroeg om cijfers over wie er solliciteert en wie wordt aangenomen.",
  );
  await item("invloed", "Invloed van teamleiders", "Teamleiders hebben veel invloed op wie er doorstroomt naar een vaste baan.");
  await item("statushouder", "Statushouders in de techniek", "Een installatiebedrijf leidt statushouders op tot monteur.");
  await item("nieuwkomer", "Nieuwkomers in de zorg", "Een verpleeghuis begeleidt nieuwkomers naar een opleiding tot helpende.");
  await item(
    "gesprek",
    "Zwijgzaam in het sollicitatiegesprek",
    "Kandidaten die weinig over zichzelf vertellen, worden in het gesprek vaak onderschat.",
  );
  await item("interviews", "Interviews met ondernemers", "Vijf ondernemers vertellen in interviews over hun eerste jaar.");
  await item("rijles", "Rijlessen voor werkzoekenden", "De gemeente betaalt soms de rijlessen van een werkzoekende met een baan in zicht.");
  await item("lessen", "Lessen in de avond", "Een buurthuis geeft lessen in rekenen in een rij van tien avonden.");
  await item("drempel", "Taalniveau als drempel", "Een vacature vraagt vaak meer taal dan het werk nodig heeft; dat is een drempel.");
  await item(
    "vertrouwen",
    "De vertrouwenspersoon",
    "Bij de vertrouwenspersoon kunnen medewerkers terecht met een melding van discriminatie.",
  );
  await item("wsp", "Het werkgeversservicepunt", "Het werkgeversservicepunt van de regio helpt bedrijven aan kandidaten.");
  await item("werkgevers", "Werkgevers in de regio", "Werkgevers zoeken personeel voor de bouw en de zorg.");
  await item("artsen", "Buitenlandse artsen", "Artsen met een diploma van buiten Europa doen eerst een assessment.");
  await item(
    "inclusief",
    "Inclusief personeelsbeleid",
    "Een bedrijf kijkt bij elke vacature of iemand met een afstand tot werk de functie kan doen.",
  );
  await item("onder", "Werken onder hun niveau", "Veel hoogopgeleide nieuwkomers werken onder hun niveau in de logistiek.");
  await item("niveau", "Het niveau van de taaltoets", "Voor de taaltoets geldt niveau B1 en een goede voorbereiding.");
  await reconcile();
});

describe("OR after a stop word (decision 225)", () => {
  it("reads 'de OR' as the ondernemingsraad in a question", async () => {
    const hits = await found("hoe kan de OR invloed hebben op werving");
    expect(hits[0]).toBe(id("or"));
  });

  it("keeps OR between two words an operator", async () => {
    const hits = await found("statushouders OR nieuwkomers");
    expect(hits).toEqual(expect.arrayContaining([id("statushouder"), id("nieuwkomer")]));
  });
});

describe("English sentences with words the glossary does not know (decision 225)", () => {
  it("takes the sentence for English and translates its known words", async () => {
    // "rarely", "boast" and "achievements" are in neither the word list nor the glossary; a document
    // holds "interviews", so the word is only translated when the sentence is taken for English.
    const view = await results("candidates who rarely boast about achievements in interviews");
    expect(view.hits[0]?.id).toBe(id("gesprek"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ word: "interviews", reason: "translation" }));
  });
});

describe("compounds (decision 225)", () => {
  it("finds a compound written apart joined, above documents with one of its words", async () => {
    const view = await results("rij lessen");
    expect(view.hits[0]?.id).toBe(id("rijles"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ reason: "compound", words: ["rijlessen"] }));
  });

  it("finds a compound's head in other words beside its other part", async () => {
    expect(await found("taalbarrière")).toContain(id("drempel"));
  });

  it("corrects a misspelt compound that no document holds", async () => {
    const view = await results("vertrouwenspersson");
    expect(view.hits[0]?.id).toBe(id("vertrouwen"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ reason: "spelling", words: ["vertrouwenspersoon"] }));
  });

  it("does not offer a much shorter word as the correction of a long one", async () => {
    const view = await results("werkgeversservicpunt");
    expect(view.hits[0]?.id).toBe(id("wsp"));
    const spelling = view.expansions.filter((expansion) => expansion.reason === "spelling").flatMap((e) => e.words);
    expect(spelling).toContain("werkgeversservicepunt");
    expect(spelling).not.toContain("werkgevers");
  });
});

describe("forms the stemmer keeps apart (decision 225)", () => {
  it("finds artsen for arts", async () => {
    expect(await found("arts")).toContain(id("artsen"));
  });

  it("finds the adjective inclusief for the noun inclusie", async () => {
    expect(await found("inclusie")).toContain(id("inclusief"));
  });
});

describe("quoted phrases with stop words (decision 225)", () => {
  it("ranks the phrase word for word above a title with only its last word", async () => {
    const hits = await found('"onder hun niveau"');
    expect(hits[0]).toBe(id("onder"));
    expect(hits).toContain(id("niveau"));
  });
});
