/**
 * Loads a topic, channel or message together with the actor's discussion
 * permissions. Members are the hot path (one query); anyone else goes through
 * the full community context, so invite-only communities stay a 404 to outsiders.
 */
import { communityContextFor } from "../communities/access.ts";
import { type Actor, authorizeCommunity, type CommunityContext, communityPermissions } from "../communities/policy.ts";
import { db } from "../db.ts";
import { adaptiveBatch } from "../db/adaptive-batch.ts";
import { directQuery } from "../db/direct.ts";
import { AppError, notFound } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { type DiscussionPermissions, discussionPermissions } from "./policy.ts";
import { isUnreadSql, readStateJoins } from "./unread.ts";

type CommunityRow = {
  id: string;
  slug: string;
  name: string;
  accessMode: CommunityContext["accessMode"];
  memberships: { role: "MEMBER" | "FACILITATOR" }[];
};

const communitySelect = (actor: Actor) => ({
  id: true,
  slug: true,
  name: true,
  accessMode: true,
  memberships: { where: { userId: actor?.id ?? "" }, select: { role: true } },
});

export type CommunityRef = { id: string; slug: string; name: string; accessMode: CommunityContext["accessMode"] };

/** Checks that the actor may read the community's discussions: 404 when it may not be known, 403 otherwise. */
export async function discussionAccess(
  actor: Actor,
  community: CommunityRow | null,
): Promise<{ community: CommunityRef; permissions: DiscussionPermissions }> {
  if (!community) throw notFound();
  const role = community.memberships[0]?.role ?? null;
  const context: CommunityContext =
    actor && role ? { accessMode: community.accessMode, role } : await communityContextFor(actor, community);
  authorizeCommunity(actor, context, "read");
  const permissions = discussionPermissions(actor, communityPermissions(actor, context));
  const { memberships: _memberships, ...ref } = community;
  return { community: ref, permissions };
}

export async function loadCommunityForDiscussion(actor: Actor, where: { slug: string } | { id: string }) {
  const community = await db().community.findUnique({ where, select: communitySelect(actor) });
  return discussionAccess(actor, community);
}

type TopicRow = {
  id: string;
  title: string;
  channelId: string;
  communityId: string;
  authorId: string | null;
  pinned: boolean;
  locked: boolean;
  solvedMessageId: string | null;
  lastSeq: number;
  lastMessageAt: Date;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  channelSlug: string;
  channelName: string;
  communitySlug: string;
  communityName: string;
  accessMode: CommunityContext["accessMode"];
  role: "MEMBER" | "FACILITATOR" | null;
  existingMessageId: string | null;
};

const TOPIC_COLUMNS = `t."id", t."title", t."channelId", t."communityId", t."authorId", t."pinned", t."locked", t."solvedMessageId",
            t."lastSeq", t."lastMessageAt", t."createdAt", t."updatedAt", t."deletedAt", t."hiddenAt", t."hiddenReason",
            ch."slug" AS "channelSlug", ch."name" AS "channelName",
            c."slug" AS "communitySlug", c."name" AS "communityName", c."accessMode"::text AS "accessMode",
            mb."role"::text AS "role"`;

/**
 * A live (not deleted) topic with the actor's permissions; 404 when missing or
 * unreadable. One query (topic, channel, community and the actor's membership):
 * it is on the path of every send, join and sync. With `clientKey` (a send) the
 * same query also finds the actor's message already stored under that key, so
 * a retried send is recognised without a second round trip.
 */
export async function loadTopic(actor: Actor, topicId: string, options: { clientKey?: string | null } = {}) {
  const rows = await directQuery<TopicRow>(
    `/* prepared */ SELECT ${TOPIC_COLUMNS}, em."id" AS "existingMessageId"
     FROM "Topic" t
     JOIN "Channel" ch ON ch."id" = t."channelId"
     JOIN "Community" c ON c."id" = t."communityId"
     LEFT JOIN "Membership" mb ON mb."communityId" = c."id" AND mb."userId" = $2
     LEFT JOIN "Message" em ON em."topicId" = t."id" AND em."authorId" = $2 AND em."clientKey" = $3::text
     WHERE t."id" = $1`,
    [topicId, actor?.id ?? "", options.clientKey ?? null],
  );
  return topicAccess(actor, rows[0]);
}

// loadTopic's statement with the reader's first unread message (decision 270's rule, unread.ts) as one more
// column: the topic page needs both, one after the other (decision 315). One fixed text, prepared per connection.
const TOPIC_WITH_FIRST_UNREAD_SQL = Prisma.sql`/* prepared */ SELECT ${Prisma.raw(TOPIC_COLUMNS)}, NULL::text AS "existingMessageId",
       (SELECT min(m."seq") FROM "Message" m WHERE m."topicId" = t."id" AND ${isUnreadSql("m", Prisma.raw("$2::text"))}) AS "firstUnreadSeq"
     FROM "Topic" t
     JOIN "Channel" ch ON ch."id" = t."channelId"
     JOIN "Community" c ON c."id" = t."communityId"
     LEFT JOIN "Membership" mb ON mb."communityId" = c."id" AND mb."userId" = $2
     ${readStateJoins("t", Prisma.raw("$2::text"))}
     WHERE t."id" = $1`;
if (TOPIC_WITH_FIRST_UNREAD_SQL.values.length > 0) throw new Error("the topic page's statement takes its parameters as $1 and $2 only");
const TOPIC_WITH_FIRST_UNREAD = TOPIC_WITH_FIRST_UNREAD_SQL.text;

/**
 * loadTopic for the topic page: the same checks on the same row, and the reader's first unread message
 * (firstUnreadSeq of unread.ts) read in the same statement. The number is handed out only after the
 * checks passed, and it is about the reader's own reading.
 */
export async function loadTopicWithFirstUnread(actor: NonNullable<Actor>, topicId: string) {
  const rows = await directQuery<TopicRow & { firstUnreadSeq: number | null }>(TOPIC_WITH_FIRST_UNREAD, [topicId, actor.id]);
  const loaded = await topicAccess(actor, rows[0]);
  return { ...loaded, firstUnreadSeq: rows[0]!.firstUnreadSeq ?? null };
}

/**
 * loadTopic for a member's own write (a reply): when access is refused to someone who read this
 * topic before (their read marker) and is no longer a member, the refusal says so and names the
 * community (decision 295). They knew both already, so nothing leaks; anyone else keeps the generic
 * 403/404. A hidden or deleted topic keeps its own answer.
 */
export async function loadTopicToWrite(actor: NonNullable<Actor>, topicId: string, options: { clientKey?: string | null } = {}) {
  try {
    return await loadTopic(actor, topicId, options);
  } catch (error) {
    if (!(error instanceof AppError) || (error.status !== 403 && error.status !== 404)) throw error;
    await refuseFormerMember(actor, topicId);
    throw error;
  }
}

/**
 * Throws "Je bent geen lid meer van …" when the actor read this topic before (their read marker) and
 * is not a member of its community; returns otherwise. Also for an open community, which a former
 * member still reads (walk 17): its refusal said "Alleen leden van deze community kunnen meepraten."
 * There the marker tells nothing (every reader has one), so a removal must be on record (the audit
 * log's `membership.remove`, or a moderator's REMOVE_FROM_COMMUNITY); a reader who never was a member,
 * or who left by themselves, keeps "Alleen leden …", which is true for them.
 */
export async function refuseFormerMember(actor: NonNullable<Actor>, topicId: string): Promise<void> {
  const [former] = await directQuery<{ name: string; slug: string; accessMode: string }>(
    `/* prepared */ SELECT c."name", c."slug", c."accessMode"::text AS "accessMode" FROM "ReadMarker" r
     JOIN "Topic" t ON t."id" = r."topicId" AND t."deletedAt" IS NULL AND t."hiddenAt" IS NULL
     JOIN "Community" c ON c."id" = t."communityId"
     WHERE r."userId" = $1 AND r."topicId" = $2
       AND NOT EXISTS (SELECT 1 FROM "Membership" mb WHERE mb."communityId" = c."id" AND mb."userId" = $1)
       AND (c."accessMode" <> 'OPEN'
         OR EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."communityId" = c."id" AND a."action" = 'membership.remove' AND a."targetId" = $1)
         OR EXISTS (SELECT 1 FROM "ModerationAction" m
                     WHERE m."subjectId" = $1 AND m."kind" = 'REMOVE_FROM_COMMUNITY' AND m."communityId" = c."id"))`,
    [actor.id, topicId],
  );
  if (!former) return;
  // Where a page without JavaScript goes instead: the community's page says how to take part again;
  // an invite-only community has none for outsiders, so the list of communities.
  const to = former.accessMode === "INVITE_ONLY" ? "/communities" : `/communities/${former.slug}`;
  throw new AppError(403, "discussions.errors.noLongerMember", { params: { community: former.name }, to });
}

type TopicRequest = { topicId: string; userId: string };

/**
 * The rows of many topic joins in one prepared statement (decision 216): the
 * joins of a crowd arriving at once cost one round trip per batch. Each
 * request still reads its row (membership included) after it was made;
 * nothing is cached, so a membership ended or a topic hidden before the join
 * is read as such.
 */
const topicRows = adaptiveBatch<TopicRequest, TopicRow | undefined>(
  async (requests) => {
    const rows = await directQuery<TopicRow & { i: number }>(
      `/* prepared */ SELECT r."i"::int AS "i", ${TOPIC_COLUMNS}, NULL::text AS "existingMessageId"
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS r("topicId", "userId", "i")
       JOIN "Topic" t ON t."id" = r."topicId"
       JOIN "Channel" ch ON ch."id" = t."channelId"
       JOIN "Community" c ON c."id" = t."communityId"
       LEFT JOIN "Membership" mb ON mb."communityId" = c."id" AND mb."userId" = r."userId"`,
      [requests.map((request) => request.topicId), requests.map((request) => request.userId)],
    );
    const answers: (TopicRow | undefined)[] = requests.map(() => undefined);
    for (const { i, ...row } of rows) answers[i - 1] = row;
    return answers;
  },
  { maxInFlight: 2 },
);

/**
 * loadTopic for a socket's topic:join: the same answer for each actor (the
 * same row and the same checks), read in a batch with the other joins of
 * this turn.
 */
export async function loadTopicBatched(actor: NonNullable<Actor>, topicId: string) {
  return topicAccess(actor, await topicRows.load({ topicId, userId: actor.id }));
}

/** The checks of loadTopic on a row read (a missing, deleted or hidden topic, then the community's rules). */
async function topicAccess(actor: Actor, row: TopicRow | undefined) {
  if (!row || row.deletedAt) throw notFound();
  const { community, permissions } = await discussionAccess(actor, {
    id: row.communityId,
    slug: row.communitySlug,
    name: row.communityName,
    accessMode: row.accessMode,
    memberships: row.role ? [{ role: row.role }] : [],
  });
  // A topic hidden by moderation is gone for everyone but its author and the moderators.
  if (row.hiddenAt && !permissions.moderate && row.authorId !== actor?.id) throw notFound();
  const topic = {
    id: row.id,
    title: row.title,
    channelId: row.channelId,
    communityId: row.communityId,
    authorId: row.authorId,
    pinned: row.pinned,
    locked: row.locked,
    solvedMessageId: row.solvedMessageId,
    lastSeq: row.lastSeq,
    lastMessageAt: row.lastMessageAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt as Date | null,
    hiddenAt: row.hiddenAt,
    hiddenReason: row.hiddenReason,
    channel: { id: row.channelId, slug: row.channelSlug, name: row.channelName },
  };
  return { topic, community, permissions, existingMessageId: row.existingMessageId };
}
export type LoadedTopic = Awaited<ReturnType<typeof loadTopic>>;

/** A message with its topic and the actor's permissions. */
export async function loadMessage(actor: Actor, messageId: string) {
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: { id: true, topicId: true, seq: true, authorId: true, deletedAt: true, hiddenAt: true, bodyText: true },
  });
  if (!message) throw notFound();
  const loaded = await loadTopic(actor, message.topicId);
  return { ...loaded, message };
}

export async function loadChannel(actor: Actor, communitySlug: string, channelSlug: string) {
  const { community, permissions } = await loadCommunityForDiscussion(actor, { slug: communitySlug });
  const channel = await db().channel.findUnique({
    where: { communityId_slug: { communityId: community.id, slug: channelSlug } },
    select: { id: true, slug: true, name: true, description: true, position: true },
  });
  if (!channel) throw notFound();
  return { community, permissions, channel };
}
