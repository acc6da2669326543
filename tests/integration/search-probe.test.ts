/**
 * Storage-order probes of the PostgreSQL engine (decision 205): a capped sample read from the
 * table's first blocks instead of the text index's bitmap holds the same rows, so a search answers
 * exactly as without the probe, whether the hint is right, stale or missing.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { createSearchEngine, useSearchEngine } from "../../server/search/engine.ts";
import { buildSearchSql, MATCH_CAP, ProbeHintCache, type ProbeHints } from "../../server/search/engines/postgres.ts";
import type { EngineQuery, SearchDocument } from "../../server/search/types.ts";
import { visitorEngineQuery } from "../helpers/search-query.ts";

const DAY = 86_400_000;
let client: pg.Client;

function passage(n: number, body: string): SearchDocument {
  return {
    kind: "library",
    recordId: `p${String(n).padStart(5, "0")}`,
    title: `Praktijkvoorbeeld ${n}`,
    body,
    url: `/bibliotheek/p${n}`,
    communityId: null,
    themeId: null,
    evidenceLevel: n % 2 ? "practice" : "effective",
    accessCommunityId: null,
    visibility: "public",
    date: new Date(Date.UTC(2026, 0, 1) + (n % 97) * DAY),
    version: 1,
  };
}

const engineQuery = (q: string, filters: Partial<EngineQuery["filters"]> = {}) =>
  visitorEngineQuery(q, { filters: { kinds: [], themeIds: [], communityIds: [], evidenceLevels: [], period: null, ...filters } });

/** Runs the statement as the engine does (its session settings) and learns from it when given a cache. */
async function run(query: EngineQuery, hints?: ProbeHintCache) {
  const { text, params, scans } = buildSearchSql(query, Date.UTC(2026, 5, 1), hints as ProbeHints | undefined);
  const [row] = (await client.query(text, params)).rows;
  if (hints && scans?.length) hints.learn(scans, row.probes, row.rowsPerPage);
  const { probes: _probes, rowsPerPage: _rowsPerPage, ...answer } = row;
  return { answer: JSON.stringify(answer), scans: scans ?? [] };
}

beforeAll(async () => {
  const engine = createSearchEngine("postgres");
  useSearchEngine(engine);
  const documents: SearchDocument[] = [];
  // The first 2,400 rows: two in three about an employer (a broad word, dense at the table's start);
  // 4,000 about a gardener; then 1,700 about a baker (a broad word found only far into the table).
  for (let n = 0; n < 2_400; n += 1)
    documents.push(
      passage(n, n % 3 === 2 ? `Een kapper zoekt een leerling, ronde ${n}.` : `De werkgever zoekt een collega voor team ${n}.`),
    );
  for (let n = 2_400; n < 6_400; n += 1) documents.push(passage(n, `Een tuinman snoeit de heg in tuin ${n}.`));
  for (let n = 6_400; n < 8_100; n += 1) documents.push(passage(n, `De bakker bakt brood in oven ${n}.`));
  await engine.upsert(documents);
  await db().$executeRawUnsafe(`ANALYZE "SearchDocument"`);
  client = new pg.Client({ connectionString: config().DATABASE_URL, options: "-c enable_seqscan=off -c jit=off" });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

describe("storage-order probes", () => {
  it("reads a broad word's sample from the first blocks once learnt, with the same answer", async () => {
    const query = await engineQuery("werkgever");
    const plain = await run(query);
    const hints = new ProbeHintCache();
    const first = await run(query, hints);
    expect(first.scans.some((scan) => scan.probed)).toBe(false);
    const second = await run(query, hints);
    expect(second.scans.some((scan) => scan.probed)).toBe(true);
    expect(JSON.parse(plain.answer).capped).toBe(true);
    expect(second.answer).toBe(plain.answer);
    expect(first.answer).toBe(plain.answer);
  });

  it("probes a filtered page and its unfiltered facet counts alike, with the same answer", async () => {
    // Every passage has one of the two levels: the filtered sample is full too.
    const query = await engineQuery("werkgever", { evidenceLevels: ["effective", "practice"] });
    const plain = await run(query);
    const hints = new ProbeHintCache();
    await run(query, hints);
    const probed = await run(query, hints);
    expect(probed.scans.filter((scan) => scan.probed).length).toBeGreaterThanOrEqual(2);
    expect(probed.answer).toBe(plain.answer);
  });

  it("falls back to the text index when a hint is stale, with the same answer", async () => {
    const query = await engineQuery("werkgever");
    const plain = await run(query);
    const hints = new ProbeHintCache();
    const { scans } = await run(query, hints);
    // A hint that ends too early (as after rows moved): the probe finds too few rows.
    hints.learn(
      scans.map((scan) => ({ ...scan, probed: false })),
      scans.map(() => 0),
      1,
    );
    const stale = await run(query, hints);
    expect(stale.scans.some((scan) => scan.probed)).toBe(true);
    expect(stale.answer).toBe(plain.answer);
    // It learnt where the sample really ends: the next probe holds it.
    const next = await run(query, hints);
    expect(next.answer).toBe(plain.answer);
  });

  it("does not probe a word whose matches lie far into the table", async () => {
    const query = await engineQuery("bakker");
    const plain = await run(query);
    expect(JSON.parse(plain.answer).total).toBeGreaterThan(MATCH_CAP);
    const hints = new ProbeHintCache();
    await run(query, hints);
    const again = await run(query, hints);
    expect(again.scans.some((scan) => scan.probed)).toBe(false);
    expect(again.scans.some((scan) => scan.skipped)).toBe(true);
    expect(again.answer).toBe(plain.answer);
  });

  it("never probes a sample with a date or community filter", async () => {
    const hints = new ProbeHintCache();
    const query = await engineQuery("werkgever", { period: "year" });
    const plain = await run(query);
    await run(query, hints);
    const again = await run(query, hints);
    // Only the unfiltered facet counts may be probed.
    expect(again.scans.filter((scan) => scan.probed).length).toBeLessThanOrEqual(1);
    expect(again.answer).toBe(plain.answer);
  });
});
