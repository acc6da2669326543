/** What the agenda pages read: lists filtered in SQL by what the actor may read, and one event's page. */
import type { AccessModeValue } from "~/shared/enums.ts";
import type { AgendaScope } from "~/shared/meetings.ts";
import { loadCommunity, readableCommunityIds } from "../communities/access.ts";
import { type Actor, communityPermissions } from "../communities/policy.ts";
import { db } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import type { Prisma, RsvpAnswer, RsvpStatus } from "../generated/prisma/client.ts";
import { loadMeeting } from "./access.ts";
import { renderIcs } from "./ics.ts";
import { isModerator } from "../moderation/roles.ts";
import { canCreateMeeting, meetingPermissions } from "./policy.ts";

type SignedIn = NonNullable<Actor>;

/** What a meeting card shows (the community page's lists; the agenda reads the same columns on pg). */
export const MEETING_LIST_SELECT = {
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

type AgendaRow = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  onlineUrl: string | null;
  location: string | null;
  capacity: number | null;
  cancelledAt: Date | null;
  communitySlug: string | null;
  communityName: string | null;
  attending: number;
  myAnswer: RsvpAnswer | null;
  myStatus: RsvpStatus | null;
};

// One fixed text (decision 282): what the actor may read (platform-wide meetings, open communities,
// their own; everything for moderators, $3), the scope ($4), the community, the confirmed "ja" count and
// the actor's own answer. Before, five statements: the readable communities, the meetings and their
// communities through Prisma, then the counts and the answers.
const AGENDA_SELECT = `SELECT e."id", e."title", e."startsAt", e."endsAt", e."onlineUrl", e."location", e."capacity",
    e."cancelledAt", c."slug" AS "communitySlug", c."name" AS "communityName",
    (SELECT count(*)::int FROM "Rsvp" r
      WHERE r."eventId" = e."id" AND r."answer"::text = 'YES' AND r."status"::text = 'CONFIRMED') AS "attending",
    mine."answer"::text AS "myAnswer", mine."status"::text AS "myStatus"
  FROM "Event" e
  LEFT JOIN "Community" c ON c."id" = e."communityId"
  LEFT JOIN "Rsvp" mine ON mine."eventId" = e."id" AND mine."userId" = $1
  WHERE e."endsAt" > $2
    AND ($3::boolean OR e."communityId" IS NULL OR c."accessMode"::text = 'OPEN'
      OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = e."communityId" AND m."userId" = $1))
    AND ($4::text <> 'platform' OR e."communityId" IS NULL)
    AND ($4::text <> 'mine' OR mine."answer"::text IN ('YES', 'MAYBE'))
  ORDER BY e."startsAt" ASC, e."id" ASC
  LIMIT ${AGENDA_LIMIT}`;
const AGENDA = `/* prepared */ ${AGENDA_SELECT}`;

/** Upcoming (not yet ended) meetings, soonest first: one prepared statement on pg (decision 282). */
export async function agenda(actor: SignedIn, scope: AgendaScope, now = new Date()) {
  const rows = await directQuery<AgendaRow>(AGENDA, [actor.id, now, isModerator(actor), scope]);
  return { meetings: rows.map(agendaMeeting) };
}

function agendaMeeting(row: AgendaRow) {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    onlineUrl: row.onlineUrl,
    location: row.location,
    capacity: row.capacity,
    cancelledAt: row.cancelledAt,
    community: row.communitySlug === null ? null : { slug: row.communitySlug, name: row.communityName! },
    attending: row.attending,
    mine: row.myAnswer === null ? null : { answer: row.myAnswer, status: row.myStatus! },
  };
}

// Members plan nothing, facilitators plan in their own communities, moderators in every community they
// are in (the policy grants them that as readers, whatever their role): $2 says moderator.
const PLANNING_COMMUNITIES_WHERE = `FROM "Community" c
  WHERE EXISTS (SELECT 1 FROM "Membership" m
    WHERE m."communityId" = c."id" AND m."userId" = $1 AND ($2::boolean OR m."role"::text = 'FACILITATOR'))`;
const PLANNING_COMMUNITIES = `/* prepared */ SELECT c."slug", c."name", c."accessMode"::text AS "accessMode" ${PLANNING_COMMUNITIES_WHERE}
  ORDER BY c."name" ASC`;

// The agenda's list and where the member may plan, in one statement (decision 321): the list's text as it is
// (its $3 and $2 say moderator), and on the first row (or the one row of nulls when the list is empty)
// the planning places as JSON, ordered as PLANNING_COMMUNITIES orders them. $1 the actor, $2 now,
// $3 moderator, $4 the scope.
const AGENDA_WITH_PLANNING = `/* prepared */ SELECT
    CASE WHEN e."n" IS NULL OR e."n" = 1 THEN p."planning" END AS "planning", e.*
  FROM (SELECT coalesce(json_agg(json_build_object('slug', c."slug", 'name', c."name", 'accessMode', c."accessMode"::text)
      ORDER BY c."name" ASC), '[]'::json) AS "planning"
    ${PLANNING_COMMUNITIES_WHERE.replace("$2::boolean", "$3::boolean")}) p
  LEFT JOIN LATERAL (SELECT a.*, row_number() OVER (ORDER BY a."startsAt" ASC, a."id" ASC) AS "n" FROM (${AGENDA_SELECT}) a) e ON true
  ORDER BY e."startsAt" ASC, e."id" ASC`;

/**
 * Where the actor may plan a meeting from /agenda (decision 242): platform-wide (moderators) and the
 * communities of theirs whose meetings they manage, by the same policy the planning form checks.
 * One prepared statement on pg (decision 282).
 */
export async function planningTargets(actor: SignedIn): Promise<PlanningTargets> {
  const rows = await directQuery<PlanningRow>(PLANNING_COMMUNITIES, [actor.id, isModerator(actor)]);
  return planningTargetsOf(actor, rows);
}

type PlanningTargets = { platform: boolean; communities: { slug: string; name: string }[] };
type PlanningRow = { slug: string; name: string; accessMode: AccessModeValue };

/** The policy's answer over the communities read: the same checks the planning form makes. */
function planningTargetsOf(actor: SignedIn, rows: PlanningRow[]): PlanningTargets {
  const role = isModerator(actor) ? "MEMBER" : "FACILITATOR";
  const communities = rows
    .filter((community) => canCreateMeeting(actor, communityPermissions(actor, { role, accessMode: community.accessMode })))
    .map(({ slug, name }) => ({ slug, name }));
  return { platform: canCreateMeeting(actor, null), communities };
}

/**
 * agenda and planningTargets in one statement for /agenda (decision 321): the same meetings in the same
 * order and the same planning places, the policy applied to the rows as planningTargets applies it.
 */
export async function agendaWithPlanningTargets(
  actor: SignedIn,
  scope: AgendaScope,
  now = new Date(),
): Promise<{ meetings: ReturnType<typeof agendaMeeting>[]; planTargets: PlanningTargets }> {
  const rows = await directQuery<{ planning: PlanningRow[] | null } & { [K in keyof AgendaRow]: AgendaRow[K] | null }>(
    AGENDA_WITH_PLANNING,
    [actor.id, now, isModerator(actor), scope],
  );
  return {
    meetings: rows.flatMap(({ planning: _planning, ...row }) => (row.id === null ? [] : [agendaMeeting(row as AgendaRow)])),
    planTargets: planningTargetsOf(actor, rows[0]?.planning ?? []),
  };
}

/** A community's meetings: upcoming ones and the latest past ones. */
export async function communityMeetings(actor: SignedIn, slug: string, now = new Date()) {
  const { community, permissions } = await loadCommunity(actor, slug, "read");
  const [upcoming, past] = await Promise.all([
    db().meeting.findMany({
      where: { communityId: community.id, endsAt: { gt: now } },
      select: MEETING_LIST_SELECT,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: AGENDA_LIMIT,
    }),
    db().meeting.findMany({
      where: { communityId: community.id, endsAt: { lte: now } },
      select: MEETING_LIST_SELECT,
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
