/**
 * Every change to events and answers. Each command checks the policy first;
 * seats are handed out under a row lock on the event, so answers that arrive
 * at the same moment never overbook it (docs/decisions/071).
 */
import type { EventFormInput, RsvpAnswerValue, RsvpStatusValue } from "~/shared/events.ts";
import { loadCommunity } from "../communities/access.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { createDocumentIn } from "../documents/commands.ts";
import { templateState } from "../documents/templates.ts";
import { conflict, forbidden, notFound } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { loadEvent } from "./access.ts";
import { canCreateEvent, eventPermissions } from "./policy.ts";

type SignedIn = NonNullable<Actor>;
type Tx = Prisma.TransactionClient;

export const eventPath = (eventId: string) => `/agenda/${eventId}`;

function eventData(input: EventFormInput) {
  return {
    title: input.title,
    description: input.description,
    onlineUrl: input.onlineUrl,
    location: input.location,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: input.capacity,
  };
}

/** Creates an event in the community with this slug, or platform-wide when `communitySlug` is null. */
export async function createEvent(actor: SignedIn, communitySlug: string | null, input: EventFormInput) {
  let communityId: string | null = null;
  if (communitySlug) {
    const { community, permissions } = await loadCommunity(actor, communitySlug, "read");
    if (!canCreateEvent(actor, permissions)) throw forbidden("events.errors.notOrganiser");
    communityId = community.id;
  } else if (!canCreateEvent(actor, null)) {
    throw forbidden("events.errors.notOrganiser");
  }
  return transaction(async (tx) => {
    const event = await tx.event.create({ data: { ...eventData(input), communityId, createdById: actor.id }, select: { id: true } });
    await emit(tx, "event.created", { eventId: event.id, communityId, userId: actor.id });
    return event;
  });
}

/** Locks the event row until the transaction ends; every seat change goes through here. */
async function lockEvent(tx: Tx, eventId: string) {
  const [row] = await tx.$queryRaw<{ capacity: number | null; cancelledAt: Date | null; endsAt: Date }[]>`
    SELECT "capacity", "cancelledAt", "endsAt" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
  if (!row) throw notFound("events.errors.notFound");
  return row;
}

type Promoted = { id: string; userId: string; waitlistedAt: Date | null };

/**
 * Moves the first on the waiting list to free seats (all of them when there is
 * no limit); those promoted are told through `waitlist.promoted`.
 */
async function fillSeats(tx: Tx, eventId: string, capacity: number | null): Promise<Promoted[]> {
  let free: number | undefined;
  if (capacity !== null) {
    const taken = await tx.rsvp.count({ where: { eventId, answer: "YES", status: "CONFIRMED" } });
    free = capacity - taken;
    if (free <= 0) return [];
  }
  const next = await tx.rsvp.findMany({
    where: { eventId, answer: "YES", status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, userId: true, waitlistedAt: true },
  });
  if (next.length) {
    await tx.rsvp.updateMany({ where: { id: { in: next.map((r) => r.id) } }, data: { status: "CONFIRMED", waitlistedAt: null } });
    await emit(tx, "waitlist.promoted", { eventId, promoted: next.map((r) => ({ rsvpId: r.id, userId: r.userId, waitlistedAt: r.waitlistedAt?.toISOString() ?? null })) });
  }
  return next;
}

export async function updateEvent(actor: SignedIn, eventId: string, input: EventFormInput) {
  const { event } = await loadEvent(actor, eventId, "manage");
  if (event.cancelledAt) throw conflict("events.errors.cancelled");
  await transaction(async (tx) => {
    await lockEvent(tx, eventId);
    await tx.event.update({ where: { id: eventId }, data: { ...eventData(input), sequence: { increment: 1 } }, select: { id: true } });
    // More seats (or no limit any more) lets the waiting list in; fewer seats never removes anyone who has one.
    await fillSeats(tx, eventId, input.capacity);
    await emit(tx, "event.updated", { eventId, communityId: event.communityId, userId: actor.id, cancelled: false });
  });
}

export async function cancelEvent(actor: SignedIn, eventId: string) {
  const { event } = await loadEvent(actor, eventId, "manage");
  if (event.cancelledAt) return;
  const cancelledAt = new Date();
  // Attendees are told by the notifications processor.
  await transaction(async (tx) => {
    const changed = await tx.event.updateMany({ where: { id: eventId, cancelledAt: null }, data: { cancelledAt, sequence: { increment: 1 } } });
    if (changed.count === 0) return;
    await emit(tx, "event.updated", { eventId, communityId: event.communityId, userId: actor.id, cancelled: true });
  });
}

export type RsvpResult = { answer: RsvpAnswerValue; status: RsvpStatusValue };

/**
 * Records the member's answer. A "ja" gets a seat while there is one and
 * joins the waiting list otherwise; giving up a seat (misschien, nee) hands
 * it to the first on the waiting list, who is notified.
 */
export async function answerRsvp(actor: SignedIn, eventId: string, answer: RsvpAnswerValue): Promise<RsvpResult> {
  const { event } = await loadEvent(actor, eventId, "rsvp");
  if (event.cancelledAt) throw conflict("events.errors.cancelled");
  if (event.endsAt.getTime() <= Date.now()) throw conflict("events.errors.ended");
  return transaction(async (tx) => {
    const locked = await lockEvent(tx, eventId);
    if (locked.cancelledAt) throw conflict("events.errors.cancelled");
    const previous = await tx.rsvp.findUnique({ where: { eventId_userId: { eventId, userId: actor.id } }, select: { answer: true, status: true } });
    if (previous?.answer === "YES" && answer === "YES") return { answer, status: previous.status } as RsvpResult;

    let status: RsvpStatusValue = "CONFIRMED";
    let waitlistedAt: Date | null = null;
    if (answer === "YES" && locked.capacity !== null) {
      const taken = await tx.rsvp.count({ where: { eventId, answer: "YES", status: "CONFIRMED" } });
      if (taken >= locked.capacity) {
        status = "WAITLISTED";
        waitlistedAt = new Date();
      }
    }
    await tx.rsvp.upsert({
      where: { eventId_userId: { eventId, userId: actor.id } },
      create: { eventId, userId: actor.id, answer, status, waitlistedAt },
      update: { answer, status, waitlistedAt },
      select: { id: true },
    });
    const gaveUpSeat = previous?.answer === "YES" && previous.status === "CONFIRMED";
    if (gaveUpSeat) await fillSeats(tx, eventId, locked.capacity);
    return { answer, status } as RsvpResult;
  });
}

/**
 * After seats were freed without an answer (an account deleted, its answers
 * gone by ON DELETE CASCADE): hands them to the waiting list of each event
 * that has not ended and is not cancelled, and tells those promoted.
 */
export async function refillSeats(eventIds: string[]): Promise<void> {
  for (const eventId of new Set(eventIds)) {
    await transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ capacity: number | null; cancelledAt: Date | null; endsAt: Date }[]>`
        SELECT "capacity", "cancelledAt", "endsAt" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
      if (!locked || locked.cancelledAt || locked.endsAt.getTime() <= Date.now()) return;
      await fillSeats(tx, eventId, locked.capacity);
    });
  }
}

/**
 * Starts the shared notes (verslag) of a community event once it has begun,
 * as a document in the community; a second click opens the same document.
 */
export async function createEventNotes(actor: SignedIn, eventId: string): Promise<{ documentId: string; communitySlug: string }> {
  const { event } = await loadEvent(actor, eventId, "writeNotes");
  const community = event.community;
  if (!community) throw forbidden("events.errors.notesNeedCommunity");
  if (event.notesDocumentId) return { documentId: event.notesDocumentId, communitySlug: community.slug };
  if (event.startsAt.getTime() > Date.now()) throw conflict("events.errors.notesTooEarly");
  const title = `Verslag: ${event.title}`.slice(0, 140);
  const document = await createDocumentIn(community.id, actor.id, title, templateState("verslag"));
  const linked = await db().event.updateMany({ where: { id: eventId, notesDocumentId: null }, data: { notesDocumentId: document.id } });
  if (linked.count === 0) {
    // Someone else was just as quick: keep theirs.
    await transaction(async (tx) => {
      await tx.document.delete({ where: { id: document.id }, select: { id: true } });
      await emit(tx, "document.deleted", { documentId: document.id, communityId: community.id, userId: actor.id, authorId: actor.id });
    });
    const current = await db().event.findUnique({ where: { id: eventId }, select: { notesDocumentId: true } });
    return { documentId: current?.notesDocumentId ?? document.id, communitySlug: community.slug };
  }
  return { documentId: document.id, communitySlug: community.slug };
}

/** The permissions for a page that creates an event (null slug: platform-wide). */
export async function eventCreationTarget(actor: SignedIn, communitySlug: string | null) {
  if (!communitySlug) {
    if (!canCreateEvent(actor, null)) throw forbidden("events.errors.notOrganiser");
    return { community: null };
  }
  const { community, permissions } = await loadCommunity(actor, communitySlug, "read");
  if (!eventPermissions(actor, permissions).manage) throw forbidden("events.errors.notOrganiser");
  return { community: { slug: community.slug, name: community.name } };
}
