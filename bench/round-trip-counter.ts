/**
 * Loaded into the digest bench's worker processes (`--import`): counts the
 * SQL statements the process sends (every pg `Client.query`, which Prisma's pg
 * adapter and raw pool queries both go through) and its Redis commands and
 * round trips (a pipeline or MULTI is one round trip however many commands it
 * holds). Answers `{ type: "round-trips" }` over IPC. Measuring code only: the
 * app never loads it.
 */
import { Redis } from "ioredis";
import pg from "pg";

const counts = { statements: 0, redisCommands: 0, redisRoundTrips: 0 };

/**
 * Statements by kind (the tables a statement names, in order) with the rows of
 * their batch: a json_to_recordset payload's objects, or an unnest's array length.
 */
const byKind = new Map<string, { statements: number; rows: number }>();
const kinds = new Map<string, string>();

function kindOf(text: string): string {
  let kind = kinds.get(text);
  if (kind === undefined) {
    const tables = [...new Set([...text.matchAll(/(?:FROM|JOIN|INTO|UPDATE)\s+"([A-Za-z]+)"/g)].map((m) => m[1]))];
    kind = `${text.trimStart().slice(0, 6)} ${tables.join(",")}`;
    kinds.set(text, kind);
  }
  return kind;
}

function rowsOf(values: unknown): number {
  if (!Array.isArray(values)) return 0;
  for (const value of values) {
    if (typeof value === "string" && value.startsWith('[{"i":')) return value.split('{"i":').length - 1;
    if (Array.isArray(value)) return value.length;
  }
  return 0;
}

const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  counts.statements++;
  const config = args[0] as { text?: string; values?: unknown } | string;
  const text = typeof config === "string" ? config : config?.text;
  if (text) {
    const kind = kindOf(text);
    const tally = byKind.get(kind) ?? { statements: 0, rows: 0 };
    tally.statements++;
    tally.rows += rowsOf(typeof config === "string" ? args[1] : config.values);
    byKind.set(kind, tally);
  }
  return query.apply(this, args);
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
