/**
 * Walk 17 (decision 305), walk 16's leftovers that are not browser behaviour:
 * - a removed member's reply without JavaScript: the text comes back on the page they are sent to;
 * - a library item's review date in the past is refused (when it is set, not when it is kept);
 * - "Geschreven door" lists every member who wrote in a document;
 * - a mention edited out of a message loses its unread notification.
 */
import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "../../app/root.tsx";
import { action as libraryItemAction } from "../../app/routes/bibliotheek.$slug.tsx";
import { action as topicAction } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { notificationMessage } from "../../app/shared/notifications.ts";
import { removeMember } from "../../server/communities/commands.ts";
import { answerRsvp } from "../../server/meetings/commands.ts";
import { sendEventReminders } from "../../server/meetings/reminders.ts";
import { db } from "../../server/db.ts";
import { editMessage, markRead, postMessage } from "../../server/discussions/commands.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { publishedLibraryItem } from "../helpers/library.ts";
import { lexical, mention } from "../helpers/realtime.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { callAction, callLoader, cookieFrom, formRequest, getRequest } from "../helpers/remix.ts";

const key = () => `k-${crypto.randomUUID()}`;

describe("a removed member's reply without JavaScript", () => {
  it("comes back as text to copy on the page they are sent to, once, and is not posted", async () => {
    const community = await createCommunity({ name: "Klankbord jobcoaches", accessMode: "ON_REQUEST" });
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const reader = await createUser();
    await addMember(reader.id, community.id);
    const topic = await createTopic(channel, facilitator.id, { messages: ["Wie heeft tips voor de eerste werkdag?"] });
    await markRead({ id: reader.id, globalRole: "MEMBER" }, topic.id, 1);
    await removeMember({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, reader.id);

    const session = await sessionCookieFor(reader.id);
    const typed = "Ik zou zeggen: rustig beginnen.\nEn een vaste collega als maatje.";
    const answer = await callAction(
      topicAction,
      formRequest(
        `/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`,
        { intent: "post", bodyText: typed, clientKey: key() },
        session,
      ),
      { slug: community.slug, channel: channel.slug, topic: topic.id },
    );
    expect(answer.status).toBe(302);
    const flash = cookieFrom(answer.headers, "pp_flash");
    expect(flash).not.toBeNull();

    const page = async () =>
      (await callLoader(rootLoader, getRequest(answer.headers.get("Location")!, `${session}; ${flash}`))).body as {
        flash: { key: string; params?: Record<string, unknown>; kept?: string } | null;
      };
    const shown = (await page()).flash;
    expect(shown?.key).toBe("discussions.errors.noLongerMemberFlash");
    expect(shown?.kept).toBe(typed);
    expect(shown?.params).toEqual({ community: community.name });
    // Once: the same flash cookie sent again (a second tab) has no text left to show.
    expect((await page()).flash?.kept).toBeUndefined();
    // Someone else with the same flash cookie never sees it.
    const other = await createUser();
    const theirs = (await callLoader(rootLoader, getRequest("/", `${await sessionCookieFor(other.id)}; ${flash}`))).body as {
      flash: { kept?: string } | null;
    };
    expect(theirs.flash?.kept).toBeUndefined();
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);
  });
});

describe("a removed member of an open community", () => {
  it("hears that they are no longer a member, not 'Alleen leden kunnen meepraten'", async () => {
    const community = await createCommunity({ name: "Stage zonder drempels", accessMode: "OPEN" });
    const channel = await createChannel(community.id);
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const reader = await createUser();
    await addMember(reader.id, community.id);
    const topic = await createTopic(channel, facilitator.id, { messages: ["Welke scholen doen mee?"] });
    const actor = { id: reader.id, globalRole: "MEMBER" as const };
    await markRead(actor, topic.id, 1);
    await removeMember({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, reader.id);

    const refusal = await postMessage(actor, { topicId: topic.id, clientKey: key(), body: { text: "Het Grafisch Lyceum." } }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({
      status: 403,
      code: "discussions.errors.noLongerMember",
      details: { params: { community: "Stage zonder drempels" }, to: `/communities/${community.slug}` },
    });
    // A reader who never was a member (a hand-made post) keeps "Alleen leden …", which is true for them.
    const outsider = await createUser();
    await markRead({ id: outsider.id, globalRole: "MEMBER" }, topic.id, 1);
    const theirs = await postMessage(
      { id: outsider.id, globalRole: "MEMBER" },
      { topicId: topic.id, clientKey: key(), body: { text: "Hallo" } },
    ).catch((error: unknown) => error);
    expect(theirs).toMatchObject({ status: 403, code: "discussions.errors.membersOnly" });
    // A member of the open community still posts.
    await postMessage({ id: facilitator.id, globalRole: "MEMBER" }, { topicId: topic.id, clientKey: key(), body: { text: "Dank je." } });
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(2);
  });
});

describe("a library item's review date", () => {
  it("is refused in the past, at its field with what was typed; a past date it already has may stay", async () => {
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const author = await createUser();
    const stored = new Date(Date.UTC(2026, 0, 15)); // before this test was written: always in the past
    const item = await publishedLibraryItem(author.id, "Werkervaringsplaatsen bij de gemeente", { reviewDate: stored });
    const session = await sessionCookieFor(moderator.id);
    const curate = (fields: Record<string, string>) =>
      callAction(libraryItemAction, formRequest(`/bibliotheek/${item.slug}`, { intent: "curate", evidenceLevel: "", ...fields }, session), {
        slug: item.slug,
      });
    const reviewDate = async () =>
      (await db().libraryItem.findUniqueOrThrow({ where: { id: item.id } })).reviewDate?.toISOString().slice(0, 10);

    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const past = await curate({ reviewDate: lastWeek });
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ formError: "library.errors.reviewDatePast", field: "reviewDate", typed: { reviewDate: lastWeek } });
    expect(await reviewDate()).toBe("2026-01-15");

    // The date it has (in the past: the item is due for review) stays while a mark changes.
    expect((await curate({ reviewDate: "2026-01-15", featured: "on" })).status).toBe(302);
    expect((await db().libraryItem.findUniqueOrThrow({ where: { id: item.id } })).featured).toBe(true);

    const next = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
    expect((await curate({ reviewDate: next })).status).toBe(302);
    expect(await reviewDate()).toBe(next);
  });
});

describe("a mention edited out of its message", () => {
  it("loses its unread notification; a read one stays, with the text as it is now; put back, it notifies again", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const channel = await createChannel(community.id);
    const author = await createUser({ displayName: "Noor Yilmaz" });
    const reader = await createUser({ displayName: "Sanne de Vries" });
    const unread = await createUser({ displayName: "Joost Bakker" });
    for (const member of [author, reader, unread]) await addMember(member.id, community.id);
    const topic = await createTopic(channel, author.id, { messages: ["Wie heeft ervaring met jobcarving?"] });
    const actor = { id: author.id, globalRole: "MEMBER" as const };
    const both = [mention(reader.id, "Sanne de Vries"), mention(unread.id, "Joost Bakker")];
    const { message } = await postMessage(actor, { topicId: topic.id, clientKey: key(), body: { json: lexical("Vraag voor ", both) } });
    const mentions = (userId: string) =>
      db().notification.findMany({ where: { userId, kind: "mention" }, select: { readAt: true, data: true } });
    expect(await mentions(reader.id)).toHaveLength(1);
    expect(await mentions(unread.id)).toHaveLength(1);
    await db().notification.updateMany({ where: { userId: reader.id }, data: { readAt: new Date() } });

    await editMessage(actor, message.id, { json: lexical("Vraag voor iedereen hier, zonder namen.", []) });
    expect(await mentions(unread.id)).toEqual([]);
    const kept = await mentions(reader.id);
    expect(kept).toHaveLength(1);
    expect((kept[0]!.data as { excerpt: string }).excerpt).toContain("zonder namen");

    await editMessage(actor, message.id, { json: lexical("Toch een vraag voor ", [mention(unread.id, "Joost Bakker")]) });
    expect(await mentions(unread.id)).toHaveLength(1);
  });
});

describe("the day's reminder of a meeting", () => {
  it("says 'Vandaag' for a meeting later that day (planned less than a day ahead), 'Morgen' for one tomorrow", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const member = await createUser();
    await addMember(member.id, community.id);
    // 08:00 in the Netherlands; one meeting at 17:00 the same day, one at 07:30 the next morning.
    const now = new Date("2031-03-04T07:00:00Z");
    const today = await createMeeting({ communityId: community.id, startsAt: new Date("2031-03-04T16:00:00Z"), title: "Werkbezoek" });
    const tomorrow = await createMeeting({ communityId: community.id, startsAt: new Date("2031-03-05T06:30:00Z"), title: "Ontbijtsessie" });
    for (const meeting of [today, tomorrow]) await answerRsvp({ id: member.id, globalRole: "MEMBER" }, meeting.id, "YES");
    await sendEventReminders(now);
    const reminders = await db().notification.findMany({
      where: { userId: member.id, kind: "eventReminder" },
      select: { kind: true, data: true },
    });
    const keys = Object.fromEntries(
      reminders.map((row) => {
        const data = row.data as Record<string, unknown>;
        return [data.eventTitle, notificationMessage({ kind: row.kind, data, actorName: null }).key];
      }),
    );
    expect(keys).toEqual({ Werkbezoek: "notifications.kinds.eventReminderToday", Ontbijtsessie: "notifications.kinds.eventReminderDay" });
  });
});
