/** What follows the meetings' domain events, besides search and the audit log: attendees hear of a cancellation, the waiting list of a seat. */
import { db } from "../db.ts";
import { transaction } from "../events.ts";
import type { EventHandlers } from "../events/processor.ts";
import { notify } from "../notifications/notify.ts";
import { meetingPath } from "./commands.ts";

export const meetingNotifications: EventHandlers = {
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
