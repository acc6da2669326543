/**
 * The one rule for "unread" (decision 270), used wherever unread messages are
 * counted or marked: the community cards, the channel and topic lists, the
 * topic page's first unread message and the digest's discussions section.
 *
 * A message is unread for a member when it comes after their read marker in its
 * topic, was written once they had joined the topic's community (what was there
 * before they joined counts as read), is not deleted and is not their own.
 * Someone who reads without a membership (an open community, a moderator) has
 * no join time: only the marker counts for them.
 */
import { col } from "../content/sql.ts";
import { directQuery } from "../db/direct.ts";
import { Prisma } from "../generated/prisma/client.ts";

/** LEFT JOINs the reader's read marker (`ur`) and membership (`um`) for the topic under alias `t`. */
export function readStateJoins(t: string, reader: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`LEFT JOIN "ReadMarker" ur ON ur."topicId" = ${col(t, "id")} AND ur."userId" = ${reader}
    LEFT JOIN "Membership" um ON um."communityId" = ${col(t, "communityId")} AND um."userId" = ${reader}`;
}

/** The message under alias `m` is unread for `reader` (needs readStateJoins of its topic). */
export function isUnreadSql(m: string, reader: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${col(m, "seq")} > COALESCE(ur."lastReadSeq", 0)
    AND ${col(m, "createdAt")} >= COALESCE(um."joinedAt", '-infinity'::timestamp)
    AND ${col(m, "deletedAt")} IS NULL
    AND ${col(m, "authorId")} IS DISTINCT FROM ${reader}`;
}

// One fixed text (user and topic travel as parameters), so it stays prepared per connection (decision 181).
const FIRST_UNREAD = Prisma.sql`/* prepared */ SELECT (
    SELECT min(m."seq") FROM "Message" m WHERE m."topicId" = t."id" AND ${isUnreadSql("m", Prisma.raw("$1::text"))}
  ) AS "seq"
  FROM "Topic" t ${readStateJoins("t", Prisma.raw("$1::text"))}
  WHERE t."id" = $2::text`.sql;

/** The first message of the topic that is unread for the member, or null when they have read it all. */
export async function firstUnreadSeq(userId: string, topicId: string): Promise<number | null> {
  const [row] = await directQuery<{ seq: number | null }>(FIRST_UNREAD, [userId, topicId]);
  return row?.seq ?? null;
}
