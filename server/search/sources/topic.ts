/**
 * Discussion topics: the title and the opening message (seq 1). Only readers
 * of the topic's community find it (accessCommunityId), and only logged-in
 * members (visibility "members"), as discussions are never public. Replies are
 * indexed as messages (sources/message.ts).
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";
import { listedWhere, visibilityOf } from "./registry.ts";

/** Listed topics (the topic adapter: not deleted, not hidden); a hidden opening message leaves the body out (the message adapter). */
const indexable = () => listedWhere<Prisma.TopicWhereInput>("topic");
/**
 * The opening message in any state, for the version: hiding or deleting it moves its updatedAt
 * forward. Read through the message adapter only, a hidden opening message dropped out of the
 * version, which went back to the topic row's older updatedAt; the index keeps the newer version
 * it has, so the hidden text stayed findable in the topic's snippet (walk 18, decision 320).
 */
const OPENING = { where: { seq: 1 }, select: { id: true, updatedAt: true }, take: 1 } as const;

/** Topic rows move with every new message (lastSeq); the document only changes with the title or the opening message. */
function versionOf(row: { updatedAt: Date; messages: { updatedAt: Date }[] }): number {
  return Math.max(row.updatedAt.getTime(), row.messages[0]?.updatedAt.getTime() ?? 0);
}

/** The bodies of those opening messages the message adapter lists (not hidden, not deleted). */
async function listedOpeningBodies(messageIds: string[]): Promise<Map<string, string>> {
  if (messageIds.length === 0) return new Map();
  const rows = await db().message.findMany({
    where: { AND: [{ id: { in: messageIds } }, await listedWhere<Prisma.MessageWhereInput>("message")] },
    select: { id: true, bodyText: true },
  });
  return new Map(rows.map((row) => [row.id, row.bodyText]));
}

async function versionsWhere(where: Prisma.TopicWhereInput, take?: number): Promise<SourceVersion[]> {
  const rows = await db().topic.findMany({
    where: { AND: [await indexable(), where] },
    select: { id: true, updatedAt: true, messages: OPENING },
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map((row) => ({ id: row.id, version: versionOf(row) }));
}

export const topicSource: SearchSource = {
  kind: "topic",

  async load(ids) {
    const rows = await db().topic.findMany({
      where: { AND: [{ id: { in: ids } }, await indexable()] },
      select: {
        id: true,
        title: true,
        communityId: true,
        createdAt: true,
        updatedAt: true,
        channel: { select: { slug: true } },
        community: { select: { slug: true, themeId: true } },
        messages: OPENING,
      },
    });
    const bodies = await listedOpeningBodies(rows.flatMap((row) => row.messages.map((message) => message.id)));
    const visibility = await visibilityOf("topic", ids);
    return rows.map((row): SearchDocument => ({
      kind: "topic",
      recordId: row.id,
      title: row.title,
      body: (row.messages[0] && bodies.get(row.messages[0].id)) ?? "",
      url: paths.topic({ communitySlug: row.community.slug, channelSlug: row.channel.slug, topicId: row.id }),
      communityId: row.communityId,
      themeId: row.community.themeId,
      evidenceLevel: null,
      accessCommunityId: row.communityId,
      visibility: visibility(row.id),
      date: row.createdAt,
      version: versionOf(row),
    }));
  },

  list(afterId, limit) {
    return versionsWhere(afterId ? { id: { gt: afterId } } : {}, limit);
  },

  async count() {
    return db().topic.count({ where: await indexable() });
  },

  versions(ids) {
    return versionsWhere({ id: { in: ids } });
  },

  triggers: {
    "topic.created": ({ topicId }) => [topicId],
    "topic.updated": ({ topicId, changes }) => (changes.includes("title") ? [topicId] : []),
    "topic.deleted": ({ topicId }) => [topicId],
    // A new reply moves the topic row's updatedAt (its version): re-index so the sweep finds nothing stale.
    "message.created": ({ topicId, seq }) => (seq > 1 ? [topicId] : []),
    "message.updated": ({ topicId, seq }) => (seq === 1 ? [topicId] : []),
    "message.deleted": ({ topicId, seq }) => (seq === 1 ? [topicId] : []),
    // Account deletion: their topics (anonymised or deleted) and topics whose opening message
    // changed (emptied, or a mention of them rewritten), decision 066.
    "moderation.action": async ({ targetKind, targetId }) => {
      if (targetKind === "TOPIC") return [targetId];
      if (targetKind !== "MESSAGE") return [];
      const message = await db().message.findUnique({ where: { id: targetId }, select: { seq: true, topicId: true } });
      return message?.seq === 1 ? [message.topicId] : [];
    },
    "user.deleted": async ({ topicIds, messageIds }) => {
      const opening = await db().message.findMany({ where: { id: { in: messageIds }, seq: 1 }, select: { topicId: true } });
      return [...new Set([...topicIds, ...opening.map((row) => row.topicId)])];
    },
  },
};
