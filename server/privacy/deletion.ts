/**
 * Account deletion (AVG art. 17). The member confirms with their password and
 * chooses what happens to what they wrote:
 *   - "keep": contributions stay, shown as by a "voormalig lid" (the author
 *     columns are set to null, nothing points back to the person);
 *   - "remove": their messages are emptied (as a deleted message: the topic's
 *     sequence stays gap-free), topics only they wrote in are deleted, their
 *     library items are deleted with their files, their review and knowledge
 *     comments are deleted, and knowledge questions nobody else took part in.
 * Personal data is erased in both cases, in one transaction: the User row goes
 * and with it (ON DELETE CASCADE) sessions, memberships, join requests,
 * notifications, preferences, mail settings, read and seen markers, reactions,
 * mentions, password resets, mail deliveries, data exports, meeting answers,
 * calendar feed, knowledge votes and seen markers. Confirmed seats they held
 * at upcoming meetings go to the waiting list after commit. What the
 * cascade does not reach is handled here (invitations to their address,
 * notifications others got about them). Table by table: docs/decisions/066.
 */
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { log, errorFields } from "../logger.ts";
import { refillSeats } from "../meetings/commands.ts";
import { fileStorage } from "../storage/index.ts";
import { verifyPassword } from "../accounts/password.ts";
import { endSessionsIn } from "../accounts/sessions.ts";
import { mentionHref } from "../discussions/body.ts";
import { eraseMessages } from "../discussions/erase.ts";
import { type Prisma, Prisma as PrismaValues } from "../generated/prisma/client.ts";
import { plainText, renderHtml, type RichTextState } from "../richtext/index.ts";

/** How a mention of a deleted member reads in other members' messages (stored text is Dutch, like the content). */
export const FORMER_MEMBER_MENTION = "@voormalig lid";

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

import { CONTRIBUTION_CHOICES } from "~/shared/forms/privacy.ts";

export { CONTRIBUTION_CHOICES };
export type ContributionChoice = (typeof CONTRIBUTION_CHOICES)[number];

export type DeletionSummary = {
  messagesRemoved: number;
  topicsRemoved: number;
  libraryItemsRemoved: number;
};

/** Deletes the account after checking the password; throws AppError(400) when it is wrong. */
export async function deleteAccount(userId: string, input: { password: string; contributions: ContributionChoice }): Promise<DeletionSummary> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true } });
  if (!user) throw new AppError(404, "errors.notFound");
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError(400, "privacy.delete.wrongPassword", { field: "password" });
  const remove = input.contributions === "remove";

  const result = await transaction(
    async (tx) => {
      const summary: DeletionSummary = { messagesRemoved: 0, topicsRemoved: 0, libraryItemsRemoved: 0 };
      let storageKeys: string[] = [];
      let libraryItemIds: string[] = [];
      const authoredTopics = await tx.topic.findMany({ where: { authorId: userId }, select: { id: true } });
      let removedTopicIds: string[] = [];
      let changedMessageIds: string[] = [];
      let knowledgeQuestionIds: string[] = [];
      // Under "keep" the items stay without author; their ids still go to the search index.
      libraryItemIds = (await tx.libraryItem.findMany({ where: { authorId: userId }, select: { id: true } })).map((i) => i.id);
      // Their confirmed seats at meetings still to come go to the waiting list after commit.
      const seatMeetingIds = (await tx.rsvp.findMany({ where: { userId, answer: "YES", status: "CONFIRMED", meeting: { endsAt: { gt: new Date() }, cancelledAt: null } }, select: { meetingId: true } })).map((r) => r.meetingId);
      if (remove) {
        const now = new Date();
        // Work agenda: their comments go; a knowledge question goes unless others took part in it
        // (voted, commented or an answer was linked), then it stays without author.
        await tx.reviewComment.deleteMany({ where: { authorId: userId } });
        await tx.knowledgeComment.deleteMany({ where: { authorId: userId } });
        knowledgeQuestionIds = (await tx.knowledgeQuestion.findMany({ where: { authorId: userId }, select: { id: true } })).map((q) => q.id);
        await tx.knowledgeQuestion.deleteMany({
          where: {
            authorId: userId,
            votes: { none: { NOT: { userId } } },
            comments: { none: { NOT: { authorId: userId } } },
            answers: { none: {} },
          },
        });
        // Erased like a deleted message (body, reactions, mentions, solved marks), so topic sequences
        // stay gap-free for other readers.
        const erased = await eraseMessages(tx, { authorId: userId }, { deletedById: null, actorId: null }, now);
        changedMessageIds = erased.messages.map((m) => m.id);
        summary.messagesRemoved = erased.messages.length;
        // A topic in which only this member wrote goes; one with replies of others stays (anonymised).
        const withOthers = await tx.message.findMany({
          where: { topicId: { in: authoredTopics.map((t) => t.id) }, NOT: { authorId: userId } },
          select: { topicId: true },
          distinct: ["topicId"],
        });
        const keep = new Set(withOthers.map((m) => m.topicId));
        removedTopicIds = authoredTopics.map((t) => t.id).filter((id) => !keep.has(id));
        if (removedTopicIds.length > 0) {
          await tx.topic.updateMany({ where: { id: { in: removedTopicIds } }, data: { deletedAt: now, title: "" } });
        }
        summary.topicsRemoved = removedTopicIds.length;
        const attachments = await tx.libraryAttachment.findMany({ where: { itemId: { in: libraryItemIds } }, select: { storageKey: true } });
        storageKeys = attachments.map((a) => a.storageKey);
        await tx.libraryItem.updateMany({ where: { mergedIntoId: { in: libraryItemIds } }, data: { mergedIntoId: null } });
        const deleted = await tx.libraryItem.deleteMany({ where: { id: { in: libraryItemIds } } });
        summary.libraryItemsRemoved = deleted.count;
        // The excerpts of their document changes quote what they typed.
        await tx.documentChange.updateMany({ where: { authorId: userId }, data: { excerpt: "" } });
      }
      // Moderation: reports about them keep no pointer to them (subjectId has no foreign key);
      // under "remove" the text of their own reports goes (the report stays, without reporter, for the
      // moderation record). Report and action authorship: SET NULL. The audit log is append-only and holds
      // ids, action names and reasons only (decision 066).
      await tx.report.updateMany({ where: { subjectId: userId }, data: { subjectId: null } });
      if (remove) await tx.report.updateMany({ where: { reporterId: userId }, data: { text: null } });
      // They can no longer be the case's contact person; a contact line with their address goes too.
      await tx.libraryItem.updateMany({ where: { authorId: userId, contactOptIn: true }, data: { contactOptIn: false } });
      // An open proposal for a change to their published item is unpublished work of theirs: it goes (decision 102).
      await tx.libraryItem.updateMany({ where: { authorId: userId, proposedAt: { not: null } }, data: { proposedChange: PrismaValues.DbNull, proposedAt: null, proposalComment: null } });
      await tx.libraryItem.updateMany({ where: { contact: { contains: user.email, mode: "insensitive" } }, data: { contact: null } });
      // Invitations to their address (not reached by the cascade: they hold only the address).
      await tx.invitation.deleteMany({ where: { email: user.email } });
      // Other members' messages that mention them carry their name in the body: rewritten without it.
      const mentioning = await tx.message.findMany({
        where: { mentions: { some: { userId } }, deletedAt: null, NOT: { authorId: userId } },
        select: { id: true, bodyJson: true },
      });
      changedMessageIds = [...changedMessageIds, ...mentioning.map((m) => m.id)];
      for (const message of mentioning) {
        const state = withoutMentionOf(message.bodyJson as unknown as RichTextState, userId);
        await tx.message.update({
          where: { id: message.id },
          data: { bodyJson: state as unknown as Prisma.InputJsonValue, bodyHtml: renderHtml(state, { mentionHref }), bodyText: plainText(state) },
        });
      }
      // Notifications others received about something this member did carry their name in `data`.
      await tx.notification.deleteMany({ where: { actorId: userId } });
      // Their data exports: the rows go with the cascade, the zip files after commit.
      const exports = await tx.dataExport.findMany({ where: { userId, storageKey: { not: null } }, select: { storageKey: true } });
      storageKeys = [...storageKeys, ...exports.map((e) => e.storageKey!)];
      // Everything else: ON DELETE CASCADE (their own rows) or SET NULL (authorship).
      // Their sessions and every socket they have, in every namespace (decision 112).
      await endSessionsIn(tx, userId, "deleted", { all: true });
      await tx.user.delete({ where: { id: userId } });
      // Search removes or re-indexes everything that named them (privacy/events.ts).
      await emit(tx, "user.deleted", {
        userId,
        contributions: input.contributions,
        topicIds: authoredTopics.map((t) => t.id),
        libraryItemIds,
        messageIds: changedMessageIds,
        knowledgeQuestionIds,
      });
      return { summary, storageKeys, libraryItemIds, removedTopicIds, authoredTopicIds: authoredTopics.map((t) => t.id), changedMessageIds, seatMeetingIds, knowledgeQuestionIds };
    },
    { timeout: 30_000 },
  );

  // After commit: files, live connections, the waiting lists of their events.
  for (const key of result.storageKeys) {
    await fileStorage().delete(key).catch((error: unknown) => log.warn("privacy: file not deleted", { key, ...errorFields(error) }));
  }
  await refillSeats(result.seatMeetingIds).catch((error: unknown) => log.warn("privacy: waiting list not moved up", { ...errorFields(error) }));
  return result.summary;
}
