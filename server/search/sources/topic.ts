/**
 * Discussion topics: the title and the opening message (seq 1). Only readers
 * of the topic's community find it (accessCommunityId), and only logged-in
 * members (visibility "members"), as discussions are never public. Replies are
 * indexed as messages (sources/message.ts).
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";

const select = {
  id: true,
  title: true,
  communityId: true,
  createdAt: true,
  updatedAt: true,
  channel: { select: { slug: true } },
  community: { select: { slug: true, themeId: true } },
  messages: { where: { seq: 1, deletedAt: null, hiddenAt: null }, select: { bodyText: true, updatedAt: true }, take: 1 },
} as const;

/** Not deleted, and not hidden by a moderator (a hidden opening message leaves the body out). */
const indexable = { deletedAt: null, hiddenAt: null } as const;

/** Topic rows move with every new message (lastSeq); the document only changes with the title or the opening message. */
function versionOf(row: { updatedAt: Date; messages: { updatedAt: Date }[] }): number {
  return Math.max(row.updatedAt.getTime(), row.messages[0]?.updatedAt.getTime() ?? 0);
}

async function versionsWhere(where: object, take?: number): Promise<SourceVersion[]> {
  const rows = await db().topic.findMany({
    where: { ...indexable, ...where },
    select: { id: true, updatedAt: true, messages: { where: { seq: 1, deletedAt: null, hiddenAt: null }, select: { updatedAt: true }, take: 1 } },
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map((row) => ({ id: row.id, version: versionOf(row) }));
}

export const topicSource: SearchSource = {
  kind: "topic",

  async load(ids) {
    const rows = await db().topic.findMany({ where: { id: { in: ids }, ...indexable }, select });
    return rows.map(
      (row): SearchDocument => ({
        kind: "topic",
        recordId: row.id,
        title: row.title,
        body: row.messages[0]?.bodyText ?? "",
        url: paths.topic({ communitySlug: row.community.slug, channelSlug: row.channel.slug, topicId: row.id }),
        communityId: row.communityId,
        themeId: row.community.themeId,
        evidenceLevel: null,
        accessCommunityId: row.communityId,
        visibility: "members",
        date: row.createdAt,
        version: versionOf(row),
      }),
    );
  },

  list(afterId, limit) {
    return versionsWhere(afterId ? { id: { gt: afterId } } : {}, limit);
  },

  count() {
    return db().topic.count({ where: indexable });
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
