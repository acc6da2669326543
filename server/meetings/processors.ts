/** What follows the meetings' events, besides search and the audit log: attendees hear of a cancellation, the waiting list of a seat. */
import { db } from "../db.ts";
import { transaction } from "../events.ts";
import type { EventHandlers } from "../events/processor.ts";
import { notify } from "../notifications/notify.ts";
import { eventPath } from "./commands.ts";

export const meetingNotifications: EventHandlers = {
  "event.updated": async ({ eventId, userId, cancelled }) => {
    if (!cancelled) return;
    const event = await db().event.findUnique({ where: { id: eventId }, select: { title: true, startsAt: true, communityId: true } });
    if (!event) return;
    const attendees = await db().rsvp.findMany({ where: { eventId, answer: { in: ["YES", "MAYBE"] } }, select: { userId: true } });
    await transaction(async (tx) => {
      for (const attendee of attendees) {
        await notify(
          {
            userId: attendee.userId,
            kind: "eventCancelled",
            data: { eventTitle: event.title, startsAt: event.startsAt.toISOString() },
            url: eventPath(eventId),
            actorId: userId,
            communityId: event.communityId,
            dedupeKey: `event-cancelled-${eventId}`,
          },
          tx,
        );
      }
    });
  },
  "waitlist.promoted": async ({ eventId, promoted }) => {
    const event = await db().event.findUnique({ where: { id: eventId }, select: { title: true, startsAt: true, communityId: true } });
    if (!event) return;
    await transaction(async (tx) => {
      for (const rsvp of promoted) {
        await notify(
          {
            userId: rsvp.userId,
            kind: "eventPromoted",
            data: { eventTitle: event.title, startsAt: event.startsAt.toISOString() },
            url: eventPath(eventId),
            communityId: event.communityId,
            dedupeKey: `event-promoted-${rsvp.rsvpId}-${rsvp.waitlistedAt ? new Date(rsvp.waitlistedAt).getTime() : 0}`,
          },
          tx,
        );
      }
    });
  },
};
