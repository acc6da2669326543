/**
 * Demo notifications: what the seeded join requests and invitation would have
 * produced, plus an older, read one; and one member who chose a daily digest.
 */
import { db } from "../../server/db.ts";
import { joinRequestDedupeKey } from "../../server/notifications/keys.ts";
import type { SeedContext } from "./demo.ts";

export async function seedNotifications({ userId, communityId, log }: SeedContext): Promise<void> {
  const requests = await db().joinRequest.findMany({
    where: { status: "PENDING" },
    select: {
      id: true,
      userId: true,
      communityId: true,
      createdAt: true,
      user: { select: { displayName: true } },
      community: { select: { name: true, slug: true } },
    },
  });
  let count = 0;
  for (const request of requests) {
    const facilitators = await db().membership.findMany({
      where: { communityId: request.communityId, role: "FACILITATOR" },
      select: { userId: true },
    });
    for (const facilitator of facilitators) {
      await db().notification.create({
        data: {
          userId: facilitator.userId,
          kind: "joinRequestReceived",
          actorId: request.userId,
          communityId: request.communityId,
          url: `/communities/${request.community.slug}/beheer`,
          data: { communityName: request.community.name, requesterName: request.user.displayName },
          dedupeKey: joinRequestDedupeKey(request.id, request.createdAt),
          createdAt: request.createdAt,
        },
      });
      count++;
    }
  }
  const invitations = await db().invitation.findMany({
    where: { status: "PENDING" },
    select: {
      id: true,
      email: true,
      communityId: true,
      invitedById: true,
      community: { select: { name: true, slug: true } },
      invitedBy: { select: { displayName: true } },
    },
  });
  for (const invitation of invitations) {
    const account = await db().user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (!account) continue;
    await db().notification.create({
      data: {
        userId: account.id,
        kind: "invitation",
        actorId: invitation.invitedById,
        communityId: invitation.communityId,
        url: `/communities/${invitation.community.slug}`,
        data: { communityName: invitation.community.name, inviterName: invitation.invitedBy?.displayName ?? null },
        dedupeKey: `invitation-${invitation.id}-seed`,
      },
    });
    count++;
  }
  // Priya was let into the klantmanagers community some weeks ago; she has read that.
  const klantmanagers = communityId("klantmanagers-arbeidstoeleiding");
  const weeksAgo = new Date(Date.now() - 21 * 24 * 60 * 60 * 1000);
  await db().notification.create({
    data: {
      userId: userId("priya"),
      kind: "joinRequestDecided",
      actorId: userId("fatma"),
      communityId: klantmanagers,
      url: "/communities/klantmanagers-arbeidstoeleiding",
      data: { communityName: "Klantmanagers: begeleiding naar duurzaam werk", approved: true },
      createdAt: weeksAgo,
      readAt: weeksAgo,
    },
  });
  count++;
  await db().communityDigestSetting.create({ data: { userId: userId("priya"), communityId: klantmanagers, frequency: "DAILY" } });
  log(`seeded ${count} notifications`);
}
