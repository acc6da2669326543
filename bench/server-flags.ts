/**
 * Node flags and load-insensitive counters for the servers of bench:realtime
 * and bench:collab (decision 247).
 *
 * - BENCH_APP_NODE_ARGS (e.g. "--max-semi-space-size=32"): extra node flags
 *   for OUR server process only, never for bare socket.io or the y-websocket
 *   reference, so a flag is tried against an unchanged floor. Printed in the
 *   report header.
 * - BENCH_GC=1: every server loads bench/gc-counter.ts (allocated bytes,
 *   scavenges and mark-compacts in the measured window, heap after a full
 *   collection at rest and after the run) and ours also
 *   bench/round-trip-counter.ts (SQL statements and Redis commands), and the
 *   report gets their counts per message or update. These counts do not
 *   depend on the machine's load the way timings do.
 */
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import type { GcWindow } from "./gc-counter.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

export const APP_NODE_ARGS = (process.env.BENCH_APP_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
export const GC_COUNTING = process.env.BENCH_GC === "1";

/** The node flags of a server (after `--import tsx`): `ours` gets BENCH_APP_NODE_ARGS; with BENCH_GC=1 every server gets the counters. */
export function serverExecArgv(which: "ours" | "floor"): string[] {
  const counters = GC_COUNTING
    ? [
        "--expose-gc",
        "--import",
        path.join(ROOT, "bench/gc-counter.ts"),
        ...(which === "ours" ? ["--import", path.join(ROOT, "bench/round-trip-counter.ts")] : []),
      ]
    : [];
  return [...(which === "ours" ? APP_NODE_ARGS : []), ...counters];
}

/** The report header's line about our server's flags. */
export function flagsLine(): string {
  return `Our server's extra node flags (BENCH_APP_NODE_ARGS): ${APP_NODE_ARGS.length ? APP_NODE_ARGS.join(" ") : "none"}${GC_COUNTING ? "; allocation and GC counters on (BENCH_GC=1)" : ""}`;
}

function askChild<T>(child: ChildProcess, message: object, answer: string, timeoutMs = 30_000): Promise<T | null> {
  if (!GC_COUNTING || child.exitCode !== null) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      resolve(null);
    }, timeoutMs);
    const onMessage = (reply: T & { type?: string }) => {
      if (reply?.type !== answer) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(reply);
    };
    child.on("message", onMessage);
    child.send(message);
  });
}

export type RoundTrips = { statements: number; redisCommands: number; redisRoundTrips: number };
export type Heap = { usedBytes: number; externalBytes: number; rssBytes: number };

/** What the counters say about one measured window. */
export type Counted = { gc: GcWindow | null; roundTrips: RoundTrips | null; heapConnected?: Heap | null };

/** Opens a counting window on the server; `finish()` closes it. Without BENCH_GC=1 both are no-ops. */
export async function startCounting(child: ChildProcess): Promise<{ finish: () => Promise<Counted> }> {
  const before = await askChild<RoundTrips>(child, { type: "round-trips" }, "round-trips", 2_000);
  await askChild(child, { type: "gc-start" }, "gc-started");
  return {
    finish: async () => {
      const gc = await askChild<GcWindow>(child, { type: "gc-read" }, "gc");
      const after = await askChild<RoundTrips>(child, { type: "round-trips" }, "round-trips", 2_000);
      const roundTrips =
        before && after
          ? {
              statements: after.statements - before.statements,
              redisCommands: after.redisCommands - before.redisCommands,
              redisRoundTrips: after.redisRoundTrips - before.redisRoundTrips,
            }
          : null;
      return { gc, roundTrips };
    },
  };
}

/** The server's heap after a full collection (with BENCH_GC=1), else null. */
export function heapAtRest(child: ChildProcess): Promise<Heap | null> {
  return askChild<Heap>(child, { type: "heap" }, "heap");
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Report rows: per `unit` (a message, an update), for each server side by side. */
export function counterRows(
  unit: string,
  servers: { name: string; counted: Counted; units: number; rest: Heap | null; after: Heap | null }[],
): string[] {
  if (!GC_COUNTING) return [];
  const cell = (value: number | null | undefined, format: (v: number) => string) =>
    value === null || value === undefined || !Number.isFinite(value) ? "–" : format(value);
  const row = (label: string, value: (s: (typeof servers)[number]) => number | null | undefined, format: (v: number) => string) =>
    `| ${label} | ${servers.map((s) => cell(value(s), format)).join(" | ")} |`;
  const per = (s: (typeof servers)[number], value: number | undefined) => (value === undefined || !s.units ? null : value / s.units);
  const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
  const n1 = (v: number) => v.toFixed(1);
  const n2 = (v: number) => v.toFixed(2);
  return [
    "",
    `Allocation and collection counters (BENCH_GC=1; counts, not timings), per ${unit} in the measured window:`,
    "",
    `| per ${unit} | ${servers.map((s) => s.name).join(" | ")} |`,
    `| --- | ${servers.map(() => "---:").join(" | ")} |`,
    row(
      `${unit}s counted`,
      (s) => s.units,
      (v) => String(v),
    ),
    row(`bytes allocated (V8 heap) per ${unit}`, (s) => per(s, s.counted.gc?.allocatedBytes), kb),
    row(`bytes promoted to the old generation per ${unit}`, (s) => per(s, s.counted.gc?.promotedBytes), kb),
    row(`scavenges per 1,000 ${unit}s`, (s) => (s.counted.gc && s.units ? (s.counted.gc.scavenges * 1000) / s.units : null), n1),
    row(`mark-compacts per 1,000 ${unit}s`, (s) => (s.counted.gc && s.units ? (s.counted.gc.markCompacts * 1000) / s.units : null), n2),
    row(`GC pause, whole window (ms; a timing)`, (s) => s.counted.gc?.pauseMs, n1),
    row(`SQL statements per ${unit}`, (s) => per(s, s.counted.roundTrips?.statements), n2),
    row(`Redis commands per ${unit}`, (s) => per(s, s.counted.roundTrips?.redisCommands), n2),
    row(`Redis round trips per ${unit}`, (s) => per(s, s.counted.roundTrips?.redisRoundTrips), n2),
    row("heap used at rest, after a full GC", (s) => s.rest?.usedBytes, mb),
    row("heap used with the clients connected, after a full GC", (s) => s.counted.heapConnected?.usedBytes, mb),
    row("heap used after the run, after a full GC", (s) => s.after?.usedBytes, mb),
    row("resident set after the run", (s) => s.after?.rssBytes, mb),
  ];
}
