/**
 * npm run bench:collab — 50 editors on one document, each making about 5
 * updates per second, against our collaboration server (socket.io "/collab",
 * every update relayed once validated and acknowledged once committed to
 * PostgreSQL, decisions 187 and 195)
 * and, in the same run with the same simulated editors, against a bare
 * reference Yjs server (y-websocket's server utilities, in memory).
 *
 * Reported: update round trip (sent by one editor → seen by the others)
 * p50/p99, our acknowledgement latency, server CPU and write system calls per
 * update, the simulated editors' own CPU per update (this process shares the
 * cores with the server), each server's event-loop delay in the measured window
 * (tests/helpers/event-loop-probe.ts), bytes stored over time, and whether
 * every acknowledged update is in PostgreSQL afterwards.
 *
 * Every editor makes its own edits; only the observers also apply what they
 * receive (so the benchmark process, on the same two cores, does not become
 * the bottleneck) and check that they converge with each other and with
 * PostgreSQL.
 *
 * LARGE=1: the large-document run (issue 17.4): a document of 20,000 words
 * (WORDS) in 200 paragraphs, 20 editors by default, each typing into a
 * paragraph of its own spread over the document.
 *
 * Environment: EDITORS (50; 20 with LARGE=1), RATE (5 per editor per second), SECONDS (30),
 * WARMUP (5), OBSERVERS (5 editors whose view is measured), NO_WORKER (1: no compaction),
 * CPU_PROFILE (a directory: V8 CPU profiles of both servers), DATABASE_URL and
 * REDIS_URL (else embedded ones are started, as for npm test), BENCH_PORT (the
 * first of two ports to use instead of free ones), BENCH_DATABASE (the name of
 * the bench's database, dropped afterwards), BENCH_APP_NODE_ARGS (node flags for
 * our server only, not the reference), BENCH_GC=1 (allocation, GC, heap and
 * round-trip counts per update; bench/server-flags.ts, decision 247),
 * BENCH_COLLAB_TRACE=1 (or COLLAB_TRACE=1: our server traces every update's
 * stages, server/collab/trace.ts, and the report gets their p50/p99 in the
 * measured window; decision 248).
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { io, type Socket } from "socket.io-client";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { freePort } from "../scripts/lib/services.ts";
import { type Counted, counterRows, flagsLine, type Heap, heapAtRest, serverExecArgv, startCounting } from "./server-flags.ts";
import { provisionBench } from "./services.ts";
import { COLLAB_NAMESPACE, type AckResult, syncBytes, syncText } from "../app/shared/collab.ts";
import type { StageSummary, TraceSummary } from "../server/collab/trace.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const LARGE = process.env.LARGE === "1";
const EDITORS = Number(process.env.EDITORS ?? (LARGE ? 20 : 50));
const WORDS = Number(process.env.WORDS ?? 20_000);
const PARAGRAPHS = LARGE ? 200 : 1;
const RATE = Number(process.env.RATE ?? 5);
const SECONDS = Number(process.env.SECONDS ?? 30);
const WARMUP = Number(process.env.WARMUP ?? 5);
const OBSERVERS = Math.min(EDITORS - 1, Number(process.env.OBSERVERS ?? 5));
const SESSION_SECRET = "bench-session-secret-0123456789-abcdefghij";
const MARK = "§";
const MARK_BYTES = Buffer.from(MARK);
/** Our server traces each update's stages (decision 248); off for timing runs. */
const TRACE = process.env.BENCH_COLLAB_TRACE === "1" || process.env.COLLAB_TRACE === "1";

type Sample = { sentAt: number };
type RunResult = {
  name: string;
  sent: number;
  /** Server CPU (ms) and write(v) system calls (/proc/<pid>/io syscw) in the measured window. */
  windowCpuMs: number | null;
  windowWrites: number | null;
  acked: number;
  refused: number;
  relay: number[];
  ack: number[];
  bytesOverTime: { second: number; stateBytes: number; storedBytes: number | null; logRows: number | null }[];
  missingAcked: number | null;
  converged: boolean;
  cpu: NodeJS.CpuUsage | null;
  eventLoop: EventLoopDelay | null;
  /** CPU (ms) of this process (the simulated editors) in the measured window: it shares the cores with the server. */
  clientsCpuMs: number;
  /** BENCH_GC=1: the server's allocation, GC and round-trip counts in the measured window; its heap at rest and after. */
  counted: Counted;
  heapRest: Heap | null;
  heapAfter: Heap | null;
  /** BENCH_COLLAB_TRACE=1: our server's stage timings in the measured window. */
  trace: TraceSummary | null;
};
type Counters = { cpuMs: number | null; writes: number | null };
type EventLoopDelay = { p50: number; p99: number; max: number };
/** The server's event-loop delay in the measured window (tests/helpers/event-loop-probe.ts). */
type EventLoopProbe = { reset: () => void; read: () => Promise<EventLoopDelay | null> };
/** The stage trace of our server (COLLAB_TRACE=1) over IPC. */
type TraceProbe = { reset: () => void; read: () => Promise<TraceSummary | null> };

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

/** Every "§<id>§" marker in an update's bytes (strings are stored as UTF-8, contiguously). */
function markersIn(update: Uint8Array): string[] {
  const buffer = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  const found: string[] = [];
  let at = buffer.indexOf(MARK_BYTES);
  while (at !== -1) {
    const end = buffer.indexOf(MARK_BYTES, at + MARK_BYTES.length);
    if (end === -1) break;
    const id = buffer.toString("latin1", at + MARK_BYTES.length, end);
    if (/^c\d+n\d+$/.test(id)) {
      found.push(id);
      at = buffer.indexOf(MARK_BYTES, end + MARK_BYTES.length);
    } else at = end;
  }
  return found;
}

/** The paragraphs (element XmlTexts) under the root. */
function paragraphs(doc: Y.Doc): Y.XmlText[] {
  return (doc.get("root", Y.XmlText).toDelta() as { insert: unknown }[])
    .map((op) => op.insert)
    .filter((insert): insert is Y.XmlText => insert instanceof Y.XmlText);
}

/** The text of every paragraph, one line each. */
function documentText(doc: Y.Doc): string {
  return paragraphs(doc)
    .map((paragraph) =>
      (paragraph.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === "string" ? op.insert : "")).join(""),
    )
    .join("\n");
}

/** The paragraph an editor types into: the first one, or with LARGE=1 one of its own spread over the document. */
const typedParagraph = new WeakMap<Y.Doc, Y.XmlText>();
function paragraphFor(doc: Y.Doc, editor: number): Y.XmlText | undefined {
  let paragraph = typedParagraph.get(doc);
  if (!paragraph) {
    const all = paragraphs(doc);
    paragraph = all[(editor * 37) % all.length];
    if (paragraph) typedParagraph.set(doc, paragraph);
  }
  return paragraph;
}

/** A document of `words` Dutch words in `count` paragraphs (the large-document run). */
function largeText(words: number, count: number): string[] {
  const vocabulary =
    "de werkgroep bespreekt hoe inclusief werven in de regio beter kan met praktijkvoorbeelden van gemeenten en werkgevers".split(" ");
  const perParagraph = Math.ceil(words / count);
  return Array.from({ length: count }, (_, paragraph) =>
    Array.from(
      { length: Math.min(perParagraph, words - paragraph * perParagraph) },
      (_, i) => vocabulary[(paragraph + i) % vocabulary.length],
    ).join(" "),
  );
}

/** Inserts a marked word into the editor's paragraph's text node, as Lexical does when someone types. */
function typeMarked(doc: Y.Doc, editor: number, id: string) {
  const paragraph = paragraphFor(doc, editor);
  if (!paragraph) return false;
  // At the start or the end of the text run, so markers never split one another.
  paragraph.insert(Math.random() < 0.5 ? 1 : paragraph.length, `${MARK}${id}${MARK} `);
  return true;
}

// ---- clients ------------------------------------------------------------------------------

interface BenchClient {
  doc: Y.Doc;
  ready: Promise<void>;
  /** Sends a local update; resolves when acknowledged (ours) or at once (reference: no acks). */
  send(update: Uint8Array): Promise<AckResult | null>;
  onRemote(listener: (update: Uint8Array) => void): void;
  close(): void;
}

function syncMessage(write: (encoder: encoding.Encoder) => void, prefix?: number): Uint8Array {
  const encoder = encoding.createEncoder();
  if (prefix !== undefined) encoding.writeVarUint(encoder, prefix);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Our protocol: socket.io "/collab", y-protocols sync messages, acknowledgements. */
function ourClient(url: string, documentId: string, cookie: string, applyRemote: boolean): BenchClient {
  const doc = new Y.Doc();
  const listeners: ((update: Uint8Array) => void)[] = [];
  const socket: Socket = io(`${url}${COLLAB_NAMESPACE}`, {
    transports: ["websocket"],
    auth: { documentId },
    extraHeaders: { Cookie: cookie, Origin: url },
    forceNew: true,
    reconnection: false,
  });
  let resolveReady: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  socket.on("connect", () =>
    socket.emit(
      "sync",
      syncMessage((e) => syncProtocol.writeSyncStep1(e, doc)),
    ),
  );
  socket.on("sync", (raw: ArrayBuffer | Uint8Array | string) => {
    const decoder = decoding.createDecoder(syncBytes(raw));
    const type = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      socket.emit(
        "sync",
        syncMessage((e) => syncProtocol.writeSyncStep2(e, doc, payload)),
        () => undefined,
      );
      return;
    }
    if (type === syncProtocol.messageYjsSyncStep2) {
      Y.applyUpdate(doc, payload, "remote");
      resolveReady();
      return;
    }
    if (applyRemote) Y.applyUpdate(doc, payload, "remote");
    for (const listener of listeners) listener(payload);
  });
  return {
    doc,
    ready,
    send: (update) =>
      socket
        .timeout(30_000)
        .emitWithAck(
          "sync",
          // As the browser sends it: base64 text, one WebSocket frame (decision 195).
          syncText(syncMessage((e) => syncProtocol.writeUpdate(e, update))),
        )
        .catch(() => ({ ok: false, error: "timeout" }) as AckResult),
    onRemote: (listener) => listeners.push(listener),
    close: () => socket.disconnect(),
  };
}

/** The reference protocol: y-websocket (message type 0 = sync around the same y-protocols messages). */
function referenceClient(url: string, documentName: string, applyRemote: boolean, initial?: Uint8Array): BenchClient {
  const doc = new Y.Doc();
  if (initial) Y.applyUpdate(doc, initial);
  const listeners: ((update: Uint8Array) => void)[] = [];
  const socket = new WebSocket(`${url.replace("http", "ws")}/${documentName}`);
  socket.binaryType = "arraybuffer";
  let resolveReady: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  socket.on("open", () => socket.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, doc), 0)));
  socket.on("message", (data: ArrayBuffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 0) return; // awareness and others
    const type = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      socket.send(syncMessage((e) => syncProtocol.writeSyncStep2(e, doc, payload), 0));
      return;
    }
    if (type === syncProtocol.messageYjsSyncStep2) {
      Y.applyUpdate(doc, payload, "remote");
      resolveReady();
      return;
    }
    if (applyRemote) Y.applyUpdate(doc, payload, "remote");
    for (const listener of listeners) listener(payload);
  });
  return {
    doc,
    ready,
    send: async (update) => {
      socket.send(syncMessage((e) => syncProtocol.writeUpdate(e, update), 0));
      return null;
    },
    onRemote: (listener) => listeners.push(listener),
    close: () => socket.close(),
  };
}

// ---- one run ------------------------------------------------------------------------------

async function run(
  name: string,
  clients: BenchClient[],
  measureStorage: () => Promise<{ storedBytes: number; logRows: number } | null>,
  counters: () => Promise<Counters>,
  probe: EventLoopProbe,
  child: ChildProcess,
  trace: TraceProbe | null = null,
): Promise<Omit<RunResult, "missingAcked" | "converged" | "cpu" | "heapRest" | "heapAfter"> & { ackedIds: Set<string> }> {
  await Promise.all(clients.map((client) => client.ready));
  const sent = new Map<string, Sample>();
  const relay: number[] = [];
  const ack: number[] = [];
  const ackedIds = new Set<string>();
  let measuring = false;
  let refused = 0;
  const reasons = new Map<string, number>();
  for (const [index, client] of clients.entries()) {
    if (index >= OBSERVERS) break;
    client.onRemote((update) => {
      if (!measuring) return;
      const at = now();
      for (const id of markersIn(update)) {
        const sample = sent.get(id);
        if (sample && !id.startsWith(`c${index}n`)) relay.push(at - sample.sentAt);
      }
    });
  }
  const bytesOverTime: RunResult["bytesOverTime"] = [];
  const started = now();
  const total = (WARMUP + SECONDS) * 1000;
  const interval = 1000 / RATE;
  let counter = 0;
  const timers = clients.map((client, index) => {
    let n = 0;
    const tick = () => {
      const elapsed = now() - started;
      if (elapsed > total) return;
      const id = `c${index}n${n++}`;
      const before = Y.encodeStateVector(client.doc);
      if (typeMarked(client.doc, index, id)) {
        const update = Y.encodeStateAsUpdate(client.doc, before);
        const sentAt = now();
        if (measuring) sent.set(id, { sentAt });
        counter += 1;
        void client.send(update).then((result) => {
          if (!result) return;
          if (result.ok) {
            ackedIds.add(id);
            if (sent.has(id)) ack.push(now() - sentAt);
          } else {
            refused += 1;
            reasons.set(result.error, (reasons.get(result.error) ?? 0) + 1);
          }
        });
      }
      timer = setTimeout(tick, interval * (0.8 + Math.random() * 0.4));
    };
    let timer = setTimeout(tick, Math.random() * interval);
    return () => clearTimeout(timer);
  });
  const sampler = setInterval(async () => {
    const second = Math.round((now() - started) / 1000);
    const stored = await measureStorage().catch(() => null);
    bytesOverTime.push({
      second,
      stateBytes: Y.encodeStateAsUpdate(clients[0]!.doc).byteLength,
      storedBytes: stored?.storedBytes ?? null,
      logRows: stored?.logRows ?? null,
    });
  }, 5_000);
  await sleep(WARMUP * 1000);
  const countersBefore = await counters();
  const clientsBefore = process.cpuUsage();
  probe.reset();
  trace?.reset();
  const counting = await startCounting(child);
  measuring = true;
  const sentBefore = counter;
  await sleep(SECONDS * 1000);
  measuring = false;
  const sentMeasured = counter - sentBefore;
  const counted = await counting.finish();
  const clientsUsed = process.cpuUsage(clientsBefore);
  const countersAfter = await counters();
  const eventLoop = await probe.read();
  const traced = trace ? await trace.read() : null;
  const delta = (key: keyof Counters) => {
    const before = countersBefore[key];
    const after = countersAfter[key];
    return before !== null && after !== null ? after - before : null;
  };
  for (const stop of timers) stop();
  clearInterval(sampler);
  // Let the last updates arrive.
  await sleep(3_000);
  console.log(
    `  ${name}: ${sentMeasured} updates measured, ${relay.length} arrivals observed${reasons.size ? `; refused: ${JSON.stringify(Object.fromEntries(reasons))}` : ""}`,
  );
  return {
    name,
    sent: sentMeasured,
    windowCpuMs: delta("cpuMs"),
    windowWrites: delta("writes"),
    acked: ackedIds.size,
    refused,
    relay,
    ack,
    bytesOverTime,
    ackedIds,
    eventLoop,
    clientsCpuMs: (clientsUsed.user + clientsUsed.system) / 1000,
    counted,
    trace: traced,
  };
}

// ---- processes ----------------------------------------------------------------------------

let nextPortOffset = 0;

/** Sends `{ type }` to a server process and resolves with its answer of the same type (mapped), or null after 5 s. */
function ask<M, T>(child: ChildProcess, type: string, map: (message: M) => T | null): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off("message", listener);
      resolve(null);
    }, 5_000);
    const listener = (message: { type?: string } & M) => {
      if (message?.type !== type) return;
      clearTimeout(timer);
      child.off("message", listener);
      resolve(map(message));
    };
    child.on("message", listener);
    child.send({ type });
  });
}

async function startChild(
  entry: string,
  env: Record<string, string>,
  which: "ours" | "floor",
): Promise<{
  child: ChildProcess;
  port: number;
  stop: () => Promise<void>;
  cpu: () => Promise<NodeJS.CpuUsage | null>;
  counters: () => Promise<Counters>;
  probe: EventLoopProbe;
  trace: TraceProbe;
  output: () => string;
}> {
  // BENCH_PORT: the first of the ports to use (one per server), for a shared machine with port ranges.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + nextPortOffset++ : await freePort();
  let output = "";
  const child = fork(path.join(ROOT, entry), [], {
    cwd: ROOT,
    // CPU_PROFILE=<dir>: a V8 CPU profile of each server, written when it exits.
    execArgv: [
      "--import",
      "tsx",
      ...serverExecArgv(which),
      ...(process.env.CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CPU_PROFILE}`] : []),
    ],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: "warn",
      EVENT_LOOP_PROBE: "1",
      ...env,
    },
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${output}`)), 60_000);
    child.on("message", (message: { type?: string }) => {
      if (message?.type === "listening") {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
  child.removeAllListeners("exit");
  const pid = child.pid!;
  // utime+stime of the child from /proc (ticks of 10 ms), as a rough CPU measure.
  const cpu = async (): Promise<NodeJS.CpuUsage | null> => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return { user: Number(stat[11]) * 10_000, system: Number(stat[12]) * 10_000 };
    } catch {
      return null;
    }
  };
  const probe: EventLoopProbe = {
    reset: () => child.send({ type: "event-loop-reset" }),
    read: () =>
      ask<Partial<EventLoopDelay>, EventLoopDelay>(child, "event-loop", (message) => ({
        p50: message.p50!,
        p99: message.p99!,
        max: message.max!,
      })),
  };
  const trace: TraceProbe = {
    reset: () => child.send({ type: "collab-trace-reset" }),
    read: () => ask<{ summary?: TraceSummary }, TraceSummary>(child, "collab-trace", (message) => message.summary ?? null),
  };
  return {
    child,
    port,
    probe,
    trace,
    output: () => output,
    cpu,
    counters: async () => {
      const used = await cpu();
      let writes: number | null;
      try {
        writes = Number(/syscw: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? NaN);
      } catch {
        writes = null;
      }
      return { cpuMs: used ? (used.user + used.system) / 1000 : null, writes };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

function summary(result: RunResult) {
  return {
    updates: result.sent,
    p50: percentile(result.relay, 50),
    p99: percentile(result.relay, 99),
    max: percentile(result.relay, 100),
    ackP50: percentile(result.ack, 50),
    ackP99: percentile(result.ack, 99),
  };
}

/** The stage table of our server's trace (BENCH_COLLAB_TRACE=1, decision 248). */
function traceRows(trace: TraceSummary | null): string[] {
  if (!TRACE) return [];
  if (!trace) return ["", "Stage trace: no answer from the server (was COLLAB_TRACE=1 passed to it?)"];
  const ms = (value: number) => value.toFixed(2);
  const row = (summary: StageSummary, format = ms) =>
    `| ${summary.stage} | ${summary.count} | ${format(summary.p50)} | ${format(summary.p99)} | ${format(summary.max)} |`;
  const count = (value: number) => String(Math.round(value));
  return [
    "",
    `Stage trace of our server (COLLAB_TRACE=1; ${trace.updates} updates traced in ${(trace.windowMs / 1000).toFixed(1)} s; ms from the frame's arrival in the server's JavaScript, monotonic clock):`,
    "",
    "| stage | updates | p50 | p99 | max |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...trace.stages.map((stage) => row(stage)),
    row(trace.behindAppend),
    row(trace.relayEmit),
    row(trace.relayBatch, count),
    row(trace.appendBatch, count),
    `| event-loop delay (1 ms resolution) | – | ${ms(trace.eventLoop.p50)} | ${ms(trace.eventLoop.p99)} | ${ms(trace.eventLoop.max)} |`,
    "",
    `Updates that waited before their check: ${trace.waitedForSession} for Redis (the session's trust had run out), ${trace.waitedForRight} for PostgreSQL (the editing right after an access change); ${trace.handledAtOnce} were handled in the turn their frame arrived.`,
    `Relay flushes ${trace.relayFlushes}, appends ${trace.appends}; after a flush, engine.io still held packets for ${trace.relaySocketsHeld} of ${trace.relaySockets} sockets (their previous write not yet completed); ${trace.relaySocketsDirect} relay frames were written straight to a WebSocket (decision 287).`,
  ];
}

async function main() {
  const suffix = randomBytes(4).toString("hex");
  const { databaseUrl, redisUrl, release } = await provisionBench(process.env.BENCH_DATABASE ?? `pp_bench_${suffix}`);
  process.env.DATABASE_URL = databaseUrl;
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_PREFIX = `${process.env.BENCH_REDIS_PREFIX ?? "bench"}${suffix}`;
  process.env.SESSION_SECRET = SESSION_SECRET;
  process.env.LOG_LEVEL = "warn";

  // Imported after the environment is set: they read the configuration.
  const { createUser, createCommunity, addMember, sessionCookieFor } = await import("../tests/helpers/factories.ts");
  const { createDocumentIn } = await import("../server/documents/commands.ts");
  const { editorState, p } = await import("../server/documents/builder.ts");
  const { yStateFromLexical } = await import("../server/collab/lexical.ts");
  const { loadState } = await import("../server/collab/store.ts");
  const { db, disconnectDb } = await import("../server/db.ts");
  const { closeQueues } = await import("../server/queues/producer.ts");
  const { closePublisher } = await import("../server/collab/relay.ts");

  const content = LARGE
    ? editorState(...largeText(WORDS, PARAGRAPHS).map((words) => p(`${words} `)))
    : editorState(p("Verslag van de werksessie. "));
  const community = await createCommunity({ accessMode: "OPEN" });
  const cookies: string[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const user = await createUser({ displayName: `Editor ${i}` });
    await addMember(user.id, community.id);
    cookies.push(await sessionCookieFor(user.id));
  }
  const document = await createDocumentIn(community.id, null, "Benchmark", content);

  const scenario = LARGE
    ? `large document (${WORDS} words in ${PARAGRAPHS} paragraphs), ${EDITORS} editors each typing in a paragraph of its own`
    : `${EDITORS} editors typing in one paragraph`;
  console.log(`bench:collab — ${scenario}; ${RATE}/s each for ${SECONDS} s (+${WARMUP} s warm-up), ${OBSERVERS} observers`);
  const results: RunResult[] = [];

  // Reference: y-websocket server utilities.
  {
    const server = await startChild("bench/reference-server.ts", {}, "floor");
    const heapRest = await heapAtRest(server.child);
    const base = `http://127.0.0.1:${server.port}`;
    const first = referenceClient(base, "bench", true, yStateFromLexical(content));
    await first.ready;
    const clients = [first];
    for (let i = 1; i < EDITORS; i++) clients.push(referenceClient(base, "bench", i < OBSERVERS));
    const cpuBefore = await server.cpu();
    const result = await run("reference (y-websocket utils)", clients, async () => null, server.counters, server.probe, server.child);
    const cpuAfter = await server.cpu();
    const texts = new Set(clients.slice(0, OBSERVERS).map((client) => documentText(client.doc)));
    for (const client of clients) client.close();
    await sleep(3_000);
    const heapAfter = await heapAtRest(server.child);
    await server.stop();
    results.push({
      ...result,
      heapRest,
      heapAfter,
      missingAcked: null,
      converged: texts.size === 1,
      cpu: cpuBefore && cpuAfter ? { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system } : null,
    });
  }

  // Ours: socket.io /collab + PostgreSQL + Redis, with the worker compacting.
  {
    // Domain events go to the worker's queue, as in production (the test entry would process them itself).
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl!,
      REDIS_PREFIX: process.env.REDIS_PREFIX!,
      SESSION_SECRET,
      TOKEN_SECRET: "bench-token-secret-0123456789-abcdefghijkl",
      EVENTS_DISPATCH: "queue",
      COLLAB_TRACE: TRACE ? "1" : "0",
    };
    const server = await startChild("tests/helpers/realtime-entry.ts", env, "ours");
    const heapRest = await heapAtRest(server.child);
    // NO_WORKER=1 leaves compaction out, to see what it costs the editors.
    const worker =
      process.env.NO_WORKER === "1"
        ? null
        : fork(path.join(ROOT, "workers/main.ts"), [], {
            cwd: ROOT,
            execArgv: ["--import", "tsx"],
            stdio: "ignore",
            env: { ...process.env, ...env, NODE_ENV: "production", APP_URL: "http://127.0.0.1" },
          });
    const base = `http://127.0.0.1:${server.port}`;
    const clients = cookies.map((cookie, index) => ourClient(base, document.id, cookie, index < OBSERVERS));
    const storage = async () => {
      const rows = await db().$queryRaw<{ size: number; rows: number }[]>`
        SELECT d.size, (SELECT count(*)::int FROM "DocumentUpdate" u WHERE u."documentId" = d.id) AS rows FROM "Document" d WHERE d.id = ${document.id}`;
      return rows[0] ? { storedBytes: rows[0].size, logRows: rows[0].rows } : null;
    };
    const cpuBefore = await server.cpu();
    const result = await run(
      "ours (socket.io + PostgreSQL)",
      clients,
      storage,
      server.counters,
      server.probe,
      server.child,
      TRACE ? server.trace : null,
    );
    const cpuAfter = await server.cpu();
    // Every acknowledged update must be in PostgreSQL: read it back cold.
    const stored = await loadState(document.id);
    const fromDb = new Y.Doc();
    Y.applyUpdate(fromDb, stored!.state);
    const storedMarkers = new Set(markersIn(Buffer.from(documentText(fromDb))));
    let missing = 0;
    for (const id of result.ackedIds) if (!storedMarkers.has(id)) missing += 1;
    const lengths = new Set([...clients.slice(0, OBSERVERS).map((client) => documentText(client.doc)), documentText(fromDb)]);
    for (const client of clients) client.close();
    worker?.kill("SIGTERM");
    await sleep(3_000);
    const heapAfter = await heapAtRest(server.child);
    await server.stop();
    const problems = server
      .output()
      .split("\n")
      .filter((line) => /error|warn/i.test(line));
    if (problems.length) console.log(`  server reported:\n    ${problems.slice(0, 10).join("\n    ")}`);
    results.push({
      ...result,
      heapRest,
      heapAfter,
      missingAcked: missing,
      converged: lengths.size === 1,
      cpu: cpuBefore && cpuAfter ? { user: cpuAfter.user - cpuBefore.user, system: cpuAfter.system - cpuBefore.system } : null,
    });
    console.log(
      `  stored state ${stored!.state.byteLength} bytes; acknowledged ${result.ackedIds.size}, missing from PostgreSQL ${missing}`,
    );
  }

  const [reference, ours] = results as [RunResult, RunResult];
  const a = summary(reference);
  const b = summary(ours);
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
  const ms2 = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "–");
  const cpuSeconds = (result: RunResult) => (result.cpu ? (result.cpu.user + result.cpu.system) / 1e6 : NaN);
  // In the measured window, per update sent in it.
  const perUpdate = (value: number | null, result: RunResult) => (value !== null && result.sent ? value / result.sent : NaN);
  const loop = (result: RunResult) =>
    result.eventLoop ? [result.eventLoop.p50, result.eventLoop.p99, result.eventLoop.max].map(ms).join(" / ") : "–";
  const lines = [
    `| measure | reference (y-websocket utils, memory) | ours (socket.io, PostgreSQL) | ours / reference |`,
    `| --- | --- | --- | --- |`,
    `| updates sent (measured window) | ${reference.sent} | ${ours.sent} | |`,
    `| round trip p50 (ms) | ${ms(a.p50)} | ${ms(b.p50)} | ${(b.p50 / a.p50).toFixed(2)} |`,
    `| round trip p99 (ms) | ${ms(a.p99)} | ${ms(b.p99)} | ${(b.p99 / a.p99).toFixed(2)} |`,
    `| round trip max (ms) | ${ms(a.max)} | ${ms(b.max)} | |`,
    `| acknowledged (stored) p50 / p99 (ms) | – (no acks) | ${ms(b.ackP50)} / ${ms(b.ackP99)} | |`,
    `| server CPU during the run (s) | ${cpuSeconds(reference).toFixed(1)} | ${cpuSeconds(ours).toFixed(1)} | ${(cpuSeconds(ours) / cpuSeconds(reference)).toFixed(2)} |`,
    `| server CPU per update, measured window (ms) | ${ms2(perUpdate(reference.windowCpuMs, reference))} | ${ms2(perUpdate(ours.windowCpuMs, ours))} | ${(perUpdate(ours.windowCpuMs, ours) / perUpdate(reference.windowCpuMs, reference)).toFixed(2)} |`,
    `| simulated editors' CPU per update, measured window (ms; this process, on the same cores) | ${ms2(perUpdate(reference.clientsCpuMs, reference))} | ${ms2(perUpdate(ours.clientsCpuMs, ours))} | ${(perUpdate(ours.clientsCpuMs, ours) / perUpdate(reference.clientsCpuMs, reference)).toFixed(2)} |`,
    `| server write system calls per update, measured window | ${ms(perUpdate(reference.windowWrites, reference))} | ${ms(perUpdate(ours.windowWrites, ours))} | |`,
    `| server event-loop delay p50 / p99 / max, measured window (ms; a 10 ms timer, so 10 is no delay) | ${loop(reference)} | ${loop(ours)} | |`,
    `| all replicas converged | ${reference.converged ? "yes" : "NO"} | ${ours.converged ? "yes" : "NO"} | |`,
    `| acknowledged updates missing from PostgreSQL | – | ${ours.missingAcked} of ${ours.acked} | |`,
    `| refused updates | – | ${ours.refused} | |`,
  ];
  const storage = [
    "| second | document state (bytes) | stored in PostgreSQL (bytes) | log rows not yet compacted |",
    "| --- | --- | --- | --- |",
  ];
  for (const point of ours.bytesOverTime)
    storage.push(`| ${point.second} | ${point.stateBytes} | ${point.storedBytes ?? "–"} | ${point.logRows ?? "–"} |`);
  const report = [
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
    `${scenario}; ${RATE} updates/s each, ${SECONDS} s measured after ${WARMUP} s warm-up; round trip seen by ${OBSERVERS} observing editors.`,
    flagsLine(),
    "",
    ...lines,
    ...counterRows(
      "update",
      results.map((r) => ({ name: r.name, counted: r.counted, units: r.sent, rest: r.heapRest, after: r.heapAfter })),
    ),
    ...traceRows(ours.trace),
    "",
    "Bytes over time (ours):",
    "",
    ...storage,
  ].join("\n");
  console.log(`\n${report}\n`);
  mkdirSync(path.join(ROOT, "bench/.tmp"), { recursive: true });
  writeFileSync(path.join(ROOT, `bench/.tmp/collab${LARGE ? "-large" : ""}.md`), `${report}\n`);

  await closeQueues();
  await closePublisher();
  await disconnectDb();
  await release();
  if (ours.missingAcked !== 0 || !ours.converged) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
