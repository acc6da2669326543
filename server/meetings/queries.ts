/** What the agenda pages read: lists filtered in SQL by what the actor may read, and one event's page. */
import type { AgendaScope } from "~/shared/events.ts";
import { loadCommunity, readableCommunityIds } from "../communities/access.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { loadEvent } from "./access.ts";
import { renderIcs } from "./ics.ts";
import { canCreateEvent, eventPermissions, isModerator } from "./policy.ts";

type SignedIn = NonNullable<Actor>;

const listSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  onlineUrl: true,
  location: true,
  capacity: true,
  cancelledAt: true,
  community: { select: { slug: true, name: true } },
} as const;

export const AGENDA_LIMIT = 100;

/** The events the actor may read: platform-wide plus those of readable communities. */
export async function visibleEventsWhere(actor: SignedIn): Promise<Prisma.EventWhereInput> {
  if (isModerator(actor)) return {};
  const ids = await readableCommunityIds(actor);
  return { OR: [{ communityId: null }, { communityId: { in: ids } }] };
}

async function withCounts<T extends { id: string }>(rows: T[], userId: string) {
  const ids = rows.map((row) => row.id);
  const [counts, mine] = await Promise.all([
    db().rsvp.groupBy({ by: ["eventId"], where: { eventId: { in: ids }, answer: "YES", status: "CONFIRMED" }, _count: { _all: true } }),
    db().rsvp.findMany({ where: { eventId: { in: ids }, userId }, select: { eventId: true, answer: true, status: true } }),
  ]);
  const taken = new Map(counts.map((c) => [c.eventId, c._count._all]));
  const answers = new Map(mine.map((m) => [m.eventId, { answer: m.answer, status: m.status }]));
  return rows.map((row) => ({ ...row, attending: taken.get(row.id) ?? 0, mine: answers.get(row.id) ?? null }));
}

/** Upcoming (not yet ended) events, soonest first. */
export async function agenda(actor: SignedIn, scope: AgendaScope, now = new Date()) {
  const visible = await visibleEventsWhere(actor);
  const where: Prisma.EventWhereInput = { AND: [visible, { endsAt: { gt: now } }] };
  if (scope === "platform") (where.AND as Prisma.EventWhereInput[]).push({ communityId: null });
  if (scope === "mine") (where.AND as Prisma.EventWhereInput[]).push({ rsvps: { some: { userId: actor.id, answer: { in: ["YES", "MAYBE"] } } } });
  const rows = await db().event.findMany({ where, select: listSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: AGENDA_LIMIT });
  return { events: await withCounts(rows, actor.id), canCreatePlatformEvent: canCreateEvent(actor, null) };
}

/** A community's events: upcoming ones and the latest past ones. */
export async function communityEvents(actor: SignedIn, slug: string, now = new Date()) {
  const { community, permissions } = await loadCommunity(actor, slug, "read");
  const [upcoming, past] = await Promise.all([
    db().event.findMany({ where: { communityId: community.id, endsAt: { gt: now } }, select: listSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: AGENDA_LIMIT }),
    db().event.findMany({ where: { communityId: community.id, endsAt: { lte: now } }, select: listSelect, orderBy: [{ startsAt: "desc" }, { id: "desc" }], take: 10 }),
  ]);
  return {
    community: { slug: community.slug, name: community.name },
    canCreate: eventPermissions(actor, permissions).manage,
    upcoming: await withCounts(upcoming, actor.id),
    past: await withCounts(past, actor.id),
  };
}

/** One event with the actor's answer, the counts and (for organisers) the attendee list. */
export async function eventPage(actor: SignedIn, eventId: string, now = new Date()) {
  const { event, permissions } = await loadEvent(actor, eventId, "read");
  const [mine, grouped] = await Promise.all([
    db().rsvp.findUnique({ where: { eventId_userId: { eventId, userId: actor.id } }, select: { answer: true, status: true, waitlistedAt: true } }),
    db().rsvp.groupBy({ by: ["answer", "status"], where: { eventId }, _count: { _all: true } }),
  ]);
  const count = (answer: string, status?: string) =>
    grouped.filter((g) => g.answer === answer && (!status || g.status === status)).reduce((sum, g) => sum + g._count._all, 0);
  let waitlistPosition: number | null = null;
  if (mine?.status === "WAITLISTED" && mine.answer === "YES" && mine.waitlistedAt) {
    waitlistPosition =
      (await db().rsvp.count({ where: { eventId, answer: "YES", status: "WAITLISTED", waitlistedAt: { lt: mine.waitlistedAt } } })) + 1;
  }
  const attendees = permissions.manage
    ? await db().rsvp.findMany({
        where: { eventId, answer: { in: ["YES", "MAYBE"] } },
        select: { answer: true, status: true, waitlistedAt: true, user: { select: { id: true, displayName: true, organisation: true, showOrganisation: true } } },
        orderBy: [{ answer: "asc" }, { status: "asc" }, { waitlistedAt: "asc" }, { createdAt: "asc" }],
      })
    : null;
  const notesDocument =
    event.notesDocumentId && event.community ? { id: event.notesDocumentId, url: `/communities/${event.community.slug}/documenten/${event.notesDocumentId}` } : null;
  return {
    event: {
      id: event.id,
      title: event.title,
      description: event.description,
      onlineUrl: event.onlineUrl,
      location: event.location,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.timeZone,
      capacity: event.capacity,
      cancelled: event.cancelledAt !== null,
      community: event.community ? { slug: event.community.slug, name: event.community.name } : null,
    },
    permissions,
    started: event.startsAt.getTime() <= now.getTime(),
    ended: event.endsAt.getTime() <= now.getTime(),
    mine: mine ? { answer: mine.answer, status: mine.status } : null,
    waitlistPosition,
    counts: { yes: count("YES", "CONFIRMED"), waitlisted: count("YES", "WAITLISTED"), maybe: count("MAYBE") },
    attendees: attendees?.map((a) => ({
      id: a.user.id,
      name: a.user.displayName,
      organisation: a.user.showOrganisation ? a.user.organisation : null,
      answer: a.answer,
      status: a.status,
    })),
    notesDocument,
  };
}

/** The edit form's data (manage only). */
export async function eventForEdit(actor: SignedIn, eventId: string) {
  const { event } = await loadEvent(actor, eventId, "manage");
  return event;
}

/** The .ics file of one event (read permission; the member's session). */
export async function eventIcs(actor: SignedIn, eventId: string) {
  const { event } = await loadEvent(actor, eventId, "read");
  return renderIcs([{ ...event, community: event.community ? { name: event.community.name } : null }], { name: event.title, publish: true });
}
