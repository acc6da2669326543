/**
 * What discussion pages and sockets read. Every query starts from an access
 * check (server/discussions/access.ts); unread counts are computed in SQL
 * from the member's read markers.
 */
import { HISTORY_PAGE_SIZE, type MessageView, SYNC_BATCH_SIZE } from "~/shared/discussions.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import { AppError, forbidden } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { isModerator } from "../moderation/roles.ts";
import { loadChannel, loadCommunityForDiscussion, loadTopic, loadTopicWithFirstUnread } from "./access.ts";
import { messageRowById, messageWindow } from "./message-window.ts";
import { markRead, type SignedIn } from "./commands.ts";
import { can } from "./policy.ts";
import { isUnreadSql, readStateJoins } from "./unread.ts";
import { messageViewSelect, toMessageView } from "./views.ts";

type UnreadRow = { key: string; unread: number };

/** Unread messages (server/discussions/unread.ts) per channel, topic or community for one member. */
async function unreadBy(userId: string, groupBy: "channel" | "topic" | "community", filter: Prisma.Sql): Promise<Map<string, number>> {
  const key = groupBy === "channel" ? Prisma.sql`t."channelId"` : groupBy === "topic" ? Prisma.sql`t."id"` : Prisma.sql`t."communityId"`;
  const reader = Prisma.sql`${userId}`;
  const rows = await db().$queryRaw<UnreadRow[]>`
    SELECT ${key} AS "key", COUNT(m."id")::int AS "unread"
    FROM "Topic" t
    ${readStateJoins("t", reader)}
    JOIN "Message" m ON m."topicId" = t."id"
    WHERE t."deletedAt" IS NULL AND ${isUnreadSql("m", reader)} AND ${filter}
    GROUP BY ${key}`;
  return new Map(rows.map((row) => [row.key, row.unread]));
}

// One fixed text (decision 282): the unread rule of server/discussions/unread.ts for reader $1, in the
// communities $2 that the reader may read ($3: a moderator reads every community; otherwise an open one or
// one they belong to, as readableCommunityIds). Before, two statements: the readable ids, then the
// counts through Prisma with a new text for every number of communities.
const UNREAD_BY_COMMUNITY = Prisma.sql`/* prepared */ SELECT t."communityId" AS "key", COUNT(m."id")::int AS "unread"
  FROM "Topic" t
  ${readStateJoins("t", Prisma.raw("$1::text"))}
  JOIN "Message" m ON m."topicId" = t."id"
  WHERE t."deletedAt" IS NULL AND ${isUnreadSql("m", Prisma.raw("$1::text"))} AND t."communityId" = ANY($2::text[])
    AND ($3::boolean OR EXISTS (SELECT 1 FROM "Community" c WHERE c."id" = t."communityId" AND c."accessMode"::text = 'OPEN')
      OR EXISTS (SELECT 1 FROM "Membership" rm WHERE rm."communityId" = t."communityId" AND rm."userId" = $1::text))
  GROUP BY t."communityId"`.sql;

/** Unread counts for the actor's communities (home page cards). Only communities they may read count. */
export async function unreadByCommunity(actor: Actor, communityIds: string[]): Promise<Record<string, number>> {
  if (!actor || communityIds.length === 0) return {};
  const rows = await directQuery<UnreadRow>(UNREAD_BY_COMMUNITY, [actor.id, communityIds, isModerator(actor)]);
  return Object.fromEntries(rows.map((row) => [row.key, row.unread]));
}

export async function channelList(actor: Actor, communitySlug: string) {
  const { community, permissions } = await loadCommunityForDiscussion(actor, { slug: communitySlug });
  const channels = await db().channel.findMany({
    where: { communityId: community.id },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      _count: { select: { topics: { where: { deletedAt: null } } } },
      topics: { where: { deletedAt: null }, orderBy: { lastMessageAt: "desc" }, take: 1, select: { lastMessageAt: true } },
    },
  });
  const unread = actor ? await unreadBy(actor.id, "channel", Prisma.sql`t."communityId" = ${community.id}`) : new Map<string, number>();
  return {
    community,
    permissions,
    channels: channels.map((channel) => ({
      id: channel.id,
      slug: channel.slug,
      name: channel.name,
      description: channel.description,
      topicCount: channel._count.topics,
      lastActivityAt: channel.topics[0]?.lastMessageAt.toISOString() ?? null,
      unread: unread.get(channel.id) ?? 0,
    })),
  };
}

export const TOPICS_PAGE_SIZE = 30;

export async function topicList(actor: Actor, communitySlug: string, channelSlug: string, page = 1) {
  const { community, permissions, channel } = await loadChannel(actor, communitySlug, channelSlug);
  // Hidden topics (moderation) stay listed for their author and the community's moderators only.
  const where = {
    channelId: channel.id,
    deletedAt: null,
    ...(permissions.moderate ? {} : { OR: [{ hiddenAt: null }, ...(actor ? [{ authorId: actor.id }] : [])] }),
  };
  const current = Math.max(1, Math.min(page, 10_000));
  const [total, topics] = await Promise.all([
    db().topic.count({ where }),
    db().topic.findMany({
      where,
      orderBy: [{ pinned: "desc" }, { lastMessageAt: "desc" }, { id: "asc" }],
      skip: (current - 1) * TOPICS_PAGE_SIZE,
      take: TOPICS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        pinned: true,
        locked: true,
        solvedMessageId: true,
        lastSeq: true,
        lastMessageAt: true,
        createdAt: true,
        hiddenAt: true,
        author: { select: { id: true, displayName: true } },
        _count: { select: { messages: { where: { deletedAt: null } } } },
      },
    }),
  ]);
  const ids = topics.map((t) => t.id);
  const unread =
    actor && ids.length ? await unreadBy(actor.id, "topic", Prisma.sql`t."id" IN (${Prisma.join(ids)})`) : new Map<string, number>();
  return {
    community,
    permissions,
    channel,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / TOPICS_PAGE_SIZE)),
    topics: topics.map((topic) => ({
      id: topic.id,
      title: topic.title,
      pinned: topic.pinned,
      locked: topic.locked,
      solved: topic.solvedMessageId !== null,
      lastSeq: topic.lastSeq,
      messageCount: topic._count.messages,
      lastMessageAt: topic.lastMessageAt.toISOString(),
      createdAt: topic.createdAt.toISOString(),
      author: topic.author,
      unread: unread.get(topic.id) ?? 0,
      hidden: topic.hiddenAt !== null,
    })),
  };
}

/**
 * Where the page opens, and `editing`: the member's own message whose Lexical state the page needs for its edit
 * form. Every other message goes without it (decision 282): the page shows the HTML, and the state was a
 * third copy of each body in the page's data, serialised twice (the data handoff and nothing else reads it).
 */
export type TopicWindow = { before?: number; from?: number; editing?: string | null };

/**
 * A topic page: a window of at most HISTORY_PAGE_SIZE messages. Without a
 * position it opens at the first unread message (with a little context), or
 * at the newest messages. Loading the page marks what it shows as read.
 */
export async function topicPage(actor: SignedIn, communitySlug: string, channelSlug: string, topicId: string, window: TopicWindow = {}) {
  // The topic, the checks and the reader's first unread message in one statement (decision 315); the window
  // on pg directly, in the shape messageViewSelect gives (decision 218).
  const { topic, community, permissions, firstUnreadSeq } = await loadTopicWithFirstUnread(actor, topicId);
  if (community.slug !== communitySlug || topic.channel.slug !== channelSlug)
    return { redirect: `/communities/${community.slug}/discussies/${topic.channel.slug}/${topic.id}` } as const;
  // Read up to here: what comes before the first unread message (written before joining, their own, or seen).
  const lastRead = firstUnreadSeq === null ? topic.lastSeq : firstUnreadSeq - 1;

  let rows;
  if (window.before !== undefined) {
    rows = await messageWindow(topicId, { before: window.before }, HISTORY_PAGE_SIZE);
  } else {
    const from =
      window.from ??
      (firstUnreadSeq !== null && topic.lastSeq - firstUnreadSeq >= HISTORY_PAGE_SIZE - 3 ? Math.max(1, firstUnreadSeq - 3) : undefined);
    rows = await messageWindow(topicId, from !== undefined ? { from } : "latest", HISTORY_PAGE_SIZE);
  }
  const messages = rows.map((row) => toMessageView(row, actor.id, row.id === window.editing && row.author?.id === actor.id));
  const firstSeq = messages[0]?.seq ?? 0;
  const lastShown = messages.at(-1)?.seq ?? 0;
  if (lastShown > lastRead) await markRead(actor, topicId, lastShown);
  // The answer is often on the page already: no second read of it then.
  const solved = topic.solvedMessageId
    ? (messages.find((message) => message.id === topic.solvedMessageId) ??
      (await messageRowById(topic.solvedMessageId).then((row) => (row ? toMessageView(row, actor.id, false) : null))))
    : null;
  const state = { authorId: topic.authorId, locked: topic.locked, deletedAt: topic.deletedAt, hiddenAt: topic.hiddenAt };
  return {
    community,
    channel: topic.channel,
    topic: {
      id: topic.id,
      title: topic.title,
      authorId: topic.authorId,
      pinned: topic.pinned,
      locked: topic.locked,
      solvedMessageId: topic.solvedMessageId,
      lastSeq: topic.lastSeq,
      createdAt: topic.createdAt.toISOString(),
      updatedAt: topic.updatedAt.toISOString(),
      hiddenReason: topic.hiddenAt ? topic.hiddenReason : null,
    },
    permissions: {
      ...permissions,
      canPost: can(actor, permissions, "post", state),
      canSolve: can(actor, permissions, "solve", state),
      canRename: can(actor, permissions, "renameTopic", state),
    },
    messages,
    solved,
    hasEarlier: firstSeq > 1,
    hasLater: lastShown < topic.lastSeq,
    firstUnreadSeq,
    lastReadBefore: lastRead,
  };
}

/** Messages after a sequence number, for a reconnecting client (nothing lost, nothing doubled). */
export async function messagesAfter(
  actor: Actor,
  topicId: string,
  afterSeq: number,
  limit = SYNC_BATCH_SIZE,
): Promise<{ messages: MessageView[]; lastSeq: number; more: boolean }> {
  const { topic } = await loadTopic(actor, topicId);
  const take = Math.max(1, Math.min(limit, SYNC_BATCH_SIZE));
  const rows = await db().message.findMany({
    where: { topicId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take,
    select: messageViewSelect,
  });
  const messages = rows.map((row) => toMessageView(row, actor?.id));
  const last = messages.at(-1)?.seq ?? afterSeq;
  return { messages, lastSeq: topic.lastSeq, more: last < topic.lastSeq };
}

/** Messages before a sequence number ("eerdere berichten"). */
export async function messagesBefore(actor: Actor, topicId: string, beforeSeq: number, limit = HISTORY_PAGE_SIZE) {
  await loadTopic(actor, topicId);
  const rows = await db().message.findMany({
    where: { topicId, seq: { lt: beforeSeq } },
    orderBy: { seq: "desc" },
    take: Math.min(limit, HISTORY_PAGE_SIZE),
    select: messageViewSelect,
  });
  const messages = rows.reverse().map((row) => toMessageView(row, actor?.id));
  return { messages, hasEarlier: (messages[0]?.seq ?? 1) > 1 };
}

/** Members to suggest after "@": people in the community whose name starts with (or contains) the query. */
export async function mentionCandidates(actor: Actor, communitySlug: string, query: string) {
  if (!actor) throw new AppError(401, "errors.unauthenticated");
  const { community, permissions } = await loadCommunityForDiscussion(actor, { slug: communitySlug });
  // Suggestions are for those who can write a mention (members, moderators): a reader of an open
  // community is no member and does not get its member list (issue 15, F16).
  if (!permissions.post && !permissions.moderate) throw forbidden();
  const q = query.trim().slice(0, 50);
  const rows = await db().membership.findMany({
    where: { communityId: community.id, ...(q ? { user: { displayName: { contains: q, mode: "insensitive" } } } : {}) },
    select: { user: { select: { id: true, displayName: true } } },
    orderBy: { user: { displayName: "asc" } },
    take: 8,
  });
  return rows.map((row) => row.user);
}
