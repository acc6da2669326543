import { type MessageView, REACTION_KEYS, type ReactionKey, type ReactionView, type TopicStateView } from "~/shared/discussions.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export const messageViewSelect = {
  id: true,
  topicId: true,
  seq: true,
  bodyJson: true,
  bodyHtml: true,
  bodyText: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  updatedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  author: { select: { id: true, displayName: true } },
  replyTo: { select: { id: true, seq: true, bodyText: true, deletedAt: true, hiddenAt: true, author: { select: { displayName: true } } } },
  reactions: { select: { emoji: true, userId: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.MessageSelect;

export type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageViewSelect }>;

export function reactionViews(rows: { emoji: string; userId: string }[]): ReactionView[] {
  const byEmoji = new Map<ReactionKey, string[]>();
  for (const row of rows) {
    if (!(REACTION_KEYS as string[]).includes(row.emoji)) continue;
    const list = byEmoji.get(row.emoji as ReactionKey) ?? [];
    list.push(row.userId);
    byEmoji.set(row.emoji as ReactionKey, list);
  }
  return REACTION_KEYS.filter((key) => byEmoji.has(key)).map((emoji) => ({
    emoji,
    count: byEmoji.get(emoji)!.length,
    userIds: byEmoji.get(emoji)!,
  }));
}

export const shorten = (text: string, length = 120) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
};

/** What a reply shows of the message it answers: nothing of a deleted or hidden one (decision 060), for every path that builds a view. */
export const replyExcerpt = (target: { bodyText: string; deletedAt: Date | null; hiddenAt: Date | null }) =>
  target.deletedAt || target.hiddenAt ? "" : shorten(target.bodyText);

/**
 * `viewerId`: the member who reads it; only the author of a hidden message learns the moderator's reason.
 * `withJson`: false leaves the Lexical state out (null): a page that edits none of its messages (decision 282).
 */
export function toMessageView(row: MessageRow, viewerId?: string | null, withJson = true): MessageView {
  const hidden = row.hiddenAt !== null && row.deletedAt === null;
  const deleted = row.deletedAt !== null || hidden;
  return {
    id: row.id,
    topicId: row.topicId,
    seq: row.seq,
    author: row.author ? { id: row.author.id, displayName: row.author.displayName } : null,
    html: deleted ? "" : row.bodyHtml,
    text: deleted ? "" : row.bodyText,
    json: deleted || !withJson ? null : JSON.stringify(row.bodyJson),
    replyTo: row.replyTo
      ? {
          id: row.replyTo.id,
          seq: row.replyTo.seq,
          authorName: row.replyTo.author?.displayName ?? null,
          excerpt: replyExcerpt(row.replyTo),
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    reactions: deleted ? [] : reactionViews(row.reactions),
    ...(hidden ? { hidden: true, hiddenReason: viewerId && row.author?.id === viewerId ? row.hiddenReason : null } : {}),
  };
}

export function toTopicState(topic: {
  id: string;
  title: string;
  pinned: boolean;
  locked: boolean;
  solvedMessageId: string | null;
  lastSeq: number;
  updatedAt: Date;
}): TopicStateView {
  return {
    id: topic.id,
    title: topic.title,
    pinned: topic.pinned,
    locked: topic.locked,
    solvedMessageId: topic.solvedMessageId,
    lastSeq: topic.lastSeq,
    updatedAt: topic.updatedAt.toISOString(),
  };
}
