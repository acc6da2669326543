/** Loads an event with the actor's permissions on it; the one door for commands and queries. */
import { communityContextFor } from "../communities/access.ts";
import { type Actor, communityPermissions } from "../communities/policy.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { authorizeEvent, type EventAction, eventPermissions, type EventPermissions } from "./policy.ts";

export const eventSelect = {
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

export async function permissionsFor(actor: Actor, community: { id: string; accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" } | null): Promise<EventPermissions> {
  if (!community) return eventPermissions(actor, null);
  const context = await communityContextFor(actor, community);
  return eventPermissions(actor, communityPermissions(actor, context));
}

export async function loadEvent(actor: Actor, eventId: string, action: EventAction) {
  const event = await db().event.findUnique({ where: { id: eventId }, select: eventSelect });
  if (!event) throw notFound("events.errors.notFound");
  const permissions = await permissionsFor(actor, event.community);
  authorizeEvent(permissions, action);
  return { event, permissions };
}

export type LoadedEvent = Awaited<ReturnType<typeof loadEvent>>["event"];
