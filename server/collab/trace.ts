/**
 * Stage tracing of the co-editing path (decision 248), on with COLLAB_TRACE=1.
 *
 * Every update from an editor carries a record of monotonic timestamps
 * (performance.now(), ms): received (the socket.io "sync" event, straight
 * from the WebSocket frame), handled (its turn in the socket's message order,
 * the room loaded), checked (decoded; session and editing right in hand),
 * applied (validated and in the Y.Doc), relayed (written to the other sockets
 * here, at the end of the turn), append started, append committed (PostgreSQL)
 * and acknowledged (the ack packet written to the sender), and whether it was
 * handled in the turn its frame arrived (decision 259). The tracer keeps
 * histograms of the intervals between them, of the batch sizes of the relay
 * and of the group commit, of how often an update waited behind an append in
 * flight, of relay frames that engine.io had to hold back because the socket's
 * previous write had not completed, and the event-loop delay (1 ms
 * resolution).
 *
 * Off (the default) nothing is allocated or timed: call sites test
 * `collabTrace` (null) before they do anything.
 *
 * bench:collab reads it over IPC: `{ type: "collab-trace-reset" }` starts a
 * window, `{ type: "collab-trace" }` answers `{ type: "collab-trace", summary }`.
 */
import { createHistogram, monitorEventLoopDelay, type IntervalHistogram, type RecordableHistogram } from "node:perf_hooks";

/** One update's way through the server (ms, performance.now()). */
export type UpdateTrace = {
  received: number;
  handled?: number;
  checked?: number;
  applied?: number;
  relayed?: number;
  appendStarted?: number;
  /** The append of this update started right after another append of the document returned (it waited for it). */
  behindAppend?: boolean;
  committed?: number;
  acked?: number;
  /** Handled and applied in the turn its frame arrived, without a promise in between (decision 259). */
  atOnce?: boolean;
  /** Before it was checked the update waited for Redis (its session's trust had run out) or PostgreSQL (its editing right after an access change). */
  waitedFor?: "session" | "right";
};

/** The intervals reported, each from one stamp to another. */
export const TRACE_STAGES = [
  ["received → handled (socket's message order, room loaded)", "received", "handled"],
  ["handled → checked (decode, session, editing right)", "handled", "checked"],
  ["checked → applied (validate, apply in memory)", "checked", "applied"],
  ["applied → relayed (end of turn, writes to the others)", "applied", "relayed"],
  ["received → relayed (server's relay latency)", "received", "relayed"],
  ["applied → append started (commit queue)", "applied", "appendStarted"],
  ["append started → committed (PostgreSQL)", "appendStarted", "committed"],
  ["committed → acknowledged", "committed", "acked"],
  ["received → acknowledged (server's ack latency)", "received", "acked"],
] as const satisfies readonly (readonly [string, keyof UpdateTrace, keyof UpdateTrace])[];

export type StageSummary = { stage: string; count: number; p50: number; p99: number; max: number };
export type TraceSummary = {
  windowMs: number;
  updates: number;
  stages: StageSummary[];
  /** Commit-queue wait of updates whose append started right after another append returned. */
  behindAppend: StageSummary;
  /** Updates per relay flush (one merged frame per socket) and per append (group commit). */
  relayBatch: StageSummary;
  appendBatch: StageSummary;
  /** Time inside the relay's emit (socket.io broadcast, the writes to every other socket), per flush. */
  relayEmit: StageSummary;
  relayFlushes: number;
  appends: number;
  /** Updates that waited for Redis (session) or PostgreSQL (editing right) before they were checked. */
  waitedForSession: number;
  waitedForRight: number;
  /** Updates handled and applied in the turn their frame arrived, without a promise in between (decision 259). */
  handledAtOnce: number;
  /** Sockets (summed over the flushes) whose packets engine.io still held after a relay flush: their previous write was still out. */
  relaySocketsHeld: number;
  /** Sockets of the room, summed over the flushes. */
  relaySockets: number;
  /** Relay frames written straight to a socket's WebSocket, past socket.io and engine.io (decision 287), summed over the flushes. */
  relaySocketsDirect: number;
  eventLoop: { p50: number; p99: number; max: number };
};

const US = 1000;

class Histogram {
  private readonly histogram: RecordableHistogram = createHistogram();
  /** Records a value in ms (kept in µs; the histogram takes integers of at least 1). */
  recordMs(ms: number): void {
    this.histogram.record(Math.max(1, Math.round(ms * US)));
  }
  /** Records a count as it is. */
  recordCount(value: number): void {
    this.histogram.record(Math.max(1, Math.round(value)));
  }
  reset(): void {
    this.histogram.reset();
  }
  summary(stage: string, scale = US): StageSummary {
    const count = this.histogram.count;
    const at = (value: number) => (count ? value / scale : 0);
    return {
      stage,
      count,
      p50: at(this.histogram.percentile(50)),
      p99: at(this.histogram.percentile(99)),
      max: at(this.histogram.max),
    };
  }
}

export class CollabTracer {
  private readonly stages = TRACE_STAGES.map(() => new Histogram());
  private readonly behindAppend = new Histogram();
  private readonly relayBatch = new Histogram();
  private readonly appendBatch = new Histogram();
  private readonly relayEmit = new Histogram();
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 1 });
  private windowStart = performance.now();
  private updates = 0;
  private relayFlushes = 0;
  private appends = 0;
  private waitedForSession = 0;
  private waitedForRight = 0;
  private handledAtOnce = 0;
  private relaySocketsHeld = 0;
  private relaySockets = 0;
  private relaySocketsDirect = 0;

  constructor() {
    this.loop.enable();
  }

  /** A new update record, stamped as received now. */
  begin(): UpdateTrace {
    return { received: performance.now() };
  }

  /** Records what the update went through; stamps it acknowledged now when `acked`. */
  finish(trace: UpdateTrace, acked: boolean): void {
    if (acked) trace.acked = performance.now();
    this.updates += 1;
    if (trace.waitedFor === "session") this.waitedForSession += 1;
    if (trace.waitedFor === "right") this.waitedForRight += 1;
    if (trace.atOnce) this.handledAtOnce += 1;
    TRACE_STAGES.forEach(([, from, to], index) => {
      const start = trace[from];
      const end = trace[to];
      if (typeof start === "number" && typeof end === "number") this.stages[index]!.recordMs(end - start);
    });
    if (trace.behindAppend && trace.applied !== undefined && trace.appendStarted !== undefined)
      this.behindAppend.recordMs(trace.appendStarted - trace.applied);
  }

  /**
   * A relay flush: `updates` went out as one frame per socket; the emit took `emitMs`; `held` of the room's
   * `sockets` had packets waiting in engine.io after it; `direct` frames were written straight to a WebSocket.
   */
  relayed(updates: number, emitMs: number, sockets: number, held: number, direct = 0): void {
    this.relayFlushes += 1;
    this.relayBatch.recordCount(updates);
    this.relayEmit.recordMs(emitMs);
    this.relaySockets += sockets;
    this.relaySocketsHeld += held;
    this.relaySocketsDirect += direct;
  }

  /** An append of `updates` started. */
  appendStarted(updates: number): void {
    this.appends += 1;
    this.appendBatch.recordCount(updates);
  }

  reset(): void {
    for (const histogram of [...this.stages, this.behindAppend, this.relayBatch, this.appendBatch, this.relayEmit]) histogram.reset();
    this.loop.reset();
    this.windowStart = performance.now();
    this.updates = 0;
    this.relayFlushes = 0;
    this.appends = 0;
    this.waitedForSession = 0;
    this.waitedForRight = 0;
    this.handledAtOnce = 0;
    this.relaySocketsHeld = 0;
    this.relaySockets = 0;
    this.relaySocketsDirect = 0;
  }

  summary(): TraceSummary {
    const ns = (value: number) => value / 1e6;
    return {
      windowMs: performance.now() - this.windowStart,
      updates: this.updates,
      stages: TRACE_STAGES.map(([name], index) => this.stages[index]!.summary(name)),
      behindAppend: this.behindAppend.summary("applied → append started, behind an append in flight"),
      relayBatch: this.relayBatch.summary("updates per relay flush", 1),
      appendBatch: this.appendBatch.summary("updates per append (group commit)", 1),
      relayEmit: this.relayEmit.summary("relay emit (broadcast writes), per flush"),
      relayFlushes: this.relayFlushes,
      appends: this.appends,
      waitedForSession: this.waitedForSession,
      waitedForRight: this.waitedForRight,
      handledAtOnce: this.handledAtOnce,
      relaySocketsHeld: this.relaySocketsHeld,
      relaySockets: this.relaySockets,
      relaySocketsDirect: this.relaySocketsDirect,
      eventLoop: { p50: ns(this.loop.percentile(50)), p99: ns(this.loop.percentile(99)), max: ns(this.loop.max) },
    };
  }

  /** Stops the event-loop monitor. */
  stop(): void {
    this.loop.disable();
  }
}

/** The tracer of this process: null unless COLLAB_TRACE=1 (then every call site is skipped). */
export let collabTrace: CollabTracer | null = null;

/** Turns tracing on (tests; COLLAB_TRACE=1 does it at start) and answers the bench over IPC. */
export function enableCollabTrace(): CollabTracer {
  collabTrace ??= new CollabTracer();
  return collabTrace;
}

/** Turns tracing off again (tests). */
export function disableCollabTrace(): void {
  collabTrace?.stop();
  collabTrace = null;
}

if (process.env.COLLAB_TRACE === "1") {
  const tracer = enableCollabTrace();
  if (process.send) {
    process.on("message", (message: { type?: string }) => {
      if (message?.type === "collab-trace-reset") tracer.reset();
      if (message?.type === "collab-trace") process.send?.({ type: "collab-trace", summary: tracer.summary() });
    });
  }
}
