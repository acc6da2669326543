/**
 * Delivers a stored notification: live to the member's sockets when they want
 * the kind in-app (the realtime processor), and a batched mail when they want
 * it by e-mail (the mail processor). Both are safe to repeat: the bell shows
 * the current unread count, and one mail job per member and window is kept.
 */
import { notificationMessage } from "~/shared/notifications.ts";
import { db } from "../db.ts";
import { isKind, KIND_DELIVERY } from "./catalog.ts";
import { emitToUser, NOTIFICATION_EVENTS, type NotificationCreatedPayload } from "./live.ts";
import { scheduleNotificationMail } from "./mails.ts";
import { kindPreference } from "./preferences.ts";
import { shownNotificationsWhere, unreadNotificationCount } from "./queries.ts";

export type NotificationRef = { notificationId: string; userId: string; kind: string };

export async function pushNotificationLive(input: NotificationRef): Promise<void> {
  if (!isKind(input.kind)) return;
  const preference = await kindPreference(input.userId, input.kind);
  if (!preference.inApp) return;
  const account = await db().user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, globalRole: true, emailVerifiedAt: true },
  });
  if (!account) return;
  const viewer = { id: account.id, email: account.email, globalRole: account.globalRole, emailVerified: account.emailVerifiedAt !== null };
  // Access at delivery time (issue 15 F5): a member removed since it was made gets nothing about the community.
  const row = await db().notification.findFirst({
    where: { AND: [{ id: input.notificationId }, await shownNotificationsWhere(viewer)] },
    select: {
      kind: true,
      data: true,
      actor: { select: { displayName: true } },
      user: { select: { id: true, email: true, globalRole: true, emailVerifiedAt: true } },
    },
  });
  if (!row) return;
  const payload: NotificationCreatedPayload = {
    id: input.notificationId,
    unread: await unreadNotificationCount({ ...row.user, emailVerified: row.user.emailVerifiedAt !== null }),
    message: notificationMessage({
      kind: row.kind,
      data: (row.data ?? {}) as Record<string, unknown>,
      actorName: row.actor?.displayName ?? null,
    }),
  };
  emitToUser(input.userId, NOTIFICATION_EVENTS.created, payload);
}

export async function mailNotificationLater(input: NotificationRef): Promise<void> {
  if (!isKind(input.kind)) return;
  const preference = await kindPreference(input.userId, input.kind);
  if (preference.email && KIND_DELIVERY[input.kind].emailable) await scheduleNotificationMail(input.userId);
}

/** Both, now (tests and scripts that bypass the queue). */
export async function deliverNotification(input: NotificationRef): Promise<void> {
  await pushNotificationLive(input);
  await mailNotificationLater(input);
}
