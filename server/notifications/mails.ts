/**
 * Mails of the notifications area: the batched "while you were away" mail for
 * notifications whose kind the member gets by e-mail, and community
 * invitations (to any address, with or without an account).
 */
import { db } from "../db.ts";
import { hashToken, invitationChangesNothing } from "../communities/commands.ts";
import { invitationToken } from "../communities/invitation-token.ts";
import { mailLanguage } from "../mail/i18n.ts";
import { sendOnce, type OnceResult } from "../mail/once.ts";
import { invitationMail } from "../mail/templates/invitation.ts";
import { notificationsMail } from "../mail/templates/notifications.ts";
import { enqueue } from "../queues/producer.ts";
import { ACCOUNT_KINDS, ALL_KINDS } from "./catalog.ts";
import { isOnline } from "./live.ts";
import { kindPreferences } from "./preferences.ts";
import { shownNotificationsWhere } from "./queries.ts";

/** At most one notification mail per member per window; the mail goes out when the window closes. */
export const NOTIFICATION_MAIL_WINDOW_MS = 5 * 60_000;
const MAX_ITEMS = 30;

export async function scheduleNotificationMail(userId: string, now = Date.now()): Promise<void> {
  const windowEnd = Math.floor(now / NOTIFICATION_MAIL_WINDOW_MS) * NOTIFICATION_MAIL_WINDOW_MS + NOTIFICATION_MAIL_WINDOW_MS;
  // The same id for every notification in this window: BullMQ keeps one job, so one mail.
  await enqueue(
    "sendNotificationMail",
    { userId, windowEnd: new Date(windowEnd).toISOString() },
    { jobId: `notifications-${userId}-${windowEnd}`, delay: windowEnd - now },
  );
}

export type NotificationMailResult = OnceResult | "online" | "gone";

export async function sendNotificationMail(
  input: { userId: string; windowEnd: string },
  signal?: AbortSignal,
): Promise<NotificationMailResult> {
  const end = new Date(input.windowEnd);
  const user = await db().user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, displayName: true, locale: true, globalRole: true, emailVerifiedAt: true, suspendedUntil: true },
  });
  // No mail to an address nobody has shown to be theirs (decision 110).
  if (!user?.emailVerifiedAt) return "gone";
  // Online members see the bell; what they leave unread comes in the digest.
  if (await isOnline(user.id)) return "online";
  return sendOnce(
    { key: `notifications-${user.id}-${end.getTime()}`, kind: "NOTIFICATIONS", userId: user.id },
    async () => {
      const prefs = await kindPreferences(user.id);
      const notMailed = ALL_KINDS.filter((kind) => !prefs[kind].email);
      const rows = await db().notification.findMany({
        where: {
          AND: [
            await shownNotificationsWhere({ ...user, emailVerified: true }, notMailed),
            { readAt: null, emailedAt: null, createdAt: { lte: end } },
            // A suspended member reads no community content by mail, then or later: only notices about their
            // own account, and after the suspension only what came since it ended (decision 228).
            ...(user.suspendedUntil ? [{ OR: [{ kind: { in: ACCOUNT_KINDS } }, { createdAt: { gt: user.suspendedUntil } }] }] : []),
          ],
        },
        select: { id: true, kind: true, data: true, actor: { select: { displayName: true } }, community: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
        take: MAX_ITEMS,
      });
      if (!rows.length) return { outcome: "empty" };
      const mail = notificationsMail({
        language: mailLanguage(user.locale),
        userId: user.id,
        displayName: user.displayName,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          data: (row.data ?? {}) as Record<string, unknown>,
          actorName: row.actor?.displayName ?? null,
          communityName: row.community?.name ?? null,
        })),
      });
      return {
        outcome: "send",
        mail: { to: user.email, ...mail },
        itemCount: rows.length,
        afterSent: async () => {
          await db().notification.updateMany({
            where: { id: { in: rows.map((row) => row.id) }, emailedAt: null },
            data: { emailedAt: new Date() },
          });
        },
      };
    },
    signal,
  );
}

export const invitationJobId = (invitationId: string, seed: string) => `invitation-${invitationId}-${hashToken(seed).slice(0, 16)}`;

export async function sendInvitationMail(
  input: { invitationId: string; seed: string },
  signal?: AbortSignal,
): Promise<OnceResult | "stale" | "member"> {
  const invitation = await db().invitation.findUnique({
    where: { id: input.invitationId },
    select: {
      email: true,
      role: true,
      status: true,
      tokenHash: true,
      expiresAt: true,
      community: { select: { id: true, name: true, summary: true } },
      invitedBy: { select: { displayName: true, locale: true } },
    },
  });
  const token = invitationToken(input.seed);
  // Revoked, accepted, expired or renewed (a new token) since: this link no longer works, so no mail.
  if (!invitation || invitation.status !== "PENDING" || invitation.expiresAt < new Date() || invitation.tokenHash !== hashToken(token))
    return "stale";
  const account = await db().user.findUnique({ where: { email: invitation.email }, select: { id: true, locale: true } });
  // A member it would not change was invited as anyone else (decision 297): no mail saying "join".
  if (account && (await invitationChangesNothing(account.id, invitation))) return "member";
  return sendOnce(
    { key: invitationJobId(input.invitationId, input.seed), kind: "INVITATION", userId: account?.id ?? null },
    async () => ({
      outcome: "send",
      mail: {
        to: invitation.email,
        ...invitationMail({
          language: mailLanguage(account?.locale ?? invitation.invitedBy?.locale),
          token,
          communityName: invitation.community.name,
          communitySummary: invitation.community.summary,
          inviterName: invitation.invitedBy?.displayName ?? null,
          expiresAt: invitation.expiresAt,
        }),
      },
    }),
    signal,
  );
}
