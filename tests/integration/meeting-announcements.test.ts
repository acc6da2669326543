/**
 * Decision 242: when a facilitator plans a meeting, the community hears of it
 * (a notification from the `event.created` processor, mailed only to those who
 * ask for it), and /agenda offers the planning form to whoever may plan one.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loader as agendaLoader } from "../../app/routes/agenda._index.tsx";
import { action as newAction } from "../../app/routes/agenda.nieuw.tsx";
import { notificationMessage } from "../../app/shared/notifications.ts";
import { db } from "../../server/db.ts";
import { closeMailTransport } from "../../server/mail/transport.ts";
import { meetingNotifications } from "../../server/meetings/processors.ts";
import { coveredNotificationKinds, digestSections } from "../../server/notifications/digest/registry.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { sendNotificationMail } from "../../server/notifications/mails.ts";
import { saveKindPreferences, setEmailForKinds } from "../../server/notifications/preferences.ts";
import { listNotifications } from "../../server/notifications/queries.ts";
import { ALL_KINDS } from "../../server/notifications/catalog.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  closeMailTransport();
  await closeQueues();
  await closeNotificationsRedis();
});

const DAY = 24 * 60 * 60_000;

function meetingForm(overrides: Record<string, string> = {}) {
  return {
    title: "Dialoogsessie werkgevers en werkzoekenden",
    description: "Werkgevers en werkzoekenden met een migratieachtergrond gaan met elkaar in gesprek.",
    startsAt: "2027-03-11T14:00",
    endsAt: "2027-03-11T16:30",
    location: "Den Haag, Ministerie van SZW",
    onlineUrl: "",
    capacity: "",
    ...overrides,
  };
}

const viewer = (user: { id: string; email: string }) => ({
  id: user.id,
  email: user.email,
  globalRole: "MEMBER" as const,
  emailVerified: true,
});

describe("a new meeting is announced to the community (decision 242)", () => {
  it("members hear of it in the bell, by mail only when they chose so; not the organiser, outsiders, suspended members or who switched it off", async () => {
    const community = await createCommunity({ accessMode: "ON_REQUEST", name: "Doe-netwerk werkgevers" });
    const [facilitator, member, mailed, silent, suspended, outsider] = await Promise.all([
      createUser({ displayName: "Fenna Facilitator" }),
      createUser({ displayName: "Mo Member" }),
      createUser({ displayName: "Mila Mail" }),
      createUser({ displayName: "Stef Stil" }),
      createUser({ displayName: "Sam Geschorst" }),
      createUser({ displayName: "Otto Outsider" }),
    ]);
    await addMember(facilitator.id, community.id, "FACILITATOR");
    for (const user of [member, mailed, silent, suspended]) await addMember(user.id, community.id);
    await setEmailForKinds(mailed.id, ["eventPlanned"], true);
    await saveKindPreferences(silent.id, { inApp: ALL_KINDS.filter((kind) => kind !== "eventPlanned"), email: [] });
    await db().user.update({ where: { id: suspended.id }, data: { suspendedUntil: new Date(Date.now() + 7 * DAY) } });

    const created = await callAction(
      newAction,
      formRequest("/agenda/nieuw", { ...meetingForm(), community: community.slug }, await sessionCookieFor(facilitator.id)),
    );
    expect(created.status).toBe(302);
    const meeting = await db().meeting.findFirstOrThrow({ where: { communityId: community.id }, select: { id: true } });

    const announced = () =>
      db().notification.findMany({ where: { kind: "eventPlanned", url: `/agenda/${meeting.id}` }, orderBy: { userId: "asc" } });
    const rows = await announced();
    expect(rows.map((row) => row.userId)).toEqual([member.id, mailed.id].sort());
    expect(rows[0]).toMatchObject({ actorId: facilitator.id, communityId: community.id });
    expect(notificationMessage({ kind: "eventPlanned", data: rows[0]!.data as Record<string, unknown>, actorName: null })).toEqual({
      key: "notifications.kinds.eventPlanned",
      params: { event: "Dialoogsessie werkgevers en werkzoekenden" },
    });
    const inBell = (await listNotifications(viewer(member))).items.map((item) => item.id);
    expect(inBell).toContain(rows.find((row) => row.userId === member.id)!.id);

    // Mail: only for the member who asked for it; the others find it in the digest's upcoming meetings.
    const windowEnd = new Date(Date.now() + 60_000).toISOString();
    expect(await sendNotificationMail({ userId: mailed.id, windowEnd })).toBe("sent");
    expect(await sendNotificationMail({ userId: member.id, windowEnd })).toBe("empty");
    expect(coveredNotificationKinds(digestSections())).toContain("eventPlanned");

    // A repeated job announces nothing twice.
    await meetingNotifications["event.created"]!(
      { eventId: meeting.id, communityId: community.id, userId: facilitator.id },
      { id: "repeat" },
    );
    expect(await announced()).toHaveLength(2);

    // A cancelled meeting is not announced any more (a job that runs late).
    await db().notification.deleteMany({ where: { kind: "eventPlanned", url: `/agenda/${meeting.id}` } });
    await db().meeting.update({ where: { id: meeting.id }, data: { cancelledAt: new Date() } });
    await meetingNotifications["event.created"]!(
      { eventId: meeting.id, communityId: community.id, userId: facilitator.id },
      { id: "late" },
    );
    expect(await announced()).toHaveLength(0);
    expect(outsider).toBeTruthy();
  });

  it("a platform-wide meeting notifies nobody: the digest reports it", async () => {
    const moderator = await createUser({ displayName: "Mira Moderator", globalRole: "MODERATOR" });
    const created = await callAction(
      newAction,
      formRequest("/agenda/nieuw", meetingForm({ title: "Landelijke sessie" }), await sessionCookieFor(moderator.id)),
    );
    expect(created.status).toBe(302);
    const meeting = await db().meeting.findFirstOrThrow({ where: { title: "Landelijke sessie" }, select: { id: true } });
    expect(await db().notification.count({ where: { url: `/agenda/${meeting.id}` } })).toBe(0);
  });
});

describe("planning from /agenda (decision 242)", () => {
  type Targets = { platform: boolean; communities: { slug: string; name: string }[] };
  const targets = async (userId: string) =>
    ((await callLoader(agendaLoader, getRequest("/agenda", await sessionCookieFor(userId)))).body as { planTargets: Targets }).planTargets;

  it("facilitators see the communities they may plan for, moderators also platform-wide, members nothing", async () => {
    const [first, second, other] = await Promise.all([
      createCommunity({ name: "Agenda Alfa" }),
      createCommunity({ name: "Agenda Bèta" }),
      createCommunity({ name: "Agenda Gamma" }),
    ]);
    const [facilitator, twice, member, moderator] = await Promise.all([
      createUser({ displayName: "Fenna Facilitator" }),
      createUser({ displayName: "Tom Tweemaal" }),
      createUser({ displayName: "Mo Member" }),
      createUser({ displayName: "Mira Moderator", globalRole: "MODERATOR" }),
    ]);
    await addMember(facilitator.id, first.id, "FACILITATOR");
    await addMember(facilitator.id, other.id);
    await addMember(twice.id, first.id, "FACILITATOR");
    await addMember(twice.id, second.id, "FACILITATOR");
    await addMember(member.id, first.id);
    await addMember(moderator.id, second.id);

    expect(await targets(facilitator.id)).toEqual({ platform: false, communities: [{ slug: first.slug, name: "Agenda Alfa" }] });
    expect(await targets(twice.id)).toEqual({
      platform: false,
      communities: [
        { slug: first.slug, name: "Agenda Alfa" },
        { slug: second.slug, name: "Agenda Bèta" },
      ],
    });
    expect(await targets(member.id)).toEqual({ platform: false, communities: [] });
    expect(await targets(moderator.id)).toEqual({ platform: true, communities: [{ slug: second.slug, name: "Agenda Bèta" }] });
  });
});
