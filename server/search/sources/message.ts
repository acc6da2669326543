/**
 * Replies in discussions (every message after the opening one, which is part
 * of its topic's document). The title is the start of the message itself, not
 * the topic title: otherwise a search for a topic's title would list each of
 * its replies as a title match (docs/decisions/080). Readers of the community
 * only; deleted messages and messages of deleted topics are removed.
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";
import { listedWhere, visibilityOf } from "./registry.ts";

const TITLE_WORDS = 80;

/** Replies the message adapter lists (not deleted or hidden, in topics that are neither). */
const indexable = async (): Promise<Prisma.MessageWhereInput> => ({
  AND: [{ seq: { gt: 1 } }, await listedWhere<Prisma.MessageWhereInput>("message")],
});

const select = {
  id: true,
  seq: true,
  bodyText: true,
  createdAt: true,
  updatedAt: true,
  topic: {
    select: {
      id: true,
      title: true,
      communityId: true,
      channel: { select: { slug: true } },
      community: { select: { slug: true, themeId: true } },
    },
  },
} as const;

/** The first words of a message, cut at a word boundary. */
export function messageTitle(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= TITLE_WORDS) return flat;
  const cut = flat.slice(0, TITLE_WORDS);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

async function versionsWhere(where: Prisma.MessageWhereInput, take?: number): Promise<SourceVersion[]> {
  const rows = await db().message.findMany({
    where: { AND: [await indexable(), where] },
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map((row) => ({ id: row.id, version: row.updatedAt.getTime() }));
}

export const messageSource: SearchSource = {
  kind: "message",

  async load(ids) {
    const rows = await db().message.findMany({ where: { AND: [{ id: { in: ids } }, await indexable()] }, select });
    const visibility = await visibilityOf("message", ids);
    return rows.map((row): SearchDocument => ({
      kind: "message",
      recordId: row.id,
      title: messageTitle(row.bodyText) || row.topic.title,
      body: row.bodyText,
      url: paths.message({
        communitySlug: row.topic.community.slug,
        channelSlug: row.topic.channel.slug,
        topicId: row.topic.id,
        seq: row.seq,
      }),
      communityId: row.topic.communityId,
      themeId: row.topic.community.themeId,
      evidenceLevel: null,
      accessCommunityId: row.topic.communityId,
      visibility: visibility(row.id),
      date: row.createdAt,
      version: row.updatedAt.getTime(),
    }));
  },

  list(afterId, limit) {
    return versionsWhere(afterId ? { id: { gt: afterId } } : {}, limit);
  },

  async count() {
    return db().message.count({ where: await indexable() });
  },

  versions(ids) {
    return versionsWhere({ id: { in: ids } });
  },

  triggers: {
    "message.created": ({ messageId, seq }) => (seq > 1 ? [messageId] : []),
    "message.updated": ({ messageId, seq }) => (seq > 1 ? [messageId] : []),
    "message.deleted": ({ messageId, seq }) => (seq > 1 ? [messageId] : []),
    // A deleted topic takes its replies out of the index.
    "topic.deleted": async ({ topicId }) =>
      (await db().message.findMany({ where: { topicId, seq: { gt: 1 } }, select: { id: true } })).map((row) => row.id),
    // Account deletion: their emptied replies, others' replies whose mention of them was rewritten,
    // and the replies in topics that were deleted with them (decision 066).
    "moderation.action": async ({ targetKind, targetId }) => {
      if (targetKind === "MESSAGE") return [targetId];
      if (targetKind !== "TOPIC") return [];
      return (await db().message.findMany({ where: { topicId: targetId, seq: { gt: 1 } }, select: { id: true } })).map((row) => row.id);
    },
    "user.deleted": async ({ messageIds, topicIds }) => {
      const rows = await db().message.findMany({
        where: { seq: { gt: 1 }, OR: [{ id: { in: messageIds } }, { topicId: { in: topicIds } }] },
        select: { id: true },
      });
      return rows.map((row) => row.id);
    },
  },
};
