/**
 * Decision 291: search answers kept per access scope. A search asked again shortly after, by any
 * searcher with the same readable communities and visibilities, is answered without a statement;
 * searchers of another scope (a visitor, a member of an invite-only community) never get it; the
 * drop that index jobs announce ends it in every process.
 *
 * The passages are written to the index by the sweep (`reconcile`), which announces nothing, so a
 * kept answer shows as an answer that does not yet hold a passage indexed after it was kept.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announcePublicDataChanged, publicDataReady, usePublicDataCacheInTests } from "../../server/cache/public-data.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { keepSearchAnswers } from "../../server/search/kept-answers.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";
import { hitIds, publishedPassage, type Searcher } from "../helpers/search.ts";

const WORD = "zwoegerplank";
const member = (id: string): Searcher => ({ id, globalRole: "MEMBER" });
const sorted = (ids: string[]) => [...ids].sort();

let first: string;
let membersOnly: string;

beforeAll(async () => {
  usePublicDataCacheInTests();
  expect(await publicDataReady()).toBe(true);
  first = await publishedPassage("kept", "Een zwoegerplank in de werkplaats", "De zwoegerplank helpt bij het eerste werk.");
  membersOnly = await publishedPassage("kept-members", "De zwoegerplank voor leden", "Leden delen hun zwoegerplank.", {
    publicOnWeb: false,
  });
  await reconcile();
});

afterAll(() => usePublicDataCacheInTests(false));

describe("search answers kept per access scope (decision 291)", () => {
  it("answers the same scope from the kept answer until an index drop, and never another scope", async () => {
    const a = await createUser();
    const b = await createUser();
    const insider = await createUser();
    const closed = await createCommunity({ accessMode: "INVITE_ONLY" });
    await addMember(insider.id, closed.id);

    expect(sorted(await hitIds(member(a.id), `q=${WORD}`))).toEqual(sorted([first, membersOnly]));
    // A visitor's scope has no members-only documents: never the member's answer.
    expect(await hitIds(null, `q=${WORD}`)).toEqual([first]);

    const later = await publishedPassage("kept-later", "Nog een zwoegerplank", "Over de zwoegerplank van vandaag.");
    await reconcile();

    // The same scope (another member, no invite-only community either) gets the kept answer.
    expect(sorted(await hitIds(member(b.id), `q=${WORD}`))).toEqual(sorted([first, membersOnly]));
    // Another scope is asked anew: it finds the passage indexed since.
    expect(sorted(await hitIds(member(insider.id), `q=${WORD}`))).toEqual(sorted([first, membersOnly, later]));
    // The visitor's kept answer is its own, too.
    expect(await hitIds(null, `q=${WORD}`)).toEqual([first]);

    // What an index job announces after writing drops the kept answers.
    await announcePublicDataChanged();
    const afterDrop = await hitIds(member(a.id), `q=${WORD}`);
    expect(sorted(afterDrop)).toEqual(sorted([first, membersOnly, later]));
    expect(sorted(await hitIds(null, `q=${WORD}`))).toEqual(sorted([first, later]));

    // A kept answer is the answer a fresh statement gives, in the same order.
    keepSearchAnswers(false);
    try {
      expect(await hitIds(member(b.id), `q=${WORD}`)).toEqual(afterDrop);
    } finally {
      keepSearchAnswers(true);
    }
  });
});
