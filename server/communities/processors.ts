/**
 * What follows the communities area's events: notifications for facilitators
 * (a join request), for the member who asked (the decision) and for an invited
 * member who already has an account. Each is idempotent (dedupe keys).
 */
import { db } from "../db.ts";
import type { EventHandlers } from "../events/processor.ts";
import { joinRequestDedupeKey } from "../notifications/keys.ts";
import { notify } from "../notifications/notify.ts";
import { transaction } from "../events.ts";
import { hashToken, invitationChangesNothing } from "./commands.ts";

export const communityNotifications: EventHandlers = {
  "joinRequest.created": async ({ communityId, userId, requestId }) => {
    const request = await db().joinRequest.findUnique({
      where: { id: requestId },
      select: { status: true, createdAt: true, user: { select: { displayName: true } }, community: { select: { name: true, slug: true } } },
    });
    if (!request || request.status !== "PENDING") return;
    const facilitators = await db().membership.findMany({ where: { communityId, role: "FACILITATOR" }, select: { userId: true } });
    await transaction(async (tx) => {
      for (const facilitator of facilitators) {
        await notify(
          {
            userId: facilitator.userId,
            kind: "joinRequestReceived",
            data: { communityName: request.community.name, requesterName: request.user.displayName },
            url: `/communities/${request.community.slug}/beheer`,
            actorId: userId,
            communityId,
            dedupeKey: joinRequestDedupeKey(requestId, request.createdAt),
          },
          tx,
        );
      }
    });
  },

  "joinRequest.decided": async ({ communityId, userId, requestId, approved, decidedById }) => {
    const request = await db().joinRequest.findUnique({
      where: { id: requestId },
      select: { decidedAt: true, community: { select: { name: true, slug: true } } },
    });
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
  },

  // The mail with the link goes out through the mail processor; here only the bell of an existing account.
  "invitation.created": async ({ communityId, invitationId, email, seed, invitedById, role }) => {
    const [account, community, inviter] = await Promise.all([
      // Only an account that proved it reads this mailbox hears of it (decision 111).
      db().user.findFirst({ where: { email, emailVerifiedAt: { not: null } }, select: { id: true } }),
      db().community.findUnique({ where: { id: communityId }, select: { name: true, slug: true } }),
      db().user.findUnique({ where: { id: invitedById }, select: { displayName: true } }),
    ]);
    if (!account || !community) return;
    // A member it changes nothing for was invited as anyone else would be (decision 297); no bell for them.
    if (await invitationChangesNothing(account.id, { role, community: { id: communityId } })) return;
    await notify({
      userId: account.id,
      kind: "invitation",
      data: { communityName: community.name, inviterName: inviter?.displayName ?? null },
      // Not the invitation link: no token is stored. Invited members can see and join the community.
      url: `/communities/${community.slug}`,
      actorId: invitedById,
      communityId,
      dedupeKey: `invitation-${invitationId}-${hashToken(seed).slice(0, 16)}`,
    });
  },
};
