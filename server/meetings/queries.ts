/** What the agenda pages read: lists filtered in SQL by what the actor may read, and one event's page. */
import type { AgendaScope } from "~/shared/meetings.ts";
import { loadCommunity, readableCommunityIds } from "../communities/access.ts";
import { type Actor, communityPermissions } from "../communities/policy.ts";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { loadMeeting } from "./access.ts";
import { renderIcs } from "./ics.ts";
import { isModerator } from "../moderation/roles.ts";
import { canCreateMeeting, meetingPermissions } from "./policy.ts";

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

/** The meetings the actor may read: platform-wide plus those of readable communities. */
export async function visibleMeetingsWhere(actor: SignedIn): Promise<Prisma.MeetingWhereInput> {
  if (isModerator(actor)) return {};
  const ids = await readableCommunityIds(actor);
  return { OR: [{ communityId: null }, { communityId: { in: ids } }] };
}

async function withCounts<T extends { id: string }>(rows: T[], userId: string) {
  const ids = rows.map((row) => row.id);
  const [counts, mine] = await Promise.all([
    db().rsvp.groupBy({ by: ["meetingId"], where: { meetingId: { in: ids }, answer: "YES", status: "CONFIRMED" }, _count: { _all: true } }),
    db().rsvp.findMany({ where: { meetingId: { in: ids }, userId }, select: { meetingId: true, answer: true, status: true } }),
  ]);
  const taken = new Map(counts.map((c) => [c.meetingId, c._count._all]));
  const answers = new Map(mine.map((m) => [m.meetingId, { answer: m.answer, status: m.status }]));
  return rows.map((row) => ({ ...row, attending: taken.get(row.id) ?? 0, mine: answers.get(row.id) ?? null }));
}

/** Upcoming (not yet ended) meetings, soonest first. */
export async function agenda(actor: SignedIn, scope: AgendaScope, now = new Date()) {
  const visible = await visibleMeetingsWhere(actor);
  const where: Prisma.MeetingWhereInput = { AND: [visible, { endsAt: { gt: now } }] };
  if (scope === "platform") (where.AND as Prisma.MeetingWhereInput[]).push({ communityId: null });
  if (scope === "mine")
    (where.AND as Prisma.MeetingWhereInput[]).push({ rsvps: { some: { userId: actor.id, answer: { in: ["YES", "MAYBE"] } } } });
  const rows = await db().meeting.findMany({
    where,
    select: listSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: AGENDA_LIMIT,
  });
  return { meetings: await withCounts(rows, actor.id) };
}

/**
 * Where the actor may plan a meeting from /agenda (decision 242): platform-wide (moderators) and the
 * communities of theirs whose meetings they manage, by the same policy the planning form checks.
 */
export async function planningTargets(actor: SignedIn): Promise<{ platform: boolean; communities: { slug: string; name: string }[] }> {
  const moderator = isModerator(actor);
  // One statement: members plan nothing, facilitators plan in their own communities, moderators in every
  // community they are in (the policy grants them that as readers, whatever their role).
  const rows = await db().community.findMany({
    where: { memberships: { some: { userId: actor.id, ...(moderator ? {} : { role: "FACILITATOR" }) } } },
    select: { slug: true, name: true, accessMode: true },
    orderBy: { name: "asc" },
  });
  const role = moderator ? "MEMBER" : "FACILITATOR";
  const communities = rows
    .filter((community) => canCreateMeeting(actor, communityPermissions(actor, { role, accessMode: community.accessMode })))
    .map(({ slug, name }) => ({ slug, name }));
  return { platform: canCreateMeeting(actor, null), communities };
}

/** A community's meetings: upcoming ones and the latest past ones. */
export async function communityMeetings(actor: SignedIn, slug: string, now = new Date()) {
  const { community, permissions } = await loadCommunity(actor, slug, "read");
  const [upcoming, past] = await Promise.all([
    db().meeting.findMany({
      where: { communityId: community.id, endsAt: { gt: now } },
      select: listSelect,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: AGENDA_LIMIT,
    }),
    db().meeting.findMany({
      where: { communityId: community.id, endsAt: { lte: now } },
      select: listSelect,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      take: 10,
    }),
  ]);
  return {
    community: { slug: community.slug, name: community.name },
    canCreate: meetingPermissions(actor, permissions).manage,
    upcoming: await withCounts(upcoming, actor.id),
    past: await withCounts(past, actor.id),
  };
}

/** One meeting with the actor's answer, the counts and (for organisers) the attendee list. */
export async function meetingPage(actor: SignedIn, meetingId: string, now = new Date()) {
  const { meeting, permissions } = await loadMeeting(actor, meetingId, "read");
  const [mine, grouped] = await Promise.all([
    db().rsvp.findUnique({
      where: { meetingId_userId: { meetingId, userId: actor.id } },
      select: { answer: true, status: true, waitlistedAt: true },
    }),
    db().rsvp.groupBy({ by: ["answer", "status"], where: { meetingId }, _count: { _all: true } }),
  ]);
  const count = (answer: string, status?: string) =>
    grouped.filter((g) => g.answer === answer && (!status || g.status === status)).reduce((sum, g) => sum + g._count._all, 0);
  let waitlistPosition: number | null = null;
  if (mine?.status === "WAITLISTED" && mine.answer === "YES" && mine.waitlistedAt) {
    waitlistPosition =
      (await db().rsvp.count({ where: { meetingId, answer: "YES", status: "WAITLISTED", waitlistedAt: { lt: mine.waitlistedAt } } })) + 1;
  }
  const attendees = permissions.manage
    ? await db().rsvp.findMany({
        where: { meetingId, answer: { in: ["YES", "MAYBE"] } },
        select: {
          answer: true,
          status: true,
          waitlistedAt: true,
          user: { select: { id: true, displayName: true, organisation: true, showOrganisation: true } },
        },
        orderBy: [{ answer: "asc" }, { status: "asc" }, { waitlistedAt: "asc" }, { createdAt: "asc" }],
      })
    : null;
  const notesDocument =
    meeting.notesDocumentId && meeting.community
      ? { id: meeting.notesDocumentId, url: `/communities/${meeting.community.slug}/documenten/${meeting.notesDocumentId}` }
      : null;
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      description: meeting.description,
      onlineUrl: meeting.onlineUrl,
      location: meeting.location,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      timeZone: meeting.timeZone,
      capacity: meeting.capacity,
      cancelled: meeting.cancelledAt !== null,
      community: meeting.community ? { slug: meeting.community.slug, name: meeting.community.name } : null,
    },
    permissions,
    started: meeting.startsAt.getTime() <= now.getTime(),
    ended: meeting.endsAt.getTime() <= now.getTime(),
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
export async function meetingForEdit(actor: SignedIn, meetingId: string) {
  const { meeting } = await loadMeeting(actor, meetingId, "manage");
  return meeting;
}

/** The .ics file of one meeting (read permission; the member's session). */
export async function meetingIcs(actor: SignedIn, meetingId: string) {
  const { meeting } = await loadMeeting(actor, meetingId, "read");
  return renderIcs([{ ...meeting, community: meeting.community ? { name: meeting.community.name } : null }], {
    name: meeting.title,
    publish: true,
  });
}
