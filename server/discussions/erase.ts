/**
 * Erasing messages: the one way a message is removed, whoever removes it (its
 * author or a facilitator through `deleteMessage`, a moderator through the
 * message's content adapter, a member deleting their account with "remove").
 * The message keeps its place and number (topic sequences stay gap-free) and
 * shows "verwijderd"; its body, reactions and mentions go, and a topic whose
 * answer it was is no longer marked solved (announced as `topic.updated`).
 */
import { emit, type Tx } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { plainText, renderHtml, type RichTextState } from "../richtext/index.ts";
import { mentionHref } from "./body.ts";

/** How a mention of a deleted member reads in other members' messages (stored text is Dutch, like the content). */
export const FORMER_MEMBER_MENTION = "@voormalig lid";

export type ErasedMessages = {
  /** The messages erased now (not those deleted before). */
  messages: { id: string; topicId: string; seq: number; authorId: string | null }[];
  /** Topics whose answer was one of them. */
  unsolvedTopicIds: string[];
};

/**
 * Erases the messages matched by `which` that are not deleted yet, inside the
 * caller's transaction. `deletedById`: who did it (null for an account
 * deletion); `actorId` of the `topic.updated` events: the member who acted, or
 * null when moderation or the system did (moderation announces itself).
 */
export async function eraseMessages(
  tx: Tx,
  which: { ids: string[] } | { authorId: string },
  by: { deletedById: string | null; actorId: string | null },
  now = new Date(),
): Promise<ErasedMessages> {
  const where = "ids" in which ? { id: { in: which.ids } } : { authorId: which.authorId };
  const messages = await tx.message.findMany({
    where: { ...where, deletedAt: null },
    select: { id: true, topicId: true, seq: true, authorId: true },
  });
  if (!messages.length) return { messages, unsolvedTopicIds: [] };
  const ids = messages.map((message) => message.id);
  await tx.message.updateMany({
    where: { id: { in: ids }, deletedAt: null },
    data: { deletedAt: now, deletedById: by.deletedById, bodyJson: {}, bodyHtml: "", bodyText: "" },
  });
  await tx.reaction.deleteMany({ where: { messageId: { in: ids } } });
  await tx.messageMention.deleteMany({ where: { messageId: { in: ids } } });
  const unsolved = await tx.topic.findMany({
    where: { solvedMessageId: { in: ids } },
    select: { id: true, channelId: true, communityId: true, authorId: true },
  });
  if (unsolved.length) {
    await tx.topic.updateMany({ where: { id: { in: unsolved.map((topic) => topic.id) } }, data: { solvedMessageId: null } });
    for (const topic of unsolved) {
      await emit(tx, "topic.updated", {
        topicId: topic.id,
        channelId: topic.channelId,
        communityId: topic.communityId,
        authorId: topic.authorId,
        actorId: by.actorId,
        changes: ["solved"],
      });
    }
  }
  return { messages, unsolvedTopicIds: unsolved.map((topic) => topic.id) };
}

/** The message body with every mention of `userId` turned into plain text without their name. */
function withoutMentionOf(state: RichTextState, userId: string): RichTextState {
  const visit = (node: unknown): unknown => {
    if (!node || typeof node !== "object") return node;
    const record = node as Record<string, unknown>;
    if (record.type === "mention" && record.userId === userId) {
      const { userId: _userId, mentionName: _mentionName, ...rest } = record;
      return { ...rest, type: "text", text: FORMER_MEMBER_MENTION };
    }
    if (Array.isArray(record.children)) return { ...record, children: record.children.map(visit) };
    return record;
  };
  return { root: visit(state.root) as RichTextState["root"] };
}

/** Account deletion: other members' messages that mention the member carry their name in the body; rewritten without it. */
export async function forgetMentionsOf(tx: Tx, userId: string): Promise<string[]> {
  const mentioning = await tx.message.findMany({
    where: { mentions: { some: { userId } }, deletedAt: null, NOT: { authorId: userId } },
    select: { id: true, bodyJson: true },
  });
  for (const message of mentioning) {
    const state = withoutMentionOf(message.bodyJson as unknown as RichTextState, userId);
    await tx.message.update({
      where: { id: message.id },
      data: {
        bodyJson: state as unknown as Prisma.InputJsonValue,
        bodyHtml: renderHtml(state, { mentionHref }),
        bodyText: plainText(state),
      },
    });
  }
  return mentioning.map((message) => message.id);
}
