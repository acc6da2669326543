/**
 * Events (bijeenkomsten) through their routes: who may see and organise them,
 * RSVP with capacity and a waiting list (also under concurrent answers),
 * reminders sent once, .ics files and the personal feed parsed back with
 * ical.js, notes, digests and search.
 */
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { loader as agendaLoader } from "../../app/routes/agenda._index.tsx";
import { action as meetingAction, loader as meetingLoader } from "../../app/routes/agenda.$id.tsx";
import { action as editAction, loader as editLoader } from "../../app/routes/agenda.$id_.bewerken.tsx";
import { loader as icsLoader } from "../../app/routes/agenda.$id_.kalender[.]ics.ts";
import { action as feedAction, loader as feedPageLoader } from "../../app/routes/agenda.kalender.tsx";
import { action as newAction } from "../../app/routes/agenda.nieuw.tsx";
import { loader as communityMeetingsLoader } from "../../app/routes/communities.$slug.bijeenkomsten.tsx";
import { loader as feedLoader } from "../../app/routes/kalender.$token.agenda[.]ics.ts";
import { loadState } from "../../server/collab/store.ts";
import { plainTextOfState } from "../../server/collab/text.ts";
import { communityPermissions } from "../../server/communities/policy.ts";
import { db } from "../../server/db.ts";
import { closeMailTransport } from "../../server/mail/transport.ts";
import { answerRsvp } from "../../server/meetings/commands.ts";
import { meetingPermissions } from "../../server/meetings/policy.ts";
import { upcomingMeetingsSection } from "../../server/notifications/digest/sections/upcoming-meetings.ts";
import type { DigestContext } from "../../server/notifications/digest/types.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { sendNotificationMail } from "../../server/notifications/mails.ts";
import { preferencesFromRows, setEmailForKinds } from "../../server/notifications/preferences.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { search } from "../../server/search/service.ts";
import { parseSearchParams } from "../../app/shared/search.ts";
import { utcToZoned, zonedToUtc } from "../../app/shared/meetings.ts";
import { sendEventReminders } from "../../workers/jobs/send-event-reminders.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  closeMailTransport();
  await closeQueues();
  await closeNotificationsRedis();
});

const HOUR = 60 * 60_000;

async function setup(accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" = "ON_REQUEST") {
  const community = await createCommunity({ accessMode, name: "Doe-netwerk werkgevers" });
  const [facilitator, member, outsider, moderator] = await Promise.all([
    createUser({ displayName: "Fenna Facilitator" }),
    createUser({ displayName: "Mo Member", organisation: "Gemeente Tilburg" }),
    createUser({ displayName: "Otto Outsider" }),
    createUser({ displayName: "Mira Moderator", globalRole: "MODERATOR" }),
  ]);
  await addMember(facilitator.id, community.id, "FACILITATOR");
  await addMember(member.id, community.id);
  const cookies = {
    facilitator: await sessionCookieFor(facilitator.id),
    member: await sessionCookieFor(member.id),
    outsider: await sessionCookieFor(outsider.id),
    moderator: await sessionCookieFor(moderator.id),
  };
  return { community, slug: community.slug, facilitator, member, outsider, moderator, cookies };
}

async function members(communityId: string, count: number) {
  const users = await Promise.all(Array.from({ length: count }, (_, i) => createUser({ displayName: `Deelnemer ${i + 1}` })));
  for (const user of users) await addMember(user.id, communityId);
  return users;
}

const rsvp = (meetingId: string, answer: string, cookie: string) =>
  callAction(meetingAction, formRequest(`/agenda/${meetingId}`, { intent: "rsvp", answer }, cookie), { id: meetingId });

function meetingForm(overrides: Record<string, string> = {}) {
  return {
    title: "Dialoogsessie werkgevers en werkzoekenden",
    description: "Werkgevers en werkzoekenden met een migratieachtergrond gaan met elkaar in gesprek.\n\nWe sluiten af met afspraken.",
    startsAt: "2027-03-11T14:00",
    endsAt: "2027-03-11T16:30",
    location: "Den Haag, Ministerie van SZW",
    onlineUrl: "",
    capacity: "25",
    ...overrides,
  };
}

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((component) => ({ component, meeting: new ICAL.Event(component) }));
}

describe("who may do what", () => {
  const actor = { id: "u1", globalRole: "MEMBER" as const };
  const moderator = { id: "u2", globalRole: "MODERATOR" as const };
  const cases: [
    string,
    typeof actor | typeof moderator | null,
    Parameters<typeof communityPermissions>[1] | null,
    Record<string, boolean>,
  ][] = [
    ["visitor, platform-wide", null, null, { read: false, rsvp: false, manage: false, writeNotes: false }],
    ["member, platform-wide", actor, null, { read: true, rsvp: true, manage: false, writeNotes: false }],
    ["moderator, platform-wide", moderator, null, { read: true, rsvp: true, manage: true, writeNotes: false }],
    [
      "member of the community",
      actor,
      { role: "MEMBER", accessMode: "ON_REQUEST" },
      { read: true, rsvp: true, manage: false, writeNotes: false },
    ],
    ["facilitator", actor, { role: "FACILITATOR", accessMode: "INVITE_ONLY" }, { read: true, rsvp: true, manage: true, writeNotes: true }],
    ["non-member, open community", actor, { role: null, accessMode: "OPEN" }, { read: true, rsvp: true, manage: false, writeNotes: false }],
    [
      "non-member, on request",
      actor,
      { role: null, accessMode: "ON_REQUEST" },
      { read: false, rsvp: false, manage: false, writeNotes: false },
    ],
    [
      "non-member, invite only",
      actor,
      { role: null, accessMode: "INVITE_ONLY" },
      { read: false, rsvp: false, manage: false, writeNotes: false },
    ],
    [
      "moderator, invite only",
      moderator,
      { role: null, accessMode: "INVITE_ONLY" },
      { read: true, rsvp: true, manage: true, writeNotes: true },
    ],
  ];
  it.each(cases)("%s", (_name, who, context, expected) => {
    expect(meetingPermissions(who, context ? communityPermissions(who, context) : null)).toEqual(expected);
  });
});

describe("wall-clock time in Amsterdam", () => {
  it("converts winter and summer time both ways", () => {
    expect(zonedToUtc("2027-01-15T14:00")?.toISOString()).toBe("2027-01-15T13:00:00.000Z");
    expect(zonedToUtc("2027-07-15T14:00")?.toISOString()).toBe("2027-07-15T12:00:00.000Z");
    expect(utcToZoned(new Date("2027-07-15T12:00:00Z"))).toBe("2027-07-15T14:00");
    expect(zonedToUtc("2027-02-30T14:00")).toBeNull();
    expect(zonedToUtc("gisteren")).toBeNull();
  });
});

describe("creating and editing", () => {
  it("a facilitator creates a community meeting; its times are stored in UTC", async () => {
    const s = await setup();
    const result = await callAction(
      newAction,
      formRequest("/agenda/nieuw", { ...meetingForm(), community: s.slug }, s.cookies.facilitator),
    );
    expect(result.status).toBe(302);
    const meeting = await db().meeting.findFirstOrThrow({ where: { communityId: s.community.id } });
    expect(result.headers.get("Location")).toBe(`/agenda/${meeting.id}`);
    expect(meeting).toMatchObject({
      title: "Dialoogsessie werkgevers en werkzoekenden",
      capacity: 25,
      createdById: s.facilitator.id,
      timeZone: "Europe/Amsterdam",
      onlineUrl: null,
    });
    expect(meeting.startsAt.toISOString()).toBe("2027-03-11T13:00:00.000Z");

    const edit = await callLoader(editLoader, getRequest(`/agenda/${meeting.id}/bewerken`, s.cookies.facilitator), { id: meeting.id });
    expect((edit.body as { defaults: { startsAt: string } }).defaults.startsAt).toBe("2027-03-11T14:00");
  });

  it("members who do not organise cannot create or edit", async () => {
    const s = await setup();
    expect(
      (await callAction(newAction, formRequest("/agenda/nieuw", { ...meetingForm(), community: s.slug }, s.cookies.member))).status,
    ).toBe(403);
    expect((await callAction(newAction, formRequest("/agenda/nieuw", meetingForm(), s.cookies.member))).status).toBe(403);
    const meeting = await createMeeting({ communityId: s.community.id });
    expect(
      (await callAction(editAction, formRequest(`/agenda/${meeting.id}/bewerken`, meetingForm(), s.cookies.member), { id: meeting.id }))
        .status,
    ).toBe(403);
    expect(
      (await callAction(editAction, formRequest(`/agenda/${meeting.id}/bewerken`, meetingForm(), s.cookies.outsider), { id: meeting.id }))
        .status,
    ).toBe(404);
    expect(await db().meeting.count({ where: { communityId: s.community.id } })).toBe(1);
  });

  it("a moderator creates a platform-wide event", async () => {
    const s = await setup();
    const result = await callAction(
      newAction,
      formRequest("/agenda/nieuw", meetingForm({ title: "CEO/DGA-sessie Werkagenda VIA" }), s.cookies.moderator),
    );
    expect(result.status).toBe(302);
    expect(await db().meeting.findFirstOrThrow({ where: { title: "CEO/DGA-sessie Werkagenda VIA" } })).toMatchObject({ communityId: null });
  });

  it.each([
    ["ends before it starts", { endsAt: "2027-03-11T13:00" }, "endsAt", "events.errors.endsBeforeStart"],
    ["ends when it starts", { endsAt: "2027-03-11T14:00" }, "endsAt", "events.errors.endsBeforeStart"],
    ["capacity below zero", { capacity: "-1" }, "capacity", "events.errors.capacityNegative"],
    ["capacity not a number", { capacity: "veel" }, "capacity", "events.errors.capacityNumber"],
    ["capacity with decimals", { capacity: "2.5" }, "capacity", "events.errors.capacityNumber"],
    ["an invalid link", { onlineUrl: "javascript:alert(1)" }, "onlineUrl", "events.errors.urlInvalid"],
    ["a link without scheme", { onlineUrl: "teams.microsoft.com/meeting" }, "onlineUrl", "events.errors.urlInvalid"],
    ["no place and no link", { location: "" }, "location", "events.errors.placeRequired"],
    ["a date that does not exist", { startsAt: "2027-02-30T10:00" }, "startsAt", "events.errors.timeInvalid"],
    ["no start", { startsAt: "" }, "startsAt", "events.errors.timeRequired"],
    ["no title", { title: "" }, "title", "errors.missing.title"],
  ])("bad input (%s) gives an error at the field and saves nothing", async (_name, overrides, field, message) => {
    const s = await setup();
    const result = await callAction(
      newAction,
      formRequest("/agenda/nieuw", { ...meetingForm(overrides), community: s.slug }, s.cookies.facilitator),
    );
    expect(result.status).toBe(400);
    const errors = (result.body as { result: { error: Record<string, string[]> } }).result.error;
    expect(errors[field]).toContain(message);
    expect(await db().meeting.count({ where: { communityId: s.community.id } })).toBe(0);

    const meeting = await createMeeting({ communityId: s.community.id, title: "Ongewijzigd" });
    const edit = await callAction(
      editAction,
      formRequest(`/agenda/${meeting.id}/bewerken`, meetingForm(overrides), s.cookies.facilitator),
      { id: meeting.id },
    );
    expect(edit.status).toBe(400);
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ title: "Ongewijzigd", sequence: 0 });
  });
});

describe("planning in the past (decision 234)", () => {
  it("a start that has passed is refused at its field, with and without a community, and nothing is saved", async () => {
    const s = await setup();
    const lastYear = {
      startsAt: utcToZoned(new Date(Date.now() - 400 * 86_400_000)),
      endsAt: utcToZoned(new Date(Date.now() - 399 * 86_400_000)),
    };
    for (const [form, cookie] of [
      [{ ...meetingForm(lastYear), community: s.slug }, s.cookies.facilitator],
      [meetingForm(lastYear), s.cookies.moderator],
    ] as const) {
      const result = await callAction(newAction, formRequest("/agenda/nieuw", form, cookie));
      expect(result.status).toBe(422);
      expect((result.body as { result: { error: Record<string, string[]> } }).result.error.startsAt).toEqual([
        "events.errors.startsInPast",
      ]);
    }
    expect(await db().meeting.count({ where: { startsAt: { lt: new Date(Date.now() - 300 * 86_400_000) } } })).toBe(0);
  });

  it("a meeting that has begun can still be corrected, but not moved into the past", async () => {
    const s = await setup();
    const startsAt = new Date(Math.floor((Date.now() - 2 * HOUR) / 60_000) * 60_000);
    const meeting = await createMeeting({
      communityId: s.community.id,
      title: "Intervisie",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * HOUR),
    });
    const kept = { startsAt: utcToZoned(startsAt), endsAt: utcToZoned(new Date(startsAt.getTime() + 5 * HOUR)) };
    const corrected = await callAction(
      editAction,
      formRequest(`/agenda/${meeting.id}/bewerken`, meetingForm({ ...kept, title: "Intervisie (verlengd)" }), s.cookies.facilitator),
      { id: meeting.id },
    );
    expect(corrected.status).toBe(302);
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ title: "Intervisie (verlengd)", startsAt });

    const moved = await callAction(
      editAction,
      formRequest(
        `/agenda/${meeting.id}/bewerken`,
        meetingForm({ startsAt: utcToZoned(new Date(startsAt.getTime() - 24 * HOUR)), endsAt: kept.endsAt, title: "Verschoven" }),
        s.cookies.facilitator,
      ),
      { id: meeting.id },
    );
    expect(moved.status).toBe(422);
    expect((moved.body as { result: { error: Record<string, string[]> } }).result.error.startsAt).toEqual(["events.errors.startsInPast"]);
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ title: "Intervisie (verlengd)", startsAt });
  });
});

describe("seeing events", () => {
  it("non-members cannot see the meetings of a community they may not read", async () => {
    const s = await setup("ON_REQUEST");
    const meeting = await createMeeting({ communityId: s.community.id, title: "Intervisie doe-netwerk" });
    const platform = await createMeeting({ title: "Landelijke impact-bijeenkomst" });

    expect((await callLoader(meetingLoader, getRequest(`/agenda/${meeting.id}`, s.cookies.outsider), { id: meeting.id })).status).toBe(404);
    expect(
      (await callLoader(icsLoader, getRequest(`/agenda/${meeting.id}/kalender.ics`, s.cookies.outsider), { id: meeting.id })).status,
    ).toBe(404);
    expect((await rsvp(meeting.id, "YES", s.cookies.outsider)).status).toBe(404);
    expect(
      (await callLoader(communityMeetingsLoader, getRequest(`/communities/${s.slug}/bijeenkomsten`, s.cookies.outsider), { slug: s.slug }))
        .status,
    ).toBe(403);
    expect(await db().rsvp.count({ where: { meetingId: meeting.id } })).toBe(0);

    const outsiderAgenda = (await callLoader(agendaLoader, getRequest("/agenda", s.cookies.outsider))).body as {
      meetings: { id: string }[];
    };
    expect(outsiderAgenda.meetings.map((e) => e.id)).toContain(platform.id);
    expect(outsiderAgenda.meetings.map((e) => e.id)).not.toContain(meeting.id);
    const memberAgenda = (await callLoader(agendaLoader, getRequest("/agenda", s.cookies.member))).body as { meetings: { id: string }[] };
    expect(memberAgenda.meetings.map((e) => e.id)).toEqual(expect.arrayContaining([meeting.id, platform.id]));
    const communityList = (
      await callLoader(communityMeetingsLoader, getRequest(`/communities/${s.slug}/bijeenkomsten`, s.cookies.member), { slug: s.slug })
    ).body as { upcoming: { id: string }[]; canCreate: boolean };
    expect(communityList.upcoming.map((e) => e.id)).toEqual([meeting.id]);
    expect(communityList.canCreate).toBe(false);
  });

  it("visitors are sent to the login page", async () => {
    const meeting = await createMeeting({ title: "Voor iedereen" });
    const result = await callLoader(meetingLoader, getRequest(`/agenda/${meeting.id}`), { id: meeting.id });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toMatch(/^\/inloggen/);
  });

  it("only organisers see the attendee list", async () => {
    const s = await setup();
    const meeting = await createMeeting({ communityId: s.community.id });
    await rsvp(meeting.id, "YES", s.cookies.member);
    const asMember = (await callLoader(meetingLoader, getRequest(`/agenda/${meeting.id}`, s.cookies.member), { id: meeting.id })).body as {
      attendees?: unknown;
    };
    expect(asMember.attendees).toBeUndefined();
    const asFacilitator = (await callLoader(meetingLoader, getRequest(`/agenda/${meeting.id}`, s.cookies.facilitator), { id: meeting.id }))
      .body as { attendees: { name: string; organisation: string | null; answer: string }[] };
    expect(asFacilitator.attendees).toEqual([
      expect.objectContaining({ name: "Mo Member", organisation: "Gemeente Tilburg", answer: "YES" }),
    ]);
  });

  it("the agenda filter shows what I answered and platform-wide events", async () => {
    const s = await setup();
    const community = await createMeeting({ communityId: s.community.id, title: "Community" });
    const platform = await createMeeting({ title: "Platform" });
    const past = await createMeeting({ communityId: s.community.id, startsAt: new Date(Date.now() - 5 * HOUR), title: "Voorbij" });
    await rsvp(community.id, "MAYBE", s.cookies.member);
    const ids = async (query: string) =>
      (
        (await callLoader(agendaLoader, getRequest(`/agenda${query}`, s.cookies.member))).body as { meetings: { id: string }[] }
      ).meetings.map((e) => e.id);
    expect(await ids("?toon=mine")).toEqual([community.id]);
    expect(await ids("?toon=platform")).toContain(platform.id);
    expect(await ids("?toon=platform")).not.toContain(community.id);
    expect(await ids("?toon=onzin")).toEqual(expect.arrayContaining([community.id, platform.id]));
    expect(await ids("")).not.toContain(past.id);
  });
});

describe("RSVP with capacity and a waiting list", () => {
  it("the first to give up a seat promotes the first on the waiting list, who is notified", async () => {
    const s = await setup();
    const meeting = await createMeeting({ communityId: s.community.id, capacity: 2, title: "Impact-bijeenkomst Brabant" });
    const [a, b, c, d] = await members(s.community.id, 4);
    const cookie = async (user: { id: string }) => sessionCookieFor(user.id);
    for (const user of [a!, b!, c!, d!]) expect((await rsvp(meeting.id, "YES", await cookie(user))).status).toBe(302);

    const status = async (userId: string) =>
      (await db().rsvp.findUniqueOrThrow({ where: { meetingId_userId: { meetingId: meeting.id, userId } } })).status;
    expect([await status(a!.id), await status(b!.id), await status(c!.id), await status(d!.id)]).toEqual([
      "CONFIRMED",
      "CONFIRMED",
      "WAITLISTED",
      "WAITLISTED",
    ]);
    const dPage = (await callLoader(meetingLoader, getRequest(`/agenda/${meeting.id}`, await cookie(d!)), { id: meeting.id })).body as {
      waitlistPosition: number;
      counts: { yes: number; waitlisted: number };
    };
    expect(dPage).toMatchObject({ waitlistPosition: 2, counts: { yes: 2, waitlisted: 2 } });

    // Saying yes again keeps one's place; a maybe takes no seat.
    await rsvp(meeting.id, "YES", await cookie(d!));
    expect(await status(d!.id)).toBe("WAITLISTED");
    await rsvp(meeting.id, "MAYBE", s.cookies.member);

    expect((await rsvp(meeting.id, "NO", await cookie(a!))).status).toBe(302);
    expect([await status(a!.id), await status(c!.id), await status(d!.id)]).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED"]);
    expect(await db().rsvp.count({ where: { meetingId: meeting.id, answer: "YES", status: "CONFIRMED" } })).toBe(2);
    const promoted = await db().notification.findMany({ where: { kind: "eventPromoted" } });
    expect(promoted).toEqual([expect.objectContaining({ userId: c!.id, url: `/agenda/${meeting.id}`, communityId: s.community.id })]);

    // More seats let the waiting list in.
    await callAction(
      editAction,
      formRequest(
        `/agenda/${meeting.id}/bewerken`,
        meetingForm({ capacity: "5", startsAt: utcToZoned(meeting.startsAt), endsAt: utcToZoned(meeting.endsAt) }),
        s.cookies.facilitator,
      ),
      { id: meeting.id },
    );
    expect(await status(d!.id)).toBe("CONFIRMED");
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).sequence).toBe(1);
  });

  it("concurrent answers never overbook", async () => {
    const s = await setup();
    const meeting = await createMeeting({ communityId: s.community.id, capacity: 3 });
    const users = await members(s.community.id, 12);
    const results = await Promise.all(users.map((user) => answerRsvp({ id: user.id, globalRole: "MEMBER" }, meeting.id, "YES")));
    expect(results.filter((r) => r.status === "CONFIRMED")).toHaveLength(3);
    expect(await db().rsvp.count({ where: { meetingId: meeting.id, status: "CONFIRMED", answer: "YES" } })).toBe(3);
    expect(await db().rsvp.count({ where: { meetingId: meeting.id, status: "WAITLISTED" } })).toBe(9);

    // Giving up seats at the same moment fills exactly the freed seats.
    const confirmed = await db().rsvp.findMany({ where: { meetingId: meeting.id, status: "CONFIRMED" }, select: { userId: true } });
    await Promise.all(confirmed.slice(0, 2).map((r) => answerRsvp({ id: r.userId, globalRole: "MEMBER" }, meeting.id, "NO")));
    expect(await db().rsvp.count({ where: { meetingId: meeting.id, status: "CONFIRMED", answer: "YES" } })).toBe(3);
    expect(await db().rsvp.count({ where: { meetingId: meeting.id, status: "WAITLISTED" } })).toBe(7);
  });

  it("an account whose address is not verified reads a meeting but takes no seat (decision 239)", async () => {
    // Ninth outside probe: throwaway accounts that never confirmed an address filled a meeting of an open community.
    const s = await setup("OPEN");
    const meeting = await createMeeting({ communityId: s.community.id, capacity: 1 });
    const platformWide = await createMeeting({ communityId: null, capacity: 1 });
    const unverified = await createUser({ emailVerified: false });
    const cookie = await sessionCookieFor(unverified.id);
    for (const id of [meeting.id, platformWide.id]) {
      const page = await callLoader(meetingLoader, getRequest(`/agenda/${id}`, cookie), { id });
      expect(page.status).toBe(200);
      expect((page.body as { permissions: { rsvp: boolean } }).permissions.rsvp).toBe(false);
      const answered = await rsvp(id, "YES", cookie);
      expect(answered.status).toBe(403);
      expect(answered.body).toMatchObject({ formError: "auth.verify.required" });
    }
    expect(await db().rsvp.count({ where: { userId: unverified.id } })).toBe(0);
    // The seat is still there for a member.
    expect((await rsvp(meeting.id, "YES", s.cookies.outsider)).status).toBe(302);
    expect((await db().rsvp.findFirstOrThrow({ where: { meetingId: meeting.id } })).status).toBe("CONFIRMED");
  });

  it("no answers to a cancelled or finished event", async () => {
    const s = await setup();
    const meeting = await createMeeting({ communityId: s.community.id });
    await rsvp(meeting.id, "YES", s.cookies.member);
    expect(
      (await callAction(meetingAction, formRequest(`/agenda/${meeting.id}`, { intent: "cancel" }, s.cookies.member), { id: meeting.id }))
        .status,
    ).toBe(403);
    expect(
      (
        await callAction(meetingAction, formRequest(`/agenda/${meeting.id}`, { intent: "cancel" }, s.cookies.facilitator), {
          id: meeting.id,
        })
      ).status,
    ).toBe(302);
    expect(await db().notification.count({ where: { userId: s.member.id, kind: "eventCancelled" } })).toBe(1);
    expect((await rsvp(meeting.id, "NO", s.cookies.member)).status).toBe(409);
    const past = await createMeeting({
      communityId: s.community.id,
      startsAt: new Date(Date.now() - 3 * HOUR),
      endsAt: new Date(Date.now() - HOUR),
    });
    expect((await rsvp(past.id, "YES", s.cookies.member)).status).toBe(409);
    expect((await rsvp(past.id, "SOMS", s.cookies.member)).status).toBe(400);
  });
});

describe("reminders", () => {
  it("a day and an hour before, once per member, even when the job runs twice", async () => {
    const s = await setup();
    const now = new Date();
    const meeting = await createMeeting({
      communityId: s.community.id,
      capacity: 1,
      startsAt: new Date(now.getTime() + 20 * HOUR),
      title: "Dialoogsessie Rotterdam",
    });
    const [yes, maybe, waiting, no, leaver] = await members(s.community.id, 5);
    await answerRsvp({ id: yes!.id, globalRole: "MEMBER" }, meeting.id, "YES");
    await answerRsvp({ id: maybe!.id, globalRole: "MEMBER" }, meeting.id, "MAYBE");
    await answerRsvp({ id: waiting!.id, globalRole: "MEMBER" }, meeting.id, "YES");
    await answerRsvp({ id: no!.id, globalRole: "MEMBER" }, meeting.id, "NO");
    await answerRsvp({ id: leaver!.id, globalRole: "MEMBER" }, meeting.id, "MAYBE");
    await db().membership.deleteMany({ where: { userId: leaver!.id } });
    await setEmailForKinds(maybe!.id, ["eventReminder"], false);
    const cancelled = await createMeeting({ communityId: s.community.id, startsAt: new Date(now.getTime() + 2 * HOUR) });
    await answerRsvp({ id: yes!.id, globalRole: "MEMBER" }, cancelled.id, "YES");
    await db().meeting.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });

    const job = (at: Date) => sendEventReminders({ now: at.toISOString() }, {} as never, new AbortController().signal);
    await job(now);
    await Promise.all([job(now), job(now)]);
    const reminders = () => db().notification.findMany({ where: { kind: "eventReminder" }, orderBy: { createdAt: "asc" } });
    expect((await reminders()).map((n) => n.userId).sort()).toEqual([yes!.id, maybe!.id].sort());
    expect((await reminders())[0]).toMatchObject({
      url: `/agenda/${meeting.id}`,
      data: expect.objectContaining({ reminder: "day", eventTitle: "Dialoogsessie Rotterdam" }),
    });

    const hourBefore = new Date(meeting.startsAt.getTime() - 30 * 60_000);
    await job(hourBefore);
    await job(hourBefore);
    const all = await reminders();
    expect(all).toHaveLength(4);
    expect(
      all
        .filter((n) => (n.data as { reminder: string }).reminder === "hour")
        .map((n) => n.userId)
        .sort(),
    ).toEqual([yes!.id, maybe!.id].sort());

    // By e-mail as each member chose: one mail for the one who wants it, nothing for the other.
    const windowEnd = new Date(Date.now() + 60_000).toISOString();
    expect(await sendNotificationMail({ userId: yes!.id, windowEnd })).toBe("sent");
    expect(await sendNotificationMail({ userId: yes!.id, windowEnd })).toBe("already-done");
    expect(await sendNotificationMail({ userId: maybe!.id, windowEnd })).toBe("empty");
  });
});

describe("calendars", () => {
  it("the .ics of a meeting parses back with its zone, UID and sequence; a cancelled meeting says so", async () => {
    const s = await setup();
    const meeting = await createMeeting({
      communityId: s.community.id,
      startsAt: new Date("2027-07-01T12:00:00Z"),
      endsAt: new Date("2027-07-01T14:30:00Z"),
      title: "Impact-bijeenkomst; werk, taal en inburgering",
      onlineUrl: "https://meet.example.nl/via",
    });
    const response = await icsLoader({
      request: getRequest(`/agenda/${meeting.id}/kalender.ics`, s.cookies.member),
      params: { id: meeting.id },
      context: { cspNonce: "" },
    });
    expect(response.headers.get("Content-Type")).toMatch(/^text\/calendar/);
    const text = await response.text();
    // Every content line ends with CRLF, the last one too (RFC 5545 3.1).
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const [first] = parseIcs(text);
    expect(first!.meeting.uid).toBe(`${meeting.id}@praktijkplein`);
    expect(first!.meeting.summary).toBe("Impact-bijeenkomst; werk, taal en inburgering");
    expect(first!.meeting.startDate.zone?.tzid).toBe("Europe/Amsterdam");
    expect(first!.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Amsterdam");
    expect(first!.meeting.startDate.toString()).toBe("2027-07-01T14:00:00");
    expect(first!.meeting.startDate.toJSDate().toISOString()).toBe("2027-07-01T12:00:00.000Z");
    expect(first!.meeting.endDate.toJSDate().toISOString()).toBe("2027-07-01T14:30:00.000Z");
    expect(first!.meeting.sequence).toBe(0);
    expect(first!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(String(first!.meeting.description)).toContain("https://meet.example.nl/via");

    await callAction(meetingAction, formRequest(`/agenda/${meeting.id}`, { intent: "cancel" }, s.cookies.facilitator), { id: meeting.id });
    const again = await icsLoader({
      request: getRequest(`/agenda/${meeting.id}/kalender.ics`, s.cookies.member),
      params: { id: meeting.id },
      context: { cspNonce: "" },
    });
    const [cancelled] = parseIcs(await again.text());
    expect(cancelled!.meeting.uid).toBe(`${meeting.id}@praktijkplein`);
    expect(cancelled!.meeting.sequence).toBe(1);
    expect(cancelled!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("the personal feed: signed, regenerable, revocable, with the meetings I said ja or misschien to", async () => {
    const s = await setup();
    const yes = await createMeeting({ communityId: s.community.id, title: "Ja" });
    const maybe = await createMeeting({ title: "Misschien" });
    const no = await createMeeting({ communityId: s.community.id, title: "Nee" });
    await createMeeting({ communityId: s.community.id, title: "Niet beantwoord" });
    await answerRsvp({ id: s.member.id, globalRole: "MEMBER" }, yes.id, "YES");
    await answerRsvp({ id: s.member.id, globalRole: "MEMBER" }, maybe.id, "MAYBE");
    await answerRsvp({ id: s.member.id, globalRole: "MEMBER" }, no.id, "NO");

    expect(
      ((await callLoader(feedPageLoader, getRequest("/agenda/kalender", s.cookies.member))).body as { url: string | null }).url,
    ).toBeNull();
    await callAction(feedAction, formRequest("/agenda/kalender", { intent: "regenerate" }, s.cookies.member));
    const url = ((await callLoader(feedPageLoader, getRequest("/agenda/kalender", s.cookies.member))).body as { url: string }).url;
    const token = /\/kalender\/([^/]+)\/agenda\.ics$/.exec(url)![1]!;
    const feed = (t: string) =>
      feedLoader({ request: getRequest(`/kalender/${t}/agenda.ics`), params: { token: t }, context: { cspNonce: "" } });

    const first = await feed(token);
    expect(first.status).toBe(200);
    expect(
      parseIcs(await first.text())
        .map((e) => e.meeting.summary)
        .sort(),
    ).toEqual(["Ja", "Misschien"]);

    const [userId, generation, signature] = token.split(".");
    const other = s.outsider.id;
    for (const forged of [
      `${other}.${generation}.${signature}`,
      `${userId}.${generation}.${signature!.slice(0, -2)}xx`,
      `${userId}.2.${signature}`,
      "onzin",
      "",
    ]) {
      expect((await feed(forged)).status).toBe(404);
    }

    // Someone who leaves the community no longer gets its meetings.
    await db().membership.deleteMany({ where: { userId: s.member.id } });
    expect(parseIcs(await (await feed(token)).text()).map((e) => e.meeting.summary)).toEqual(["Misschien"]);

    await callAction(feedAction, formRequest("/agenda/kalender", { intent: "regenerate" }, s.cookies.member));
    expect((await feed(token)).status).toBe(404);
    const newUrl = ((await callLoader(feedPageLoader, getRequest("/agenda/kalender", s.cookies.member))).body as { url: string }).url;
    const newToken = /\/kalender\/([^/]+)\/agenda\.ics$/.exec(newUrl)![1]!;
    expect((await feed(newToken)).status).toBe(200);

    await callAction(feedAction, formRequest("/agenda/kalender", { intent: "revoke" }, s.cookies.member));
    expect((await feed(newToken)).status).toBe(404);
    expect(
      ((await callLoader(feedPageLoader, getRequest("/agenda/kalender", s.cookies.member))).body as { url: string | null }).url,
    ).toBeNull();
  });
});

describe("notes after the meeting", () => {
  it("a suspended member's feed answers 404 until the suspension ends (decision 060: no path without a session serves them)", async () => {
    const s = await setup();
    const meeting = await createMeeting({ communityId: s.community.id, title: "Online intervisie" });
    await answerRsvp({ id: s.member.id, globalRole: "MEMBER" }, meeting.id, "YES");
    await callAction(feedAction, formRequest("/agenda/kalender", { intent: "regenerate" }, s.cookies.member));
    const url = ((await callLoader(feedPageLoader, getRequest("/agenda/kalender", s.cookies.member))).body as { url: string }).url;
    const token = /\/kalender\/([^/]+)\/agenda\.ics$/.exec(url)![1]!;
    const feed = () => feedLoader({ request: getRequest(`/kalender/${token}/agenda.ics`), params: { token }, context: { cspNonce: "" } });
    expect((await feed()).status).toBe(200);

    await db().user.update({ where: { id: s.member.id }, data: { suspendedUntil: new Date(Date.now() + 7 * 24 * 60 * 60_000) } });
    const suspended = await feed();
    expect(suspended.status).toBe(404);
    expect(await suspended.text()).not.toContain("Online intervisie");

    await db().user.update({ where: { id: s.member.id }, data: { suspendedUntil: new Date(Date.now() - 60_000) } });
    const after = await feed();
    expect(after.status).toBe(200);
    expect(parseIcs(await after.text()).map((e) => e.meeting.summary)).toEqual(["Online intervisie"]);
  });

  it("the personal feed marks a meeting where I am on the waiting list as tentative and says so (issue 14.8)", async () => {
    const s = await setup();
    const full = await createMeeting({ communityId: s.community.id, title: "Werkgeversontbijt", capacity: 1 });
    const [first] = await members(s.community.id, 1);
    await answerRsvp({ id: first!.id, globalRole: "MEMBER" }, full.id, "YES");
    await answerRsvp({ id: s.member.id, globalRole: "MEMBER" }, full.id, "YES");
    expect((await db().rsvp.findUniqueOrThrow({ where: { meetingId_userId: { meetingId: full.id, userId: s.member.id } } })).status).toBe(
      "WAITLISTED",
    );
    const feedOf = async (userId: string, cookie: string) => {
      await callAction(feedAction, formRequest("/agenda/kalender", { intent: "regenerate" }, cookie));
      const url = ((await callLoader(feedPageLoader, getRequest("/agenda/kalender", cookie))).body as { url: string }).url;
      const token = /\/kalender\/([^/]+)\/agenda\.ics$/.exec(url)![1]!;
      const response = await feedLoader({
        request: getRequest(`/kalender/${token}/agenda.ics`),
        params: { token },
        context: { cspNonce: "" },
      });
      return parseIcs(await response.text()).filter((e) => e.meeting.uid.startsWith(full.id));
    };
    const [waiting] = await feedOf(s.member.id, s.cookies.member);
    expect(waiting!.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(waiting!.meeting.summary).toBe("Wachtlijst: Werkgeversontbijt");
    expect(waiting!.meeting.description).toContain("Je staat op de wachtlijst.");
    const [seated] = await feedOf(first!.id, await sessionCookieFor(first!.id));
    expect(seated!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(seated!.meeting.summary).toBe("Werkgeversontbijt");
  });

  it("a facilitator starts the notes as a shared document once the meeting began; a second click opens the same one", async () => {
    const s = await setup();
    const future = await createMeeting({ communityId: s.community.id });
    expect(
      (await callAction(meetingAction, formRequest(`/agenda/${future.id}`, { intent: "notes" }, s.cookies.facilitator), { id: future.id }))
        .status,
    ).toBe(409);
    const meeting = await createMeeting({
      communityId: s.community.id,
      startsAt: new Date(Date.now() - 2 * HOUR),
      title: "Impact-bijeenkomst Zwolle",
    });
    expect(
      (await callAction(meetingAction, formRequest(`/agenda/${meeting.id}`, { intent: "notes" }, s.cookies.member), { id: meeting.id }))
        .status,
    ).toBe(403);

    const first = await callAction(meetingAction, formRequest(`/agenda/${meeting.id}`, { intent: "notes" }, s.cookies.facilitator), {
      id: meeting.id,
    });
    expect(first.status).toBe(302);
    const linked = await db().meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { notesDocumentId: true } });
    expect(first.headers.get("Location")).toBe(`/communities/${s.slug}/documenten/${linked.notesDocumentId}`);
    expect(await db().document.findUniqueOrThrow({ where: { id: linked.notesDocumentId! } })).toMatchObject({
      communityId: s.community.id,
      title: "Verslag: Impact-bijeenkomst Zwolle",
    });
    // The notes start with the meeting's day filled in, in Dutch time (walk9: "Datum:" was empty).
    const day = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "full" }).format(meeting.startsAt);
    const stored = await loadState(linked.notesDocumentId!);
    expect(plainTextOfState(stored!.state)).toContain(`Datum: ${day}`);
    const second = await callAction(meetingAction, formRequest(`/agenda/${meeting.id}`, { intent: "notes" }, s.cookies.facilitator), {
      id: meeting.id,
    });
    expect(second.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(await db().document.count({ where: { communityId: s.community.id } })).toBe(1);
    const page = (await callLoader(meetingLoader, getRequest(`/agenda/${meeting.id}`, s.cookies.member), { id: meeting.id })).body as {
      notesDocument: { url: string };
    };
    expect(page.notesDocument.url).toBe(first.headers.get("Location"));
  });
});

describe("digests and search", () => {
  it("the digest lists new meetings of the member's communities that the member has not answered", async () => {
    const s = await setup();
    const since = new Date(Date.now() - 24 * HOUR);
    const until = new Date(Date.now() + 60_000);
    const fresh = await createMeeting({ communityId: s.community.id, title: "Nieuw" });
    const answered = await createMeeting({ communityId: s.community.id, title: "Beantwoord" });
    await answerRsvp({ id: s.member.id, globalRole: "MEMBER" }, answered.id, "YES");
    await createMeeting({ communityId: s.community.id, title: "Oud", createdAt: new Date(Date.now() - 48 * HOUR) });
    const platform = await createMeeting({ title: "Landelijk" });
    const other = await createCommunity();
    await createMeeting({ communityId: other.id, title: "Elders" });
    const context = (primary: boolean): DigestContext => ({
      member: { id: s.member.id, email: s.member.email, displayName: s.member.displayName, globalRole: "MEMBER", language: "nl" },
      frequency: "DAILY" as DigestContext["frequency"],
      since,
      until,
      communities: [{ id: s.community.id, slug: s.slug, name: s.community.name, themeId: s.community.themeId, role: "MEMBER" }],
      primary,
      coveredKinds: [],
      preferences: preferencesFromRows([]),
    });
    // Platform-wide meetings of other tests in this file are new too.
    const items = (await upcomingMeetingsSection.gather(context(true))).map((i) => i.id);
    expect(items).toEqual(expect.arrayContaining([fresh.id, platform.id]));
    expect(
      await db().meeting.count({ where: { id: { in: items }, communityId: { notIn: [s.community.id] }, NOT: { communityId: null } } }),
    ).toBe(0);
    expect(items).not.toContain(answered.id);
    expect((await upcomingMeetingsSection.gather(context(false))).map((i) => i.id)).toEqual([fresh.id]);
  });

  it("search finds meetings for those who may read them", async () => {
    const s = await setup("ON_REQUEST");
    await createMeeting({ communityId: s.community.id, title: "Werkgeversontbijt Eindhoven" });
    await reconcile();
    const find = (actor: { id: string; globalRole: "MEMBER" }) =>
      search(actor, parseSearchParams(new URLSearchParams({ q: "werkgeversontbijt" })).params);
    const asMember = await find({ id: s.member.id, globalRole: "MEMBER" });
    expect(asMember.hits.map((h) => h.kind)).toEqual(["event"]);
    expect((await find({ id: s.outsider.id, globalRole: "MEMBER" })).hits).toHaveLength(0);
  });
});

describe("digest edge", () => {
  it("a member without digest communities still gets platform-wide meetings in the primary digest", async () => {
    const member = await createUser();
    const platform = await createMeeting({ title: "Alleen landelijk" });
    const items = await upcomingMeetingsSection.gather({
      member: { id: member.id, email: member.email, displayName: member.displayName, globalRole: "MEMBER", language: "nl" },
      frequency: "WEEKLY" as DigestContext["frequency"],
      since: new Date(Date.now() - HOUR),
      until: new Date(Date.now() + 60_000),
      communities: [],
      primary: true,
      coveredKinds: [],
      preferences: preferencesFromRows([]),
    });
    expect(items.map((i) => i.id)).toContain(platform.id);
  });
});
