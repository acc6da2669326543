/**
 * npm run bench:pages — page throughput and latency of the web tier at fixed
 * request rates, with autocannon.
 *
 * Starts its own server (server/cluster.ts, production build, as `npm run
 * serve:production` runs the web tier: WEB_CONCURRENCY web processes, default
 * one per core) against a fresh database with the demo
 * seed and a rebuilt search index. Every page is requested as a visitor and
 * as a member (a member of the community, rotated over BENCH_MEMBERS
 * sessions so the per-member search limit is not what is measured; visitors
 * come from rotating X-Forwarded-For addresses for the same reason), at each
 * rate in RATES (200 and 400 req/s), next to /healthz and the static /privacy
 * page in the same run. Reported per page, role and rate: req/s achieved,
 * p50/p95/p99 latency of the responses with the expected status (visitors
 * get 302 to the login page where a page needs a member), errors (connection
 * errors, timeouts and any other status) and requests sent / answered (a
 * request still open when the run ends is sent but not answered). Between
 * runs the bench waits until the server has worked off its queue.
 *
 * Latencies are measured per response (autocannon's `response` event), with
 * its coordinated-omission correction off: autocannon's fixed-rate clients
 * wait for each response, so a server that cannot keep up shows as fewer
 * req/s achieved than offered.
 *
 *   npm run bench:pages                  full run (SECONDS=10 per page, role and rate)
 *   npm run bench:pages -- --quick       a few seconds per page (checks the bench itself)
 *
 * Environment: DATABASE_URL and REDIS_URL (else embedded ones are started),
 * RATES (200,400), SECONDS (10; --quick: 2), BENCH_MEMBERS (200),
 * WEB_CONCURRENCY (passed to the server), BENCH_PORT (a free port),
 * BENCH_DATABASE (pp_bench_pages_<random>, dropped afterwards),
 * SKIP_BUILD=1 (use the existing build/ instead of building first),
 * PAGES (comma-separated page names, to run a subset), CPU_PROF=<dir> (one
 * web process instead of the cluster, which writes a V8 CPU profile there
 * when it stops), CPU_REQUESTS=<n>
 * (instead of the rates: n sequential requests per page and role, reporting
 * the server processes' CPU ms per request from /proc, and that of the
 * PostgreSQL backends of the server's connections when PostgreSQL runs on
 * this machine — a measure of the work per page that a busy machine
 * disturbs far less than throughput), FLOOR=1 (with CPU_REQUESTS: the floor
 * of the stack beside ours — the member's /privacy our server sent, rendered
 * as a React tree of the same elements by bare renderToString and by a bare
 * Remix app on the same Express, compression, Remix and React
 * (bench/floor-server.tsx) — in FLOOR_ROUNDS (3) interleaved rounds),
 * COMPARE_ROOT=<another checkout, built> (with CPU_REQUESTS: its server beside
 * this one on the same database, CPU per request of both in COMPARE_ROUNDS (4)
 * rounds, the order swapped each round; BENCH_COMPARE_PORT).
 * The report is printed and written to bench/.tmp/pages.md.
 */
import { type ChildProcess, fork, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "../scripts/lib/services.ts";
import { type BenchServices, provisionBench } from "./services.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const QUICK = process.argv.includes("--quick");
const RATES = (process.env.RATES ?? "200,400")
  .split(",")
  .map(Number)
  .filter((rate) => rate > 0);
const SECONDS = Number(process.env.SECONDS ?? (QUICK ? 2 : 10));
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 200);
const SESSION_SECRET = "bench-session-secret-0123456789-abcdefghij";
const TOKEN_SECRET = "bench-token-secret-0123456789-abcdefghijkl";
const COMMUNITY = "inclusief-werven-en-selecteren";
const QUERY = "inclusief werven";
/** CPU mode (CPU_REQUESTS=n): n sequential requests per page and role, reporting the server's CPU ms per request. */
const CPU_REQUESTS = Number(process.env.CPU_REQUESTS ?? 0);
/** Side by side (COMPARE_ROOT=<another built checkout> with CPU_REQUESTS): both servers' CPU per request, interleaved. */
const COMPARE_ROOT = process.env.COMPARE_ROOT ? path.resolve(process.env.COMPARE_ROOT) : null;
const COMPARE_ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 4);
/** Floor mode (FLOOR=1 with CPU_REQUESTS): the stack's floor for a member's /privacy beside ours. */
const FLOOR = process.env.FLOOR === "1";
const FLOOR_ROUNDS = Number(process.env.FLOOR_ROUNDS ?? 3);

const say = (line: string) => process.stdout.write(`[bench:pages] ${line}\n`);

type Role = "visitor" | "member";
type Page = { name: string; path: string; roles: Role[]; /** Visitors are sent to the login page. */ visitorStatus?: number };
type Result = {
  page: string;
  path: string;
  role: Role;
  rate: number;
  achieved: number;
  sent: number;
  answered: number;
  ok: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts and answers with another status than expected. */
  errors: number;
  statuses: Record<string, number>;
};

/** The demo seed, the search index, BENCH_MEMBERS members with sessions, and the pages' addresses. */
async function seed(databaseUrl: string, redisUrl: string, redisPrefix: string): Promise<{ pages: Page[]; memberCookies: string[] }> {
  // The app modules read the environment once: set it before importing them.
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    SESSION_SECRET,
    TOKEN_SECRET,
    TRUST_PROXY: "127.0.0.1",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    APP_URL: "http://127.0.0.1",
  });
  const { db, disconnectDb } = await import("../server/db.ts");
  const { seedDemo } = await import("../prisma/seed/demo.ts");
  const { closeQueues } = await import("../server/queues/producer.ts");
  const { rebuildIndex } = await import("../server/search/indexer.ts");
  const { closeSearchEngine } = await import("../server/search/engine.ts");
  const { sessionCookie } = await import("../server/accounts/cookie.ts");
  const { SESSION_TTL_MS } = await import("../server/accounts/sessions.ts");
  await seedDemo();
  await rebuildIndex();

  const community = await db().community.findUniqueOrThrow({ where: { slug: COMMUNITY }, select: { id: true } });
  const topic = await db().topic.findFirstOrThrow({
    where: { communityId: community.id, hiddenAt: null, deletedAt: null },
    orderBy: { lastMessageAt: "desc" },
    select: { id: true, channel: { select: { slug: true } } },
  });
  const theme = await db().theme.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { slug: true } });

  // Members of every community the demo's first member of this community belongs to.
  const model = await db().membership.findFirstOrThrow({ where: { communityId: community.id, role: "MEMBER" }, select: { userId: true } });
  const communities = await db().membership.findMany({ where: { userId: model.userId }, select: { communityId: true } });
  const stamp = randomBytes(3).toString("hex");
  const users = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `bench-${stamp}-${i}`,
    email: `bench-${stamp}-${i}@praktijkplein.test`,
    displayName: `Benchlid ${i}`,
    passwordHash: "-",
    // Verified, as every member who followed their link (and the demo accounts) is: an unverified
    // account's pages read its pending address through Prisma and show the "verify" notice.
    emailVerifiedAt: new Date(),
  }));
  await db().user.createMany({ data: users });
  await db().membership.createMany({
    data: users.flatMap((user) => communities.map(({ communityId }) => ({ userId: user.id, communityId }))),
  });
  // Fresh sessions as a login makes them: one that is due for renewal (less than a day used) would
  // make its first page write the new expiry through Prisma — 200 writes in the first member page measured.
  const sessions = users.map((user) => ({
    id: randomBytes(32).toString("base64url"),
    userId: user.id,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
  }));
  await db().session.createMany({ data: sessions });
  const memberCookies = await Promise.all(sessions.map(async (session) => (await sessionCookie().serialize(session.id)).split(";")[0]!));
  await closeQueues();
  await closeSearchEngine();
  await disconnectDb();

  const both: Role[] = ["visitor", "member"];
  const pages: Page[] = [
    { name: "healthz", path: "/healthz", roles: ["visitor"] },
    { name: "static (/privacy)", path: "/privacy", roles: both },
    { name: "home", path: "/", roles: both },
    { name: "communities", path: "/communities", roles: both },
    { name: "community", path: `/communities/${COMMUNITY}`, roles: both },
    { name: "topic", path: `/communities/${COMMUNITY}/discussies/${topic.channel.slug}/${topic.id}`, roles: both, visitorStatus: 302 },
    { name: "bibliotheek", path: "/bibliotheek", roles: both },
    { name: "menukaart", path: "/menukaart", roles: both },
    { name: "agenda", path: "/agenda", roles: both, visitorStatus: 302 },
    { name: "werkagenda", path: "/werkagenda", roles: both },
    { name: "werkagenda theme", path: `/werkagenda/${theme.slug}`, roles: both },
    { name: "zoeken", path: `/zoeken?q=${encodeURIComponent(QUERY)}`, roles: both },
  ];
  const only = process.env.PAGES?.split(",").map((name) => name.trim());
  return { pages: only ? pages.filter((page) => only.includes(page.name)) : pages, memberCookies };
}

function build() {
  if (process.env.SKIP_BUILD === "1" || (QUICK && existsSync(path.join(ROOT, "build/server/index.js")))) return;
  say("building the app (SKIP_BUILD=1 to use the existing build)");
  const result = spawnSync("npx", ["remix", "vite:build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("the build failed");
}

async function startServer(env: Record<string, string>, root = ROOT): Promise<ChildProcess> {
  // The production web tier: a cluster of WEB_CONCURRENCY web processes (server/cluster.ts), as
  // `npm run serve:production` runs it. With CPU_PROF one web process (server/main.ts) that writes a
  // profile: --cpu-prof is not allowed in NODE_OPTIONS, so the cluster's processes could not get it.
  const cpuProf = process.env.CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.CPU_PROF)}`] : [];
  const child = fork(path.join(root, cpuProf.length ? "server/main.ts" : "server/cluster.ts"), [], {
    cwd: root,
    execArgv: ["--import", "tsx", ...cpuProf],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`the server exited with ${code}`))));
  // Ready when /healthz answers (also when the server runs several processes).
  const ready = (async () => {
    for (let attempt = 0; attempt < 600; attempt++) {
      try {
        if ((await fetch(`${env.APP_URL}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("the server did not start within 60 s");
  })();
  await Promise.race([ready, exited]);
  child.removeAllListeners("exit");
  return child;
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

function headersFor(role: Role, memberCookies: string[], counter: number): Record<string, string> {
  if (role === "member") return { cookie: memberCookies[counter % memberCookies.length]! };
  // A different visitor address per request (the server trusts one proxy hop).
  return { "x-forwarded-for": `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}` };
}

async function measure(base: string, page: Page, role: Role, rate: number, memberCookies: string[]): Promise<Result> {
  const expected = role === "visitor" ? (page.visitorStatus ?? 200) : 200;
  let counter = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: `${base}${page.path}`,
      // Enough connections that each sends a few requests per second.
      connections: Math.max(10, Math.ceil(rate / 4)),
      overallRate: rate,
      duration: SECONDS,
      timeout: 10,
      ignoreCoordinatedOmission: true,
      requests: [
        {
          setupRequest: (request) => {
            request.headers = { ...request.headers, ...headersFor(role, memberCookies, counter++) };
            return request;
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode === expected) latencies.push(responseTime);
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const responses = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  return {
    page: page.name,
    path: page.path,
    role,
    rate,
    achieved: latencies.length / (result.duration || SECONDS),
    sent: counter,
    answered: responses,
    ok: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors: result.errors + result.timeouts + (responses - latencies.length),
    statuses,
  };
}

/** Waits until the server has worked off what the last run left queued (a /healthz answers quickly twice). */
async function settle(base: string) {
  let quick = 0;
  for (let attempt = 0; attempt < 300 && quick < 2; attempt++) {
    const started = performance.now();
    try {
      await (await fetch(`${base}/healthz`)).arrayBuffer();
    } catch {
      // keep waiting
    }
    quick = performance.now() - started < 50 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A few sequential requests per page and role: compiles code paths and fills caches before measuring. */
async function warmUp(base: string, pages: Page[], memberCookies: string[]) {
  for (const page of pages) {
    for (const role of page.roles) {
      for (let i = 0; i < (QUICK ? 3 : 20); i++) {
        const response = await fetch(`${base}${page.path}`, { headers: headersFor(role, memberCookies, i), redirect: "manual" });
        await response.arrayBuffer();
        const expected = role === "visitor" ? (page.visitorStatus ?? 200) : 200;
        if (i === 0 && response.status !== expected)
          say(`warning: ${page.name} as ${role} answered ${response.status}, expected ${expected}`);
      }
    }
  }
}

/** CPU time (ms) used so far by a process and its children (the cluster primary and its web processes); Linux only. */
function processTreeCpuMs(pid: number): number {
  // Fields after the command name: state, ppid, … utime (14th field) and stime (15th) in clock ticks (100 per second).
  const stat = (id: string) => {
    try {
      return readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1]!.split(" ");
    } catch {
      return null; // gone meanwhile
    }
  };
  let ticks = 0;
  for (const id of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const fields = stat(id);
    if (fields && (Number(id) === pid || Number(fields[1]) === pid)) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10;
}

type CpuResult = { page: string; role: Role; requests: number; cpuMs: number; pgCpuMs: number; wallMs: number; status: string };

/** The server's connections name themselves so (PGAPPNAME): their PostgreSQL backends are found by it. */
const SERVER_PG_APP = "pp-bench-pages-web";

/** CPU time (ms) used so far by each PostgreSQL backend of the server's connections (pid → ms); Linux only. */
async function serverBackendsCpuMs(
  admin: BenchServices["admin"],
  database: string,
  application = SERVER_PG_APP,
): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2", [
    database,
    application,
  ]);
  const used = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      used.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // gone meanwhile, or PostgreSQL runs elsewhere: not counted
    }
  }
  return used;
}

/** n sequential requests: the server's CPU per request, independent of what else the machine runs (mostly). */
async function measureCpu(
  base: string,
  page: Page,
  role: Role,
  memberCookies: string[],
  serverPid: number,
  backends: () => Promise<Map<number, number>>,
): Promise<CpuResult> {
  const statuses = new Set<number>();
  const pgBefore = await backends();
  const cpuBefore = processTreeCpuMs(serverPid);
  const started = performance.now();
  const startedUs = process.hrtime.bigint() / 1000n;
  for (let i = 0; i < CPU_REQUESTS; i++) {
    const response = await fetch(`${base}${page.path}`, { headers: headersFor(role, memberCookies, i), redirect: "manual" });
    await response.arrayBuffer();
    statuses.add(response.status);
  }
  const wall = performance.now() - started;
  // The profile's timestamps are this monotonic clock too: one line per page and role splits the profile.
  if (process.env.CPU_PROF) {
    mkdirSync(path.resolve(process.env.CPU_PROF), { recursive: true });
    appendFileSync(
      path.join(path.resolve(process.env.CPU_PROF), "segments.tsv"),
      `${serverPid}\t${page.name}\t${role}\t${startedUs}\t${process.hrtime.bigint() / 1000n}\n`,
    );
  }
  const cpuMs = (processTreeCpuMs(serverPid) - cpuBefore) / CPU_REQUESTS;
  // Per backend: a connection opened during the run counts whole, one closed during it is lost (rare: the pool keeps them 10 s).
  let pgCpu = 0;
  for (const [pid, used] of await backends()) pgCpu += used - (pgBefore.get(pid) ?? 0);
  return {
    page: page.name,
    role,
    requests: CPU_REQUESTS,
    cpuMs,
    pgCpuMs: pgCpu / CPU_REQUESTS,
    wallMs: wall / CPU_REQUESTS,
    status: [...statuses].join(", "),
  };
}

function cpuReport(results: CpuResult[], loadStart: number[]): string {
  return [
    `CPU mode: ${CPU_REQUESTS} sequential requests per page and role; load average at start ${loadStart.map((value) => value.toFixed(2)).join(" / ")}`,
    "",
    "| page | as | server CPU ms / request | its PostgreSQL backends' CPU ms / request | wall ms / request | statuses |",
    "| --- | --- | ---: | ---: | ---: | --- |",
    ...results.map(
      (r) => `| ${r.page} | ${r.role} | ${r.cpuMs.toFixed(2)} | ${r.pgCpuMs.toFixed(2)} | ${r.wallMs.toFixed(2)} | ${r.status} |`,
    ),
  ].join("\n");
}

function report(results: Result[], context: { loadStart: number[]; loadEnd: number[]; concurrency: string }): string {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(" / ");
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
  const lines = [
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    `Load average (1/5/15 min) at start: ${load(context.loadStart)}; at end: ${load(context.loadEnd)}`,
    `${new Date().toISOString()}; ${SECONDS} s per page, role and rate${QUICK ? " (--quick: not a measurement)" : ""}; WEB_CONCURRENCY=${context.concurrency}`,
    "",
    "| page | as | offered req/s | achieved req/s | p50 ms | p95 ms | p99 ms | max ms | errors | sent / answered | statuses |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...results.map(
      (r) =>
        `| ${r.page} | ${r.role} | ${r.rate} | ${r.achieved.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.errors} | ${r.sent} / ${r.answered} | ${Object.entries(
          r.statuses,
        )
          .map(([status, count]) => `${status}: ${count}`)
          .join(", ")} |`,
    ),
    "",
    "Pages (member = a member of the community): " +
      [...new Map(results.map((r) => [r.page, r.path])).entries()].map(([name, p]) => `${name} \`${p}\``).join(", "),
  ];
  return lines.join("\n");
}

async function main() {
  build();
  const database = process.env.BENCH_DATABASE ?? `pp_bench_pages_${randomBytes(4).toString("hex")}`;
  const { databaseUrl, redisUrl, admin, release } = await provisionBench(database, say);
  const redisPrefix = `${process.env.BENCH_REDIS_PREFIX ?? "benchpages"}${randomBytes(3).toString("hex")}`;
  const results: Result[] = [];
  let server: ChildProcess | null = null;
  let compared: ChildProcess | null = null;
  const loadStart = os.loadavg();
  try {
    say("seeding the demo content");
    const { pages, memberCookies } = await seed(databaseUrl, redisUrl, redisPrefix);
    const port = Number(process.env.BENCH_PORT ?? (await freePort()));
    const base = `http://127.0.0.1:${port}`;
    const serverEnv = {
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_URL: base,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      SESSION_SECRET,
      TOKEN_SECRET,
      LOG_LEVEL: "warn",
      PGAPPNAME: SERVER_PG_APP,
    };
    server = await startServer(serverEnv);
    say(`server on ${base}; warming up`);
    await warmUp(base, pages, memberCookies);
    if (CPU_REQUESTS > 0 && COMPARE_ROOT) {
      const comparePort = Number(process.env.BENCH_COMPARE_PORT ?? (await freePort()));
      const compareBase = `http://127.0.0.1:${comparePort}`;
      compared = await startServer(
        { ...serverEnv, PORT: String(comparePort), APP_URL: compareBase, PGAPPNAME: `${SERVER_PG_APP}-compared` },
        COMPARE_ROOT,
      );
      await warmUp(compareBase, pages, memberCookies);
      const sides = [
        { base, pid: server.pid!, backends: () => serverBackendsCpuMs(admin, database) },
        { base: compareBase, pid: compared.pid!, backends: () => serverBackendsCpuMs(admin, database, `${SERVER_PG_APP}-compared`) },
      ];
      console.log(`\n${await compareCpu(pages, memberCookies, sides)}\n`);
      return;
    }
    if (CPU_REQUESTS > 0 && FLOOR) {
      console.log(`\n${await measureFloor(base, pages, memberCookies, server.pid!, () => serverBackendsCpuMs(admin, database))}\n`);
      return;
    }
    if (CPU_REQUESTS > 0) {
      const cpuResults: CpuResult[] = [];
      for (const page of pages)
        for (const role of page.roles)
          cpuResults.push(await measureCpu(base, page, role, memberCookies, server.pid!, () => serverBackendsCpuMs(admin, database)));
      console.log(`\n${cpuReport(cpuResults, loadStart)}\n`);
      return;
    }
    for (const page of pages) {
      for (const role of page.roles) {
        for (const rate of RATES) {
          const result = await measure(base, page, role, rate, memberCookies);
          say(
            `${page.name} as ${role} at ${rate}/s: ${result.achieved.toFixed(0)}/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors}`,
          );
          results.push(result);
          await settle(base);
        }
      }
    }
  } finally {
    if (compared) await stopServer(compared);
    if (server) await stopServer(server);
    await dropRedisKeys(redisUrl, redisPrefix);
    await release();
  }
  const text = report(results, { loadStart, loadEnd: os.loadavg(), concurrency: process.env.WEB_CONCURRENCY ?? "(server default)" });
  mkdirSync(path.join(ROOT, "bench/.tmp"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench/.tmp/pages.md"), `${text}\n`);
  console.log(`\n${text}\n`);
}

type Side = { base: string; pid: number; backends: () => Promise<Map<number, number>> };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** This checkout's server and COMPARE_ROOT's, per page and role in COMPARE_ROUNDS rounds, the order swapped every round. */
async function compareCpu(pages: Page[], memberCookies: string[], sides: Side[]): Promise<string> {
  const lines = [
    `Side by side: this checkout (${ROOT}, ${sides[0]!.base}) and ${COMPARE_ROOT} (${sides[1]!.base}); ${CPU_REQUESTS} sequential requests per page, role, side and round, ${COMPARE_ROUNDS} rounds (order swapped each round); load average at start ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" / ")}`,
    "",
    "| page | as | this: server CPU ms / request (rounds) | compared: server CPU ms / request (rounds) | ratio of medians | PostgreSQL ms this / compared |",
    "| --- | --- | --- | --- | ---: | ---: |",
  ];
  for (const page of pages) {
    for (const role of page.roles) {
      const cpu: number[][] = [[], []];
      const pg: number[][] = [[], []];
      for (let round = 0; round < COMPARE_ROUNDS; round++) {
        for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
          const side = sides[index]!;
          const result = await measureCpu(side.base, page, role, memberCookies, side.pid, side.backends);
          cpu[index]!.push(result.cpuMs);
          pg[index]!.push(result.pgCpuMs);
        }
      }
      const rounds = (values: number[]) => `${median(values).toFixed(2)} (${values.map((value) => value.toFixed(2)).join(", ")})`;
      const line = `| ${page.name} | ${role} | ${rounds(cpu[0]!)} | ${rounds(cpu[1]!)} | ${(median(cpu[0]!) / median(cpu[1]!)).toFixed(2)} | ${median(pg[0]!).toFixed(2)} / ${median(pg[1]!).toFixed(2)} |`;
      say(line);
      lines.push(line);
    }
  }
  return lines.join("\n");
}

/**
 * The floor beside ours, in interleaved rounds: ours as visitor (a kept page) and as member, the same
 * document served by a bare Remix app on the same pipeline, and the bare renderToString of its tree.
 */
async function measureFloor(
  base: string,
  pages: Page[],
  memberCookies: string[],
  serverPid: number,
  backends: () => Promise<Map<number, number>>,
): Promise<string> {
  const loadStart = os.loadavg();
  const privacy = pages.find((page) => page.path === "/privacy");
  if (!privacy) throw new Error("FLOOR=1 needs the static (/privacy) page in PAGES");
  const html = await (
    await fetch(`${base}/privacy`, { headers: { ...headersFor("member", memberCookies, 0), "accept-encoding": "identity" } })
  ).text();
  mkdirSync(path.join(ROOT, "bench/.tmp"), { recursive: true });
  const htmlFile = path.join(ROOT, "bench/.tmp/floor-privacy.html");
  writeFileSync(htmlFile, html);
  const floorPort = Number(process.env.BENCH_FLOOR_PORT ?? (await freePort()));
  const floorBase = `http://127.0.0.1:${floorPort}`;
  const cpuProf = process.env.CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.CPU_PROF)}`] : [];
  const floor = fork(path.join(ROOT, "bench/floor-server.tsx"), [htmlFile], {
    cwd: ROOT,
    execArgv: ["--import", "tsx", ...cpuProf],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, NODE_ENV: "production", PORT: String(floorPort) },
  });
  const { countStartTags } = await import("./floor-tree.ts");
  try {
    await new Promise<void>((resolve, reject) => {
      floor.once("exit", (code) => reject(new Error(`the floor server exited with ${code}`)));
      floor.on("message", (message: { type?: string }) => message.type === "listening" && resolve());
    });
    const floorHtml = await (await fetch(`${floorBase}/privacy`, { headers: { "accept-encoding": "identity" } })).text();
    await warmUp(floorBase, [privacy], memberCookies);
    const renderCost = () =>
      new Promise<{ cpuMs: number; bytes: number }>((resolve) => {
        const answer = (message: { type?: string; cpuMs: number; bytes: number }) => {
          if (message.type !== "render") return;
          floor.off("message", answer);
          resolve(message);
        };
        floor.on("message", answer);
        floor.send({ type: "render", count: CPU_REQUESTS });
      });
    const noBackends = async () => new Map<number, number>();
    const rows: { name: string; values: number[] }[] = [
      { name: "bare React renderToString of the tree (in process, no HTTP)", values: [] },
      { name: "bare Remix app, same pipeline (Express, compression, Remix, React)", values: [] },
      { name: "ours, visitor (kept page)", values: [] },
      { name: "ours, member", values: [] },
    ];
    let renderBytes = 0;
    for (let round = 0; round < FLOOR_ROUNDS; round++) {
      const render = await renderCost();
      renderBytes = render.bytes;
      rows[0]!.values.push(render.cpuMs);
      rows[1]!.values.push((await measureCpu(floorBase, privacy, "member", memberCookies, floor.pid!, noBackends)).cpuMs);
      rows[2]!.values.push((await measureCpu(base, privacy, "visitor", memberCookies, serverPid, backends)).cpuMs);
      rows[3]!.values.push((await measureCpu(base, privacy, "member", memberCookies, serverPid, backends)).cpuMs);
      say(`floor round ${round + 1}: ${rows.map((row) => row.values.at(-1)!.toFixed(2)).join(" / ")} ms`);
    }
    return [
      `Floor mode: a member's /privacy, ${CPU_REQUESTS} sequential requests (or renders) per row and round, ${FLOOR_ROUNDS} rounds interleaved; load average at start ${loadStart
        .map((value) => value.toFixed(2))
        .join(" / ")}, at end ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(" / ")}`,
      `Ours sent ${Buffer.byteLength(html)} bytes with ${countStartTags(html)} elements; the bare Remix app ${Buffer.byteLength(floorHtml)} bytes with ${countStartTags(floorHtml)}; bare renderToString ${renderBytes} characters.`,
      "",
      `| what | CPU ms / request, median | rounds |`,
      "| --- | ---: | --- |",
      ...rows.map(
        (row) => `| ${row.name} | ${median(row.values).toFixed(2)} | ${row.values.map((value) => value.toFixed(2)).join(", ")} |`,
      ),
    ].join("\n");
  } finally {
    await stopServer(floor);
  }
}

async function dropRedisKeys(redisUrl: string, prefix: string) {
  const { Redis } = await import("ioredis");
  const redis = new Redis(redisUrl, { lazyConnect: true });
  try {
    await redis.connect();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
