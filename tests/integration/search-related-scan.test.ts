/**
 * The related scan's bound (decision 255): at most RELATED_SCAN readable documents are examined,
 * taken word by word with the heaviest feedback word's holders first, so a large index with many
 * documents that share only the common feedback words still shows the one that shares the telling
 * word. Decision 246 read the first MATCH_CAP (1,500) documents holding two feedback words in storage
 * order: the telling one, stored after 1,600 common ones, was never read.
 */
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "../../app/shared/search.ts";
import { config } from "../../server/config.ts";
import { searchEngine } from "../../server/search/engine.ts";
import { buildRelatedSql, RELATED_SCAN } from "../../server/search/engines/postgres.ts";
import { parseQuery } from "../../server/search/query.ts";
import { planQuery, RELATED_BELOW, search, searchAccess } from "../../server/search/service.ts";
import type { SearchDocument, SearchFilters } from "../../server/search/types.ts";

const DAY = 86_400_000;
const COMMON = 1_600;

function passage(id: string, title: string, body: string): SearchDocument {
  return {
    kind: "library",
    recordId: id,
    title,
    body,
    url: `/bibliotheek/${id}`,
    communityId: null,
    themeId: null,
    evidenceLevel: null,
    accessCommunityId: null,
    visibility: "public",
    date: new Date(Date.now() - DAY),
    version: 1,
  };
}

beforeAll(async () => {
  // The hits of "tjaarda" share a telling word (kwelsloot) and two common ones (rietkraag, oeverzwaluw).
  const hits = [
    passage("hit-a", "Tjaarda en de kwelsloot", "Tjaarda maait de rietkraag langs de kwelsloot, waar de oeverzwaluw broedt."),
    passage(
      "hit-b",
      "Werkdag bij Tjaarda",
      "Bij Tjaarda leren nieuwkomers de kwelsloot schonen; de rietkraag blijft staan voor de oeverzwaluw.",
    ),
  ];
  // Many documents with the two common words only (two pieces of evidence each), stored first.
  const common = Array.from({ length: COMMON }, (_, n) =>
    passage(`common-${String(n).padStart(4, "0")}`, `Veldwerk ${n}`, "De rietkraag is een plek voor de oeverzwaluw."),
  );
  // The one that also holds the telling word, stored after all of them.
  const telling = passage("telling", "Een kwelsloot schonen", "Wie een kwelsloot schoont, spaart de rietkraag.");
  await searchEngine().upsert([...hits, ...common]);
  await searchEngine().upsert([telling]);
});

describe("the related scan's bound (decision 255)", () => {
  it("shows the document holding the telling feedback word first, however many share only the common ones", async () => {
    const view = await search(null, parseSearchParams(new URLSearchParams({ q: "tjaarda" })).params);
    expect(view.hits.map((hit) => hit.id).sort()).toEqual(["hit-a", "hit-b"]);
    expect(view.related?.words).toEqual(expect.arrayContaining(["kwelsloot", "rietkraag"]));
    expect(view.related?.hits[0]?.id).toBe("telling");
    expect(view.related?.hits.length).toBe(RELATED_BELOW - 2);
  });

  it("examines at most RELATED_SCAN documents", async () => {
    const access = await searchAccess(null);
    const query = parseQuery("tjaarda");
    const plan = await planQuery(query, access);
    const filters: SearchFilters = { kinds: [], themeIds: [], communityIds: [], evidenceLevels: [], period: null };
    // The statement the page runs for "tjaarda" (the first test checks its hits): both hits as feedback.
    const hits = ["hit-a", "hit-b"];
    const { text, params } = buildRelatedSql({
      plan,
      feedback: hits.map((recordId) => ({ kind: "library" as const, recordId })),
      exclude: hits.map((id) => `/bibliotheek/${id}`),
      filters,
      access,
      limit: RELATED_BELOW - hits.length,
    });
    // As the engine's own pool plans it (no sequential scans, no JIT).
    const client = new pg.Client({ connectionString: config().DATABASE_URL, options: "-c enable_seqscan=off -c jit=off" });
    await client.connect();
    try {
      // Analysed, as a running index is: otherwise the idf's document count (conceptWeight) counts the table's rows instead.
      await client.query(`ANALYZE "SearchDocument"`);
      const explained = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
      // Rows read from the documents' table: the related scan, the two feedback hits, the related results' titles and snippets.
      const rows = documentRows(explained.rows[0]!["QUERY PLAN"][0].Plan);
      expect(rows).toBeGreaterThan(COMMON / 10);
      expect(rows).toBeLessThanOrEqual(RELATED_SCAN + hits.length + RELATED_BELOW);
    } finally {
      await client.end();
    }
  });
});

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Actual Rows"?: number; "Actual Loops"?: number; Plans?: PlanNode[] };

/** Rows that scans of SearchDocument returned, over the whole plan. */
function documentRows(node: PlanNode): number {
  const own =
    node["Relation Name"] === "SearchDocument" && /Scan/.test(node["Node Type"])
      ? (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1)
      : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + documentRows(child), 0);
}
