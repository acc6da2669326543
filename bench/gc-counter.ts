/**
 * Loaded into a benchmark's server process (`--import`, with `--expose-gc`)
 * when BENCH_GC=1: counts what the process allocates and collects, measures
 * that do not depend on the machine's load (decision 247).
 *
 * - `{ type: "gc-start" }` opens a window (a V8 GCProfiler; its records stay
 *   outside the JavaScript heap until the window closes);
 * - `{ type: "gc-read" }` closes it and answers `{ type: "gc", … }`: bytes
 *   allocated on the V8 heap in the window (the growth of the used heap plus
 *   what each collection freed), scavenges and mark-compacts, bytes promoted
 *   by scavenges, the used heap at the end, and the collections' pause
 *   (a timing: only meaningful on a quiet machine);
 * - `{ type: "heap" }` collects fully (twice, so what waits for a finaliser
 *   goes too) and answers `{ type: "heap", usedBytes, externalBytes, rssBytes }`:
 *   what the process keeps resident at that moment.
 *
 * BENCH_HEAP_PROFILE=<dir>: the window is also sampled by V8's sampling heap
 * profiler, counting every allocation (also what was collected since), and
 * written as <dir>/<pid>-<n>.heapprofile (open it in Chrome's DevTools);
 * with BENCH_HEAP_PROFILE_LIVE=1 only what is still alive at the window's end.
 *
 * BENCH_HEAP_SNAPSHOT=<dir>: each `heap` answer also writes a heap snapshot
 * there (what holds the resident heap: its retainers).
 *
 * Measuring code only: the app never loads it.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import v8 from "node:v8";

type HeapStats = { usedHeapSize: number };
type GcRecord = {
  gcType: string;
  cost: number;
  beforeGC: { heapStatistics: HeapStats; heapSpaceStatistics: { spaceName: string; spaceUsedSize: number }[] };
  afterGC: { heapStatistics: HeapStats; heapSpaceStatistics: { spaceName: string; spaceUsedSize: number }[] };
};

export type GcWindow = {
  allocatedBytes: number;
  scavenges: number;
  markCompacts: number;
  /** Incremental marking steps and weak-callback passes (not collections themselves). */
  otherGcs: number;
  promotedBytes: number;
  usedBytesAtEnd: number;
  pauseMs: number;
};

export function summarise(records: GcRecord[], usedAtStart: number, usedAtEnd: number): GcWindow {
  let allocated = 0;
  let previousAfter = usedAtStart;
  let scavenges = 0;
  let markCompacts = 0;
  let otherGcs = 0;
  let promoted = 0;
  let pause = 0;
  const space = (stats: GcRecord["beforeGC"], name: string) =>
    stats.heapSpaceStatistics.find((s) => s.spaceName === name)?.spaceUsedSize ?? 0;
  for (const record of records) {
    allocated += Math.max(0, record.beforeGC.heapStatistics.usedHeapSize - previousAfter);
    previousAfter = record.afterGC.heapStatistics.usedHeapSize;
    pause += record.cost / 1000;
    if (record.gcType === "Scavenge") {
      scavenges++;
      promoted += Math.max(0, space(record.afterGC, "old_space") - space(record.beforeGC, "old_space"));
    } else if (record.gcType === "MarkSweepCompact") markCompacts++;
    else otherGcs++;
  }
  allocated += Math.max(0, usedAtEnd - previousAfter);
  return {
    allocatedBytes: allocated,
    scavenges,
    markCompacts,
    otherGcs,
    promotedBytes: promoted,
    usedBytesAtEnd: usedAtEnd,
    pauseMs: pause,
  };
}

const HEAP_PROFILE_DIR = process.env.BENCH_HEAP_PROFILE;
let sampling: Session | null = null;
let windows = 0;

async function startSampling() {
  if (!HEAP_PROFILE_DIR) return;
  sampling = new Session();
  sampling.connect();
  await sampling.post("HeapProfiler.startSampling", {
    samplingInterval: 16_384,
    // BENCH_HEAP_PROFILE_LIVE=1: only what is still alive when the window closes (who keeps memory).
    includeObjectsCollectedByMajorGC: process.env.BENCH_HEAP_PROFILE_LIVE !== "1",
    includeObjectsCollectedByMinorGC: process.env.BENCH_HEAP_PROFILE_LIVE !== "1",
  });
}

async function stopSampling() {
  if (!sampling || !HEAP_PROFILE_DIR) return;
  const { profile } = await sampling.post("HeapProfiler.stopSampling");
  sampling.disconnect();
  sampling = null;
  mkdirSync(HEAP_PROFILE_DIR, { recursive: true });
  writeFileSync(path.join(HEAP_PROFILE_DIR, `${process.pid}-${++windows}.heapprofile`), JSON.stringify(profile));
}

let profiler: v8.GCProfiler | null = null;
let usedAtStart = 0;
const used = () => v8.getHeapStatistics().used_heap_size;

process.on("message", async (message: { type?: string }) => {
  if (message?.type === "gc-start") {
    profiler?.stop();
    await startSampling();
    usedAtStart = used();
    profiler = new v8.GCProfiler();
    profiler.start();
    process.send?.({ type: "gc-started" });
  } else if (message?.type === "gc-read") {
    const usedAtEnd = used();
    const records = (profiler?.stop()?.statistics ?? []) as GcRecord[];
    profiler = null;
    await stopSampling();
    process.send?.({ type: "gc", ...summarise(records, usedAtStart, usedAtEnd) });
  } else if (message?.type === "heap") {
    const collect = (globalThis as { gc?: () => void }).gc;
    collect?.();
    collect?.();
    if (process.env.BENCH_HEAP_SNAPSHOT) {
      mkdirSync(process.env.BENCH_HEAP_SNAPSHOT, { recursive: true });
      v8.writeHeapSnapshot(path.join(process.env.BENCH_HEAP_SNAPSHOT, `${process.pid}-${++windows}.heapsnapshot`));
    }
    const memory = process.memoryUsage();
    process.send?.({ type: "heap", usedBytes: used(), externalBytes: memory.external, rssBytes: memory.rss, collected: Boolean(collect) });
  }
});
