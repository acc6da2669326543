/**
 * node --import tsx bench/search-related-plan.ts [--records 100000] [--keep] [--reuse]
 *
 * The plan of the related-results statement (decision 250) at scale, as counts, not timings:
 * EXPLAIN (ANALYZE, BUFFERS) of buildRelatedSql for few-hit queries on a synthetic index of
 * --records documents (the bench:search generator, its kinds, communities and visibilities), for a
 * visitor and for a member of 26 communities. It prints the buffers (8 kB pages, shared hit + read)
 * the statement touched, the rows its scans of SearchDocument returned, and the words and related
 * results it chose. Buffers and rows do not depend on the machine's load, so this may run on a shared
 * machine; the time it prints is for orientation only (decision 246). PLAN_TEXT=1 prints each plan
 * in full as well (EXPLAIN ANALYZE, BUFFERS, VERBOSE), to see which node touched what (decision 255).
 *
 * Needs DATABASE_URL (an admin connection; the database is PLAN_DATABASE or pp_plan_related_<random>)
 * and REDIS_URL. --keep leaves the database; --reuse measures an existing one (PLAN_DATABASE) again.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { config, resetConfigForTests } from "../server/config.ts";
import { db, disconnectDb } from "../server/db.ts";
import { closeSearchEngine, searchEngine } from "../server/search/engine.ts";
import { closePublicDataCache } from "../server/cache/public-data.ts";
import { buildRelatedSql } from "../server/search/engines/postgres.ts";
import { parseQuery } from "../server/search/query.ts";
import { planQuery, RELATED_BELOW, RELATED_FEEDBACK } from "../server/search/service.ts";
import type { SearchAccess, SearchDocument, SearchFilters } from "../server/search/types.ts";
import { Corpus } from "./search-corpus.ts";
import { provisionBench, withDatabase } from "./services.ts";

const args = process.argv.slice(2);
const RECORDS = (() => {
  const index = args.indexOf("--records");
  return index >= 0 ? Number(args[index + 1]) : 100_000;
})();
const KEEP = args.includes("--keep");
const REUSE = args.includes("--reuse");
const COMMUNITIES = 40;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Few-hit words: each stands in this many documents that are otherwise generated text (the last two since decision 255). */
const NEEDLES: [string, number][] = [
  ["doenetwerk", 7],
  ["taalcafé", 3],
  ["oesterzwam", 5],
  ["bijenkast", 1],
  ["regenton", 8],
];
/** The queries measured: each few-hit word, and one of two concepts (a few-hit word and a common one). */
const QUERIES = [...NEEDLES.map(([word]) => word), "doenetwerk werkgevers"];

async function generate() {
  const corpus = new Corpus(20261127);
  const now = Date.now();
  const document = (n: number, extra = ""): SearchDocument => {
    const kind = corpus.recordKind();
    const community = kind === "library" ? null : `community-${corpus.int(0, COMMUNITIES - 1)}`;
    const sentences = corpus.recordSentences(kind);
    // Invite-only communities (32 and on) keep their content to their readers, as in bench:search.
    const inviteOnly = community !== null && Number(community.split("-")[1]) >= 32;
    return {
      kind,
      recordId: `r${String(n).padStart(7, "0")}`,
      title: `${corpus.title()}${extra ? ` ${extra}` : ""}`,
      body: `${corpus.paragraph(sentences)}${extra ? ` Het ${extra} helpt hierbij.` : ""}`,
      url: `/r/${n}`,
      communityId: community,
      themeId: null,
      evidenceLevel: null,
      accessCommunityId: inviteOnly || corpus.chance(0.5) ? community : null,
      visibility: kind === "library" && corpus.chance(0.5) ? "public" : corpus.chance(0.2) ? "public" : "members",
      date: new Date(now - corpus.int(0, 3 * 365) * 86_400_000),
      version: 1,
    };
  };
  let batch: SearchDocument[] = [];
  const flush = async () => {
    await searchEngine().upsert(batch);
    batch = [];
  };
  for (let n = 0; n < RECORDS; n += 1) {
    batch.push(document(n));
    if (batch.length === 500) await flush();
    if (n % 10_000 === 0) say(`  ${n} documents`);
  }
  let n = RECORDS;
  for (const [word, count] of NEEDLES)
    for (let i = 0; i < count; i += 1) batch.push({ ...document(n++, word), visibility: "public", accessCommunityId: null });
  await flush();
  await db().$executeRawUnsafe(`ANALYZE "SearchDocument"`);
  await db()
    .$executeRawUnsafe(`ANALYZE "SearchWordCount"`)
    .catch(() => undefined);
}

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "CTE Name"?: string;
  "Subplan Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};

/** Rows and buffers of the scans of SearchDocument and SearchWordCount (each node's own, children excluded). */
function scans(node: PlanNode, out: { name: string; rows: number; buffers: number }[] = []) {
  const buffers = (n: PlanNode) => (n["Shared Hit Blocks"] ?? 0) + (n["Shared Read Blocks"] ?? 0);
  const own = buffers(node) - (node.Plans ?? []).reduce((sum, child) => sum + buffers(child), 0);
  const relation = node["Relation Name"] ?? node["Index Name"];
  if (relation && /Scan/.test(node["Node Type"]))
    out.push({
      name: `${node["Node Type"]} ${relation}${node["Subplan Name"] ? ` (${node["Subplan Name"]})` : ""}`,
      rows: (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1),
      buffers: own,
    });
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}

async function measure(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, options: "-c enable_seqscan=off -c jit=off" });
  await client.connect();
  const [{ n } = { n: 0 }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SearchDocument"`)).rows;
  say(`index: ${n} documents`);
  const filters: SearchFilters = { kinds: [], themeIds: [], communityIds: [], evidenceLevels: [], period: null };
  const member = Array.from({ length: 20 }, (_, i) => `community-${i}`).concat(
    ["community-32", "community-33"],
    ["community-20", "community-21"],
  );
  const searchers: [string, SearchAccess][] = [
    ["visitor", { communityIds: [], visibilities: ["public"] }],
    ["member", { communityIds: [...new Set(member)], visibilities: ["public", "members"] }],
  ];
  for (const word of QUERIES) {
    for (const [who, access] of searchers) {
      const query = parseQuery(word);
      const plan = await planQuery(query, access);
      const result = await searchEngine().search({
        query,
        plan,
        filters,
        access,
        sort: "relevance",
        page: 1,
        pageSize: 10,
        facets: false,
        snippets: true,
      });
      if (!result.hits.length || result.total >= RELATED_BELOW) {
        say(`${word} (${who}): ${result.total} hits, no related statement`);
        continue;
      }
      const { text, params } = buildRelatedSql({
        plan,
        feedback: result.hits.slice(0, RELATED_FEEDBACK).map((hit) => ({ kind: hit.kind, recordId: hit.recordId })),
        exclude: result.hits.map((hit) => hit.url),
        filters,
        access,
        limit: RELATED_BELOW - result.hits.length,
      });
      // Twice: the first run warms the cache; the second's buffers are what a warm server touches.
      await client.query(text, params);
      const [row] = (await client.query<{ words: string[] | null; page: unknown[] | null }>(text, params)).rows;
      const explained = (
        await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`,
          params,
        )
      ).rows[0]!["QUERY PLAN"][0];
      if (process.env.PLAN_TEXT)
        for (const { "QUERY PLAN": line } of (
          await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, VERBOSE) ${text}`, params)
        ).rows)
          say(`      | ${line}`);
      const top = explained.Plan;
      const total = (top["Shared Hit Blocks"] ?? 0) + (top["Shared Read Blocks"] ?? 0);
      say(
        `${word} (${who}): ${result.total} hits; related ${row?.page?.length ?? 0}, words ${(row?.words ?? []).join(", ") || "-"}; buffers ${total}; ${explained["Execution Time"].toFixed(0)} ms (orientation only)`,
      );
      const byScan = new Map<string, { rows: number; buffers: number }>();
      for (const scan of scans(top)) {
        const seen = byScan.get(scan.name) ?? { rows: 0, buffers: 0 };
        byScan.set(scan.name, { rows: seen.rows + scan.rows, buffers: seen.buffers + scan.buffers });
      }
      for (const [name, { rows, buffers }] of [...byScan].sort((a, b) => b[1].buffers - a[1].buffers))
        say(`    ${name}: ${rows} rows, ${buffers} buffers`);
      const listed = [...byScan.values()].reduce((sum, scan) => sum + scan.buffers, 0);
      // A scan's own buffers include the TOAST reads of what it returns (decision 255's scan copies the ranking vector).
      say(`    elsewhere (TOAST reads outside the scans, expressions): ${total - listed} buffers`);
    }
  }
  await client.end();
}

async function main() {
  const database = process.env.PLAN_DATABASE ?? `pp_plan_related_${randomBytes(4).toString("hex")}`;
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl || !process.env.REDIS_URL) throw new Error("DATABASE_URL and REDIS_URL are needed");
  let release = async () => undefined as unknown;
  let databaseUrl = withDatabase(adminUrl, database);
  if (!REUSE) {
    const services = await provisionBench(database, say, { keep: KEEP });
    databaseUrl = services.databaseUrl;
    release = services.release;
  }
  process.env.DATABASE_URL = databaseUrl;
  process.env.LOG_LEVEL ??= "warn";
  resetConfigForTests();
  say(`database ${database}; related budget ${config().SEARCH_RELATED_BUDGET_MS} ms is not applied here`);
  try {
    if (!REUSE) {
      say(`generating ${RECORDS} documents`);
      await generate();
    }
    await measure(databaseUrl);
  } finally {
    await closeSearchEngine();
    // The kept answers (decision 291) subscribe to drops; that connection kept the bench alive.
    await closePublicDataCache();
    await disconnectDb();
    await release();
  }
}

await main();
