/**
 * The precomputed document frequencies (decision 246): SearchWordCount holds, per word and access
 * scope, how many indexed documents hold the word, kept in step by triggers as documents are
 * indexed, edited, restricted, unpublished and deleted, and recounted by a rebuild. Related results
 * (decision 250) weigh their words by these counts over the scopes the searcher may read: a word that
 * only a members-only document shares with a public hit is no related word for a visitor.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { db } from "../../server/db.ts";
import { rebuildIndex, reconcile } from "../../server/search/indexer.ts";
import type { SearchResultsView } from "../../server/search/service.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { passageSet, publishedPassage } from "../helpers/search.ts";

const { add: item, id } = passageSet("counts");
let memberCookie = "";
let membersOnlyId = "";

async function page(q: string, cookie?: string): Promise<SearchResultsView> {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=${encodeURIComponent(q)}`, cookie));
  expect(response.status).toBe(200);
  return (response.body as { results: SearchResultsView }).results;
}

type Count = { lexeme: string; visibility: string; community: string; documents: number };

const stored = () =>
  db().$queryRawUnsafe<Count[]>(
    `SELECT lexeme, visibility, community, documents FROM "SearchWordCount" ORDER BY lexeme, visibility, community`,
  );

/** The counts as a full scan of the index gives them. */
const recounted = () =>
  db().$queryRawUnsafe<Count[]>(
    `SELECT l AS lexeme, d.visibility, coalesce(d."accessCommunityId", '') AS community, count(*)::int AS documents
       FROM "SearchDocument" d CROSS JOIN LATERAL unnest(tsvector_to_array(d."searchVector")) l
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );

/** The counts of a word, by its stem as the index stores it. */
async function countsOf(word: string) {
  const [{ lexeme } = { lexeme: "" }] = await db().$queryRawUnsafe<{ lexeme: string }[]>(
    `SELECT (tsvector_to_array(to_tsvector('pp_dutch', $1)))[1] AS lexeme`,
    word,
  );
  return (await stored()).filter((row) => row.lexeme === lexeme);
}

beforeAll(async () => {
  await item(
    "tuin",
    "Groentetuin bij het wijkcentrum",
    "De groentetuin van het wijkcentrum zoekt vrijwilligers voor de composthoop en de regenton.",
  );
  // Shares two of the hit's words (wijkcentrum, vrijwilligers): a related result for everyone.
  await item("buurt", "Vrijwilligers in de buurt", "Het wijkcentrum zoekt vrijwilligers voor de koffieochtend.");
  // Members only: shares the hit's rarest words (composthoop, regenton).
  membersOnlyId = await publishedPassage("counts-leden", "Composthoop en regenton", "Een regenton naast de composthoop.", {
    publicOnWeb: false,
  });
  await reconcile();
  memberCookie = await sessionCookieFor((await createUser({ displayName: "Ravi Lid" })).id);
});

describe("document frequencies per word and scope (decision 246)", () => {
  it("counts every indexed document's words per scope", async () => {
    expect(await stored()).toEqual(await recounted());
    expect((await countsOf("regenton")).map((row) => [row.visibility, row.community, row.documents])).toEqual([
      ["members", "", 1],
      ["public", "", 1],
    ]);
  });

  it("follows edits, restrictions, unpublishing, deletion and a rebuild", async () => {
    const touch = async (data: Record<string, unknown>) => {
      await db().libraryItem.update({ where: { id: membersOnlyId }, data: { ...data, updatedAt: new Date(Date.now() + 1_000) } });
      await reconcile();
      expect(await stored()).toEqual(await recounted());
    };
    // An edit: a word leaves, another comes.
    await touch({ title: "Regenton en wormenbak", summary: "Een regenton naast de wormenbak." });
    expect((await countsOf("composthoop")).map((row) => row.visibility)).toEqual(["public"]);
    expect((await countsOf("wormenbak")).map((row) => [row.visibility, row.documents])).toEqual([["members", 1]]);
    // Open to the web: its words move from the members' scope to the public one.
    await touch({ publicOnWeb: true });
    expect((await countsOf("wormenbak")).map((row) => [row.visibility, row.documents])).toEqual([["public", 1]]);
    expect((await countsOf("regenton")).map((row) => [row.visibility, row.documents])).toEqual([["public", 2]]);
    // Unpublished: out of the index, out of the counts.
    await touch({ status: "DRAFT" });
    expect(await countsOf("wormenbak")).toEqual([]);
    await touch({
      status: "PUBLISHED",
      publicOnWeb: false,
      title: "Composthoop en regenton",
      summary: "Een regenton naast de composthoop.",
    });
    expect((await countsOf("regenton")).map((row) => [row.visibility, row.documents])).toEqual([
      ["members", 1],
      ["public", 1],
    ]);
    // Deleted.
    const spare = await publishedPassage("counts-weg", "Bijenhotel", "Een bijenhotel bij de schooltuin.");
    await reconcile();
    expect((await countsOf("bijenhotel")).map((row) => row.documents)).toEqual([1]);
    await db().libraryItem.delete({ where: { id: spare } });
    await reconcile();
    expect(await countsOf("bijenhotel")).toEqual([]);
    expect(await stored()).toEqual(await recounted());
    // A rebuild swaps in counts of the new index, and its triggers keep them from then on.
    await rebuildIndex();
    expect(await stored()).toEqual(await recounted());
    await touch({ summary: "Een regenton naast de composthoop en de wormenbak." });
    expect((await countsOf("wormenbak")).map((row) => [row.visibility, row.documents])).toEqual([["members", 1]]);
  });
});

describe("related results weigh their words by the readable counts", () => {
  it("uses a word that only a members-only document shares for members, never for visitors", async () => {
    const visitor = await page("groentetuin");
    expect(visitor.hits.map((hit) => hit.id)).toEqual([id("tuin")]);
    expect(visitor.related?.hits.map((hit) => hit.id)).toEqual([id("buurt")]);
    expect(visitor.related?.words).toEqual(expect.arrayContaining(["wijkcentrum", "vrijwilligers"]));
    // Counted over all documents, these would be words two documents hold, rarer than the others:
    // shown to a visitor, they would tell that a document they cannot read holds them.
    expect(visitor.related?.words).not.toContain("regenton");
    expect(visitor.related?.words).not.toContain("composthoop");

    const member = await page("groentetuin", memberCookie);
    expect(member.related?.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining([membersOnlyId, id("buurt")]));
    expect(member.related?.words).toEqual(expect.arrayContaining(["regenton", "composthoop"]));
  });

  it("reads the words' document frequencies from the counts, not from the documents", async () => {
    const counts = await stored();
    try {
      // Without counts no word is held by another readable document: no related part.
      await db().$executeRawUnsafe(`DELETE FROM "SearchWordCount"`);
      expect((await page("groentetuin")).related).toBeNull();
    } finally {
      await db().$executeRawUnsafe(
        `INSERT INTO "SearchWordCount" SELECT * FROM json_populate_recordset(NULL::"SearchWordCount", $1::json)`,
        JSON.stringify(counts),
      );
    }
    expect((await page("groentetuin")).related?.hits.map((hit) => hit.id)).toEqual([id("buurt")]);
  });
});
