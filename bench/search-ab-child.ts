/**
 * One side of bench/search-ab.ts: the search code of one working tree (argv[2]), answering the
 * driver's requests over IPC with timings (the whole search, the query analysis, the lexicon's
 * statements, the engine's statement) and the hits' URLs. Started with that tree as cwd, so its
 * own tsconfig paths resolve.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const tree = path.resolve(process.argv[2] ?? ".");
const load = <T>(file: string) => import(path.join(tree, file)) as Promise<T>;

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Request = {
  id: number;
  op: string;
  q?: string;
  facets?: boolean;
  actor?: "bench" | "visitor" | "member";
  documents?: Any[];
  repeat?: number;
};

async function main() {
  process.env.LOG_LEVEL ??= "warn";
  // Both sides' statements are what is compared: answers kept per access scope (decision 291) would
  // answer a repeated query without one. A tree without them ignores this.
  process.env.SEARCH_ANSWERS_TTL_MS = "0";
  const config = await load<Any>("server/config.ts");
  config.resetConfigForTests();
  const { db } = await load<Any>("server/db.ts");
  const service = await load<Any>("server/search/service.ts");
  const { parseSearchParams } = await load<Any>("app/shared/search.ts");
  const { searchEngine } = await load<Any>("server/search/engine.ts");
  const { parseQuery } = await load<Any>("server/search/query.ts");
  const postgres = await load<Any>("server/search/engines/postgres.ts");
  const engine = searchEngine();
  let lastQuery: Any = null;
  const spent = { lookup: 0, similar: 0, sql: 0, statements: 0 };
  for (const [name, key] of [
    ["lookupWords", "lookup"],
    ["similarWords", "similar"],
    // Naming what a word being typed completes to (decision 246); a side without it skips it.
    ["completeWords", "lookup"],
    ["search", "sql"],
  ] as const) {
    if (typeof engine[name] !== "function") continue;
    const original = engine[name].bind(engine);
    engine[name] = async (...args: unknown[]) => {
      if (name === "search") lastQuery = args[0];
      const start = performance.now();
      try {
        return await original(...args);
      } finally {
        spent[key] += performance.now() - start;
        spent.statements += 1;
      }
    };
  }
  // The search statement as the engine sends it: with its tsquery values bound when the tree's
  // engine does that (decision 274; from its cache, which the search before filled), else built.
  const statementOf = async (query: Any) =>
    typeof engine.searchStatement === "function"
      ? engine.searchStatement(query)
      : postgres.buildSearchSql(query, Date.now(), (engine as Any).hints);
  const bench = await db().user.findFirst({ where: { email: "bench@praktijkplein.test" }, select: { id: true } });
  // "member": a signed-in member who belongs to no community (the judged passages' index has none),
  // so the member's access path and statement run where no bench member exists.
  const actorOf = (request: Request) =>
    request.actor === "member"
      ? { id: bench?.id ?? "ab-member", globalRole: "MEMBER" as const }
      : request.actor === "visitor" || !bench
        ? null
        : { id: bench.id, globalRole: "MEMBER" as const };

  const handle = async (request: Request): Promise<Any> => {
    for (const key of Object.keys(spent) as (keyof typeof spent)[]) spent[key] = 0;
    const actor = actorOf(request);
    if (request.op === "search") {
      const params = parseSearchParams(new URLSearchParams(request.q)).params;
      const start = performance.now();
      const view = await service.search(actor, params, { facets: request.facets !== false });
      const ms = performance.now() - start;
      return {
        ms,
        ...spent,
        urls: view.hits.map((hit: Any) => hit.url),
        total: view.total,
        facets: view.facets,
        // The whole answer, for the quality op's comparison of every judged query (decision 291).
        answer: [
          view.hits.map((hit: Any) => `${hit.kind}:${hit.id}`),
          view.total,
          view.exhaustive,
          view.pageCount,
          view.facets,
          view.expansions,
          view.didYouMean,
          view.related ? [view.related.hits.map((hit: Any) => `${hit.kind}:${hit.id}`), view.related.words] : null,
        ],
      };
    }
    if (request.op === "suggest") {
      const start = performance.now();
      const hits = await service.suggest(actor, request.q);
      return { ms: performance.now() - start, ...spent, urls: hits.map((hit: Any) => hit.url) };
    }
    if (request.op === "plan") {
      const params = parseSearchParams(new URLSearchParams(request.q)).params;
      const access = await service.searchAccess(actor);
      const start = performance.now();
      const plan = await service.planQuery(parseQuery(params.q), access);
      return { ms: performance.now() - start, ...spent, plan };
    }
    if (request.op === "explain") {
      const params = parseSearchParams(new URLSearchParams(request.q)).params;
      await service.search(actor, params, { facets: request.facets !== false });
      const { text, params: values } = await statementOf(lastQuery);
      const pool = (engine as Any).reader();
      const client = await pool.connect();
      try {
        const rows = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${text}`, values)).rows;
        return { sql: text, params: values, explain: rows.map((r: Any) => r["QUERY PLAN"]).join("\n") };
      } finally {
        client.release();
      }
    }
    if (request.op === "planning") {
      const params = parseSearchParams(new URLSearchParams(request.q)).params;
      await service.search(actor, params, { facets: request.facets !== false });
      const { text, params: values } = await statementOf(lastQuery);
      const client = await (engine as Any).reader().connect();
      try {
        const planned = (await client.query(`EXPLAIN (SUMMARY ON, FORMAT JSON) ${text}`, values)).rows[0]["QUERY PLAN"][0];
        let start = performance.now();
        await client.query(text, values);
        const run = performance.now() - start;
        start = performance.now();
        await client.query(`SELECT 1`);
        const trip = performance.now() - start;
        return { planning: planned["Planning Time"], run, trip, length: text.length, parameters: values.length };
      } finally {
        client.release();
      }
    }
    if (request.op === "cpu") {
      // CPU time of the PostgreSQL backend per run of the statement (/proc/<pid>/schedstat, ns):
      // much less sensitive to the machine's load than wall-clock time.
      const params = parseSearchParams(new URLSearchParams(request.q)).params;
      await service.search(actor, params, { facets: request.facets !== false });
      const client = await (engine as Any).reader().connect();
      try {
        const pid = (await client.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid;
        const cpu = () => Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
        const runs: number[] = [];
        // The planning part of that CPU time: the same statement planned only (EXPLAIN without ANALYZE).
        const planning: number[] = [];
        for (let n = 0; n < (request.repeat ?? 5); n += 1) {
          // Hints learnt by the engine apply, as in a search.
          const { text, params: values, scans } = await statementOf(lastQuery);
          let before = cpu();
          await client.query(`EXPLAIN ${text}`, values);
          planning.push(cpu() - before);
          before = cpu();
          const [row] = (await client.query(text, values)).rows;
          runs.push(cpu() - before);
          if (scans?.length) (engine as Any).hints.learn(scans, row?.probes ?? null, row?.rowsPerPage ?? null);
        }
        return { runs, planning };
      } finally {
        client.release();
      }
    }
    if (request.op === "index") {
      const { registerSearchSource } = await load<Any>("server/search/sources/index.ts");
      const { rebuildIndex } = await load<Any>("server/search/indexer.ts");
      const documents = (request.documents ?? []).map((d: Any) => ({ ...d, date: new Date(d.date) }));
      const ids = documents.map((d: Any) => d.recordId).sort();
      const byId = new Map(documents.map((d: Any) => [d.recordId, d]));
      registerSearchSource(
        {
          kind: "library",
          load: async (wanted: string[]) => wanted.flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])),
          list: async (afterId: string | null, limit: number) =>
            ids
              .filter((id: string) => afterId === null || id > afterId)
              .slice(0, limit)
              .map((id: string) => ({ id, version: 1 })),
          count: async () => ids.length,
          versions: async (wanted: string[]) => wanted.filter((id) => byId.has(id)).map((id) => ({ id, version: 1 })),
          triggers: {},
        },
        { replace: true },
      );
      await rebuildIndex();
      return { ok: true };
    }
    throw new Error(`unknown op ${request.op}`);
  };

  process.on("message", (request: Request) => {
    handle(request).then(
      (result) => process.send!({ id: request.id, result }),
      (error: unknown) => process.send!({ id: request.id, error: String((error as Error)?.stack ?? error) }),
    );
  });
  process.send!({ id: 0, result: "ready" });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
