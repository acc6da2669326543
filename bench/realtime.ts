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
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { io as connectClient, type Socket } from "socket.io-client";
import { applyMigrations } from "../server/db/migrate.ts";
import { type Service, startEmbeddedPostgres, startLocalRedis } from "../scripts/lib/services.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SENDERS = Math.min(Number(process.env.BENCH_SENDERS ?? 10), CLIENTS);
const SESSION_SECRET = "bench-session-secret-0123456789-abcdefghij";
const say = (line: string) => console.log(`[bench] ${line}`);

type Setup = { topicId: string; cookies: string[] };
type Result = {
  name: string;
  clients: number;
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
};

async function provision(): Promise<{ adminUrl: string; redisUrl: string; services: Service[] }> {
  const services: Service[] = [];
  let adminUrl = process.env.DATABASE_URL;
  let redisUrl = process.env.REDIS_URL;
  if (!adminUrl) {
    const service = await startEmbeddedPostgres(path.join(ROOT, ".data/bench"), say);
    services.push(service);
    adminUrl = service.url;
  }
  if (!redisUrl) {
    const service = await startLocalRedis(path.join(ROOT, ".data/bench"), say);
    services.push(service);
    redisUrl = service.url;
  }
  return { adminUrl, redisUrl, services };
}

function withDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

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
  const users = Array.from({ length: CLIENTS }, (_, i) => ({ id: `bench${i}`, email: `bench${i}@praktijkplein.test`, displayName: `Lid ${i}`, passwordHash: "-" }));
  await db().user.createMany({ data: users });
  await db().membership.createMany({ data: users.map((user) => ({ userId: user.id, communityId: community.id })) });
  const sessions = users.map((user) => ({ id: randomBytes(32).toString("base64url"), userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) }));
  await db().session.createMany({ data: sessions });
  const topic = await db().topic.create({ data: { channelId: channel.id, communityId: community.id, title: "Bench", authorId: users[0]!.id } });
  const cookies = await Promise.all(sessions.map(async (session) => (await sessionCookie().serialize(session.id)).split(";")[0]!));
  await disconnectDb();
  return { topicId: topic.id, cookies };
}

async function startServer(mode: "app" | "bare", env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(ROOT, "bench/realtime-server.ts"), [mode], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
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

function percentile(sorted: number[], p: number) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run(name: string, url: string, setup: Setup): Promise<Result> {
  const sockets: Socket[] = [];
  const received: Map<string, number>[] = [];
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  let doubled = 0;
  let lastReceipt = 0;

  const connectStart = performance.now();
  const BATCH = 50;
  for (let start = 0; start < CLIENTS; start += BATCH) {
    await Promise.all(
      setup.cookies.slice(start, start + BATCH).map(async (cookie, offset) => {
        const index = start + offset;
        const socket = connectClient(url, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { Cookie: cookie } });
        const counts = new Map<string, number>();
        received[index] = counts;
        socket.on("message:new", (message: { text: string }) => {
          const now = performance.now();
          const key = message.text.slice(6); // "bench <key>"
          const count = (counts.get(key) ?? 0) + 1;
          counts.set(key, count);
          if (count > 1) doubled += 1;
          const sent = sentAt.get(key);
          if (sent !== undefined) latencies.push(now - sent);
          lastReceipt = now;
        });
        await new Promise<void>((resolve, reject) => {
          socket.once("connect", () => resolve());
          socket.once("connect_error", reject);
        });
        const ack = (await socket.timeout(30_000).emitWithAck("topic:join", { topicId: setup.topicId })) as { ok: boolean };
        if (!ack.ok) throw new Error(`join refused for client ${index}`);
        sockets[index] = socket;
      }),
    );
  }
  const connectSeconds = (performance.now() - connectStart) / 1000;
  say(`${name}: ${CLIENTS} clients connected and joined in ${connectSeconds.toFixed(1)} s`);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // let presence settle

  const total = Math.round(RATE * SECONDS);
  const accepted = new Set<string>();
  let sendErrors = 0;
  const pending: Promise<void>[] = [];
  const first = performance.now();
  for (let i = 0; i < total; i++) {
    const due = first + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const key = `${name}-${i}-${randomBytes(4).toString("hex")}`;
    const sender = sockets[i % SENDERS]!;
    sentAt.set(key, performance.now());
    pending.push(
      (sender.timeout(30_000).emitWithAck("message:send", { topicId: setup.topicId, clientKey: key, text: `bench ${key}` }) as Promise<{ ok: boolean; error?: unknown }>).then(
        (ack) => {
          if (ack.ok) accepted.add(key);
          else {
            sendErrors += 1;
            if (sendErrors <= 3) say(`${name}: send refused: ${JSON.stringify(ack.error)}`);
          }
        },
        () => void (sendErrors += 1),
      ),
    );
  }
  await Promise.all(pending);
  // Wait until every client has every accepted message, or 15 s of silence.
  const deadline = performance.now() + 30_000;
  const complete = () => received.every((counts) => [...accepted].every((key) => counts.has(key)));
  while (!complete() && performance.now() < deadline && performance.now() - lastReceipt < 15_000) await new Promise((resolve) => setTimeout(resolve, 200));

  let lost = 0;
  let deliveries = 0;
  for (const counts of received) {
    for (const key of accepted) if (!counts.has(key)) lost += 1;
    for (const count of counts.values()) deliveries += count;
  }
  const seconds = (lastReceipt - first) / 1000;
  latencies.sort((a, b) => a - b);
  for (const socket of sockets) socket?.close();
  return {
    name,
    clients: CLIENTS,
    messages: accepted.size,
    deliveries,
    expected: accepted.size * CLIENTS,
    lost,
    doubled,
    sendErrors,
    seconds,
    perSecond: deliveries / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    connectSeconds,
  };
}

async function main() {
  const { adminUrl, redisUrl, services } = await provision();
  const database = `pp_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const databaseUrl = withDatabase(adminUrl, database);
  const results: Result[] = [];
  try {
    await applyMigrations(databaseUrl);
    const setup = await seed(databaseUrl);
    say(`seeded ${CLIENTS} members with sessions; ${RATE} messages/s for ${SECONDS} s from ${SENDERS} senders`);
    const env = {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `bench${randomBytes(3).toString("hex")}`,
      SESSION_SECRET,
      TOKEN_SECRET: "bench-token-secret-0123456789-abcdefghijkl",
      APP_URL: "http://127.0.0.1",
      LOG_LEVEL: "warn",
    };
    for (const mode of ["bare", "app"] as const) {
      const server = await startServer(mode, env);
      try {
        results.push(await run(mode === "bare" ? "bare socket.io" : "Praktijkplein", server.url, setup));
      } finally {
        await stopServer(server.child);
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    for (const service of services.reverse()) await service.stop();
  }

  const [bare, app] = results as [Result, Result];
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`\nMachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join("/")}`);
  console.log(`${CLIENTS} clients in one topic, ${RATE} messages/s for ${SECONDS} s from ${SENDERS} senders\n`);
  console.log("| | bare socket.io | Praktijkplein | ratio |");
  console.log("| --- | ---: | ---: | ---: |");
  console.log(`| deliveries/s | ${bare.perSecond.toFixed(0)} | ${app.perSecond.toFixed(0)} | ${(app.perSecond / bare.perSecond).toFixed(2)} |`);
  console.log(`| p50 latency | ${ms(bare.p50)} | ${ms(app.p50)} | ${(app.p50 / bare.p50).toFixed(2)} |`);
  console.log(`| p99 latency | ${ms(bare.p99)} | ${ms(app.p99)} | ${(app.p99 / bare.p99).toFixed(2)} |`);
  console.log(`| max latency | ${ms(bare.max)} | ${ms(app.max)} | |`);
  console.log(`| messages sent / delivered | ${bare.messages} / ${bare.deliveries} of ${bare.expected} | ${app.messages} / ${app.deliveries} of ${app.expected} | |`);
  console.log(`| lost / doubled / refused | ${bare.lost} / ${bare.doubled} / ${bare.sendErrors} | ${app.lost} / ${app.doubled} / ${app.sendErrors} | |`);
  console.log(`| connect + join ${CLIENTS} clients | ${bare.connectSeconds.toFixed(1)} s | ${app.connectSeconds.toFixed(1)} s | |`);
  console.log(`\n${JSON.stringify({ clients: CLIENTS, rate: RATE, seconds: SECONDS, senders: SENDERS, results })}`);
  if (app.lost || app.doubled || bare.lost || bare.doubled) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
