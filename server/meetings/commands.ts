/**
 * Every change to meetings and answers. Each command checks the policy first;
 * seats are handed out under a row lock on the meeting, so answers that arrive
 * at the same moment never overbook it (docs/decisions/071).
 */
import { MEETING_TIME_ZONE, type MeetingFormInput, type RsvpAnswerValue, type RsvpStatusValue } from "~/shared/meetings.ts";
import { paths } from "~/shared/paths.ts";
import { loadCommunity } from "../communities/access.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { createDocumentIn } from "../documents/commands.ts";
import { templateState } from "../documents/templates.ts";
import { conflict, fieldError, forbidden, notFound } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { loadMeeting } from "./access.ts";
import { canCreateMeeting, meetingPermissions } from "./policy.ts";

type SignedIn = NonNullable<Actor>;
type Tx = Prisma.TransactionClient;

export const meetingPath = (meetingId: string) => paths.meeting(meetingId);

function meetingData(input: MeetingFormInput) {
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

/** Minutes of grace for a form filled in just before the start (decision 234). */
const PAST_START_GRACE_MS = 5 * 60_000;

/** A meeting is not planned in the past (decision 234): a start that has passed is refused at its field. */
function refuseStartInPast(startsAt: Date): void {
  if (startsAt.getTime() < Date.now() - PAST_START_GRACE_MS) throw fieldError("startsAt", "events.errors.startsInPast");
}

const sameMinute = (a: Date, b: Date) => Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);

/** Creates a meeting in the community with this slug, or platform-wide when `communitySlug` is null. */
export async function createMeeting(actor: SignedIn, communitySlug: string | null, input: MeetingFormInput) {
  let communityId: string | null = null;
  if (communitySlug) {
    const { community, permissions } = await loadCommunity(actor, communitySlug, "read");
    if (!canCreateMeeting(actor, permissions)) throw forbidden("events.errors.notOrganiser");
    communityId = community.id;
  } else if (!canCreateMeeting(actor, null)) {
    throw forbidden("events.errors.notOrganiser");
  }
  refuseStartInPast(input.startsAt);
  return transaction(async (tx) => {
    const meeting = await tx.meeting.create({ data: { ...meetingData(input), communityId, createdById: actor.id }, select: { id: true } });
    await emit(tx, "event.created", { eventId: meeting.id, communityId, userId: actor.id });
    return meeting;
  });
}

/** Locks the meeting row until the transaction ends; every seat change goes through here. */
async function lockMeeting(tx: Tx, meetingId: string) {
  const [row] = await tx.$queryRaw<{ capacity: number | null; cancelledAt: Date | null; endsAt: Date }[]>`
    SELECT "capacity", "cancelledAt", "endsAt" FROM "Event" WHERE "id" = ${meetingId} FOR UPDATE`;
  if (!row) throw notFound("events.errors.notFound");
  return row;
}

type Promoted = { id: string; userId: string; waitlistedAt: Date | null };

/**
 * Moves the first on the waiting list to free seats (all of them when there is
 * no limit); those promoted are told through `waitlist.promoted`.
 */
async function fillSeats(tx: Tx, meetingId: string, capacity: number | null): Promise<Promoted[]> {
  let free: number | undefined;
  if (capacity !== null) {
    const taken = await tx.rsvp.count({ where: { meetingId, answer: "YES", status: "CONFIRMED" } });
    free = capacity - taken;
    if (free <= 0) return [];
  }
  const next = await tx.rsvp.findMany({
    where: { meetingId, answer: "YES", status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, userId: true, waitlistedAt: true },
  });
  if (next.length) {
    await tx.rsvp.updateMany({ where: { id: { in: next.map((r) => r.id) } }, data: { status: "CONFIRMED", waitlistedAt: null } });
    await emit(tx, "waitlist.promoted", {
      eventId: meetingId,
      promoted: next.map((r) => ({ rsvpId: r.id, userId: r.userId, waitlistedAt: r.waitlistedAt?.toISOString() ?? null })),
    });
  }
  return next;
}

export async function updateMeeting(actor: SignedIn, meetingId: string, input: MeetingFormInput) {
  const { meeting } = await loadMeeting(actor, meetingId, "manage");
  if (meeting.cancelledAt) throw conflict("events.errors.cancelled");
  // A meeting that has begun keeps its own start when the rest is corrected; moving it into the past is refused.
  if (!sameMinute(input.startsAt, meeting.startsAt)) refuseStartInPast(input.startsAt);
  await transaction(async (tx) => {
    await lockMeeting(tx, meetingId);
    await tx.meeting.update({
      where: { id: meetingId },
      data: { ...meetingData(input), sequence: { increment: 1 } },
      select: { id: true },
    });
    // More seats (or no limit any more) lets the waiting list in; fewer seats never removes anyone who has one.
    await fillSeats(tx, meetingId, input.capacity);
    await emit(tx, "event.updated", { eventId: meetingId, communityId: meeting.communityId, userId: actor.id, cancelled: false });
  });
}

export async function cancelMeeting(actor: SignedIn, meetingId: string) {
  const { meeting } = await loadMeeting(actor, meetingId, "manage");
  if (meeting.cancelledAt) return;
  const cancelledAt = new Date();
  // Attendees are told by the notifications processor.
  await transaction(async (tx) => {
    const changed = await tx.meeting.updateMany({
      where: { id: meetingId, cancelledAt: null },
      data: { cancelledAt, sequence: { increment: 1 } },
    });
    if (changed.count === 0) return;
    await emit(tx, "event.updated", { eventId: meetingId, communityId: meeting.communityId, userId: actor.id, cancelled: true });
  });
}

export type RsvpResult = { answer: RsvpAnswerValue; status: RsvpStatusValue };

/**
 * Records the member's answer. A "ja" gets a seat while there is one and
 * joins the waiting list otherwise; giving up a seat (misschien, nee) hands
 * it to the first on the waiting list, who is notified.
 */
export async function answerRsvp(actor: SignedIn, meetingId: string, answer: RsvpAnswerValue): Promise<RsvpResult> {
  const { meeting } = await loadMeeting(actor, meetingId, "rsvp");
  if (meeting.cancelledAt) throw conflict("events.errors.cancelled");
  if (meeting.endsAt.getTime() <= Date.now()) throw conflict("events.errors.ended");
  return transaction(async (tx) => {
    const locked = await lockMeeting(tx, meetingId);
    if (locked.cancelledAt) throw conflict("events.errors.cancelled");
    const previous = await tx.rsvp.findUnique({
      where: { meetingId_userId: { meetingId, userId: actor.id } },
      select: { answer: true, status: true },
    });
    if (previous?.answer === "YES" && answer === "YES") return { answer, status: previous.status } as RsvpResult;

    let status: RsvpStatusValue = "CONFIRMED";
    let waitlistedAt: Date | null = null;
    if (answer === "YES" && locked.capacity !== null) {
      const taken = await tx.rsvp.count({ where: { meetingId, answer: "YES", status: "CONFIRMED" } });
      if (taken >= locked.capacity) {
        status = "WAITLISTED";
        waitlistedAt = new Date();
      }
    }
    await tx.rsvp.upsert({
      where: { meetingId_userId: { meetingId, userId: actor.id } },
      create: { meetingId, userId: actor.id, answer, status, waitlistedAt },
      update: { answer, status, waitlistedAt },
      select: { id: true },
    });
    const gaveUpSeat = previous?.answer === "YES" && previous.status === "CONFIRMED";
    if (gaveUpSeat) await fillSeats(tx, meetingId, locked.capacity);
    return { answer, status } as RsvpResult;
  });
}

/**
 * After seats were freed without an answer (an account deleted, its answers
 * gone by ON DELETE CASCADE): hands them to the waiting list of each meeting
 * that has not ended and is not cancelled, and tells those promoted.
 */
export async function refillSeats(meetingIds: string[]): Promise<void> {
  for (const meetingId of new Set(meetingIds)) {
    await transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ capacity: number | null; cancelledAt: Date | null; endsAt: Date }[]>`
        SELECT "capacity", "cancelledAt", "endsAt" FROM "Event" WHERE "id" = ${meetingId} FOR UPDATE`;
      if (!locked || locked.cancelledAt || locked.endsAt.getTime() <= Date.now()) return;
      await fillSeats(tx, meetingId, locked.capacity);
    });
  }
}

/**
 * Starts the shared notes (verslag) of a community meeting once it has begun,
 * as a document in the community; a second click opens the same document.
 */
export async function createMeetingNotes(actor: SignedIn, meetingId: string): Promise<{ documentId: string; communitySlug: string }> {
  const { meeting } = await loadMeeting(actor, meetingId, "writeNotes");
  const community = meeting.community;
  if (!community) throw forbidden("events.errors.notesNeedCommunity");
  if (meeting.notesDocumentId) return { documentId: meeting.notesDocumentId, communitySlug: community.slug };
  if (meeting.startsAt.getTime() > Date.now()) throw conflict("events.errors.notesTooEarly");
  const title = `Verslag: ${meeting.title}`.slice(0, 140);
  // The template is Dutch; the day is the meeting's own, in Dutch time (walk9: "Datum:" was left empty).
  const date = new Intl.DateTimeFormat("nl-NL", { timeZone: MEETING_TIME_ZONE, dateStyle: "full" }).format(meeting.startsAt);
  const document = await createDocumentIn(community.id, actor.id, title, templateState("verslag", { date }));
  const linked = await db().meeting.updateMany({ where: { id: meetingId, notesDocumentId: null }, data: { notesDocumentId: document.id } });
  if (linked.count === 0) {
    // Someone else was just as quick: keep theirs.
    await transaction(async (tx) => {
      await tx.document.delete({ where: { id: document.id }, select: { id: true } });
      await emit(tx, "document.deleted", { documentId: document.id, communityId: community.id, userId: actor.id, authorId: actor.id });
    });
    const current = await db().meeting.findUnique({ where: { id: meetingId }, select: { notesDocumentId: true } });
    return { documentId: current?.notesDocumentId ?? document.id, communitySlug: community.slug };
  }
  return { documentId: document.id, communitySlug: community.slug };
}

/** The permissions for a page that creates a meeting (null slug: platform-wide). */
export async function meetingCreationTarget(actor: SignedIn, communitySlug: string | null) {
  if (!communitySlug) {
    if (!canCreateMeeting(actor, null)) throw forbidden("events.errors.notOrganiser");
    return { community: null };
  }
  const { community, permissions } = await loadCommunity(actor, communitySlug, "read");
  if (!meetingPermissions(actor, permissions).manage) throw forbidden("events.errors.notOrganiser");
  return { community: { slug: community.slug, name: community.name } };
}
