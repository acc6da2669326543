/**
 * Counts the database round trips (SQL statements) made inside a piece of
 * work, for tests and development: Prisma's query events are attributed to
 * the work through AsyncLocalStorage, so concurrent requests do not mix.
 * Query events are only switched on outside production (server/db.ts); in
 * production `countRoundTrips` reports 0 statements.
 */
import { AsyncLocalStorage } from "node:async_hooks";

type Tally = { count: number; statements: string[] };

const current = new AsyncLocalStorage<Tally>();

/** Whether the Prisma client should emit query events (never in production). */
export function roundTripsCounted(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.DB_COUNT_ROUND_TRIPS === "1";
}

/** Called for every statement the Prisma client sends. */
export function recordStatement(sql: string): void {
  const tally = current.getStore();
  if (!tally) return;
  tally.count++;
  tally.statements.push(sql);
}

/** Runs `work` and tells how many statements it sent to PostgreSQL (and which). */
export async function countRoundTrips<T>(work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const tally: Tally = { count: 0, statements: [] };
  const result = await current.run(tally, work);
  return { result, count: tally.count, statements: tally.statements };
}
