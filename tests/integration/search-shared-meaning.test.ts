/**
 * Decision 257, through /zoeken as a visitor: words that an equivalent thesaurus entry makes the
 * same share their narrower (one-way) and related words, so a link written for one word of a
 * group holds for every word of it; the equivalence itself stays one step (not transitive). The
 * rules here are a moderator's own, added on /beheer/zoekwoorden, with made-up words that no word
 * list or shipped entry knows; the last cases use shipped entries.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action } from "../../app/routes/beheer.zoekwoorden.tsx";
import { db } from "../../server/db.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";
import { passageSet, visitorResults } from "../helpers/search.ts";

const passages = passageSet("shared-meaning");
let moderatorCookie: string;

const post = (fields: Record<string, string>) => callAction(action, formRequest("/beheer/zoekwoorden", fields, moderatorCookie));
const found = async (q: string) => (await visitorResults(q)).hits.map((hit) => hit.id);

beforeAll(async () => {
  moderatorCookie = await sessionCookieFor((await createUser({ globalRole: "MODERATOR" })).id);
  await passages.add("related", "Over de zwibbelroute", "De zwibbelroute is een werkwijze van de gemeente.");
  await passages.add("narrow", "Een vlimpelplek in de regio", "Wie een vlimpelplek zoekt, meldt zich bij het loket.");
  await passages.add("apart", "Trampoets in de praktijk", "Trampoets vraagt om goede afspraken met de werkgever.");
  await passages.add(
    "leeftijd",
    "Leeftijdsdiscriminatie bij het solliciteren",
    "Een sollicitant wordt afgewezen omdat het team jong moet blijven.",
  );
  await passages.add("knelpunt", "Een knelpuntberoep kiezen", "In de techniek zijn veel vacatures die lang openstaan.");
  await passages.add("zij", "Zij-instroom in het onderwijs", "Wie al werkt, kan via een verkort traject leraar worden.");
  await passages.add("bakker", "Brood bakken voor de buurt", "De bakker leert jongeren het vak in de vroege ochtend.");
  await reconcile();
  for (const [mode, terms] of [
    ["equivalent", "kwaplonk, drefsel"],
    ["related", "drefsel, zwibbelroute"],
    ["oneWay", "drefsel, vlimpelplek"],
    ["equivalent", "drefsel, trampoets"],
  ])
    expect((await post({ intent: "add", mode: mode!, terms: terms! })).status).toBe(302);
});

afterAll(async () => {
  for (const row of await db().thesaurusEntry.findMany({ where: { shippedKey: null }, select: { id: true } }))
    await post({ intent: "remove", id: row.id });
});

describe("equivalent words share their narrower and related words (decision 257)", () => {
  it("finds what the equivalent word's one-way and related rules name, and says how it relates", async () => {
    const page = await visitorResults("kwaplonk");
    const ids = page.hits.map((hit) => hit.id);
    expect(ids).toContain(passages.id("related"));
    expect(ids).toContain(passages.id("narrow"));
    // An inherited narrower word is not "the same meaning", nor is a related word (decision 254).
    expect(page.expansions).toEqual(
      expect.arrayContaining([
        { word: "kwaplonk", reason: "synonym", words: ["drefsel"] },
        { word: "kwaplonk", reason: "oneWay", words: ["vlimpelplek"] },
        { word: "kwaplonk", reason: "related", words: ["zwibbelroute"] },
      ]),
    );
  });

  it("keeps the equivalence itself one step: a word's two equivalents are not made the same", async () => {
    // kwaplonk = drefsel and drefsel = trampoets: kwaplonk does not find what only trampoets names.
    expect(await found("kwaplonk")).not.toContain(passages.id("apart"));
    expect(await found("drefsel")).toContain(passages.id("apart"));
  });

  it("applies the shipped entries the same way: 50-plussers finds leeftijdsdiscriminatie, related to vijftigplusser", async () => {
    expect(await found("50-plussers")).toContain(passages.id("leeftijd"));
    expect(await found("50-plussers")).not.toContain(passages.id("bakker"));
  });

  it("knows the shipped words of round 12: tekortberoep and knelpuntberoep, omscholing and zij-instroom", async () => {
    expect(await found("tekortberoep")).toContain(passages.id("knelpunt"));
    expect(await found("omscholing")).toContain(passages.id("zij"));
    expect(await found("tekortberoep")).not.toContain(passages.id("bakker"));
  });
});
