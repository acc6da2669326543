/** Loads a meeting with the actor's permissions on it; the one door for commands and queries. */
import { communityContextFor } from "../communities/access.ts";
import { type Actor, communityPermissions } from "../communities/policy.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { authorizeMeeting, type MeetingAction, meetingPermissions, type MeetingPermissions } from "./policy.ts";

export const meetingSelect = {
  id: true,
  communityId: true,
  title: true,
  description: true,
  onlineUrl: true,
  location: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  capacity: true,
  createdById: true,
  cancelledAt: true,
  sequence: true,
  notesDocumentId: true,
  createdAt: true,
  updatedAt: true,
  community: { select: { id: true, slug: true, name: true, accessMode: true, themeId: true } },
} as const;

export async function permissionsFor(
  actor: Actor,
  community: { id: string; accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" } | null,
): Promise<MeetingPermissions> {
  if (!community) return meetingPermissions(actor, null);
  const context = await communityContextFor(actor, community);
  return meetingPermissions(actor, communityPermissions(actor, context));
}

export async function loadMeeting(actor: Actor, meetingId: string, action: MeetingAction) {
  const meeting = await db().meeting.findUnique({ where: { id: meetingId }, select: meetingSelect });
  if (!meeting) throw notFound("events.errors.notFound");
  const permissions = await permissionsFor(actor, meeting.community);
  authorizeMeeting(permissions, action);
  return { meeting, permissions };
}

export type LoadedMeeting = Awaited<ReturnType<typeof loadMeeting>>["meeting"];
