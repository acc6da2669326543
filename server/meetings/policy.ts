/**
 * Who may do what with a meeting (bijeenkomst). Pure: derived from the actor
 * and, for a community meeting, the actor's permissions in that community, so
 * the matrix is tested table-driven (tests/integration/meetings.test.ts).
 * Decision 070: anonymous visitors see no meetings; platform-wide meetings are
 * for every signed-in member; community meetings for the community's readers.
 */
import type { Actor, CommunityPermissions } from "../communities/policy.ts";
import { forbidden, notFound } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";

export const EVENT_ACTIONS = [
  "read", // see the meeting, download its .ics
  "rsvp", // answer ja / misschien / nee
  "manage", // edit, cancel, see the attendee list
  "writeNotes", // start the shared notes document (community meetings only)
] as const;
export type MeetingAction = (typeof EVENT_ACTIONS)[number];
export type MeetingPermissions = Record<MeetingAction, boolean>;

const NONE: MeetingPermissions = { read: false, rsvp: false, manage: false, writeNotes: false };

/** `community` is null for a platform-wide meeting. */
export function meetingPermissions(actor: Actor, community: CommunityPermissions | null): MeetingPermissions {
  if (!actor) return NONE;
  // A seat is scarce: an account whose address is not verified yet (decision 110) reads but does not take one (decision 239).
  const verified = actor.emailVerified !== false;
  if (!community) {
    const manage = isModerator(actor);
    return { read: true, rsvp: verified, manage, writeNotes: false };
  }
  const read = community.read;
  const manage = read && (community.manage || isModerator(actor));
  return { read, rsvp: read && verified, manage, writeNotes: manage };
}

/** May the actor create a meeting here (community permissions, or null for platform-wide)? */
export function canCreateMeeting(actor: Actor, community: CommunityPermissions | null): boolean {
  return meetingPermissions(actor, community).manage;
}

/** 404 when the actor may not read the meeting (its existence stays hidden), 403 otherwise. */
export function authorizeMeeting(permissions: MeetingPermissions, action: MeetingAction): void {
  if (!permissions.read) throw notFound("events.errors.notFound");
  // Whoever reads a meeting may answer it once their address is verified: that is the only refusal here.
  if (action === "rsvp" && !permissions.rsvp) throw forbidden("auth.verify.required");
  if (!permissions[action]) throw forbidden();
}
