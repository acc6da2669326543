/**
 * npm run bench:realtime — many socket.io clients in one topic and a steady
 * stream of messages, through the app's realtime server (authenticated,
 * rate-limited, stored in PostgreSQL with a gap-free sequence number, fanned
 * out through the Redis adapter) and, in the same run, through a bare
 * socket.io server that only broadcasts the same payloads (the floor).
 * Reports delivered messages per second, end-to-end latency (send → receipt
 * at each client) and whether anything was lost or doubled.
 *
 * BENCH_CLIENTS (1000), BENCH_RATE messages/s (10), BENCH_SECONDS (20),
 * BENCH_SENDERS (10). Uses DATABASE_URL / REDIS_URL when set (a scratch
 * database is created and dropped), else the embedded services under .data/bench.
 *
 * The clients live in BENCH_PROCESSES child processes (bench/realtime-clients.ts;
 * default one per 1,500 clients), so a 5,000-client run is
 * `BENCH_CLIENTS=5000 npm run bench:realtime` (4 processes).
 *
 * BENCH_MODE=saturate finds where each server stops keeping up: from
 * BENCH_START_RATE messages/s (10) it raises the rate ×BENCH_STEP (1.5) every
 * BENCH_STEP_SECONDS (10) until p99 passes BENCH_P99_MS (250) or a message is
 * lost, doubled or refused (or BENCH_MAX_RATE, 5000), then bisects between
 * the last rate that held and the first that did not for BENCH_REFINE (3)
 * rounds, for bare socket.io and Praktijkplein, and reports the highest
 * deliveries/s each sustained. BENCH_ORDER=app,bare runs Praktijkplein first
 * (the default runs bare first). BENCH_DB_PREFIX names the scratch database
 * (pp_bench_…) and REDIS_PREFIX its Redis keys, on shared services.
 *
 * BENCH_PROFILE_DIR=<dir> writes a V8 CPU profile of each server under
 * <dir>/bare and <dir>/app when it stops (the main thread's is the larger file).
 *
 * BENCH_APP_NODE_ARGS="--max-semi-space-size=32" gives node flags to the
 * Praktijkplein server only (not to bare socket.io); BENCH_GC=1 adds
 * allocation, GC, heap and round-trip counts per message (bench/server-flags.ts,
 * decision 247).
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { provisionBench } from "./services.ts";
import { bucketMs } from "./realtime-latency.ts";
import { type Counted, counterRows, flagsLine, type Heap, heapAtRest, serverExecArgv, startCounting } from "./server-flags.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SENDERS = Math.min(Number(process.env.BENCH_SENDERS ?? 10), CLIENTS);
/** Client processes the clients are spread over (a 5,000-client run needs several). */
const PROCESSES = Math.max(1, Math.min(Number(process.env.BENCH_PROCESSES ?? Math.ceil(CLIENTS / 1_500)), CLIENTS));
const MODE = process.env.BENCH_MODE === "saturate" ? "saturate" : "steady";
const START_RATE = Number(process.env.BENCH_START_RATE ?? 10);
const STEP = Math.max(1.05, Number(process.env.BENCH_STEP ?? 1.5));
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 10);
const MAX_RATE = Number(process.env.BENCH_MAX_RATE ?? 5_000);
const P99_LIMIT_MS = Number(process.env.BENCH_P99_MS ?? 250);
/** Bisection rounds between the last rate that held and the first that did not. */
const REFINE = Math.max(0, Number(process.env.BENCH_REFINE ?? 3));
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const SESSION_SECRET = "bench-session-secret-0123456789-abcdefghij";
const say = (line: string) => console.log(`[bench] ${line}`);

type Setup = { topicId: string; cookies: string[] };
type Result = {
  name: string;
  clients: number;
  rate: number;
  messages: number;
  deliveries: number;
  expected: number;
  lost: number;
  doubled: number;
  sendErrors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  connectSeconds: number;
  /** The server's CPU seconds for connecting and joining every client, and for this phase. */
  connectCpu: number;
  cpu: number;
  /** BENCH_GC=1: the server's allocation, GC and round-trip counts in this phase. */
  counted: Counted;
};

/** One community, channel and topic; CLIENTS members with a live session each. */
async function seed(databaseUrl: string): Promise<Setup> {
  // The app modules read the environment once; set it before importing them.
  process.env.DATABASE_URL = databaseUrl;
  process.env.SESSION_SECRET = SESSION_SECRET;
  process.env.LOG_LEVEL = "warn";
  const { db, disconnectDb } = await import("../server/db.ts");
  const { sessionCookie } = await import("../server/accounts/cookie.ts");
  const theme = await db().theme.create({ data: { slug: "bench", nameNl: "Bench", nameEn: "Bench", summaryNl: "-", summaryEn: "-" } });
  const community = await db().community.create({
    data: { slug: "bench", name: "Bench", summary: "Bench", about: "Bench", kind: "LEARNING", accessMode: "ON_REQUEST", themeId: theme.id },
  });
  const channel = await db().channel.create({ data: { communityId: community.id, slug: "algemeen", name: "Algemeen" } });
  const users = Array.from({ length: CLIENTS }, (_, i) => ({
    id: `bench${i}`,
    email: `bench${i}@praktijkplein.test`,
    displayName: `Lid ${i}`,
    passwordHash: "-",
  }));
  await db().user.createMany({ data: users });
  await db().membership.createMany({ data: users.map((user) => ({ userId: user.id, communityId: community.id })) });
  const sessions = users.map((user) => ({
    id: randomBytes(32).toString("base64url"),
    userId: user.id,
    expiresAt: new Date(Date.now() + 86_400_000),
  }));
  await db().session.createMany({ data: sessions });
  const topic = await db().topic.create({
    data: { channelId: channel.id, communityId: community.id, title: "Bench", authorId: users[0]!.id },
  });
  const cookies = await Promise.all(sessions.map(async (session) => (await sessionCookie().serialize(session.id)).split(";")[0]!));
  await disconnectDb();
  return { topicId: topic.id, cookies };
}

async function startServer(mode: "app" | "bare", env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(ROOT, "bench/realtime-server.ts"), [mode], {
    cwd: ROOT,
    // BENCH_PROFILE_DIR: V8 CPU profiles of each server under <dir>/<mode>/ (the main thread is the largest file).
    execArgv: [
      "--import",
      "tsx",
      ...serverExecArgv(mode === "app" ? "ours" : "floor"),
      ...(PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${path.join(PROFILE_DIR, mode)}`] : []),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, ...env },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: { port: number }) => resolve(message.port));
    child.once("exit", (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

type Clients = { children: ChildProcess[]; connectSeconds: number; connectCpu: number; server: ChildProcess; heapConnected: Heap | null };

async function serverCpu(server: ChildProcess): Promise<number> {
  return (await ask<{ seconds: number }>(server, { type: "cpu" }, "cpu")).seconds;
}

function ask<T>(child: ChildProcess, message: object, answer: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: T & { type?: string }) => {
      if (reply?.type !== answer) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(reply);
    };
    const onExit = (code: number | null) => reject(new Error(`client process exited with ${code}`));
    child.on("message", onMessage);
    child.once("exit", onExit);
    child.send(message);
  });
}

/** BENCH_PROCESSES client processes, each with its share of the clients, connected and joined. */
async function connectClients(name: string, server: ChildProcess, url: string, setup: Setup): Promise<Clients> {
  const children = Array.from({ length: PROCESSES }, () =>
    fork(path.join(ROOT, "bench/realtime-clients.ts"), [], {
      cwd: ROOT,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  await Promise.all(children.map((child) => new Promise<void>((resolve) => child.once("message", () => resolve()))));
  const cpuBefore = await serverCpu(server);
  const started = performance.now();
  await Promise.all(
    children.map((child, part) =>
      ask(
        child,
        { type: "connect", url, topicId: setup.topicId, cookies: setup.cookies.filter((_, i) => i % PROCESSES === part) },
        "connected",
      ),
    ),
  );
  const connectSeconds = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 1500)); // let presence settle
  const connectCpu = (await serverCpu(server)) - cpuBefore;
  const heapConnected = await heapAtRest(server);
  say(
    `${name}: ${CLIENTS} clients in ${PROCESSES} process(es) connected and joined in ${connectSeconds.toFixed(1)} s; server CPU ${connectCpu.toFixed(2)} s`,
  );
  return { children, connectSeconds, connectCpu, server, heapConnected };
}

async function closeClients(clients: Clients) {
  await Promise.all(
    clients.children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.send({ type: "close" });
          setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
        }),
    ),
  );
}

function percentileOf(histogram: Map<number, number>, p: number): number {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (!total) return 0;
  const target = Math.min(total, Math.floor((p / 100) * total) + 1);
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket)!;
    if (seen >= target) return bucketMs(bucket);
  }
  return 0;
}

let phases = 0;

/** One phase: `rate` messages/s for `seconds`, spread over the client processes; then counts and latencies. */
async function phase(name: string, clients: Clients, rate: number, seconds: number, senders: number): Promise<Result> {
  const id = `${name.replace(/[^a-z]/gi, "").slice(0, 8)}${++phases}`;
  const parts = clients.children.length;
  const cpuBefore = await serverCpu(clients.server);
  const counting = await startCounting(clients.server);
  const sent = await Promise.all(
    clients.children.map((child, part) =>
      ask<{ accepted: string[]; sendErrors: number; firstSend: number }>(
        child,
        { type: "send", phase: id, rate, seconds, senders: Math.ceil(senders / parts), part, parts },
        "sent",
      ),
    ),
  );
  const accepted = sent.flatMap((s) => s.accepted);
  const collected = await Promise.all(
    clients.children.map((child) =>
      ask<{ deliveries: number; lost: number; doubled: number; histogram: [number, number][]; lastReceipt: number }>(
        child,
        { type: "collect", phase: id, accepted, waitMs: 15_000 },
        "collected",
      ),
    ),
  );
  const histogram = new Map<number, number>();
  for (const part of collected) for (const [bucket, count] of part.histogram) histogram.set(bucket, (histogram.get(bucket) ?? 0) + count);
  const first = Math.min(...sent.map((s) => s.firstSend));
  const last = Math.max(...collected.map((c) => c.lastReceipt));
  const deliveries = collected.reduce((sum, c) => sum + c.deliveries, 0);
  const elapsed = Math.max(0.001, (last - first) / 1000);
  const cpu = (await serverCpu(clients.server)) - cpuBefore;
  const counted = await counting.finish();
  return {
    name,
    clients: CLIENTS,
    rate,
    messages: accepted.length,
    deliveries,
    expected: accepted.length * CLIENTS,
    lost: collected.reduce((sum, c) => sum + c.lost, 0),
    doubled: collected.reduce((sum, c) => sum + c.doubled, 0),
    sendErrors: sent.reduce((sum, s) => sum + s.sendErrors, 0),
    seconds: elapsed,
    perSecond: deliveries / elapsed,
    p50: percentileOf(histogram, 50),
    p99: percentileOf(histogram, 99),
    max: histogram.size ? bucketMs(Math.max(...histogram.keys())) : 0,
    connectSeconds: clients.connectSeconds,
    connectCpu: clients.connectCpu,
    cpu,
    counted: { ...counted, heapConnected: clients.heapConnected },
  };
}

/** The steady run: BENCH_RATE messages/s for BENCH_SECONDS from BENCH_SENDERS senders. */
async function run(name: string, server: ChildProcess, url: string, setup: Setup): Promise<Result> {
  const clients = await connectClients(name, server, url, setup);
  try {
    return await phase(name, clients, RATE, SECONDS, SENDERS);
  } finally {
    await closeClients(clients);
  }
}

type Saturation = { name: string; steps: Result[]; best: Result | null };

/**
 * Saturation: raise the send rate step by step (×BENCH_STEP) until p99 passes
 * BENCH_P99_MS, a message is lost or doubled, or a send is refused; the last
 * step that held is what this server sustains. Senders grow with the rate so
 * no member passes the posting limit (20 per 10 s).
 */
async function saturate(name: string, server: ChildProcess, url: string, setup: Setup): Promise<Saturation> {
  const clients = await connectClients(name, server, url, setup);
  const steps: Result[] = [];
  let best: Result | null = null;
  const step = async (rate: number): Promise<boolean> => {
    const senders = Math.min(CLIENTS, Math.max(SENDERS, Math.ceil(rate / 1.5)));
    const result = await phase(name, clients, rate, STEP_SECONDS, senders);
    steps.push(result);
    const held = result.p99 <= P99_LIMIT_MS && !result.lost && !result.doubled && !result.sendErrors;
    say(
      `${name}: ${rate} msg/s → ${result.perSecond.toFixed(0)} deliveries/s, p99 ${result.p99.toFixed(1)} ms${held ? "" : " — over the limit"}`,
    );
    if (held && (!best || result.perSecond > best.perSecond)) best = result;
    // Let the queues drain before the next step (longer after one that did not hold).
    await new Promise((resolve) => setTimeout(resolve, held ? 2_000 : 5_000));
    return held;
  };
  try {
    let failed: number | null = null;
    let held = 0;
    for (let rate = START_RATE; rate <= MAX_RATE; rate = Math.ceil(rate * STEP)) {
      if (!(await step(rate))) {
        failed = rate;
        break;
      }
      held = rate;
    }
    // Bisect between the last rate that held and the first that did not (BENCH_REFINE rounds), so the coarse steps do not decide the ratio.
    for (let round = 0, low = held, high = failed ?? 0; failed !== null && round < REFINE && high - low > 1; round++) {
      const rate = Math.round((low + high) / 2);
      if (await step(rate)) low = rate;
      else high = rate;
    }
  } finally {
    await closeClients(clients);
  }
  return { name, steps, best };
}

async function main() {
  const { databaseUrl, redisUrl, release } = await provisionBench(
    `${process.env.BENCH_DB_PREFIX ?? "pp"}_bench_${randomBytes(4).toString("hex")}`,
    say,
  );
  const results: Result[] = [];
  const saturations: Saturation[] = [];
  const heaps = new Map<string, { rest: Heap | null; after: Heap | null }>();
  try {
    const setup = await seed(databaseUrl);
    say(`seeded ${CLIENTS} members with sessions; ${RATE} messages/s for ${SECONDS} s from ${SENDERS} senders`);
    const env = {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `${process.env.REDIS_PREFIX ?? "bench"}${randomBytes(3).toString("hex")}`,
      SESSION_SECRET,
      TOKEN_SECRET: "bench-token-secret-0123456789-abcdefghijkl",
      APP_URL: "http://127.0.0.1",
      LOG_LEVEL: "warn",
    };
    const order = process.env.BENCH_ORDER === "app,bare" ? (["app", "bare"] as const) : (["bare", "app"] as const);
    for (const mode of order) {
      const server = await startServer(mode, env);
      const name = mode === "bare" ? "bare socket.io" : "Praktijkplein";
      try {
        const rest = await heapAtRest(server.child);
        if (MODE === "saturate") saturations.push(await saturate(name, server.child, server.url, setup));
        else results.push(await run(name, server.child, server.url, setup));
        // The server notices the closed connections a little later: then what it still holds is what stays.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        heaps.set(name, { rest, after: await heapAtRest(server.child) });
      } finally {
        await stopServer(server.child);
      }
    }
  } finally {
    await release();
  }

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join("/")}`,
  );
  console.log(flagsLine());
  if (MODE === "saturate") {
    const bare = saturations.find((s) => s.name === "bare socket.io")!;
    const app = saturations.find((s) => s.name === "Praktijkplein")!;
    console.log(
      `${CLIENTS} clients in one topic (${PROCESSES} client process(es)); from ${START_RATE} messages/s, ×${STEP} every ${STEP_SECONDS} s, until p99 > ${P99_LIMIT_MS} ms, then ${REFINE} bisection round(s)\n`,
    );
    console.log("| | rate (msg/s) | deliveries/s | p50 | p99 | lost / doubled / refused | server CPU ms per 1,000 deliveries |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const s of saturations) {
      for (const step of s.steps)
        console.log(
          `| ${s.name} | ${step.rate} | ${step.perSecond.toFixed(0)} | ${ms(step.p50)} | ${ms(step.p99)} | ${step.lost} / ${step.doubled} / ${step.sendErrors} | ${((step.cpu * 1e6) / Math.max(1, step.deliveries)).toFixed(1)} |`,
        );
    }
    const sustained = (s: Saturation) => s.best?.perSecond ?? 0;
    console.log(
      `\nHighest sustained (p99 ≤ ${P99_LIMIT_MS} ms, nothing lost): bare socket.io ${sustained(bare).toFixed(0)} deliveries/s at ${bare.best?.rate ?? 0} msg/s; Praktijkplein ${sustained(app).toFixed(0)} deliveries/s at ${app.best?.rate ?? 0} msg/s; ratio ${(sustained(app) / Math.max(1, sustained(bare))).toFixed(2)}`,
    );
    const joined = (s: Saturation) =>
      s.steps[0] ? `${s.steps[0].connectSeconds.toFixed(1)} s (server CPU ${s.steps[0].connectCpu.toFixed(2)} s)` : "-";
    console.log(`Connect + join ${CLIENTS} clients: bare socket.io ${joined(bare)}; Praktijkplein ${joined(app)}`);
    console.log(
      `\n${JSON.stringify({ mode: MODE, clients: CLIENTS, processes: PROCESSES, startRate: START_RATE, step: STEP, refine: REFINE, stepSeconds: STEP_SECONDS, p99LimitMs: P99_LIMIT_MS, saturations })}`,
    );
    return;
  }
  const bare = results.find((r) => r.name === "bare socket.io")!;
  const app = results.find((r) => r.name === "Praktijkplein")!;
  console.log(
    `${CLIENTS} clients in one topic (${PROCESSES} client process(es)), ${RATE} messages/s for ${SECONDS} s from ${SENDERS} senders\n`,
  );
  console.log("| | bare socket.io | Praktijkplein | ratio |");
  console.log("| --- | ---: | ---: | ---: |");
  console.log(
    `| deliveries/s | ${bare.perSecond.toFixed(0)} | ${app.perSecond.toFixed(0)} | ${(app.perSecond / bare.perSecond).toFixed(2)} |`,
  );
  console.log(`| p50 latency | ${ms(bare.p50)} | ${ms(app.p50)} | ${(app.p50 / bare.p50).toFixed(2)} |`);
  console.log(`| p99 latency | ${ms(bare.p99)} | ${ms(app.p99)} | ${(app.p99 / bare.p99).toFixed(2)} |`);
  console.log(`| max latency | ${ms(bare.max)} | ${ms(app.max)} | |`);
  console.log(
    `| messages sent / delivered | ${bare.messages} / ${bare.deliveries} of ${bare.expected} | ${app.messages} / ${app.deliveries} of ${app.expected} | |`,
  );
  console.log(
    `| lost / doubled / refused | ${bare.lost} / ${bare.doubled} / ${bare.sendErrors} | ${app.lost} / ${app.doubled} / ${app.sendErrors} | |`,
  );
  console.log(
    `| connect + join ${CLIENTS} clients | ${bare.connectSeconds.toFixed(1)} s | ${app.connectSeconds.toFixed(1)} s | ${(app.connectSeconds / bare.connectSeconds).toFixed(2)} |`,
  );
  console.log(
    `| server CPU, connect + join | ${bare.connectCpu.toFixed(2)} s | ${app.connectCpu.toFixed(2)} s | ${(app.connectCpu / Math.max(0.001, bare.connectCpu)).toFixed(2)} |`,
  );
  const perThousand = (r: Result) => (r.cpu * 1e6) / Math.max(1, r.deliveries);
  console.log(
    `| server CPU per 1,000 deliveries | ${perThousand(bare).toFixed(1)} ms | ${perThousand(app).toFixed(1)} ms | ${(perThousand(app) / Math.max(0.001, perThousand(bare))).toFixed(2)} |`,
  );
  for (const line of counterRows(
    "message",
    [bare, app].map((r) => ({
      name: r.name,
      counted: r.counted,
      units: r.messages,
      ...(heaps.get(r.name) ?? { rest: null, after: null }),
    })),
  ))
    console.log(line);
  console.log(
    `\n${JSON.stringify({ clients: CLIENTS, processes: PROCESSES, rate: RATE, seconds: SECONDS, senders: SENDERS, appNodeArgs: process.env.BENCH_APP_NODE_ARGS ?? "", heaps: Object.fromEntries(heaps), results })}`,
  );
  if (app.lost || app.doubled || bare.lost || bare.doubled) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
