/**
 * The few statements on hot paths that skip Prisma's query engine
 * (decision 193): the topic with the access check and the send's
 * one-statement insert of a message, and the co-editing append (decision 187). They are hand-written SQL already; through Prisma's
 * `$queryRaw` each cost several times the CPU of the same query on pg (the
 * client's request pipeline, parameter and result mapping). They run on the
 * pool under the Prisma client (`sqlPool()`, decision 187); everything else
 * stays on Prisma. Both texts are fixed, so both stay prepared.
 *
 * Timestamps come back as Prisma reads them: `timestamp(3)` columns hold UTC
 * (pg's default would read them in the process's time zone).
 */
import pg from "pg";
import { sqlPool, statementName } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { recordStatement, roundTripsCounted } from "./round-trips.ts";

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;
const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE && format !== "binary"
      ? parseUtcTimestamp
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

let counting: boolean | undefined;

/**
 * Runs one parameterised statement ($1, $2, …) and returns its rows. A text
 * with PREPARED_MARKER stays prepared per connection (decision 181).
 */
export async function directQuery<Row extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<Row[]> {
  // Decided once per process, as the Prisma client's query events are (server/db.ts): reading
  // process.env on every co-editing append showed in its profile (decision 259).
  counting ??= roundTripsCounted();
  if (counting) recordStatement(text);
  return (await sqlPool().query<Row>({ name: statementName(text) || undefined, text, values, types })).rows;
}

/**
 * A tagged-template statement (`Prisma.sql`) run the same way: the digest
 * path's statements (decision 217) are built from Prisma.Sql fragments (the
 * content adapters' `listedSql`), whose `.text` has pg's `$n` parameters.
 * Rows come back as pg reads them: a bigint or numeric as a string (cast
 * counts to int), json parsed, timestamps as UTC Dates.
 */
export function directSql<Row extends pg.QueryResultRow>(sql: Prisma.Sql): Promise<Row[]> {
  return directQuery<Row>(sql.text, sql.values);
}
