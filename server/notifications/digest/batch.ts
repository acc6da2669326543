/**
 * Set-based digest sections (decisions 131 and 160): every section answers
 * many members' requests with one statement. Each request (member, window,
 * communities) is a row of `req`, made here the same way for every section;
 * a section joins its content to `req` and partitions per request.
 * Gathering one member is a batch of one, so there is one query per section.
 */
import { directSql } from "../../db/direct.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { DigestContext, DigestSection } from "./types.ts";

/** An element of a PostgreSQL array literal: quoted, `\` and `"` escaped (so any text stays itself). */
function arrayElement(value: string): string {
  // Ids rarely hold either character: the regular expression's replacement only when one does (decision 314).
  return value.includes("\\") || value.includes('"') ? `"${value.replace(/[\\"]/g, "\\$&")}"` : `"${value}"`;
}

/** A PostgreSQL array literal of text elements (`{"a","b"}`). */
export function textArrayLiteral(elements: readonly string[]): string {
  return `{${elements.map(arrayElement).join(",")}}`;
}

/**
 * An element of an array literal that holds a list as an array literal of its own
 * (`"{\"a\",\"b\"}"`): `arrayElement(textArrayLiteral(values))`, written in one go when no value
 * needs escaping (decision 314).
 */
function listElement(values: readonly string[]): string {
  if (!values.length) return '"{}"';
  for (const value of values) if (value.includes("\\") || value.includes('"')) return arrayElement(textArrayLiteral(values));
  return `"{\\"${values.join('\\",\\"')}\\"}"`;
}

/** A period bound as an array element: the members of a batch share their period, so the last one is kept. */
let lastBound: { time: number; element: string } = { time: Number.NaN, element: "" };
function boundElement(date: Date): string {
  const time = date.getTime();
  if (lastBound.time !== time) lastBound = { time, element: arrayElement(date.toISOString()) };
  return lastBound.element;
}

/**
 * A request's columns (all but its position and `k`) as elements of the
 * statement's array literals, made once per digest: every section sends them
 * (decisions 268 and 307).
 */
type RequestColumns = { u: string; since: string; until: string; c: string; f: string; t: string; p: string };
const requestColumnsCache = new WeakMap<DigestContext, RequestColumns>();

function requestColumns(context: DigestContext): RequestColumns {
  let columns = requestColumnsCache.get(context);
  if (columns === undefined) {
    columns = {
      u: arrayElement(context.member.id),
      since: boundElement(context.since),
      until: boundElement(context.until),
      c: listElement(context.communities.map((c) => c.id)),
      f: listElement(context.communities.filter((c) => c.role === "FACILITATOR").map((c) => c.id)),
      t: listElement([...new Set(context.communities.map((c) => c.themeId))]),
      p: context.primary ? "t" : "f",
    };
    requestColumnsCache.set(context, columns);
  }
  return columns;
}

/**
 * The requests as an SQL row source with columns `i` (position in
 * `contexts`), `u` (member id), `since`, `until` (timestamps, UTC), `c` (the
 * digest's community ids), `f` (those the member facilitates), `t` (their
 * theme ids), `primary`, and `k` (whatever `extra` gives per request, e.g.
 * notification kinds).
 *
 * Each column is one array parameter, unnested side by side (decision 307);
 * the per-request lists (`c`, `f`, `t`, `k`) travel as one array literal per
 * request, cast as the row is made. `json_to_recordset` over JSON rows gave the
 * same rows for about twice PostgreSQL's CPU, in every section's statement.
 * The parameters are the array literals themselves, joined from elements made
 * once per digest: handing pg JavaScript arrays made it quote every element
 * again for every statement.
 */
export function digestRequests(contexts: readonly DigestContext[], extra?: (context: DigestContext) => string[]): Prisma.Sql {
  const literals = requestLiterals(contexts);
  const kinds = extra ? `{${contexts.map((context) => listElement(extra(context))).join(",")}}` : literals.none;
  // Kept prepared (server/db.ts): every section's statement has this source, and its text never changes.
  return Prisma.sql`/* prepared */ SELECT (r."o" - 1)::int AS "i", r."u", r."since" AT TIME ZONE 'UTC' AS "since",
      r."until" AT TIME ZONE 'UTC' AS "until", r."c"::text[] AS "c", r."f"::text[] AS "f", r."t"::text[] AS "t",
      r."p" AS "primary", r."k"::text[] AS "k"
    FROM unnest(${literals.u}::text[], ${literals.since}::timestamptz[], ${literals.until}::timestamptz[], ${literals.c}::text[],
      ${literals.f}::text[], ${literals.t}::text[], ${literals.p}::boolean[], ${kinds}::text[])
      WITH ORDINALITY AS r("u", "since", "until", "c", "f", "t", "p", "k", "o")`;
}

/**
 * The request columns' array literals of one batch, joined once for all its
 * sections (decision 314): each section's statement gets the batch's requests
 * (in an array of its own, from its DataLoader, but the same requests in the
 * same order), and joining the seven literals again for each statement was
 * most of what decision 307 added to the worker's CPU per digest. Kept with
 * the first request and reused only for an array holding the very same
 * requests in the same order. `none` is the `k` column of a section without
 * extra values.
 */
type RequestLiterals = RequestColumns & { none: string };
const requestLiteralsCache = new WeakMap<DigestContext, { contexts: readonly DigestContext[]; literals: RequestLiterals }>();

function sameRequests(a: readonly DigestContext[], b: readonly DigestContext[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function requestLiterals(contexts: readonly DigestContext[]): RequestLiterals {
  const first = contexts[0];
  const cached = first && requestLiteralsCache.get(first);
  if (cached && sameRequests(cached.contexts, contexts)) return cached.literals;
  const columns = contexts.map(requestColumns);
  const literal = (key: keyof RequestColumns) => `{${columns.map((column) => column[key]).join(",")}}`;
  const literals = {
    u: literal("u"),
    since: literal("since"),
    until: literal("until"),
    c: literal("c"),
    f: literal("f"),
    t: literal("t"),
    p: literal("p"),
    none: `{${contexts.map(() => '"{}"').join(",")}}`,
  };
  if (first) requestLiteralsCache.set(first, { contexts: [...contexts], literals });
  return literals;
}

/**
 * The CTEs `req` (the requests, as above) and `windows`: each distinct
 * (community, since, until) among the requests with the indexes of the
 * requests that share it (`requests`) and their members (`members`, in the
 * same order), so a section reads a community's content once per window
 * however many members share it (decision 217) and needs no join back to
 * `req` for who each request is (decision 307: PostgreSQL cannot know how
 * many requests an array parameter holds, and a plan that guesses few scans
 * `req` once per content row). `communities` is the request column the
 * communities come from: "c" (member of) or "f" (facilitates).
 */
export function digestWindows(contexts: readonly DigestContext[], communities: "c" | "f"): Prisma.Sql {
  return Prisma.sql`req AS (${digestRequests(contexts)}), windows AS MATERIALIZED (
        SELECT rc."communityId", q."since", q."until", array_agg(q."i" ORDER BY q."i") AS "requests",
          array_agg(q."u" ORDER BY q."i") AS "members"
        FROM req q CROSS JOIN LATERAL unnest(${Prisma.raw(`q."${communities}"`)}) AS rc("communityId")
        GROUP BY 1, 2, 3
      )`;
}

/**
 * A section's statement runs on pg directly, beside Prisma (decisions 193 and
 * 217): through `$queryRaw` the request pipeline and the parameter and result
 * mapping cost the worker more CPU than PostgreSQL spent on the query.
 */
export const digestQuery = directSql;

/** Rows tagged with their request's position, split per request (in row order). */
export function perRequest<Row extends { index: number }>(count: number, rows: readonly Row[]): Omit<Row, "index">[][] {
  const result: Omit<Row, "index">[][] = Array.from({ length: count }, () => []);
  for (const { index, ...row } of rows) result[index]!.push(row);
  return result;
}

/**
 * Runs `run` once per group of requests that share the same SQL fragment
 * (an adapter's readableSql for the member: in practice one group, since a
 * member's digest viewer differs only in who they are, which today's rules
 * do not look at) and puts the answers back in request order.
 */
export async function byFragment<Item>(
  contexts: readonly DigestContext[],
  fragment: (context: DigestContext) => Prisma.Sql,
  run: (group: DigestContext[], fragment: Prisma.Sql) => Promise<Item[][]>,
): Promise<Item[][]> {
  const groups = new Map<string, { fragment: Prisma.Sql; positions: number[] }>();
  contexts.forEach((context, position) => {
    const sql = fragment(context);
    const key = `${sql.sql}\u0000${JSON.stringify(sql.values)}`;
    const group = groups.get(key) ?? { fragment: sql, positions: [] };
    group.positions.push(position);
    groups.set(key, group);
  });
  const result: Item[][] = contexts.map(() => []);
  for (const group of groups.values()) {
    const answers = await run(
      group.positions.map((position) => contexts[position]!),
      group.fragment,
    );
    group.positions.forEach((position, k) => (result[position] = answers[k]!));
  }
  return result;
}

/** Only the requests `keep` accepts go to `run`; the others get nothing. */
export async function onlyFor<Item>(
  contexts: readonly DigestContext[],
  keep: (context: DigestContext) => boolean,
  run: (kept: DigestContext[]) => Promise<Item[][]>,
): Promise<Item[][]> {
  const positions = contexts.flatMap((context, position) => (keep(context) ? [position] : []));
  const result: Item[][] = contexts.map(() => []);
  if (!positions.length) return result;
  const answers = await run(positions.map((position) => contexts[position]!));
  positions.forEach((position, k) => (result[position] = answers[k]!));
  return result;
}

type SetBasedSection<Item> = Omit<DigestSection<Item>, "gather" | "gatherMany"> & {
  gatherMany(contexts: DigestContext[]): Promise<Item[][]>;
};

/** A section whose one query is set-based: gathering one member is a batch of one. */
export function setBased<Item>(
  section: SetBasedSection<Item>,
): DigestSection<Item> & { gatherMany(contexts: DigestContext[]): Promise<Item[][]> } {
  return { ...section, gather: async (context) => (await section.gatherMany([context]))[0]! };
}
