/**
 * Decisions 263 and 272, through /zoeken as a visitor: of passages that hold the searched word (or the same
 * synonym of it) only in their text, the one whose first sentence names it comes before one that
 * names it later on (the searched word: even twice). Neither title holds the word, and the later
 * passage is the newer one, so without the lead's weight it would come first (newer; for the
 * searched word also more occurrences).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds } from "../helpers/search.ts";

const passages = passageSet("lead");

/** About forty words of an afternoon in the community centre: whatever follows stands outside the lead. */
const preamble =
  "Op maandag komt de groep bij elkaar in het buurthuis. Iedereen neemt iets te eten mee en de koffie staat klaar. " +
  "Na de lunch is er tijd voor vragen en een korte wandeling door de wijk.";

beforeAll(async () => {
  // Older passages first: the passages that open with the word.
  await passages.add(
    "opens",
    "Water op het land",
    "Een kwelbrant ontstaat als water lang op het land blijft staan. De boer ziet het pas laat.",
  );
  await passages.add(
    "synonymOpens",
    "Een gesprek in de eerste week",
    "Elke statushouder krijgt in de eerste week een gesprek met de gemeente.",
  );
  await passages.add(
    "later",
    "Een middag in het buurthuis",
    `${preamble} Daarna gaat het over de kwelbrant en wat je tegen een kwelbrant doet.`,
  );
  await passages.add(
    "synonymLater",
    "Een middag met de groep",
    `${preamble} Daarna vertelt een statushouder over zijn eerste maanden in de stad.`,
  );
  await reconcile();
});

describe("a concept in a passage's lead counts (decisions 263 and 272: an indexed lead vector)", () => {
  it("puts the passage that opens with the word before one that names it further on", async () => {
    const hits = await visitorHitIds("kwelbrant");
    expect(hits).toEqual([passages.id("opens"), passages.id("later")]);
  });

  it("does the same for passages reached through the same synonym", async () => {
    // vergunninghouder = statushouder in the shipped thesaurus; neither passage has the word typed.
    const hits = await visitorHitIds("vergunninghouder");
    expect(hits.indexOf(passages.id("synonymOpens"))).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf(passages.id("synonymOpens"))).toBeLessThan(hits.indexOf(passages.id("synonymLater")));
  });
});
