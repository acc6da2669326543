/**
 * A notification kind for an audience (catalog.ts: join requests for a community's facilitators,
 * library submissions for moderators) is shown only while the member still belongs to that
 * audience: in the list, the header's count (one SQL statement of its own) and the digest. A
 * facilitator made member again no longer reads who asked to join; a moderator made member again no
 * longer reads the titles of unpublished submissions.
 */
import { afterAll, describe, expect, it } from "vitest";
import { action as communityAction } from "../../app/routes/communities.$slug.tsx";
import { loader as listLoader } from "../../app/routes/meldingen._index.tsx";
import { getSessionUserWithUnread } from "../../server/accounts/session-header.ts";
import { db } from "../../server/db.ts";
import { closeMailTransport } from "../../server/mail/transport.ts";
import { gatherDigest } from "../../server/notifications/digest/gather.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  closeMailTransport();
  await closeQueues();
  await closeNotificationsRedis();
});

type ListBody = { items: { kind: string }[]; total: number };

async function listed(cookie: string): Promise<string[]> {
  const list = await callLoader(listLoader, getRequest("/meldingen", cookie));
  return (list.body as ListBody).items.map((item) => item.kind);
}

async function headerCount(userId: string): Promise<number> {
  const session = await db().session.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
  return (await getSessionUserWithUnread(session.id))!.unreadNotifications;
}

describe("notifications for an audience follow the member's current role", () => {
  it("a facilitator made member again no longer sees the join requests that came for the role", async () => {
    const community = await createCommunity({ name: "Doe-netwerk Twente", accessMode: "ON_REQUEST" });
    const facilitator = await createUser({ displayName: "Esther Peeters" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const cookie = await sessionCookieFor(facilitator.id);
    const applicant = await createUser({ displayName: "Youssef Amrani" });
    await callAction(
      communityAction,
      formRequest(`/communities/${community.slug}`, { intent: "request" }, await sessionCookieFor(applicant.id)),
      { slug: community.slug },
    );
    expect(await listed(cookie)).toEqual(["joinRequestReceived"]);
    expect(await headerCount(facilitator.id)).toBe(1);

    await db().membership.update({
      where: { userId_communityId: { userId: facilitator.id, communityId: community.id } },
      data: { role: "MEMBER" },
    });
    expect(await listed(cookie)).toEqual([]);
    expect(await headerCount(facilitator.id)).toBe(0);

    // Facilitator again: the notification is back.
    await db().membership.update({
      where: { userId_communityId: { userId: facilitator.id, communityId: community.id } },
      data: { role: "FACILITATOR" },
    });
    expect(await listed(cookie)).toEqual(["joinRequestReceived"]);
  });

  it("a moderator made member again no longer sees library submissions, in the list, the count or the digest", async () => {
    const moderator = await createUser({ globalRole: "MODERATOR", displayName: "Mira de Wit" });
    const community = await createCommunity({ accessMode: "OPEN" });
    await addMember(moderator.id, community.id);
    const cookie = await sessionCookieFor(moderator.id);
    await db().notification.create({
      data: {
        userId: moderator.id,
        kind: "libraryItemSubmitted",
        url: "/bibliotheek/beheer",
        data: { itemTitle: "Nog niet gepubliceerde handreiking", change: false },
        createdAt: new Date(Date.now() - 60 * 60 * 1000),
      },
    });
    const member = { id: moderator.id, email: moderator.email, displayName: moderator.displayName, language: "nl" as const };
    const until = new Date();
    const since = new Date(until.getTime() - 7 * 24 * 60 * 60 * 1000);
    const digestTitles = async (globalRole: "MODERATOR" | "MEMBER") => {
      const digest = await gatherDigest({ ...member, globalRole }, "WEEKLY", since, until);
      const unread = digest.sections.find(({ section }) => section.id === "unread-notifications");
      return ((unread?.items ?? []) as { kind: string }[]).map((item) => item.kind);
    };
    expect(await listed(cookie)).toEqual(["libraryItemSubmitted"]);
    expect(await headerCount(moderator.id)).toBe(1);
    expect(await digestTitles("MODERATOR")).toEqual(["libraryItemSubmitted"]);

    await db().user.update({ where: { id: moderator.id }, data: { globalRole: "MEMBER" } });
    expect(await listed(cookie)).toEqual([]);
    expect(await headerCount(moderator.id)).toBe(0);
    expect(await digestTitles("MEMBER")).toEqual([]);
  });
});
