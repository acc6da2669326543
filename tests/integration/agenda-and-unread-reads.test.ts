/**
 * Decision 282: the agenda's list (five statements, four through Prisma), where a member may plan a
 * meeting (Prisma) and the home page's unread counts per community (two statements, the second through
 * Prisma) are each one prepared statement on pg. Compared here with the reads they replaced, kept
 * below as they were: same rows, same order, for every kind of actor, scope and community.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readableCommunityIds } from "../../server/communities/access.ts";
import { communityPermissions, type Actor } from "../../server/communities/policy.ts";
import { db } from "../../server/db.ts";
import { homeOverview, homeOverviewWithUnread } from "../../server/communities/queries.ts";
import { unreadByCommunity } from "../../server/discussions/queries.ts";
import { isUnreadSql, readStateJoins } from "../../server/discussions/unread.ts";
import { Prisma } from "../../server/generated/prisma/client.ts";
import {
  agenda,
  AGENDA_LIMIT,
  agendaWithPlanningTargets,
  MEETING_LIST_SELECT,
  planningTargets,
  visibleMeetingsWhere,
} from "../../server/meetings/queries.ts";
import { canCreateMeeting } from "../../server/meetings/policy.ts";
import { isModerator } from "../../server/moderation/roles.ts";
import { AGENDA_SCOPES } from "../../app/shared/meetings.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { asActor, createReadersAndCommunities, type Readers, type TestCommunity } from "../helpers/readers.ts";
import { createUser } from "../helpers/factories.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";

type SignedIn = NonNullable<Actor>;
const HOUR = 3_600_000;

// ---- The reads as they were before decision 282 ----

async function agendaBefore(actor: SignedIn, scope: (typeof AGENDA_SCOPES)[number], now: Date) {
  const visible = await visibleMeetingsWhere(actor);
  const where: Prisma.MeetingWhereInput = { AND: [visible, { endsAt: { gt: now } }] };
  if (scope === "platform") (where.AND as Prisma.MeetingWhereInput[]).push({ communityId: null });
  if (scope === "mine")
    (where.AND as Prisma.MeetingWhereInput[]).push({ rsvps: { some: { userId: actor.id, answer: { in: ["YES", "MAYBE"] } } } });
  const rows = await db().meeting.findMany({
    where,
    select: MEETING_LIST_SELECT,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: AGENDA_LIMIT,
  });
  const ids = rows.map((row) => row.id);
  const [counts, mine] = await Promise.all([
    db().rsvp.groupBy({ by: ["meetingId"], where: { meetingId: { in: ids }, answer: "YES", status: "CONFIRMED" }, _count: { _all: true } }),
    db().rsvp.findMany({ where: { meetingId: { in: ids }, userId: actor.id }, select: { meetingId: true, answer: true, status: true } }),
  ]);
  const taken = new Map(counts.map((c) => [c.meetingId, c._count._all]));
  const answers = new Map(mine.map((m) => [m.meetingId, { answer: m.answer, status: m.status }]));
  return rows.map((row) => ({ ...row, attending: taken.get(row.id) ?? 0, mine: answers.get(row.id) ?? null }));
}

async function planningTargetsBefore(actor: SignedIn) {
  const moderator = isModerator(actor);
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

async function unreadByCommunityBefore(actor: SignedIn, communityIds: string[]) {
  if (communityIds.length === 0) return {};
  const readable = new Set(await readableCommunityIds(actor));
  const ids = communityIds.filter((id) => readable.has(id));
  if (ids.length === 0) return {};
  const reader = Prisma.sql`${actor.id}`;
  const rows = await db().$queryRaw<{ key: string; unread: number }[]>`
    SELECT t."communityId" AS "key", COUNT(m."id")::int AS "unread"
    FROM "Topic" t
    ${readStateJoins("t", reader)}
    JOIN "Message" m ON m."topicId" = t."id"
    WHERE t."deletedAt" IS NULL AND ${isUnreadSql("m", reader)} AND t."communityId" IN (${Prisma.join(ids)})
    GROUP BY t."communityId"`;
  return Object.fromEntries(rows.map((row) => [row.key, row.unread]));
}

// ---- Data: every access mode, every kind of actor, meetings and answers of every sort ----

let people: Readers;
let communities: TestCommunity[] = [];
const now = new Date();

beforeAll(async () => {
  ({ people, communities } = await createReadersAndCommunities());
  const [openA, openB, requestA, , inviteA, inviteB] = communities;

  // Meetings: platform-wide and in every community; past, running, upcoming, cancelled, with and
  // without seats, two at the same start (the id decides their order).
  const everyone = Object.values(people);
  const answers = ["YES", "MAYBE", "NO"] as const;
  let n = 0;
  for (const communityId of [null, ...communities.map((c) => c.id)]) {
    for (const offsetHours of [-48, -1, 5, 5, 30, 200]) {
      const startsAt = new Date(now.getTime() + offsetHours * HOUR);
      const meeting = await createMeeting({
        communityId,
        title: `Bijeenkomst ${n}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * HOUR),
        capacity: n % 3 === 0 ? 2 : null,
        onlineUrl: n % 2 ? "https://meet.example.nl/overleg" : null,
        location: n % 4 === 0 ? null : "Utrecht",
      });
      if (n % 5 === 0) await db().meeting.update({ where: { id: meeting.id }, data: { cancelledAt: now } });
      // Each person answers some meetings; some "ja" wait for a seat.
      const rsvps = everyone
        .filter((_, i) => (n + i) % 3 !== 0)
        .map((person, i) => ({
          meetingId: meeting.id,
          userId: person.id,
          answer: answers[(n + i) % 3]!,
          status: (n + i) % 4 === 0 ? ("WAITLISTED" as const) : ("CONFIRMED" as const),
          waitlistedAt: (n + i) % 4 === 0 ? now : null,
        }));
      await db().rsvp.createMany({ data: rsvps });
      n++;
    }
  }

  // Discussions: topics with messages by several authors in every community; some read, one deleted.
  for (const community of [openA!, openB!, requestA!, inviteA!, inviteB!]) {
    const channel = await createChannel(community.id);
    const author = await createUser();
    await createTopic(channel, author.id, { messages: ["Eerste vraag", "Een antwoord", "Nog een antwoord"] });
    const second = await createTopic(channel, people.member.id, { messages: ["Mijn eigen vraag", "Reactie"] });
    await db().message.update({ where: { topicId_seq: { topicId: second.id, seq: 2 } }, data: { authorId: author.id } });
    await db().readMarker.create({ data: { userId: people.member.id, topicId: second.id, lastReadSeq: 1 } });
    const gone = await createTopic(channel, author.id, { messages: ["Verwijderd onderwerp"] });
    await db().topic.update({ where: { id: gone.id }, data: { deletedAt: now } });
  }
  // Someone who joined after the messages were written: those count as read for them.
  await db().membership.updateMany({
    where: { userId: people.both.id, communityId: inviteA!.id },
    data: { joinedAt: new Date(now.getTime() + HOUR) },
  });
}, 120_000);

describe("the agenda's list in one statement on pg", () => {
  it("is the list the five statements gave, for every kind of actor and scope", async () => {
    let compared = 0;
    for (const [label, person] of Object.entries(people)) {
      for (const scope of AGENDA_SCOPES) {
        const expected = await agendaBefore(asActor(person), scope, now);
        const { meetings } = await agenda(asActor(person), scope, now);
        expect(meetings, `${label} ${scope}`).toEqual(expected);
        compared += meetings.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("answers a change at once (nothing is kept)", async () => {
    const member = asActor(people.member);
    const [first] = (await agenda(member, "all", now)).meetings;
    await db().rsvp.upsert({
      where: { meetingId_userId: { meetingId: first!.id, userId: member.id } },
      create: { meetingId: first!.id, userId: member.id, answer: "YES", status: "CONFIRMED" },
      update: { answer: "YES", status: "CONFIRMED" },
    });
    const after = (await agenda(member, "all", now)).meetings[0]!;
    expect(after.mine).toEqual({ answer: "YES", status: "CONFIRMED" });
    expect(await agenda(member, "mine", now)).toEqual({ meetings: await agendaBefore(member, "mine", now) });
  });
});

describe("where a member may plan a meeting, on pg", () => {
  it("are the places Prisma's read gave, for every kind of actor", async () => {
    for (const [label, person] of Object.entries(people))
      expect(await planningTargets(asActor(person)), label).toEqual(await planningTargetsBefore(asActor(person)));
    expect((await planningTargets(asActor(people.facilitator))).communities.length).toBeGreaterThan(0);
  });
});

describe("the agenda's list with where the member may plan, in one statement (decision 321)", () => {
  it("is what agenda and planningTargets give, field for field and in order, for every kind of actor and scope", async () => {
    // Later, every list is empty: the planning places must still come (on the one row of nulls).
    const later = new Date(now.getTime() + 1000 * HOUR);
    const seen = { meetings: 0, places: 0, emptyWithPlaces: 0 };
    for (const [label, person] of Object.entries(people)) {
      const actor = asActor(person);
      for (const scope of AGENDA_SCOPES) {
        for (const at of [now, later]) {
          const apart = { meetings: (await agenda(actor, scope, at)).meetings, planTargets: await planningTargets(actor) };
          const together = await agendaWithPlanningTargets(actor, scope, at);
          expect(JSON.stringify(together), `${label} ${scope} ${at.toISOString()}`).toBe(JSON.stringify(apart));
          expect(together, `${label} ${scope}`).toEqual(apart);
          seen.meetings += together.meetings.length;
          seen.places += together.planTargets.communities.length;
          if (!together.meetings.length && together.planTargets.communities.length) seen.emptyWithPlaces += 1;
        }
      }
    }
    expect(seen.meetings).toBeGreaterThan(50);
    expect(seen.places).toBeGreaterThan(0);
    expect(seen.emptyWithPlaces).toBeGreaterThan(0);
    // Read on every call: a member who becomes a facilitator may plan there at once.
    const [, , requestA] = communities;
    const before = await agendaWithPlanningTargets(asActor(people.member), "all", now);
    expect(before.planTargets.communities.map((c) => c.slug)).not.toContain(requestA!.slug);
    await db().membership.updateMany({ where: { userId: people.member.id, communityId: requestA!.id }, data: { role: "FACILITATOR" } });
    const after = await agendaWithPlanningTargets(asActor(people.member), "all", now);
    expect(after.planTargets.communities.map((c) => c.slug)).toContain(requestA!.slug);
    await db().membership.updateMany({ where: { userId: people.member.id, communityId: requestA!.id }, data: { role: "MEMBER" } });
  });
});

describe("the home page's unread counts in one statement on pg", () => {
  it("are the counts of the readable communities that the two statements gave", async () => {
    const all = communities.map((community) => community.id);
    let nonZero = 0;
    for (const [label, person] of Object.entries(people)) {
      const mine = (await db().membership.findMany({ where: { userId: person.id }, select: { communityId: true } })).map(
        (m) => m.communityId,
      );
      for (const ids of [mine, all, all.slice(2), [], ["geen-community"]]) {
        const counts = await unreadByCommunity(asActor(person), ids);
        expect(counts, `${label} ${ids.length}`).toEqual(await unreadByCommunityBefore(asActor(person), ids));
        nonZero += Object.keys(counts).length;
      }
    }
    expect(await unreadByCommunity(null, all)).toEqual({});
    expect(nonZero).toBeGreaterThan(5);
  });
});

describe("the home page's cards and unread counts in one statement (decision 315)", () => {
  it("are homeOverview's cards and unreadByCommunity's counts of the member's communities, for every kind of actor", async () => {
    let nonZero = 0;
    for (const [label, person] of Object.entries(people)) {
      const actor = asActor(person);
      const before = await homeOverview(actor);
      const unread = await unreadByCommunity(
        actor,
        before.mine.map((community) => community.id),
      );
      const combined = await homeOverviewWithUnread(actor);
      // Field for field and in order: the cards go to the page as they are.
      expect(JSON.stringify({ mine: combined.mine, discover: combined.discover }), label).toBe(
        JSON.stringify({ mine: before.mine, discover: before.discover }),
      );
      expect(combined.unread, label).toEqual(unread);
      nonZero += Object.keys(unread).length;
    }
    expect(nonZero).toBeGreaterThan(2);
  });
});
