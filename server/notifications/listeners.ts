/**
 * Turns domain events into notifications and mails, and delivers every new
 * notification: live to the member's sockets (when they want it in-app) and a
 * batched mail (when they want it by e-mail). Registered once per process
 * (web and worker) from server/main.ts and workers/main.ts.
 */
import { notificationMessage } from "~/shared/notifications.ts";
import { hashToken } from "../communities/commands.ts";
import { db } from "../db.ts";
import { events } from "../events.ts";
import { enqueue } from "../queues/producer.ts";
import { peekSingleton, singleton } from "../singleton.ts";
import { isKind, KIND_DELIVERY } from "./catalog.ts";
import { emitToUser, NOTIFICATION_EVENTS, type NotificationCreatedPayload } from "./live.ts";
import { joinRequestDedupeKey } from "./keys.ts";
import { invitationJobId, scheduleNotificationMail } from "./mails.ts";
import { notify } from "./notify.ts";
import { kindPreference } from "./preferences.ts";
import { unreadNotificationCount } from "./queries.ts";

export async function deliverNotification(input: { notificationId: string; userId: string; kind: string }): Promise<void> {
  if (!isKind(input.kind)) return;
  const preference = await kindPreference(input.userId, input.kind);
  if (preference.inApp) {
    const row = await db().notification.findUnique({
      where: { id: input.notificationId },
      select: { kind: true, data: true, actor: { select: { displayName: true } }, user: { select: { id: true, email: true, globalRole: true } } },
    });
    if (row) {
      const payload: NotificationCreatedPayload = {
        id: input.notificationId,
        unread: await unreadNotificationCount(row.user),
        message: notificationMessage({ kind: row.kind, data: (row.data ?? {}) as Record<string, unknown>, actorName: row.actor?.displayName ?? null }),
      };
      emitToUser(input.userId, NOTIFICATION_EVENTS.created, payload);
    }
  }
  if (preference.email && KIND_DELIVERY[input.kind].emailable) await scheduleNotificationMail(input.userId);
}

export function registerNotificationListeners(): void {
  if (peekSingleton("notification-listeners")) return;
  singleton("notification-listeners", () => true);

  events.on("notification.created", deliverNotification);

  events.on("joinRequest.created", async ({ communityId, userId, requestId }) => {
    const request = await db().joinRequest.findUnique({
      where: { id: requestId },
      select: { status: true, createdAt: true, user: { select: { displayName: true } }, community: { select: { name: true, slug: true } } },
    });
    if (!request || request.status !== "PENDING") return;
    const facilitators = await db().membership.findMany({ where: { communityId, role: "FACILITATOR" }, select: { userId: true } });
    for (const facilitator of facilitators) {
      await notify({
        userId: facilitator.userId,
        kind: "joinRequestReceived",
        data: { communityName: request.community.name, requesterName: request.user.displayName },
        url: `/communities/${request.community.slug}/beheer`,
        actorId: userId,
        communityId,
        dedupeKey: joinRequestDedupeKey(requestId, request.createdAt),
      });
    }
  });

  events.on("joinRequest.decided", async ({ communityId, userId, requestId, approved, decidedById }) => {
    const request = await db().joinRequest.findUnique({ where: { id: requestId }, select: { decidedAt: true, community: { select: { name: true, slug: true } } } });
    if (!request) return;
    await notify({
      userId,
      kind: "joinRequestDecided",
      data: { communityName: request.community.name, approved },
      url: `/communities/${request.community.slug}`,
      actorId: decidedById,
      communityId,
      dedupeKey: `join-request-decided-${requestId}-${request.decidedAt?.getTime() ?? 0}`,
    });
  });

  events.on("invitation.created", async ({ communityId, invitationId, email, token, invitedById }) => {
    // The mail carries the link (the token exists only here and in the job); the job is removed once done.
    await enqueue("sendInvitationMail", { invitationId, token }, { jobId: invitationJobId(invitationId, token), removeOnComplete: true });
    const [account, community, inviter] = await Promise.all([
      db().user.findUnique({ where: { email }, select: { id: true } }),
      db().community.findUnique({ where: { id: communityId }, select: { name: true, slug: true } }),
      db().user.findUnique({ where: { id: invitedById }, select: { displayName: true } }),
    ]);
    if (!account || !community) return;
    await notify({
      userId: account.id,
      kind: "invitation",
      data: { communityName: community.name, inviterName: inviter?.displayName ?? null },
      // Not the invitation link: the token is never stored. Invited members can see and join the community.
      url: `/communities/${community.slug}`,
      actorId: invitedById,
      communityId,
      dedupeKey: `invitation-${invitationId}-${hashToken(token).slice(0, 16)}`,
    });
  });
}
