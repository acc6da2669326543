/** What follows the library's events, besides search and the audit log: the author hears of a send-back or publication. */
import { db } from "../db.ts";
import type { EventHandlers } from "../events/processor.ts";
import { notify } from "../notifications/notify.ts";
import { MODERATOR_ROLES } from "../moderation/roles.ts";

/**
 * The moderators (admins are moderators too) hear that something waits for
 * review: a new or resubmitted item (issue 14.7). One notification per
 * moderator and event.
 */
async function notifyReviewers(itemId: string, actorId: string | null, eventId: string): Promise<void> {
  const item = await db().libraryItem.findUnique({ where: { id: itemId }, select: { slug: true, title: true, status: true } });
  if (!item || item.status !== "SUBMITTED") return;
  const reviewers = await db().user.findMany({ where: { globalRole: { in: [...MODERATOR_ROLES] } }, select: { id: true } });
  for (const reviewer of reviewers) {
    await notify({
      userId: reviewer.id,
      kind: "libraryItemSubmitted",
      actorId,
      url: `/bibliotheek/${item.slug}`,
      dedupeKey: `library-submitted-${eventId}`,
      data: { itemTitle: item.title, change: false },
    });
  }
}

/** A proposed change (decision 102): moderators hear of a new one, the author of the answer. */
async function notifyProposal(
  itemId: string,
  step: "proposed" | "approved" | "returned",
  actorId: string,
  authorId: string | null,
  eventId: string,
): Promise<void> {
  const item = await db().libraryItem.findUnique({ where: { id: itemId }, select: { slug: true, title: true, proposalComment: true } });
  if (!item) return;
  const url = `/bibliotheek/${item.slug}`;
  if (step === "proposed") {
    const reviewers = await db().user.findMany({ where: { globalRole: { in: [...MODERATOR_ROLES] } }, select: { id: true } });
    for (const reviewer of reviewers) {
      await notify({
        userId: reviewer.id,
        kind: "libraryItemSubmitted",
        actorId,
        url,
        dedupeKey: `library-change-${eventId}`,
        data: { itemTitle: item.title, change: true },
      });
    }
    return;
  }
  if (!authorId) return;
  if (step === "approved") {
    await notify({
      userId: authorId,
      kind: "libraryItemPublished",
      actorId,
      url,
      dedupeKey: `library-change-approved-${eventId}`,
      data: { itemId, itemTitle: item.title, change: true },
    });
  } else {
    await notify({
      userId: authorId,
      kind: "libraryItemReturned",
      actorId,
      url,
      dedupeKey: `library-change-returned-${eventId}`,
      data: { itemTitle: item.title, comment: item.proposalComment ?? "", change: true },
    });
  }
}

export const libraryNotifications: EventHandlers = {
  "libraryItem.proposal": async ({ itemId, step, actorId, authorId }, event) => notifyProposal(itemId, step, actorId, authorId, event.id),
  "libraryItem.created": async ({ itemId, status, authorId }, event) => {
    if (status === "SUBMITTED") await notifyReviewers(itemId, authorId, event.id);
  },
  "libraryItem.transitioned": async ({ itemId, transition, actorId, authorId }, event) => {
    if (transition === "submit") await notifyReviewers(itemId, actorId, event.id);
    if (!authorId || (transition !== "return" && transition !== "publish")) return;
    const item = await db().libraryItem.findUnique({ where: { id: itemId }, select: { slug: true, title: true, returnComment: true } });
    if (!item) return;
    const url = `/bibliotheek/${item.slug}`;
    if (transition === "return") {
      await notify({
        userId: authorId,
        kind: "libraryItemReturned",
        actorId,
        url,
        dedupeKey: `library-returned-${event.id}`,
        data: { itemTitle: item.title, comment: item.returnComment ?? "" },
      });
    } else {
      await notify({
        userId: authorId,
        kind: "libraryItemPublished",
        actorId,
        url,
        dedupeKey: `library-published-${itemId}`,
        data: { itemId, itemTitle: item.title },
      });
    }
  },
};
