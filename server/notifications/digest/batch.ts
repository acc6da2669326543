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

/** A request's fields (all but its position and `k`), made once per digest: every section sends them (decision 268). */
const requestJsonCache = new WeakMap<DigestContext, string>();

function requestJson(context: DigestContext): string {
  let json = requestJsonCache.get(context);
  if (json === undefined) {
    json = JSON.stringify({
      u: context.member.id,
      since: context.since.toISOString(),
      until: context.until.toISOString(),
      c: context.communities.map((c) => c.id),
      f: context.communities.filter((c) => c.role === "FACILITATOR").map((c) => c.id),
      t: [...new Set(context.communities.map((c) => c.themeId))],
      p: context.primary,
    }).slice(1, -1);
    requestJsonCache.set(context, json);
  }
  return json;
}

/**
 * The requests as an SQL row source with columns `i` (position in
 * `contexts`), `u` (member id), `since`, `until` (timestamps, UTC), `c` (the
 * digest's community ids), `f` (those the member facilitates), `t` (their
 * theme ids), `primary`, and `k` (whatever `extra` gives per request, e.g.
 * notification kinds).
 */
export function digestRequests(contexts: readonly DigestContext[], extra?: (context: DigestContext) => string[]): Prisma.Sql {
  const rows = contexts.map((context, i) => `{"i":${i},${requestJson(context)},"k":${extra ? JSON.stringify(extra(context)) : "[]"}}`);
  // Kept prepared (server/db.ts): every section's statement has this source, and its text never changes.
  return Prisma.sql`/* prepared */ SELECT r."i", r."u", r."since" AT TIME ZONE 'UTC' AS "since", r."until" AT TIME ZONE 'UTC' AS "until",
      r."c", r."f", r."t", r."p" AS "primary", r."k"
    FROM json_to_recordset(${`[${rows.join(",")}]`}::json)
      AS r("i" int, "u" text, "since" timestamptz, "until" timestamptz, "c" text[], "f" text[], "t" text[], "p" boolean, "k" text[])`;
}

/**
 * The CTEs `req` (the requests, as above) and `windows`: each distinct
 * (community, since, until) among the requests with the indexes of the
 * requests that share it, so a section reads a community's content once per
 * window however many members share it (decision 217). `communities` is the
 * request column the communities come from: "c" (member of) or "f" (facilitates).
 */
export function digestWindows(contexts: readonly DigestContext[], communities: "c" | "f"): Prisma.Sql {
  return Prisma.sql`req AS (${digestRequests(contexts)}), windows AS MATERIALIZED (
        SELECT rc."communityId", q."since", q."until", array_agg(q."i") AS "requests"
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
