/**
 * Loaded into the digest bench's worker processes (`--import`): counts the
 * SQL statements the process sends (every pg `Client.query`, which Prisma's pg
 * adapter and raw pool queries both go through) and its Redis commands and
 * round trips (a pipeline or MULTI is one round trip however many commands it
 * holds). Answers `{ type: "round-trips" }` over IPC. Measuring code only: the
 * app never loads it.
 */
import { readFileSync } from "node:fs";
import { Redis } from "ioredis";
import pg from "pg";

const counts = { statements: 0, redisCommands: 0, redisRoundTrips: 0 };

/**
 * Statements by kind (the tables a statement names, in order) with the rows of
 * their batch: a json_to_recordset payload's objects, an unnest's array length, or the
 * elements of the first array literal among the values (the digest requests, decision 307).
 */
const byKind = new Map<string, { statements: number; rows: number; backendNs: number }>();

/**
 * With BENCH_BACKEND_CPU=1 each statement also adds the CPU its PostgreSQL
 * backend spent on it (same machine: /proc/<backend pid>/schedstat, in ns; a
 * connection runs one statement at a time, so the backend's CPU between
 * sending and the result is that statement's).
 */
const BACKEND_CPU = process.env.BENCH_BACKEND_CPU === "1";
function backendNs(pid: number | undefined): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return Number.NaN;
  }
}
const kinds = new Map<string, string>();

function kindOf(text: string): string {
  let kind = kinds.get(text);
  if (kind === undefined) {
    const tables = [...new Set([...text.matchAll(/(?:FROM|JOIN|INTO|UPDATE)\s+"([A-Za-z]+)"/g)].map((m) => m[1]))];
    kind = `${text.replace(/^\s*(?:\/\*[^*]*\*\/\s*)?/, "").slice(0, 6)} ${tables.join(",")}`;
    kinds.set(text, kind);
  }
  return kind;
}

/** The elements of an array literal's top level (`{"a","b,c"}` is 2), quotes and escapes respected. */
function literalLength(literal: string): number {
  if (literal === "{}") return 0;
  let count = 1;
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i];
    if (char === "\\") i++;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && char === "{") depth++;
    else if (!quoted && char === "}") depth--;
    else if (!quoted && depth === 1 && char === ",") count++;
  }
  return count;
}

function rowsOf(values: unknown): number {
  if (!Array.isArray(values)) return 0;
  for (const value of values) {
    if (typeof value === "string" && value.startsWith('[{"i":')) return value.split('{"i":').length - 1;
    // The digest requests' columns (decision 307): one array literal per column.
    if (typeof value === "string" && value.startsWith("{")) return literalLength(value);
    if (Array.isArray(value)) return value.length;
  }
  return 0;
}

const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  counts.statements++;
  const config = args[0] as { text?: string; values?: unknown } | string;
  const text = typeof config === "string" ? config : config?.text;
  if (!text) return query.apply(this, args);
  const kind = kindOf(text);
  const tally = byKind.get(kind) ?? { statements: 0, rows: 0, backendNs: 0 };
  tally.statements++;
  tally.rows += rowsOf(typeof config === "string" ? args[1] : config.values);
  byKind.set(kind, tally);
  const pid = (this as unknown as { processID?: number }).processID;
  if (!BACKEND_CPU || !pid) return query.apply(this, args);
  const before = backendNs(pid);
  const add = () => {
    const spent = backendNs(pid) - before;
    if (Number.isFinite(spent)) tally.backendNs += spent;
  };
  // pg-pool passes a callback; Prisma's adapter takes the promise.
  const last = args.length - 1;
  const callback = args[last];
  if (typeof callback === "function")
    args[last] = (...results: unknown[]) => {
      add();
      return (callback as (...r: unknown[]) => unknown)(...results);
    };
  const result = query.apply(this, args);
  if (result instanceof Promise) result.then(add, add);
  return result;
} as typeof pg.Client.prototype.query;

type Sender = (command: unknown, stream?: unknown, node?: unknown) => unknown;
const proto = Redis.prototype as unknown as { sendCommand: Sender; pipeline: (...args: unknown[]) => { exec: Sender } };
const sendCommand = proto.sendCommand;
proto.sendCommand = function (this: unknown, command: unknown, stream?: unknown, node?: unknown) {
  counts.redisCommands++;
  // A command written on its own is a round trip; one handed a stream belongs to a pipeline (counted at exec).
  if (!stream) counts.redisRoundTrips++;
  return sendCommand.call(this, command, stream, node);
};
const multiOrPipeline = (name: "pipeline" | "multi") => {
  const original = (Redis.prototype as unknown as Record<string, (...args: unknown[]) => { exec: Sender }>)[name]!;
  (Redis.prototype as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    const batch = original.apply(this, args);
    const exec = batch.exec;
    batch.exec = function (this: unknown, ...execArgs: unknown[]) {
      counts.redisRoundTrips++;
      return (exec as (...a: unknown[]) => unknown).apply(this, execArgs);
    } as Sender;
    return batch;
  };
};
multiOrPipeline("pipeline");
multiOrPipeline("multi");

process.on("message", (message: { type?: string }) => {
  if (message?.type === "round-trips") process.send?.({ type: "round-trips", ...counts });
  if (message?.type === "statement-kinds") process.send?.({ type: "statement-kinds", kinds: [...byKind] });
});
