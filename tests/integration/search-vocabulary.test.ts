/**
 * Search round 5 (decision 200), through /zoeken as a visitor: the field's own
 * words and their English equivalents, from the round's systematic pass over
 * the labour-market vocabulary (Participatiewet, UWV, inburgering, uitzendwerk,
 * diversiteit), and the gentler rarity weighting of the near tier (decision 200).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { publishedPassage, visitorResults as results } from "../helpers/search.ts";

const ids = new Map<string, string>();

async function item(key: string, title: string, text: string) {
  ids.set(key, await publishedPassage(`vocabulary-${key}`, title, text));
}

beforeAll(async () => {
  await item("beschut", "Beschut werk in de regio", "Wie alleen met veel begeleiding kan werken, krijgt een plek in beschut werk.");
  await item("banen", "Banenafspraak in de zorg", "Zorgorganisaties nemen mensen met een arbeidsbeperking aan via de banenafspraak.");
  await item("jobhunter", "De jobhunter van de gemeente", "Een jobhunter zoekt bij bedrijven naar vacatures voor werkzoekenden.");
  await item("uitzend", "Uitzendbureaus en nieuwkomers", "Een uitzendbureau plaatst nieuwkomers bij bedrijven in de logistiek.");
  await item("netwerk", "Een leernetwerk van werkgevers", "In het leernetwerk delen werkgevers hun ervaringen met inclusie.");
  await item("gebaren", "Dove collega's op de werkvloer", "Een tolk helpt bij het werkoverleg in gebarentaal.");
  await reconcile();
});

const found = async (q: string) => (await results(q)).hits.map((hit) => hit.id);
const id = (key: string) => ids.get(key)!;

describe("Dutch words of the field (decision 200)", () => {
  it("finds a passage about an arbeidsbeperking for arbeidsgehandicapten, and says which words it searched", async () => {
    const view = await results("arbeidsgehandicapten");
    expect(view.hits.map((hit) => hit.id)).toContain(id("banen"));
    expect(view.expansions).toContainEqual(
      expect.objectContaining({ reason: "synonym", words: expect.arrayContaining(["arbeidsbeperking"]) }),
    );
  });

  it("finds a related regulation and a related role below the word itself", async () => {
    expect(await found("doelgroepregister")).toContain(id("banen"));
    const view = await results("accountmanager");
    expect(view.hits.map((hit) => hit.id)).toContain(id("jobhunter"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ word: "accountmanager", reason: "related" }));
  });

  it("finds spelling variants and other names of the same thing", async () => {
    expect(await found("uitzendorganisatie")).toContain(id("uitzend"));
    expect(await found("lerend netwerk")).toContain(id("netwerk"));
  });
});

describe("English phrasings of the field (decision 200)", () => {
  it.each([
    ["sheltered employment", "beschut", "beschut werk"],
    ["job hunter", "jobhunter", "jobhunter"],
    ["recruitment agency", "uitzend", "uitzendbureau"],
    ["learning network", "netwerk", "lerend netwerk"],
    ["sign language", "gebaren", "gebarentaal"],
  ])("ranks the Dutch passage first for %s, and says it searched %s", async (q, key, dutch) => {
    const view = await results(q);
    expect(view.hits[0]?.id).toBe(id(key));
    expect(view.expansions.flatMap((e) => e.words)).toContain(dutch);
  });
});
