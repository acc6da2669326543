/**
 * Who may do what with an event (bijeenkomst). Pure: derived from the actor
 * and, for a community event, the actor's permissions in that community, so
 * the matrix is tested table-driven (tests/integration/events.test.ts).
 * Decision 070: anonymous visitors see no events; platform-wide events are
 * for every signed-in member; community events for the community's readers.
 */
import type { Actor, CommunityPermissions } from "../communities/policy.ts";
import { forbidden, notFound } from "../errors.ts";

export const EVENT_ACTIONS = [
  "read", // see the event, download its .ics
  "rsvp", // answer ja / misschien / nee
  "manage", // edit, cancel, see the attendee list
  "writeNotes", // start the shared notes document (community events only)
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];
export type EventPermissions = Record<EventAction, boolean>;

const NONE: EventPermissions = { read: false, rsvp: false, manage: false, writeNotes: false };

export function isModerator(actor: Actor): boolean {
  return actor?.globalRole === "MODERATOR" || actor?.globalRole === "ADMIN";
}

/** `community` is null for a platform-wide event. */
export function eventPermissions(actor: Actor, community: CommunityPermissions | null): EventPermissions {
  if (!actor) return NONE;
  if (!community) {
    const manage = isModerator(actor);
    return { read: true, rsvp: true, manage, writeNotes: false };
  }
  const read = community.read;
  const manage = read && (community.manage || isModerator(actor));
  return { read, rsvp: read, manage, writeNotes: manage };
}

/** May the actor create an event here (community permissions, or null for platform-wide)? */
export function canCreateEvent(actor: Actor, community: CommunityPermissions | null): boolean {
  return eventPermissions(actor, community).manage;
}

/** 404 when the actor may not read the event (its existence stays hidden), 403 otherwise. */
export function authorizeEvent(permissions: EventPermissions, action: EventAction): void {
  if (!permissions.read) throw notFound("events.errors.notFound");
  if (!permissions[action]) throw forbidden();
}
