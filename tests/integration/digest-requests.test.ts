/**
 * The requests every digest section statement starts from (decision 307):
 * one typed array per column, unnested side by side, instead of JSON rows
 * taken apart by json_to_recordset; and the windows of a batch carry each
 * request's member, so no section joins back to the requests per content row.
 */
import { describe, expect, it } from "vitest";
import { directSql } from "../../server/db/direct.ts";
import { Prisma } from "../../server/generated/prisma/client.ts";
import { digestRequests, digestWindows, textArrayLiteral } from "../../server/notifications/digest/batch.ts";
import type { DigestContext } from "../../server/notifications/digest/types.ts";

/** Ids no real row has, but that an array literal must survive: quotes, backslashes, commas, braces, spaces, NULL. */
const AWKWARD = ['a"b', "c\\d", "e,f", "{g}", " h ", "NULL", "", "ë-ñ-日本"];

function context(i: number, communities: { id: string; themeId: string; role: "MEMBER" | "FACILITATOR" }[]): DigestContext {
  return {
    member: {
      id: `lid-${i}-${AWKWARD[i % AWKWARD.length]}`,
      email: `lid${i}@example.test`,
      displayName: `Lid ${i}`,
      globalRole: "MEMBER",
      language: "nl",
    },
    frequency: "WEEKLY",
    // One window per community: every request but the one without communities has the same since.
    since: new Date(Date.UTC(2026, 10, 30, 6, 0, 0, i === 1 ? 456 : 123)),
    until: new Date(Date.UTC(2026, 11, 7, 6, 0, 0, 0)),
    communities: communities.map((c) => ({ ...c, slug: c.id, name: c.id })),
    primary: i % 2 === 0,
    coveredKinds: [],
    preferences: {} as DigestContext["preferences"],
  };
}

const contexts = [
  context(0, [
    { id: AWKWARD[0]!, themeId: AWKWARD[1]!, role: "FACILITATOR" },
    { id: AWKWARD[2]!, themeId: AWKWARD[1]!, role: "MEMBER" },
  ]),
  context(1, []),
  context(2, [
    { id: AWKWARD[3]!, themeId: AWKWARD[4]!, role: "MEMBER" },
    { id: AWKWARD[5]!, themeId: AWKWARD[6]!, role: "FACILITATOR" },
    { id: AWKWARD[7]!, themeId: AWKWARD[7]!, role: "MEMBER" },
  ]),
  context(3, [{ id: AWKWARD[2]!, themeId: AWKWARD[1]!, role: "MEMBER" }]),
];

describe("digest requests", () => {
  it("go as one array literal per column and come back as the same rows, whatever the ids hold", async () => {
    const source = digestRequests(contexts, (c) => (c.primary ? ["mention", 'x"y'] : []));
    // No JSON document to take apart: each parameter is an array literal (one element per request).
    for (const value of source.values) expect(typeof value === "string" && value.startsWith("{")).toBe(true);
    expect(source.sql).not.toContain("json_to_recordset");
    const rows = await directSql<Record<string, unknown>>(Prisma.sql`SELECT * FROM (${source}) q ORDER BY q."i"`);
    expect(rows).toEqual(
      contexts.map((c, i) => ({
        i,
        u: c.member.id,
        since: c.since,
        until: c.until,
        c: c.communities.map((community) => community.id),
        f: c.communities.filter((community) => community.role === "FACILITATOR").map((community) => community.id),
        t: [...new Set(c.communities.map((community) => community.themeId))],
        primary: c.primary,
        k: c.primary ? ["mention", 'x"y'] : [],
      })),
    );
  });

  it("windows name each request's member beside its index, in the same order", async () => {
    const rows = await directSql<{ communityId: string; requests: number[]; members: string[] }>(
      Prisma.sql`WITH ${digestWindows(contexts, "c")} SELECT "communityId", "requests", "members" FROM windows ORDER BY "communityId"`,
    );
    const shared = rows.find((row) => row.communityId === AWKWARD[2]);
    expect(shared).toEqual({ communityId: AWKWARD[2], requests: [0, 3], members: [contexts[0]!.member.id, contexts[3]!.member.id] });
    for (const row of rows) expect(row.members).toEqual(row.requests.map((i) => contexts[i]!.member.id));
    expect(rows).toHaveLength(new Set(contexts.flatMap((c) => c.communities.map((community) => community.id))).size);
  });

  it("array literals quote and escape every element", () => {
    expect(textArrayLiteral([])).toBe("{}");
    expect(textArrayLiteral(['a"b', "c\\d", "e,f"])).toBe('{"a\\"b","c\\\\d","e,f"}');
  });

  it("are joined once per batch, and a batch that starts with the same request but holds others gets its own", () => {
    // Decision 314: the literals are kept with the first request, for exactly the same requests in the same order.
    const batch = digestRequests([...contexts]);
    expect(digestRequests([...contexts]).values).toEqual(batch.values);
    expect(digestRequests([...contexts]).values[0]).toBe(batch.values[0]);
    const other = [contexts[0]!, contexts[3]!];
    const otherValues = digestRequests(other).values;
    expect(otherValues[0]).toBe(textArrayLiteral(other.map((c) => c.member.id)));
    expect(digestRequests([contexts[0]!, contexts[2]!]).values[0]).toBe(textArrayLiteral([contexts[0]!.member.id, contexts[2]!.member.id]));
    expect(digestRequests([...contexts].reverse()).values[0]).toBe(textArrayLiteral([...contexts].reverse().map((c) => c.member.id)));
  });
});
