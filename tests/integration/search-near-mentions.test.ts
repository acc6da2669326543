/**
 * Decision 281, through /zoeken as a visitor: among near matches (documents that lack a word of the
 * query), a word that is the subject of a short passage counts for more than the same word named once
 * in a long text about other things. Both passages open with the word (the same lead) and hold it
 * once, and the long one is newer: without the change the two tie and the newer comes first.
 * Documents that hold every word of the query are ranked as before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds } from "../helpers/search.ts";

const passages = passageSet("near-mentions");

/** About a hundred words on an afternoon in the community centre, none of them searched for. */
const afternoon =
  "Op maandag komt de groep bij elkaar in het buurthuis aan de rand van de wijk. Iedereen neemt iets te eten mee " +
  "en de koffie staat al klaar als de eerste bezoekers binnenkomen. Na de lunch is er tijd voor vragen over " +
  "formulieren, brieven van de gemeente en de kosten van de kinderopvang. Een vrijwilliger van de bibliotheek " +
  "helpt met het inloggen op de computer en legt uit hoe je een afspraak maakt. Later op de middag maken we " +
  "een korte wandeling door het park, langs de nieuwe speeltuin en de moestuin van de school. Wie wil, blijft " +
  "daarna nog even om samen af te wassen en de stoelen op te ruimen voor de volgende week.";

beforeAll(async () => {
  // Older passages first: the short ones, whose subject is the word.
  await passages.add("short", "Een kort bericht", "De plonterik staat deze week centraal: wat doet een plonteraar precies?");
  await passages.add("other", "De tweede vraag", "Over de snurfel gaat het in de volgende bijeenkomst van het team.");
  await passages.add("long", "Een middag in het buurthuis", `De plonterik kwam even langs. ${afternoon}`);
  await passages.add("bothShort", "Samen gevraagd", "Een wufelaar en een grimpel werken samen in de wijk.");
  await passages.add("bothLong", "Nog een middag", `Een wufelaar en een grimpel kwamen even langs. ${afternoon}`);
  await reconcile();
});

describe("near matches count their words by term frequency and length (decision 281)", () => {
  it("puts the short passage about the word before the long one that names it in passing", async () => {
    // No document holds both words: every hit is a near match.
    const hits = await visitorHitIds("plonterik snurfel");
    expect(hits).toContain(passages.id("other"));
    expect(hits.indexOf(passages.id("short"))).toBeGreaterThanOrEqual(0);
    expect(hits.indexOf(passages.id("short"))).toBeLessThan(hits.indexOf(passages.id("long")));
  });

  it("leaves documents that hold every word of the query as they were: the newer first", async () => {
    const hits = await visitorHitIds("wufelaar grimpel");
    expect(hits).toEqual([passages.id("bothLong"), passages.id("bothShort")]);
  });
});
