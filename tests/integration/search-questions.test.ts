/**
 * Search round 4 (decision 172), through /zoeken as a visitor: long questions
 * whose rare, telling word decides; stop words that do not use up a question's
 * terms; an English sentence whose words are also Dutch loanwords; related
 * regulations in the thesaurus; a compound the splitter used to cut wrongly.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { publishedPassage, visitorResults as results } from "../helpers/search.ts";

const ids = new Map<string, string>();

async function item(key: string, title: string, text: string) {
  ids.set(key, await publishedPassage(`questions-${key}`, title, text));
}

beforeAll(async () => {
  await item("schulden", "Schulden als belemmering voor werk", "Mensen met problematische schulden kunnen zich moeilijk op werk richten.");
  await item("statushouders", "Statushouders aan een baan helpen", "De gemeente helpt statushouders aan een baan en een vaste werkcoach.");
  await item("banen", "Banen in de haven", "Een havenbedrijf helpt nieuwe medewerkers op weg in hun baan.");
  await item("zomer", "Zomerbanen", "Gemeenten helpen jongeren aan een baan voor de zomer.");
  await item(
    "premie",
    "Premiekorting bij het aannemen van ouderen",
    "Ook voor mensen met een arbeidsbeperking bestaat een korting op de premie.",
  );
  await item("subsidie", "Subsidie voor verduurzaming", "Een werkgever krijgt subsidie voor isolatie van het pand.");
  await item("loondispensatie", "Loondispensatie en loonwaarde", "De werkgever betaalt alleen de loonwaarde en UWV vult het inkomen aan.");
  await item("lks", "Loonkostensubsidie uitgelegd", "De gemeente compenseert de werkgever voor de lagere loonwaarde.");
  await item("grappen", "Grappen over afkomst op de werkvloer", "Leidinggevenden moeten ingrijpen bij grappen over iemands afkomst.");
  await item("loopbaan", "Loopbaangesprekken met alle medewerkers", "Jaarlijkse gesprekken voorkomen dat talent onopgemerkt blijft.");
  await item("amd", "Arbeidsmarktdiscriminatie aanpakken", "Werven op vaardigheden helpt.");
  await item("werving", "Discriminatie bij werving en selectie", "De wet verplicht werkgevers tot een werkwijze tegen discriminatie.");
  await reconcile();
});

const found = async (q: string) => (await results(q)).hits.map((hit) => hit.id);
const id = (key: string) => ids.get(key)!;

describe("long questions (decision 172)", () => {
  it("finds the document with the question's one rare word, though it has none of the common ones", async () => {
    const hits = await found("hoe help ik een statushouder met schulden aan een baan");
    expect(hits).toContain(id("schulden"));
  });

  it("keeps the telling words at the end of a question full of stop words", async () => {
    const hits = await found("welke subsidie krijgt een werkgever als hij iemand met een arbeidsbeperking aanneemt");
    expect(hits).toContain(id("premie"));
  });
});

describe("English sentences (decision 172)", () => {
  it("translates a sentence whose words are also Dutch loanwords", async () => {
    const view = await results("my manager makes jokes about my background what can I do");
    expect(view.hits[0]?.id).toBe(id("grappen"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ word: "jokes", reason: "translation" }));
  });
});

describe("related regulations (decision 172)", () => {
  it("finds a related regulation below the word itself, and says so", async () => {
    const view = await results("loonkostensubsidie");
    const hits = view.hits.map((hit) => hit.id);
    expect(hits[0]).toBe(id("lks"));
    expect(hits).toContain(id("loondispensatie"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ word: "loonkostensubsidie", reason: "related" }));
  });
});

describe("compounds (decision 172)", () => {
  it("finds loopbaangesprekken for loopbaan", async () => {
    expect(await found("loopbaan")).toContain(id("loopbaan"));
  });

  it("finds for the words of a compound with stop words between what the compound finds", async () => {
    const compound = await found("arbeidsmarktdiscriminatie");
    const words = await found("discriminatie op de arbeidsmarkt");
    expect(compound).toEqual(expect.arrayContaining([id("amd"), id("werving")]));
    expect(words).toEqual(expect.arrayContaining([id("amd"), id("werving")]));
  });
});
