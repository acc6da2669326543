import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { config } from "./config.ts";
import { errorFields, log } from "./logger.ts";
import { recordStatement, roundTripsCounted } from "./db/round-trips.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { forgetSingleton, peekSingleton, singleton } from "./singleton.ts";

export type { Prisma } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";

/**
 * Marks a hot raw statement whose text never changes (its data travel as
 * parameters, e.g. arrays or one JSON document): PostgreSQL keeps it prepared
 * per connection, so it is parsed and planned once instead of on every call
 * (decision 181). Write it literally in the SQL template: an interpolated
 * value would become a parameter, not part of the text.
 */
export const PREPARED_MARKER = "/* prepared */";

const statementNames = new Map<string, string>();

/**
 * Other statements become prepared once they have run HOT_AFTER times, up to
 * MAX_HOT texts per process (decision 211): the statements of the pages are
 * Prisma's, with a fixed text per query shape, and PostgreSQL planned each of
 * them on every page. The bounds keep texts that vary with their input (an IN
 * list of each length) from filling every connection with prepared statements.
 */
export const HOT_AFTER = 3;
export const MAX_HOT = 400;
const MAX_COUNTED = 1_000;
const seen = new Map<string, number>();
let hot = 0;

const nameOf = (sql: string) => `pp_${createHash("sha256").update(sql).digest("base64url").slice(0, 32)}`;

/** A name for a marked or hot statement (the same text always gets the same name); "" leaves the rest unnamed. */
export function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name) return name;
  if (sql.includes(PREPARED_MARKER)) {
    name = nameOf(sql);
    statementNames.set(sql, name);
    return name;
  }
  if (hot >= MAX_HOT) return "";
  const count = (seen.get(sql) ?? 0) + 1;
  if (count < HOT_AFTER) {
    if (seen.size < MAX_COUNTED || seen.has(sql)) seen.set(sql, count);
    return "";
  }
  seen.delete(sql);
  hot++;
  name = nameOf(sql);
  statementNames.set(sql, name);
  return name;
}

function createPool() {
  const pool = new pg.Pool({ connectionString: config().DATABASE_URL, max: 10 });
  // An idle connection that breaks (PostgreSQL restarting) must not take the process down; the pool opens a new one.
  pool.on("error", (error) => log.debug("database: idle connection closed", errorFields(error)));
  return pool;
}

function createClient() {
  const adapter = new PrismaPg(singleton("pg-pool", createPool), {
    disposeExternalPool: true,
    statementNameGenerator: (query) => statementName(query.sql),
  });
  // Query events feed the round-trip counter (server/db/round-trips.ts) outside production.
  const client = new PrismaClient({ adapter, log: roundTripsCounted() ? [{ emit: "event", level: "query" }] : [] });
  if (roundTripsCounted()) client.$on("query", (event) => recordStatement(event.query));
  return client;
}

export type Db = ReturnType<typeof createClient>;
/** What a function that may run inside or outside a transaction accepts. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** The one Prisma client of this process. */
export function db(): Db {
  return singleton("prisma", createClient);
}

/**
 * The connection pool under the Prisma client, for the few hot statements
 * that skip Prisma's query engine (the co-editing append, decision 187).
 */
export function sqlPool(): pg.Pool {
  db();
  return singleton("pg-pool", createPool);
}

/**
 * Loads Prisma's query compiler before the process takes traffic (decision
 * 247). Otherwise the first Prisma query of a web process pays for it inside
 * live traffic: a 4.5 MB module of base64 text read and decoded, a WebAssembly
 * module compiled synchronously, and its parameter graph built (about 34 MB
 * that then stays resident), all on the event loop, so every socket event and
 * request of those moments waits (in bench:realtime it fell on the first
 * message of the measured window). With the pg adapter `$connect` opens no
 * connection, so a database that is down does not stop the start; that is
 * logged and the first query tries again.
 */
export async function warmDb(): Promise<void> {
  await db()
    .$connect()
    .catch((error: unknown) => log.warn("database: query compiler not loaded at start", errorFields(error)));
}

export async function disconnectDb(): Promise<void> {
  const client = peekSingleton<Db>("prisma");
  const pool = peekSingleton<pg.Pool>("pg-pool");
  forgetSingleton("prisma");
  forgetSingleton("pg-pool");
  await client?.$disconnect();
  // Prisma ends the pool when it had connected; otherwise it is ours to end.
  if (pool && !pool.ended) await pool.end().catch(() => undefined);
}
