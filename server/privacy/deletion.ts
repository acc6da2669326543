/**
 * Account deletion (AVG art. 17). The member confirms with their password and
 * chooses what happens to what they wrote:
 *   - "keep": contributions stay, shown as by a "voormalig lid" (the author
 *     columns are set to null, nothing points back to the person);
 *   - "remove": their messages are emptied (as a deleted message: the topic's
 *     sequence stays gap-free), topics only they wrote in are deleted, their
 *     library items are deleted with their files, their review and knowledge
 *     comments are deleted, and knowledge questions nobody else took part in.
 * What happens to each kind is the content registry's (decision 150): every
 * adapter's `personalData.erase` runs (in both modes), then every author
 * column any adapter lists is set to null, so nothing points back to the
 * person, whatever the foreign key's ON DELETE says.
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
import { contentAdapters, modelRows } from "../content/registry.ts";
import type { ErasedWork } from "../content/types.ts";
import { CONTRIBUTION_CHOICES } from "~/shared/forms/privacy.ts";

export { FORMER_MEMBER_MENTION } from "../discussions/erase.ts";
export { CONTRIBUTION_CHOICES };
export type ContributionChoice = (typeof CONTRIBUTION_CHOICES)[number];

export type DeletionSummary = {
  messagesRemoved: number;
  topicsRemoved: number;
  libraryItemsRemoved: number;
};

/** Deletes the account after checking the password; throws AppError(400) when it is wrong. */
export async function deleteAccount(
  userId: string,
  input: { password: string; contributions: ContributionChoice },
): Promise<DeletionSummary> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true } });
  if (!user) throw new AppError(404, "errors.notFound");
  if (!(await verifyPassword(user.passwordHash, input.password)))
    throw new AppError(400, "privacy.delete.wrongPassword", { field: "password" });
  const remove = input.contributions === "remove";

  const adapters = await contentAdapters();
  const columns = adapters.flatMap((adapter) => adapter.personalData.authors);
  const result = await transaction(
    async (tx) => {
      // Confirmed twice at once (a double click without JavaScript): the second copy waits for the
      // first here and then finds the account gone, as asked, instead of a 500 on the missing row.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
      if (locked.length === 0) return null;
      const now = new Date();
      // What they wrote, before anything changes: search re-indexes (or removes) these (decision 066).
      const authoredIds = async (rows: {
        findMany(args: { where: { authorId: string }; select: { id: true } }): Promise<{ id: string }[]>;
      }) => (await rows.findMany({ where: { authorId: userId }, select: { id: true } })).map((row) => row.id);
      const topicIds = await authoredIds(tx.topic);
      const libraryItemIds = await authoredIds(tx.libraryItem);
      // Their confirmed seats at meetings still to come go to the waiting list after commit.
      const seatMeetingIds = (
        await tx.rsvp.findMany({
          where: { userId, answer: "YES", status: "CONFIRMED", meeting: { endsAt: { gt: new Date() }, cancelledAt: null } },
          select: { meetingId: true },
        })
      ).map((r) => r.meetingId);
      // Each kind as its area erases it (both modes), then no author column names them any more.
      const erased: Required<ErasedWork> = {
        removedMessageIds: [],
        messageIds: [],
        removedTopicIds: [],
        removedLibraryItemIds: [],
        knowledgeQuestionIds: [],
        storageKeys: [],
      };
      for (const adapter of adapters) {
        const work = (await adapter.personalData.erase?.(tx, { id: userId, email: user.email }, input.contributions, now)) ?? {};
        for (const key of Object.keys(erased) as (keyof ErasedWork)[]) erased[key].push(...(work[key] ?? []));
      }
      for (const { model, field } of columns)
        await modelRows(model, tx).updateMany({ where: { [field]: userId }, data: { [field]: null } });
      const summary: DeletionSummary = {
        messagesRemoved: erased.removedMessageIds.length,
        topicsRemoved: erased.removedTopicIds.length,
        libraryItemsRemoved: erased.removedLibraryItemIds.length,
      };
      const changedMessageIds = [...erased.removedMessageIds, ...erased.messageIds];
      let storageKeys = erased.storageKeys;
      // Moderation: reports about them keep no pointer to them (subjectId has no foreign key);
      // under "remove" the text of their own reports goes (the report stays, without reporter, for the
      // moderation record). Report and action authorship: SET NULL. The audit log is append-only and holds
      // ids, action names and reasons only (decision 066).
      await tx.report.updateMany({ where: { subjectId: userId }, data: { subjectId: null } });
      if (remove) await tx.report.updateMany({ where: { reporterId: userId }, data: { text: null } });
      // Invitations to their address (not reached by the cascade: they hold only the address).
      await tx.invitation.deleteMany({ where: { email: user.email } });
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
        topicIds,
        libraryItemIds,
        messageIds: changedMessageIds,
        knowledgeQuestionIds: erased.knowledgeQuestionIds,
      });
      return { summary, storageKeys, seatMeetingIds };
    },
    { timeout: 30_000 },
  );
  if (!result) return { messagesRemoved: 0, topicsRemoved: 0, libraryItemsRemoved: 0 };

  // After commit: files, live connections, the waiting lists of their events.
  for (const key of result.storageKeys) {
    await fileStorage()
      .delete(key)
      .catch((error: unknown) => log.warn("privacy: file not deleted", { key, ...errorFields(error) }));
  }
  await refillSeats(result.seatMeetingIds).catch((error: unknown) =>
    log.warn("privacy: waiting list not moved up", { ...errorFields(error) }),
  );
  return result.summary;
}
