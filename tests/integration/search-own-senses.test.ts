/**
 * Stemmer exceptions (decision 264), through /zoeken as a visitor: PostgreSQL's Dutch stemmer makes
 * "ouderen" (the elderly) and "ouders" (parents) one stem, and "middelbare" (school) the stem of
 * "middelen" (means). With the listed words marked in the index and in the query, each finds its own
 * meaning only; a title or snippet shows the word as written.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds } from "../helpers/search.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

const passages = passageSet("own-senses");

beforeAll(async () => {
  await passages.add(
    "ouders",
    "Ouders betrekken bij de schoolkeuze",
    "Scholen nodigen de ouders uit voor een gesprek over de keuze van hun kind.",
  );
  await passages.add("ouderen", "Werkgevers nemen zelden ouderen aan", "Ouderen worden minder vaak uitgenodigd, ook met veel ervaring.");
  await passages.add("middelen", "Middelen voor re-integratie", "De gemeente zet middelen in voor scholing van werkzoekenden.");
  await passages.add(
    "middelbaar",
    "Een diploma van de middelbare school",
    "Wie de middelbare school afmaakt, kan verder leren in het mbo.",
  );
  await reconcile();
});

describe("words whose stem another word shares keep their own meaning (decision 264)", () => {
  it("ouderen finds the passage on older workers, not the one only about parents", async () => {
    const hits = await visitorHitIds("ouderen");
    expect(hits).toContain(passages.id("ouderen"));
    expect(hits).not.toContain(passages.id("ouders"));
  });

  it("ouders finds the parents, not the older workers; oudere finds ouderen", async () => {
    const parents = await visitorHitIds("ouders");
    expect(parents).toContain(passages.id("ouders"));
    expect(parents).not.toContain(passages.id("ouderen"));
    expect(await visitorHitIds("oudere")).toContain(passages.id("ouderen"));
  });

  it("middelen does not find the secondary school, and middelbare school does", async () => {
    const means = await visitorHitIds("middelen");
    expect(means).toContain(passages.id("middelen"));
    expect(means).not.toContain(passages.id("middelbaar"));
    expect(await visitorHitIds("middelbare school")).toContain(passages.id("middelbaar"));
  });

  it("marks the word in the title and snippet as written, without the index's mark", async () => {
    const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=ouderen`));
    const body = response.body as { results: { hits: { id: string; titleHtml: string; snippetHtml: string }[] } };
    const hit = body.results.hits.find((h) => h.id === passages.id("ouderen"));
    expect(hit?.titleHtml).toBe("Werkgevers nemen zelden <mark>ouderen</mark> aan");
    expect(hit?.snippetHtml).toContain("<mark>Ouderen</mark> worden");
  });
});
