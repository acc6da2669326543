/**
 * What follows the meetings' domain events, besides search and the audit log: the community hears of a
 * new meeting (decision 242), attendees of a cancellation, the waiting list of a seat.
 */
import { db } from "../db.ts";
import { transaction } from "../events.ts";
import type { EventHandlers } from "../events/processor.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { NOTIFICATION_KINDS } from "../notifications/kinds.ts";
import { announceNotifications, notify } from "../notifications/notify.ts";
import { meetingPath } from "./commands.ts";

export const plannedDedupeKey = (meetingId: string) => `event-planned-${meetingId}`;

/**
 * The members a new community meeting is announced to: every member of the community (members read it),
 * except the organiser, members suspended right now (decision 228: no community news while suspended)
 * and members who switched the kind off both in-app and by mail (a row nobody would ever see).
 */
async function plannedAudience(communityId: string, organiserId: string, now: Date): Promise<string[]> {
  const rows = await db().membership.findMany({
    where: {
      communityId,
      userId: { not: organiserId },
      user: {
        OR: [{ suspendedUntil: null }, { suspendedUntil: { lte: now } }],
        notificationPreferences: { none: { kind: "eventPlanned", inApp: false, email: false } },
      },
    },
    select: { userId: true },
    orderBy: { userId: "asc" },
  });
  return rows.map((row) => row.userId);
}

export const meetingNotifications: EventHandlers = {
  // Only community meetings: a platform-wide one would notify every account; the digest reports those.
  "event.created": async ({ eventId: meetingId, communityId, userId }) => {
    if (!communityId) return;
    const now = new Date();
    const meeting = await db().meeting.findUnique({
      where: { id: meetingId },
      select: { title: true, startsAt: true, cancelledAt: true, community: { select: { name: true } } },
    });
    // Cancelled or begun before this job ran (a retried job, a backlog): nothing to announce any more.
    if (!meeting?.community || meeting.cancelledAt || meeting.startsAt <= now) return;
    const data = NOTIFICATION_KINDS.eventPlanned.parse({
      meetingId,
      eventTitle: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      communityName: meeting.community.name,
    });
    const rows: Prisma.NotificationCreateManyInput[] = (await plannedAudience(communityId, userId, now)).map((memberId) => ({
      userId: memberId,
      kind: "eventPlanned",
      data,
      url: meetingPath(meetingId),
      actorId: userId,
      communityId,
      dedupeKey: plannedDedupeKey(meetingId),
    }));
    if (!rows.length) return;
    // One statement for the whole community; a repeated job inserts nothing and announces nothing.
    await transaction(async (tx) => {
      const inserted = await tx.notification.createManyAndReturn({
        data: rows,
        skipDuplicates: true,
        select: { id: true, userId: true, kind: true },
      });
      await announceNotifications(tx, inserted);
    });
  },
  "event.updated": async ({ eventId: meetingId, userId, cancelled }) => {
    if (!cancelled) return;
    const meeting = await db().meeting.findUnique({ where: { id: meetingId }, select: { title: true, startsAt: true, communityId: true } });
    if (!meeting) return;
    const attendees = await db().rsvp.findMany({ where: { meetingId, answer: { in: ["YES", "MAYBE"] } }, select: { userId: true } });
    await transaction(async (tx) => {
      for (const attendee of attendees) {
        await notify(
          {
            userId: attendee.userId,
            kind: "eventCancelled",
            data: { eventTitle: meeting.title, startsAt: meeting.startsAt.toISOString() },
            url: meetingPath(meetingId),
            actorId: userId,
            communityId: meeting.communityId,
            dedupeKey: `event-cancelled-${meetingId}`,
          },
          tx,
        );
      }
    });
  },
  "waitlist.promoted": async ({ eventId: meetingId, promoted }) => {
    const meeting = await db().meeting.findUnique({ where: { id: meetingId }, select: { title: true, startsAt: true, communityId: true } });
    if (!meeting) return;
    await transaction(async (tx) => {
      for (const rsvp of promoted) {
        await notify(
          {
            userId: rsvp.userId,
            kind: "eventPromoted",
            data: { meetingId, eventTitle: meeting.title, startsAt: meeting.startsAt.toISOString() },
            url: meetingPath(meetingId),
            communityId: meeting.communityId,
            dedupeKey: `event-promoted-${rsvp.rsvpId}-${rsvp.waitlistedAt ? new Date(rsvp.waitlistedAt).getTime() : 0}`,
          },
          tx,
        );
      }
    });
  },
};
