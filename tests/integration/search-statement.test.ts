/**
 * The PostgreSQL engine's search statement (decision 206): highlighted titles and snippets are
 * made for the rows of the page shown, on later pages too; the scan for title matches runs only
 * when it can add a hit (a full sample, or excluded words), with the same answer as when it always ran.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { createSearchEngine, useSearchEngine } from "../../server/search/engine.ts";
import { buildSearchSql, MATCH_CAP, type PostgresEngine } from "../../server/search/engines/postgres.ts";
import type { EngineQuery, SearchDocument } from "../../server/search/types.ts";
import { visitorEngineQuery as engineQuery } from "../helpers/search-query.ts";

const DAY = 86_400_000;
let client: pg.Client;
let engine: PostgresEngine;
const bodies = new Map<string, string>();

function passage(n: number, title: string, body: string): SearchDocument {
  const recordId = `s${String(n).padStart(4, "0")}`;
  bodies.set(recordId, body);
  return {
    kind: "library",
    recordId,
    title,
    body,
    url: `/bibliotheek/${recordId}`,
    communityId: null,
    themeId: null,
    evidenceLevel: n % 2 ? "practice" : "effective",
    accessCommunityId: null,
    visibility: "public",
    date: new Date(Date.UTC(2026, 0, 1) + n * DAY),
    version: 1,
  };
}

/** The statement's answer as the engine's session runs it, with `edit` applied to its text. */
async function answer(query: EngineQuery, edit: (text: string) => string = (text) => text) {
  const { text, params } = buildSearchSql(query, Date.UTC(2026, 5, 1));
  const [row] = (await client.query(edit(text), params)).rows;
  const { probes: _probes, rowsPerPage: _rowsPerPage, ...rest } = row;
  return JSON.stringify(rest);
}

/** The text a snippet shows, without its highlights, in the fragments it joins. */
const fragments = (html: string) =>
  html
    .replace(/<\/?mark>/g, "")
    .split(" … ")
    .map((fragment) => fragment.trim())
    .filter(Boolean);

beforeAll(async () => {
  engine = createSearchEngine("postgres") as PostgresEngine;
  useSearchEngine(engine);
  const documents: SearchDocument[] = [];
  // 45 passages about an employer (three pages of 20), each a different text; five hold the word
  // in the title only; five hold an excluded word (stage) in the body under a matching title.
  for (let n = 0; n < 45; n += 1) {
    const title = n < 10 ? `De werkgever en ronde ${n}` : `Praktijkvoorbeeld ${n}`;
    const body =
      n < 5
        ? `Een verslag over plaatsing ${n} in de wijk, zonder dat woord in de tekst.`
        : n < 10
          ? `Een stage bij een werkgever in de zorg, ronde ${n}, met begeleiding op de werkvloer.`
          : `In ronde ${n} vertelt een werkgever hoe de inwerkperiode ging. Daarna spreekt de werkgever met collega ${n} over het vervolg en de begeleiding.`;
    documents.push(passage(n, title, body));
  }
  // Other words, so the employer's passages are not the whole index.
  for (let n = 45; n < 120; n += 1) documents.push(passage(n, `Tuin ${n}`, `Een tuinman snoeit de heg in tuin ${n}.`));
  await engine.upsert(documents);
  await db().$executeRawUnsafe(`ANALYZE "SearchDocument"`);
  client = new pg.Client({ connectionString: config().DATABASE_URL, options: "-c enable_seqscan=off -c jit=off" });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

describe("the search statement", () => {
  it("highlights the titles and snippets of the page shown, on page 2 and 3 too", async () => {
    const seen = new Set<string>();
    for (const page of [1, 2, 3]) {
      const result = await engine.search(await engineQuery("werkgever", { page }));
      expect(result.total).toBe(45);
      expect(result.hits).toHaveLength(page < 3 ? 20 : 5);
      for (const hit of result.hits) {
        expect(seen.has(hit.recordId)).toBe(false);
        seen.add(hit.recordId);
        const body = bodies.get(hit.recordId)!;
        const inTitle = Number(hit.recordId.slice(1)) < 10;
        expect(hit.titleHtml.includes("<mark>werkgever</mark>")).toBe(inTitle);
        // The snippet is this passage's own text, its matches highlighted (a passage without the
        // word in its body shows its beginning).
        expect(hit.snippetHtml).not.toBe("");
        for (const fragment of fragments(hit.snippetHtml)) expect(body).toContain(fragment);
        expect(hit.snippetHtml.includes("<mark>werkgever</mark>")).toBe(body.includes("werkgever"));
      }
    }
    expect(seen.size).toBe(45);
  });

  it("leaves out the title scan while the sample holds every match, with the same answer", async () => {
    const guard = `(SELECT count(*) FROM fullsample) > ${MATCH_CAP} AND d."titleVector"`;
    const always = (text: string) => text.replace(guard, `d."titleVector"`);
    for (const query of [
      await engineQuery("werkgever"),
      await engineQuery("werkgever", { page: 2 }),
      await engineQuery("werkgever", { sort: "newest" }),
      await engineQuery("werkgever", {
        filters: { kinds: [], themeIds: [], communityIds: [], evidenceLevels: ["effective"], period: null },
      }),
      await engineQuery("werkgever ronde"),
    ]) {
      const { text } = buildSearchSql(query, Date.UTC(2026, 5, 1));
      expect(text).toContain(guard);
      expect(await answer(query)).toBe(await answer(query, always));
    }
  });

  it("keeps the title scan for a query with an excluded word", async () => {
    // A title match whose body holds the excluded word is no match of the sample: only the title
    // scan finds it, so that scan must run as before.
    const query = await engineQuery("werkgever -stage");
    const { text } = buildSearchSql(query, Date.UTC(2026, 5, 1));
    expect(text).not.toContain(`(SELECT count(*) FROM fullsample) > ${MATCH_CAP} AND d."titleVector"`);
    const ids = (await engine.search(query)).hits.map((hit) => hit.recordId);
    expect(ids).toEqual(expect.arrayContaining(["s0005", "s0006", "s0007", "s0008", "s0009"]));
  });
});
