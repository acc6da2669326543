/**
 * Domain events of meetings (bijeenkomsten; the file name avoids confusion with
 * the events they are). Search, notifications and the audit log listen:
 * creating, changing and cancelling a meeting are organisers' (facilitators',
 * moderators') acts.
 */
import { z } from "zod";
import { event, id } from "../events/define.ts";

const organiserAct = (action: string) => (p: { eventId: string; communityId: string | null; userId: string }) => ({
  actorId: p.userId,
  action,
  targetKind: "EVENT",
  targetId: p.eventId,
  communityId: p.communityId,
});

export const meetingEvents = {
  "event.created": event(z.object({ eventId: id, communityId: id.nullable(), userId: id }), { audit: organiserAct("event.create") }),
  /** Details changed or the event was cancelled. */
  "event.updated": event(z.object({ eventId: id, communityId: id.nullable(), userId: id, cancelled: z.boolean() }), {
    audit: (p) => organiserAct(p.cancelled ? "event.cancel" : "event.update")(p),
  }),
  /** Members moved from the waiting list to a seat; each is told once per time they waited. */
  "waitlist.promoted": event(
    z.object({ eventId: id, promoted: z.array(z.object({ rsvpId: id, userId: id, waitlistedAt: z.iso.datetime().nullable() })).min(1) }),
  ),
};
