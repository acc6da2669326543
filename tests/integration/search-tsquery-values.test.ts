/**
 * The search statement with its tsquery expressions given as values (decision 274): the engine
 * computes each expression once and sends it as a parameter, so the statement holds no tsquery
 * constructor and is shorter, and for every shape of query it answers as the statement with the
 * constructors does (page, total, facets).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { createSearchEngine, useSearchEngine } from "../../server/search/engine.ts";
import { buildSearchSql, type PostgresEngine } from "../../server/search/engines/postgres.ts";
import type { EngineQuery, SearchDocument } from "../../server/search/types.ts";
import { visitorEngineQuery as engineQuery } from "../helpers/search-query.ts";

const DAY = 86_400_000;
let client: pg.Client;
let engine: PostgresEngine;

function passage(n: number, title: string, body: string): SearchDocument {
  const recordId = `t${String(n).padStart(4, "0")}`;
  return {
    kind: n % 3 ? "library" : "message",
    recordId,
    title,
    body,
    url: `/bibliotheek/${recordId}`,
    communityId: null,
    themeId: null,
    evidenceLevel: n % 2 ? "practice" : "effective",
    accessCommunityId: null,
    visibility: "public",
    date: new Date(Date.now() - (n % 400) * DAY),
    version: 1,
  };
}

const filters = (set: Partial<EngineQuery["filters"]>): Partial<EngineQuery> => ({
  filters: { kinds: [], themeIds: [], communityIds: [], evidenceLevels: [], period: null, ...set },
});

async function answer(text: string, params: unknown[]) {
  const [row] = (await client.query(text, params)).rows;
  const { probes: _probes, rowsPerPage: _rowsPerPage, ...rest } = row;
  return JSON.stringify(rest);
}

beforeAll(async () => {
  engine = createSearchEngine("postgres") as PostgresEngine;
  useSearchEngine(engine);
  const documents: SearchDocument[] = [];
  const topics = [
    ["De werkgever en de stage", "Een werkgever begeleidt jongeren tijdens hun stage op de werkvloer."],
    ["Anoniem solliciteren", "Anoniem solliciteren helpt tegen vooroordelen bij de selectie van nieuwe collega's."],
    ["Taalcoaching", "Taalcoaching op de werkvloer voor statushouders in de zorg, met een buddy."],
    ["Mentoring", "Een mentoring- of buddyprogramma helpt nieuwe collega's bij de onboarding."],
    ["Inclusief werven", "Inclusief werven: vacatures zonder onnodige eisen, jobcarving en begeleiding."],
  ];
  for (let n = 0; n < 150; n += 1) {
    const [title, body] = topics[n % topics.length]!;
    documents.push(passage(n, `${title} ${n}`, `${body} Verslag ${n} over de tuin en de heg.`));
  }
  await engine.upsert(documents);
  await db().$executeRawUnsafe(`ANALYZE "SearchDocument"`);
  client = new pg.Client({ connectionString: config().DATABASE_URL, options: "-c enable_seqscan=off -c jit=off" });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

describe("the search statement with tsquery values", () => {
  it("holds no tsquery constructor, is shorter, and answers as the statement with constructors", async () => {
    const shapes: [string, Partial<EngineQuery>][] = [
      ["werkgever", {}],
      ["werkgever", { page: 2 }],
      ["stage", { sort: "newest" }],
      ["werkgever stage", {}],
      ["statushouders zorg", {}],
      ["vooroordelen bij de selectie", {}],
      ["taalcoaching werkvloer buddy heg", {}],
      [`"anoniem solliciteren"`, {}],
      [`"onder de werkvloer"`, {}],
      ["jongeren -stage", {}],
      ["mentoring OR buddyprogramma", {}],
      ["discriminatei", {}],
      ["werkg", { titlesOnly: true, facets: false, snippets: false }],
      ["werkgever", filters({ kinds: ["message"] })],
      ["stage", filters({ period: "year" })],
      ["mentoring", filters({ kinds: ["library"], evidenceLevels: ["effective"] })],
      ["werkgever stage", filters({ evidenceLevels: ["practice"] })],
    ];
    for (const [q, options] of shapes) {
      const query = await engineQuery(q, options);
      const constructors = buildSearchSql(query, Date.now());
      // Twice: the second time the values come from the engine's cache.
      for (let round = 0; round < 2; round += 1) {
        const values = await engine.searchStatement(query);
        expect(values.text, q).not.toMatch(/(plainto|phraseto|to)_tsquery\(/);
        expect(values.text.length, q).toBeLessThan(constructors.text.length);
        expect(await answer(values.text, values.params), q).toBe(await answer(constructors.text, constructors.params));
      }
    }
    // A search answers as before too.
    const result = await engine.search(await engineQuery("werkgever stage"));
    expect(result.total).toBeGreaterThan(0);
  });
});
