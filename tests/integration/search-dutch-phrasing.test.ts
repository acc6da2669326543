/**
 * Dutch phrasing (decision 273), through /zoeken as a visitor: a complex preposition ("met
 * betrekking tot", "in het kader van") names no subject, so its noun (betrekking, a post; kader)
 * does not become a concept of the query; and the few nouns with a plural in -eren (volk/volkeren,
 * kind/kinderen) find each other, which the Dutch stemmer does not do (volk, volker).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds } from "../helpers/search.ts";

const passages = passageSet("dutch-phrasing");

beforeAll(async () => {
  await passages.add("both", "De kwaplonk en de drefsel", "Wie een kwaplonk heeft, vraagt de drefsel om raad.");
  await passages.add("post", "Een nieuwe betrekking", "Na de zomer een nieuwe betrekking vinden, in het kader van een traject.");
  await passages.add("volk", "Het volk van de zwopsters", "Een volk dat de zwopster viert.");
  await passages.add("volkeren", "Volkeren aan de kust", "Twee volkeren die samen vissen.");
  await reconcile();
});

describe("complex prepositions are no concepts (decision 273)", () => {
  it("searches what the other words find, without the preposition's noun", async () => {
    const question = await visitorHitIds("kwaplonk met betrekking tot drefsel");
    expect(question).toEqual(await visitorHitIds("kwaplonk drefsel"));
    expect(question[0]).toBe(passages.id("both"));
    expect(question).not.toContain(passages.id("post"));
    const kader = await visitorHitIds("drefsel in het kader van kwaplonk");
    expect(kader).toEqual(await visitorHitIds("drefsel kwaplonk"));
    expect(kader).not.toContain(passages.id("post"));
  });

  it("keeps the words when nothing else is asked, or when they are quoted", async () => {
    expect(await visitorHitIds("met betrekking tot")).toContain(passages.id("post"));
    expect(await visitorHitIds(`"in het kader van"`)).toContain(passages.id("post"));
  });
});

describe("plurals in -eren (decision 273)", () => {
  it("finds the singular for the plural and the plural for the singular", async () => {
    expect(await visitorHitIds("volkeren")).toContain(passages.id("volk"));
    expect(await visitorHitIds("volk")).toContain(passages.id("volkeren"));
  });
});
