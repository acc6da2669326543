/**
 * The bell after content stops (or starts again) being listed. A notification
 * about a message that was deleted or hidden, or a library item that was
 * archived, is no longer counted (decision 150), but the open pages of the
 * members it was for kept showing the old count until their next page (walk
 * 15). These handlers of the realtime processor find the members with unread
 * notifications about that content and send each of them their unread count
 * again (`notifications:count`), as reading a notification elsewhere does.
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";
import type { ContentKind } from "../content/types.ts";
import { db } from "../db.ts";
import type { EventHandlers } from "../events/processor.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { KIND_DELIVERY } from "./catalog.ts";
import { announceUnread } from "./queries.ts";

/** The `data` fields that hold the id of content of this kind, from the catalogue's `about`. */
function aboutFields(kind: ContentKind): string[] {
  return [...new Set(Object.values(KIND_DELIVERY).flatMap((delivery) => (delivery.about?.kind === kind ? [delivery.about.field] : [])))];
}

/**
 * Sends the current unread count to every member with an unread notification about the content
 * `ids` selects (a list of ids, or a subquery giving them). Safe to repeat: it sends counts, not changes.
 */
export async function recountUnreadAbout(kind: ContentKind, ids: Prisma.Sql): Promise<void> {
  const fields = aboutFields(kind);
  if (!fields.length) return;
  const members = await db().$queryRaw<MemberRow[]>`
    SELECT u."id", u."email", u."globalRole", u."emailVerifiedAt" FROM "User" u
    WHERE EXISTS (
      SELECT 1 FROM "Notification" n
      WHERE n."userId" = u."id" AND n."readAt" IS NULL
        AND (${Prisma.join(
          fields.map((field) => Prisma.sql`n."data"->>${field} IN (${ids})`),
          " OR ",
        )}))`;
  await announceUnreadTo(members);
}

/** A member as a statement reads them for a recount. */
export type MemberRow = { id: string; email: string; globalRole: GlobalRoleValue; emailVerifiedAt: Date | null };

/** Sends each member their current unread count. */
export async function announceUnreadTo(members: MemberRow[]): Promise<void> {
  for (const member of members) {
    await announceUnread({
      id: member.id,
      email: member.email,
      globalRole: member.globalRole,
      emailVerified: member.emailVerifiedAt !== null,
    });
  }
}

/** A topic's messages: a hidden or deleted topic takes its messages' notifications with it. */
const messagesOfTopic = (topicId: string) => Prisma.sql`SELECT m."id" FROM "Message" m WHERE m."topicId" = ${topicId}`;

export const notificationRecounts: EventHandlers = {
  "message.deleted": ({ messageId }) => recountUnreadAbout("message", Prisma.sql`${messageId}`),
  "topic.deleted": ({ topicId }) => recountUnreadAbout("message", messagesOfTopic(topicId)),
  "libraryItem.transitioned": ({ itemId }) => recountUnreadAbout("libraryItem", Prisma.sql`${itemId}`),
  "moderation.action": async ({ action, targetKind, targetId }) => {
    if (action !== "HIDE" && action !== "UNHIDE" && action !== "DELETE") return;
    if (targetKind === "MESSAGE") await recountUnreadAbout("message", Prisma.sql`${targetId}`);
    if (targetKind === "TOPIC") await recountUnreadAbout("message", messagesOfTopic(targetId));
    if (targetKind === "LIBRARY_ITEM") await recountUnreadAbout("libraryItem", Prisma.sql`${targetId}`);
  },
};
