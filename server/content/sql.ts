/**
 * SQL helpers for adapters' fragments: a column of a table alias, and the
 * constant conditions. Aliases are checked (they are spliced in raw).
 */
import { Prisma } from "../generated/prisma/client.ts";

const ALIAS = /^[a-z_][a-z0-9_]*$/i;

/** `alias."column"` as raw SQL (both checked). */
export function col(alias: string, column: string): Prisma.Sql {
  if (!ALIAS.test(alias) || !ALIAS.test(column)) throw new Error(`bad SQL name ${alias}.${column}`);
  return Prisma.raw(`${alias}."${column}"`);
}

/** Joins conditions with AND (TRUE for none). */
export function and(...parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length
    ? Prisma.join(
        parts.map((part) => Prisma.sql`(${part})`),
        " AND ",
      )
    : TRUE;
}

export const TRUE = Prisma.sql`TRUE`;
export const FALSE = Prisma.sql`FALSE`;

/** `alias."column" = ANY(ids)`; FALSE for no ids (nothing readable). */
export function inIds(alias: string, column: string, ids: readonly string[]): Prisma.Sql {
  return ids.length ? Prisma.sql`${col(alias, column)} = ANY(${[...ids]}::text[])` : FALSE;
}

/** A short plain-text excerpt. */
export function excerpt(text: string, length = 400): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/** `alias."column" IS NULL`. */
export function isNull(alias: string, column: string): Prisma.Sql {
  return Prisma.sql`${col(alias, column)} IS NULL`;
}
