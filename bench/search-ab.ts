/**
 * Same-run A/B of the search code of two working trees (decision 205), each in a child process
 * of its own (bench/search-ab-child.ts) and asked in turn, query by query:
 *
 *   npm run bench:search-ab -- latency --database <kept bench:search database> --a <tree> --b <tree> [--rounds 10]
 *     the query mix of bench:search (results with and without facets, filtered, suggestions) on a
 *     database that `npm run bench:search -- --keep` left, A and B alternating (which goes first
 *     alternates by round); p50/p95 per side, where the time went (query analysis, lexicon and
 *     search statements), and how many answers' URL lists differ between A and B.
 *   npm run bench:search-ab -- cpu --database <kept database> --a <tree> --b <tree> [--database-b <its own>] [--repeat 5]
 *     the same mix's statements (hints learnt as in a search), the PostgreSQL backend's CPU time per
 *     run (/proc/<pid>/schedstat): much less sensitive to the machine's load than wall-clock time;
 *     beside it the CPU time of planning the statement alone (EXPLAIN without ANALYZE).
 *   npm run bench:search-ab -- explain|planning --database <kept database> --a <tree> --b <tree> [--q "q=werkgever&kind=message"]
 *     EXPLAIN (ANALYZE, BUFFERS) of one query's statement, or planning and run times of the mix.
 *   npm run bench:search-ab -- quality --a <tree> --b <tree>
 *     every judged query of bench/search-quality (tuning and held-out) through A and B on one
 *     index of the judged passages; prints only how many top-10 URL lists differ, then how many
 *     whole answers (hits in order, total, facets, expansions, "Bedoelde je", related results) differ
 *     as a visitor and as a member (for the tuning queries also which), never a held-out query or score.
 *
 * Uses DATABASE_URL's server (the quality run makes and drops a database named by
 * AB_DATABASE, default pp_ab_quality_<random>) and REDIS_URL with REDIS_PREFIX. Timings are ratios
 * under whatever load the machine has: say the load with them.
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { provisionBench, withDatabase } from "./services.ts";
import { PASSAGES } from "./search-quality/corpus.ts";
import { HELD_OUT } from "./search-quality/queries-heldout.ts";
import { HELD_OUT_6 } from "./search-quality/queries-heldout-6.ts";
import { HELD_OUT_7 } from "./search-quality/queries-heldout-7.ts";
import { HELD_OUT_8 } from "./search-quality/queries-heldout-8.ts";
import { HELD_OUT_9 } from "./search-quality/queries-heldout-9.ts";
import { HELD_OUT_10 } from "./search-quality/queries-heldout-10.ts";
import { HELD_OUT_11 } from "./search-quality/queries-heldout-11.ts";
import { HELD_OUT_12 } from "./search-quality/queries-heldout-12.ts";
import { HELD_OUT_13 } from "./search-quality/queries-heldout-13.ts";
import { HELD_OUT_14 } from "./search-quality/queries-heldout-14.ts";
import { HELD_OUT_15 } from "./search-quality/queries-heldout-15.ts";
import { TUNING } from "./search-quality/queries-tuning.ts";
import { FILTERED, MIX, PREFIXES } from "./search-mix.ts";

const args = process.argv.slice(2);
const mode = args[0];
const option = (name: string, fallback?: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const say = (line: string) => process.stdout.write(`${line}\n`);
const CHILD = path.join(import.meta.dirname, "search-ab-child.ts");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Reply = any;

class Side {
  private next = 1;
  private waiting = new Map<number, { resolve: (value: Reply) => void; reject: (error: Error) => void }>();
  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.on("message", (message: { id: number; result?: Reply; error?: string }) => {
      const waiter = this.waiting.get(message.id);
      if (!waiter) return;
      this.waiting.delete(message.id);
      if (message.error) waiter.reject(new Error(`${name}: ${message.error}`));
      else waiter.resolve(message.result);
    });
  }

  static start(name: string, tree: string, databaseUrl: string): Promise<Side> {
    const child = fork(CHILD, [tree], {
      cwd: tree,
      execArgv: ["--import", "tsx"],
      env: { ...process.env, DATABASE_URL: databaseUrl, TSX_TSCONFIG_PATH: path.join(tree, "tsconfig.json") },
    });
    return new Promise((resolve, reject) => {
      child.once("message", () => resolve(new Side(name, child)));
      child.once("exit", (code) => reject(new Error(`${name} exited (${code})`)));
    });
  }

  ask(request: Record<string, unknown>): Promise<Reply> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, ...request });
    });
  }

  stop() {
    this.child.kill();
  }
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

const loadavg = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

async function latency(a: Side, b: Side, rounds: number) {
  type Sample = { ms: number; lookup: number; similar: number; sql: number; statements: number };
  const samples = new Map<string, Sample[]>();
  const perQuery = new Map<string, number[]>();
  let differing = 0;
  let compared = 0;
  const run = async (side: Side, kind: string, request: Record<string, unknown>, warmup: boolean) => {
    const reply = await side.ask(request);
    if (!warmup) {
      const key = `${side.name}|${kind}`;
      samples.set(key, [...(samples.get(key) ?? []), reply]);
      samples.set(`${side.name}|all`, [...(samples.get(`${side.name}|all`) ?? []), reply]);
      if (kind === "facets")
        perQuery.set(`${side.name}|${String(request.q)}`, [...(perQuery.get(`${side.name}|${String(request.q)}`) ?? []), reply.ms]);
    }
    return reply;
  };
  say(`load average at start ${loadavg()}`);
  for (let round = 0; round <= rounds; round += 1) {
    const warmup = round === 0;
    const order = round % 2 ? [b, a] : [a, b];
    const both = async (kind: string, request: Record<string, unknown>) => {
      const [first, second] = [await run(order[0]!, kind, request, warmup), await run(order[1]!, kind, request, warmup)];
      {
        // Every round: from the second on, the code under test may read differently (hints learnt).
        compared += 1;
        if (JSON.stringify([first.urls, first.total, first.facets]) !== JSON.stringify([second.urls, second.total, second.facets]))
          differing += 1;
      }
    };
    for (const q of MIX) {
      await both("facets", { op: "search", q: new URLSearchParams({ q }).toString() });
      await both("nofacets", { op: "search", q: new URLSearchParams({ q }).toString(), facets: false });
    }
    for (const q of FILTERED) await both("filtered", { op: "search", q });
    for (const q of PREFIXES) await both("suggest", { op: "suggest", q });
  }
  say(`load average at the end ${loadavg()}`);
  for (const kind of ["facets", "nofacets", "filtered", "suggest", "all"]) {
    for (const side of [a, b]) {
      const list = samples.get(`${side.name}|${kind}`) ?? [];
      const mean = (key: keyof Sample) => (list.reduce((sum, s) => sum + s[key], 0) / (list.length || 1)).toFixed(1);
      say(
        `${kind.padEnd(9)} ${side.name.padEnd(6)} p50 ${percentile(
          list.map((s) => s.ms),
          50,
        ).toFixed(1)} p95 ${percentile(
          list.map((s) => s.ms),
          95,
        ).toFixed(
          1,
        )} ms (n=${list.length}); mean ${mean("ms")} = lookup ${mean("lookup")} + similar ${mean("similar")} + search statement ${mean("sql")} + rest; statements ${mean("statements")}`,
      );
    }
  }
  for (const q of MIX)
    say(
      `  ${q.padEnd(32)} ${[a, b]
        .map((side) => {
          const list = perQuery.get(`${side.name}|${new URLSearchParams({ q }).toString()}`) ?? [];
          return `${side.name} p50 ${percentile(list, 50).toFixed(1)} p95 ${percentile(list, 95).toFixed(1)}`;
        })
        .join("   ")}`,
    );
  say(`answers (URLs of the page, total and facets) that differ between ${a.name} and ${b.name}: ${differing} of ${compared}`);
}

async function quality(a: Side, b: Side) {
  await b.ask({
    op: "index",
    documents: PASSAGES.map((passage) => ({
      kind: "library",
      recordId: passage.id,
      title: passage.title,
      body: passage.body,
      url: `/bibliotheek/${passage.id}`,
      communityId: null,
      themeId: null,
      evidenceLevel: null,
      accessCommunityId: null,
      visibility: "public",
      date: "2026-11-01T10:00:00Z",
      version: 1,
    })),
  });
  const compare = async (queries: { id: string; q: string }[], named: boolean) => {
    const differ: string[] = [];
    for (const query of queries) {
      const request = { op: "search", q: new URLSearchParams({ q: query.q }).toString(), facets: false, actor: "visitor" };
      const [x, y] = [await a.ask(request), await b.ask(request)];
      if (JSON.stringify(x.urls.slice(0, 10)) !== JSON.stringify(y.urls.slice(0, 10))) differ.push(query.id);
    }
    return named
      ? `${differ.length} of ${queries.length}${differ.length ? ` (${differ.join(", ")})` : ""}`
      : `${differ.length} of ${queries.length}`;
  };
  const heldOut = [
    HELD_OUT,
    HELD_OUT_6,
    HELD_OUT_7,
    HELD_OUT_8,
    HELD_OUT_9,
    HELD_OUT_10,
    HELD_OUT_11,
    HELD_OUT_12,
    HELD_OUT_13,
    HELD_OUT_14,
    HELD_OUT_15,
  ].flat();
  say(`tuning queries whose top-10 URL list differs: ${await compare(TUNING, true)}`);
  say(`held-out queries (fifth to fifteenth set) whose top-10 URL list differs: ${await compare(heldOut, false)}`);
  // The whole answer (decision 291): the page's hits in order (kind and id), total, page count, facets,
  // expansions, "Bedoelde je", related hits and words; as a visitor and as a member, with facets.
  const whole = async (queries: { id: string; q: string }[], named: boolean) => {
    const differ: string[] = [];
    for (const query of queries) {
      for (const actor of ["visitor", "member"]) {
        const request = { op: "search", q: new URLSearchParams({ q: query.q }).toString(), facets: true, actor };
        const [x, y] = [await a.ask(request), await b.ask(request)];
        if (JSON.stringify(x.answer) !== JSON.stringify(y.answer)) differ.push(`${query.id} (${actor})`);
      }
    }
    return named
      ? `${differ.length} of ${queries.length * 2}${differ.length ? ` (${differ.join(", ")})` : ""}`
      : `${differ.length} of ${queries.length * 2}`;
  };
  say(`tuning queries whose whole answer differs (visitor and member): ${await whole(TUNING, true)}`);
  say(`held-out queries whose whole answer differs (visitor and member): ${await whole(heldOut, false)}`);
}

async function main() {
  const treeA = path.resolve(option("a")!);
  const treeB = path.resolve(option("b")!);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("DATABASE_URL must name the PostgreSQL server");
  let release = async () => undefined as void;
  let databaseUrl: string;
  if (mode === "quality") {
    // Both sides' related results run to the end (as in bench:search-quality): a budget that runs out
    // on one side under load would show as an answer that differs.
    process.env.SEARCH_RELATED_BUDGET_MS ??= "5000";
    const services = await provisionBench(
      option("database", process.env.AB_DATABASE ?? `pp_ab_quality_${randomBytes(4).toString("hex")}`)!,
    );
    databaseUrl = services.databaseUrl;
    release = async () => {
      await services.release();
    };
  } else {
    databaseUrl = withDatabase(adminUrl, option("database")!);
  }
  const a = await Side.start("A", treeA, databaseUrl);
  // --database-b: B on a database of its own (each tree's own index build), the same server.
  const b = await Side.start("B", treeB, option("database-b") ? withDatabase(adminUrl, option("database-b")!) : databaseUrl);
  try {
    say(`A = ${treeA}, B = ${treeB}`);
    if (mode === "quality") await quality(a, b);
    else if (mode === "explain") {
      for (const side of [a, b]) {
        const reply = await side.ask({ op: "explain", q: option("q"), facets: !args.includes("--no-facets") });
        say(`--- ${side.name}\n${args.includes("--sql") ? `${reply.sql}\n${JSON.stringify(reply.params)}\n` : ""}${reply.explain}`);
      }
    } else if (mode === "cpu") {
      const all = [
        ...MIX.flatMap((q) => [
          { q: new URLSearchParams({ q }).toString(), facets: true },
          { q: new URLSearchParams({ q }).toString(), facets: false },
        ]),
        ...FILTERED.map((q) => ({ q, facets: true })),
      ];
      const totals = new Map<string, number>();
      const planned = new Map<string, number>();
      for (const { q, facets } of all) {
        const cells: string[] = [];
        for (const side of [a, b]) {
          const { runs, planning } = await side.ask({ op: "cpu", q, facets, repeat: Number(option("repeat", "5")) });
          const median = percentile(runs, 50);
          const plan = percentile(planning, 50);
          totals.set(side.name, (totals.get(side.name) ?? 0) + median);
          planned.set(side.name, (planned.get(side.name) ?? 0) + plan);
          cells.push(`${side.name} ${median.toFixed(1)} (min ${Math.min(...runs).toFixed(1)}, planning ${plan.toFixed(1)})`);
        }
        say(`${`${q}${facets ? "" : " (no facets)"}`.padEnd(48)} ${cells.join("  ")}`);
      }
      say(
        `PostgreSQL CPU ms per statement (planning included), median of runs; sums: ${[...totals].map(([name, ms]) => `${name} ${ms.toFixed(1)} (planning ${planned.get(name)!.toFixed(1)})`).join(", ")} (load ${loadavg()})`,
      );
    } else if (mode === "planning") {
      const all = [...MIX.map((q) => new URLSearchParams({ q }).toString()), ...FILTERED];
      const totals = new Map<string, number>();
      for (const q of all) {
        const cells: string[] = [];
        for (const side of [a, b]) {
          const runs: Reply[] = [];
          for (let n = 0; n < Number(option("repeat", "7")); n += 1) runs.push(await side.ask({ op: "planning", q }));
          const med = (key: string) =>
            percentile(
              runs.map((r) => r[key]),
              50,
            ).toFixed(1);
          const min = (key: string) => Math.min(...runs.map((r) => r[key]));
          totals.set(side.name, (totals.get(side.name) ?? 0) + min("run"));
          cells.push(`${side.name} plan ${med("planning")} run min ${min("run").toFixed(1)} p50 ${med("run")}`);
        }
        say(`${q.padEnd(44)} ${cells.join("  ")}`);
      }
      say(`sum of the fastest runs: ${[...totals].map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join(", ")} (load ${loadavg()})`);
    } else await latency(a, b, Number(option("rounds", "10")));
  } finally {
    a.stop();
    b.stop();
    await release();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
