/**
 * npm run bench:digest — digests end to end: 10,000 members across 50
 * communities with a week of activity, the schedule-digests job, a worker
 * process sending every digest over SMTP into a local sink (a child process).
 * Baseline in the same run: the same number of plain one-line mails through
 * the same pooled SMTP transport (no database, no rendering).
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 npm run bench:digest
 *   MEMBERS=2000 for a quick run; MAIL_CONCURRENCY, SMTP_POOL_SIZE and WORKERS to try other worker settings.
 *   BENCH_BACKEND_CPU=1 adds the PostgreSQL backend CPU of each statement kind (same machine only).
 *   BENCH_DATABASE names the database (default pp_bench_digest_<random>); BENCH_KEEP=1 keeps it afterwards
 *   (to EXPLAIN the digest statements on the same data).
 *   Without DATABASE_URL and REDIS_URL it starts embedded services under .data/bench (bench/services.ts).
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { provisionBench } from "./services.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const MEMBERS = Number(process.env.MEMBERS ?? 10_000);
const COMMUNITIES = 50;
/** The worker default (server/config.ts); the baseline sends as many plain mails at once. */
const CONCURRENCY = process.env.MAIL_CONCURRENCY ?? "64";
/** Worker processes (BullMQ spreads jobs over them, as over several containers). */
const WORKERS = Number(process.env.WORKERS ?? 1);
const DAY = 24 * 60 * 60 * 1000;

/** CPU seconds (user + system) a process has used so far (Linux /proc); load-independent, unlike wall time. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function child(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return fork(path.join(ROOT, entry), [], {
    cwd: ROOT,
    env,
    execArgv: [
      "--import",
      "tsx",
      // Statements and Redis round trips of the worker, counted in the worker (bench/round-trip-counter.ts).
      ...(entry.startsWith("workers") ? ["--import", path.join(ROOT, "bench/round-trip-counter.ts")] : []),
      ...(process.env.PROFILE && entry.startsWith("workers")
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE_DIR ?? "/tmp/prof"}`]
        : []),
    ],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

function request<T>(process: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: T & { type?: string }) => {
      if (message?.type === type) {
        process.off("message", onMessage);
        resolve(message);
      }
    };
    process.on("message", onMessage);
    process.send({ type });
  });
}

async function main() {
  const {
    databaseUrl: url,
    redisUrl,
    release,
  } = await provisionBench(process.env.BENCH_DATABASE ?? `pp_bench_digest_${randomBytes(3).toString("hex")}`, (line) => console.log(line), {
    keep: process.env.BENCH_KEEP === "1",
  });
  process.env.REDIS_URL = redisUrl;
  const sink = child("bench/smtp-sink.ts", process.env);
  const port = await new Promise<number>((resolve) =>
    sink.on("message", (m: { type?: string; port?: number }) => m?.type === "listening" && resolve(m.port!)),
  );
  Object.assign(process.env, {
    DATABASE_URL: url,
    REDIS_PREFIX: process.env.BENCH_REDIS_PREFIX ?? `bench${randomBytes(3).toString("hex")}`,
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    APP_URL: "https://praktijkplein.example",
    SESSION_SECRET: "benchmark-session-secret-0123456789abcdef",
    TOKEN_SECRET: "benchmark-token-secret-0123456789abcdefghij",
    MAIL_CONCURRENCY: CONCURRENCY,
  });
  const { db, disconnectDb } = await import("../server/db.ts");
  const { latestPeriod } = await import("../server/notifications/digest/periods.ts");
  const { scheduleDigests } = await import("../server/notifications/digest/schedule.ts");
  const { closeQueues, queue } = await import("../server/queues/producer.ts");
  const { deliverMail, closeMailTransport } = await import("../server/mail/transport.ts");
  const workers: ChildProcess[] = [];
  try {
    // ---- a week of activity ----
    const now = new Date();
    const period = latestPeriod("WEEKLY", now);
    const week = (fraction: number) => new Date(period.until.getTime() - fraction * 7 * DAY);
    const seedStart = Date.now();
    const random = (() => {
      let seed = 42;
      return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    })();
    const themes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db().theme.create({
          data: {
            slug: `thema-${i}`,
            nameNl: `Thema ${i}`,
            nameEn: `Theme ${i}`,
            summaryNl: "Werkagenda VIA",
            summaryEn: "VIA work agenda",
            sortOrder: i,
          },
        }),
      ),
    );
    const modes = ["OPEN", "OPEN", "ON_REQUEST", "ON_REQUEST", "INVITE_ONLY"] as const;
    await db().community.createMany({
      data: Array.from({ length: COMMUNITIES + 5 }, (_, i) => ({
        id: `bench-community-${i}`,
        slug: `community-${i}`,
        name: `Lerende community ${i}: inclusief werven in regio ${i % 35}`,
        summary: "Klantmanagers, werkgevers en ervaringsdeskundigen delen wat werkt.",
        about: "Over gelijke kansen op de arbeidsmarkt.",
        kind: "LEARNING" as const,
        accessMode: modes[i % modes.length]!,
        themeId: themes[i % themes.length]!.id,
        // The last five are new this week.
        createdAt: i >= COMMUNITIES ? week(random()) : new Date(period.until.getTime() - 90 * DAY),
      })),
    });
    const passwordHash = "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2htYXJrc2FsdA$3Pq8m2Q0Yg0q6iB7Y4s3m1yQ2u8k3k9b1o7p6e5d4c3";
    for (let start = 0; start < MEMBERS; start += 2_000) {
      await db().user.createMany({
        data: Array.from({ length: Math.min(2_000, MEMBERS - start) }, (_, k) => {
          const i = start + k;
          return {
            id: `bench-user-${i}`,
            email: `lid${i}@bench.praktijkplein.test`,
            passwordHash,
            displayName: `Lid ${i}`,
            locale: i % 10 === 0 ? "en" : "nl",
          };
        }),
      });
    }
    const memberships: { userId: string; communityId: string; role: "MEMBER" | "FACILITATOR"; joinedAt: Date }[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const count = 1 + Math.floor(random() * 4);
      const chosen = new Set<number>();
      while (chosen.size < count) chosen.add(Math.floor(random() * COMMUNITIES));
      for (const c of chosen) {
        memberships.push({
          userId: `bench-user-${i}`,
          communityId: `bench-community-${c}`,
          role: i < COMMUNITIES * 2 && c === i % COMMUNITIES ? "FACILITATOR" : "MEMBER",
          // About one in twelve memberships started this week.
          joinedAt: random() < 0.08 ? week(random()) : new Date(period.until.getTime() - 60 * DAY),
        });
      }
    }
    for (let start = 0; start < memberships.length; start += 5_000) {
      await db().membership.createMany({ data: memberships.slice(start, start + 5_000), skipDuplicates: true });
    }
    const requests = [];
    for (let c = 0; c < COMMUNITIES; c++) {
      if (modes[c % modes.length] !== "ON_REQUEST") continue;
      for (let r = 0; r < 20; r++) {
        requests.push({
          userId: `bench-user-${(c * 97 + r * 13) % MEMBERS}`,
          communityId: `bench-community-${c}`,
          message: "Ik wil graag meedoen en leren van anderen.",
          createdAt: week(random()),
        });
      }
    }
    await db().joinRequest.createMany({ data: requests, skipDuplicates: true });
    const notifications = memberships
      .filter(() => random() < 0.5)
      .map((m, n) => ({
        userId: m.userId,
        kind: "mention",
        communityId: m.communityId,
        url: "/meldingen",
        createdAt: week(random()),
        readAt: n % 3 === 0 ? new Date() : null,
        data: {
          topicId: `t${n}`,
          messageId: `m${n}`,
          topicTitle: `Onderwerp ${n % 500}: werkervaringsplaatsen`,
          excerpt: "Hoe pakken jullie dit aan?",
        },
      }));
    for (let start = 0; start < notifications.length; start += 5_000)
      await db().notification.createMany({ data: notifications.slice(start, start + 5_000) });
    const seeded = (Date.now() - seedStart) / 1000;
    console.log(
      `seeded ${MEMBERS} members, ${memberships.length} memberships, ${requests.length} join requests, ${notifications.length} notifications in ${seeded.toFixed(1)} s`,
    );

    // ---- baseline: plain mails through the same transport ----
    await request(sink, "reset");
    const baselineStart = performance.now();
    const parallel = Number(CONCURRENCY);
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < MEMBERS) {
          const i = next++;
          await deliverMail({
            to: `lid${i}@bench.praktijkplein.test`,
            subject: "Baseline",
            text: "Een regel.",
            html: "<p>Een regel.</p>",
            messageId: `<baseline-${i}@bench>`,
          });
        }
      }),
    );
    const baselineSeconds = (performance.now() - baselineStart) / 1000;
    closeMailTransport();

    // ---- digests end to end ----
    await request(sink, "reset");
    for (let w = 0; w < WORKERS; w++) workers.push(child("workers/main.ts", { ...process.env }));
    const workerReady = Date.now();
    while ((await queue("mail").getWorkers()).length < WORKERS) {
      if (Date.now() - workerReady > 60_000) throw new Error("worker did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A starting worker sweeps the search index once (every member's profile is new here): unrelated
    // work whose CPU would be counted per digest. Wait for it, so the clock and the CPU counters see digests.
    const sweepStart = Date.now();
    let sweepSeen = false;
    for (;;) {
      const counts = await queue("search").getJobCounts("active", "waiting", "prioritized");
      const pending = (counts.active ?? 0) + (counts.waiting ?? 0) + (counts.prioritized ?? 0);
      sweepSeen ||= pending > 0;
      // The worker queues its sweep just after it registers: give it a moment to appear.
      if (pending === 0 && (sweepSeen || Date.now() - sweepStart > 3_000)) break;
      if (Date.now() - sweepStart > 300_000) throw new Error("the search sweep did not finish");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`worker start-up search sweep done in ${((Date.now() - sweepStart) / 1000).toFixed(1)} s (not measured)`);
    type RoundTrips = { statements: number; redisCommands: number; redisRoundTrips: number };
    const roundTrips = async () => {
      const all = await Promise.all(workers.map((w) => request<RoundTrips>(w, "round-trips")));
      return {
        statements: all.reduce((sum, r) => sum + r.statements, 0),
        redisCommands: all.reduce((sum, r) => sum + r.redisCommands, 0),
        redisRoundTrips: all.reduce((sum, r) => sum + r.redisRoundTrips, 0),
      };
    };
    // PostgreSQL's share: the CPU of the server processes serving the bench database (same machine).
    const databaseCpu = async () => {
      const rows = await db().$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
      return new Map(rows.map((row) => [row.pid, cpuSeconds(row.pid)]));
    };
    // Redis's share: the server's own CPU counters (INFO cpu). On a shared Redis this includes other clients.
    const redisCpu = async () => {
      const client = (await queue("mail").client) as unknown as { info(section: string): Promise<string> };
      const info = await client.info("cpu");
      const field = (name: string) => Number(info.match(new RegExp(`^${name}:([0-9.]+)`, "m"))?.[1] ?? Number.NaN);
      return field("used_cpu_sys") + field("used_cpu_user");
    };
    // Statements by kind and the rows of their batches (bench/round-trip-counter.ts), worker side.
    type Tally = { statements: number; rows: number; backendNs: number };
    type Kinds = { kinds: [string, Tally][] };
    const statementKinds = async () => {
      const all = await Promise.all(workers.map((w) => request<Kinds>(w, "statement-kinds")));
      const merged = new Map<string, Tally>();
      for (const [kind, tally] of all.flatMap((k) => k.kinds)) {
        const sum = merged.get(kind) ?? { statements: 0, rows: 0, backendNs: 0 };
        merged.set(kind, {
          statements: sum.statements + tally.statements,
          rows: sum.rows + tally.rows,
          backendNs: sum.backendNs + tally.backendNs,
        });
      }
      return merged;
    };
    const kindsBefore = await statementKinds();
    const redisCpuBefore = await redisCpu();
    const databaseCpuBefore = await databaseCpu();
    const roundTripsBefore = await roundTrips();
    const workerCpuBefore = workers.reduce((sum, w) => sum + cpuSeconds(w.pid), 0);
    const sinkCpuBefore = cpuSeconds(sink.pid);
    const start = performance.now();
    const scheduled = await scheduleDigests(now);
    const jobs = scheduled.reduce((sum, s) => sum + s.enqueued, 0);
    const scheduledAfter = (performance.now() - start) / 1000;
    for (;;) {
      const done = await db().mailDelivery.count({ where: { kind: "DIGEST", status: { in: ["SENT", "EMPTY"] } } });
      if (done >= jobs) break;
      const failed = await db().mailDelivery.count({ where: { kind: "DIGEST", status: "FAILED" } });
      if (failed > 0 && (await queue("mail").getJobCounts("failed")).failed) throw new Error(`${failed} digests failed`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const seconds = (performance.now() - start) / 1000;
    const workerCpu = workers.reduce((sum, w) => sum + cpuSeconds(w.pid), 0) - workerCpuBefore;
    const sinkCpu = cpuSeconds(sink.pid) - sinkCpuBefore;
    const redisServerCpu = (await redisCpu()) - redisCpuBefore;
    const roundTripsAfter = await roundTrips();
    const kindsAfter = await statementKinds();
    let postgresCpu = 0;
    for (const [pid, seconds] of await databaseCpu()) {
      if (Number.isFinite(seconds)) postgresCpu += seconds - (databaseCpuBefore.get(pid) ?? 0);
    }
    const { accepted, bytes } = await request<{ accepted: number; bytes: number }>(sink, "count");
    const sent = await db().mailDelivery.count({ where: { kind: "DIGEST", status: "SENT" } });
    const empty = await db().mailDelivery.count({ where: { kind: "DIGEST", status: "EMPTY" } });
    const digestRate = sent / seconds;
    const baselineRate = MEMBERS / baselineSeconds;
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(
          " ",
        )}; ${WORKERS} worker process(es), MAIL_CONCURRENCY=${CONCURRENCY}, SMTP_POOL_SIZE=${process.env.SMTP_POOL_SIZE ?? "10 (default)"}`,
    );
    console.log(
      `baseline  plain mails over pooled SMTP: ${MEMBERS} in ${baselineSeconds.toFixed(1)} s = ${baselineRate.toFixed(0)} mails/s`,
    );
    console.log(
      `digests   ${jobs} jobs (scheduled in ${scheduledAfter.toFixed(1)} s): ${sent} sent, ${empty} empty (no mail), in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `          = ${digestRate.toFixed(0)} digests/s end to end (${(jobs / seconds).toFixed(0)} jobs/s); ${accepted} accepted by the sink, ${(bytes / Math.max(accepted, 1) / 1024).toFixed(1)} KiB each`,
    );
    console.log(
      `          CPU per digest: worker ${((workerCpu / jobs) * 1000).toFixed(1)} ms, SMTP sink ${((sinkCpu / jobs) * 1000).toFixed(1)} ms, PostgreSQL ${((postgresCpu / jobs) * 1000).toFixed(1)} ms, Redis server ${((redisServerCpu / jobs) * 1000).toFixed(2)} ms (the whole server: on a shared Redis, other clients too) (one free core ≈ ${(jobs / workerCpu).toFixed(0)} digests/s per worker process)`,
    );
    const perJob = (key: keyof RoundTrips) => ((roundTripsAfter[key] - roundTripsBefore[key]) / jobs).toFixed(2);
    console.log(
      `          per digest job, worker side: ${perJob("statements")} SQL statements, ${perJob("redisCommands")} Redis commands in ${perJob("redisRoundTrips")} round trips`,
    );
    console.log(
      `          ratio to baseline: ${(digestRate / baselineRate).toFixed(2)}; target (issue 17: 10,000 in ≤ 20 s = 500 digests/s, ≥ 0.25× baseline): ${digestRate >= 10_000 / 20 && digestRate >= 0.25 * baselineRate ? "met" : "missed"}`,
    );
    const backendCpu = process.env.BENCH_BACKEND_CPU === "1";
    console.log(
      `          worker statements by kind: count, per digest job, rows per statement (batch size)${backendCpu ? ", PostgreSQL backend CPU per digest (ms)" : ""}`,
    );
    for (const [kind, tally] of [...kindsAfter].sort((a, b) => b[1].statements - a[1].statements)) {
      const statements = tally.statements - (kindsBefore.get(kind)?.statements ?? 0);
      const rows = tally.rows - (kindsBefore.get(kind)?.rows ?? 0);
      const backend = (tally.backendNs - (kindsBefore.get(kind)?.backendNs ?? 0)) / 1e6 / jobs;
      if (statements > 0)
        console.log(
          `            ${String(statements).padStart(6)} ${(statements / jobs).toFixed(3)} ${(rows / statements).toFixed(1).padStart(6)}${backendCpu ? backend.toFixed(3).padStart(7) : ""}  ${kind.slice(0, 110)}`,
        );
    }
    if (accepted !== sent) throw new Error(`the sink accepted ${accepted} mails but ${sent} digests are recorded as sent`);
  } finally {
    await Promise.all(
      workers.map((worker) => {
        worker.kill("SIGTERM");
        return new Promise((resolve) => worker.once("exit", resolve));
      }),
    );
    sink.send({ type: "stop" });
    closeMailTransport();
    await closeQueues();
    await disconnectDb();
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
