/**
 * In-app notifications: produced from domain events, listed with access
 * checked again, marked read, and shaped by the member's preferences.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loader as rootLoader } from "../../app/root.tsx";
import { action as manageAction } from "../../app/routes/communities.$slug.beheer.tsx";
import { action as communityAction } from "../../app/routes/communities.$slug.tsx";
import { loader as membersLoader } from "../../app/routes/communities.$slug.leden.tsx";
import { loader as openLoader } from "../../app/routes/meldingen.$id.tsx";
import { action as listAction, loader as listLoader } from "../../app/routes/meldingen._index.tsx";
import { action as settingsAction, loader as settingsLoader } from "../../app/routes/instellingen.meldingen.tsx";
import { action as queuesAction, loader as queuesLoader } from "../../app/routes/beheer.wachtrijen.tsx";
import { loader as outboxLoader } from "../../app/routes/ontwikkeling.mails._index.tsx";
import { communityContextFor } from "../../server/communities/access.ts";
import { communityPermissions } from "../../server/communities/policy.ts";
import { db } from "../../server/db.ts";
import { closeMailTransport } from "../../server/mail/transport.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { notify } from "../../server/notifications/notify.ts";
import { visibleNotificationsWhere } from "../../server/notifications/queries.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { closeQueues, queue } from "../../server/queues/producer.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

afterAll(async () => {
  closeMailTransport();
  await closeQueues();
  await closeNotificationsRedis();
});

async function mention(userId: string, communityId: string, title = "Werkervaringsplaatsen bij de gemeente") {
  const actor = await createUser({ displayName: "Noor Yilmaz" });
  return notify({
    userId,
    kind: "mention",
    data: { topicId: "t", messageId: `m-${Math.random()}`, topicTitle: title, excerpt: "Wat denken jullie?" },
    url: "/communities/x/onderwerpen/t",
    actorId: actor.id,
    communityId,
  });
}

type ListBody = { items: { id: string; kind: string; read: boolean; data: Record<string, unknown> }[]; total: number };

describe("notifications from community events", () => {
  it("a join request notifies the facilitators; the decision notifies the applicant", async () => {
    const community = await createCommunity({ name: "Doe-netwerk Brabant", accessMode: "ON_REQUEST" });
    const facilitator = await createUser({ displayName: "Esther Peeters" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const applicant = await createUser({ displayName: "Youssef Amrani" });
    const applicantCookie = await sessionCookieFor(applicant.id);
    const facilitatorCookie = await sessionCookieFor(facilitator.id);

    await callAction(
      communityAction,
      formRequest(`/communities/${community.slug}`, { intent: "request", message: "Ik ben HR-adviseur." }, applicantCookie),
      { slug: community.slug },
    );
    const received = await db().notification.findFirstOrThrow({ where: { userId: facilitator.id } });
    expect(received).toMatchObject({
      kind: "joinRequestReceived",
      communityId: community.id,
      actorId: applicant.id,
      url: `/communities/${community.slug}/beheer`,
    });
    expect(received.data).toEqual({ communityName: "Doe-netwerk Brabant", requesterName: "Youssef Amrani" });

    const request = await db().joinRequest.findFirstOrThrow({ where: { userId: applicant.id } });
    await callAction(
      manageAction,
      formRequest(`/communities/${community.slug}/beheer`, { intent: "refuse", requestId: request.id }, facilitatorCookie),
      { slug: community.slug },
    );
    const decided = await db().notification.findFirstOrThrow({ where: { userId: applicant.id } });
    expect(decided).toMatchObject({ kind: "joinRequestDecided", data: { approved: false, communityName: "Doe-netwerk Brabant" } });

    // The refusal stays visible to the applicant, although they cannot read the community.
    const list = await callLoader(listLoader, getRequest("/meldingen", applicantCookie));
    expect((list.body as ListBody).items.map((i) => i.kind)).toEqual(["joinRequestDecided"]);

    // Asking again after a refusal is a new request and a new notification.
    await callAction(communityAction, formRequest(`/communities/${community.slug}`, { intent: "request" }, applicantCookie), {
      slug: community.slug,
    });
    expect(await db().notification.count({ where: { userId: facilitator.id, kind: "joinRequestReceived" } })).toBe(2);
  });
});

describe("access is checked again when notifications are shown", () => {
  it("the query filter agrees with the community policy for every access mode and standing", async () => {
    const viewer = await createUser({ email: `kijker-${Date.now()}@praktijkplein.test` });
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const cases = [];
    for (const accessMode of ["OPEN", "ON_REQUEST", "INVITE_ONLY"] as const) {
      for (const standing of ["none", "member", "invited"] as const) {
        const community = await createCommunity({ accessMode });
        if (standing === "member") await addMember(viewer.id, community.id);
        if (standing === "invited") {
          await db().invitation.create({
            data: {
              communityId: community.id,
              email: viewer.email,
              tokenHash: `${community.id}-hash`,
              expiresAt: new Date(Date.now() + 60_000),
            },
          });
        }
        cases.push(community);
      }
    }
    for (const who of [viewer, moderator]) {
      const ids: Record<string, { read: string; view: string }> = {};
      for (const community of cases) {
        const read = await db().notification.create({
          data: {
            userId: who.id,
            kind: "mention",
            communityId: community.id,
            url: "/",
            data: { topicId: "t", messageId: "m", topicTitle: "x", excerpt: "" },
          },
        });
        const view = await db().notification.create({
          data: {
            userId: who.id,
            kind: "joinRequestDecided",
            communityId: community.id,
            url: "/",
            data: { communityName: "x", approved: false },
          },
        });
        ids[community.id] = { read: read.id, view: view.id };
      }
      const visible = new Set(
        (
          await db().notification.findMany({
            where: visibleNotificationsWhere({ ...who, emailVerified: who.emailVerifiedAt !== null }),
            select: { id: true },
          })
        ).map((n) => n.id),
      );
      for (const community of cases) {
        const permissions = communityPermissions(who, await communityContextFor(who, community));
        expect(visible.has(ids[community.id]!.read), `${who.globalRole} read ${community.accessMode}`).toBe(permissions.read);
        expect(visible.has(ids[community.id]!.view), `${who.globalRole} view ${community.accessMode}`).toBe(permissions.view);
      }
    }
  });

  it("a member who left a closed community no longer sees, counts or opens its notifications", async () => {
    const community = await createCommunity({ name: "Klankbordgroep Utrecht", accessMode: "INVITE_ONLY" });
    const member = await createUser();
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    const id = (await mention(member.id, community.id))!;

    expect(((await callLoader(listLoader, getRequest("/meldingen", cookie))).body as ListBody).total).toBe(1);
    expect(
      ((await callLoader(rootLoader, getRequest("/", cookie))).body as { user: { unreadNotifications: number } }).user.unreadNotifications,
    ).toBe(1);

    await db().membership.deleteMany({ where: { userId: member.id, communityId: community.id } });
    expect(((await callLoader(listLoader, getRequest("/meldingen", cookie))).body as ListBody).total).toBe(0);
    expect(
      ((await callLoader(rootLoader, getRequest("/", cookie))).body as { user: { unreadNotifications: number } }).user.unreadNotifications,
    ).toBe(0);
    expect((await callLoader(openLoader, getRequest(`/meldingen/${id}`, cookie), { id })).status).toBe(404);
  });
});

describe("the notifications page", () => {
  it("lists, opens, marks read and marks all read, without JavaScript", async () => {
    const community = await createCommunity();
    const member = await createUser();
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    const first = (await mention(member.id, community.id, "Eerste onderwerp"))!;
    const second = (await mention(member.id, community.id, "Tweede onderwerp"))!;
    await mention(member.id, community.id, "Derde onderwerp");
    const other = await createUser();
    const othersCookie = await sessionCookieFor(other.id);

    const list = (await callLoader(listLoader, getRequest("/meldingen", cookie))).body as ListBody;
    expect(list.items.map((i) => i.data.topicTitle)).toEqual(["Derde onderwerp", "Tweede onderwerp", "Eerste onderwerp"]);

    // Opening goes where the notification leads and marks it read.
    const opened = await callLoader(openLoader, getRequest(`/meldingen/${first}`, cookie), { id: first });
    expect(opened.status).toBe(302);
    expect(opened.headers.get("Location")).toBe("/communities/x/onderwerpen/t");
    // Someone else's notification does not exist for you.
    expect((await callLoader(openLoader, getRequest(`/meldingen/${second}`, othersCookie), { id: second })).status).toBe(404);
    expect((await callAction(listAction, formRequest("/meldingen", { intent: "read", id: second }, othersCookie))).status).toBe(302);
    expect((await db().notification.findUniqueOrThrow({ where: { id: second } })).readAt).toBeNull();

    await callAction(listAction, formRequest("/meldingen", { intent: "read", id: second }, cookie));
    const unread = (await callLoader(listLoader, getRequest("/meldingen?ongelezen=1", cookie))).body as ListBody;
    expect(unread.items.map((i) => i.data.topicTitle)).toEqual(["Derde onderwerp"]);

    const all = await callAction(listAction, formRequest("/meldingen", { intent: "read-all" }, cookie));
    expect(all.status).toBe(302);
    expect(await db().notification.count({ where: { userId: member.id, readAt: null } })).toBe(0);
    expect((await callAction(listAction, formRequest("/meldingen", { intent: "nonsense" }, cookie))).status).toBe(400);
    expect((await callLoader(listLoader, getRequest("/meldingen"))).headers.get("Location")).toMatch(/^\/inloggen/);
  });
});

describe("preferences", () => {
  it("per kind: in-app off hides the kind, e-mail off schedules no mail", async () => {
    const community = await createCommunity();
    const member = await createUser();
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(member.id);
    const settings = (await callLoader(settingsLoader, getRequest("/instellingen/meldingen", cookie))).body as {
      kinds: { kind: string; inApp: boolean; email: boolean; emailable: boolean }[];
    };
    expect(settings.kinds.find((k) => k.kind === "mention")).toEqual({ kind: "mention", inApp: true, email: true, emailable: true });
    expect(settings.kinds.find((k) => k.kind === "invitation")).toMatchObject({ emailable: false });

    // Mentions by e-mail (default): a notification-mail job is waiting for this member.
    await mention(member.id, community.id);
    const jobsFor = async () => (await queue("mail").getDelayed()).filter((job) => (job.data as { userId?: string }).userId === member.id);
    expect(await jobsFor()).toHaveLength(1);
    for (const job of await jobsFor()) await job.remove();

    // Mentions: neither at the bell nor by e-mail; replies only at the bell.
    const form = new URLSearchParams([
      ["intent", "kinds"],
      ["inApp", "reply"],
      ["inApp", "joinRequestDecided"],
      ["email", "joinRequestDecided"],
      ["email", "invitation"],
    ]);
    const saved = await callAction(settingsAction, formRequest("/instellingen/meldingen", Object.fromEntries([]), cookie));
    expect(saved.status).toBe(400); // no intent
    const request = new Request("http://localhost:3000/instellingen/meldingen", {
      method: "POST",
      body: form,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost:3000", Cookie: cookie },
    });
    expect((await callAction(settingsAction, request)).status).toBe(302);
    const prefs = await db().notificationPreference.findMany({ where: { userId: member.id }, orderBy: { kind: "asc" } });
    expect(prefs.find((p) => p.kind === "mention")).toMatchObject({ inApp: false, email: false });
    expect(prefs.find((p) => p.kind === "joinRequestDecided")).toMatchObject({ inApp: true, email: true });
    expect(prefs.find((p) => p.kind === "invitation")).toMatchObject({ inApp: false, email: false }); // not e-mailable this way

    await mention(member.id, community.id);
    expect(await jobsFor()).toHaveLength(0);
    expect(((await callLoader(listLoader, getRequest("/meldingen", cookie))).body as ListBody).total).toBe(0);
  });

  it("offers facilitator and moderator kinds only to those who receive them, and ignores them from others", async () => {
    const community = await createCommunity();
    const member = await createUser();
    await addMember(member.id, community.id);
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const offered = async (userId: string) =>
      (
        (await callLoader(settingsLoader, getRequest("/instellingen/meldingen", await sessionCookieFor(userId)))).body as {
          kinds: { kind: string }[];
        }
      ).kinds.map((k) => k.kind);
    const memberKinds = await offered(member.id);
    expect(memberKinds).toContain("mention");
    expect(memberKinds).not.toContain("joinRequestReceived");
    expect(memberKinds).not.toContain("libraryItemSubmitted");
    expect(await offered(facilitator.id)).toContain("joinRequestReceived");
    expect(await offered(facilitator.id)).not.toContain("libraryItemSubmitted");
    expect(await offered(moderator.id)).toContain("libraryItemSubmitted");
    expect(await offered(moderator.id)).not.toContain("joinRequestReceived");

    // A member who sends the kinds anyway (an old form, a hand-made request) changes nothing for them.
    const form = new URLSearchParams([
      ["intent", "kinds"],
      ["inApp", "mention"],
      ["inApp", "joinRequestReceived"],
      ["email", "libraryItemSubmitted"],
    ]);
    const request = new Request("http://localhost:3000/instellingen/meldingen", {
      method: "POST",
      body: form,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: "http://localhost:3000",
        Cookie: await sessionCookieFor(member.id),
      },
    });
    expect((await callAction(settingsAction, request)).status).toBe(302);
    const stored = await db().notificationPreference.findMany({ where: { userId: member.id }, select: { kind: true } });
    expect(stored.map((p) => p.kind)).toContain("mention");
    expect(stored.map((p) => p.kind)).not.toContain("joinRequestReceived");
    expect(stored.map((p) => p.kind)).not.toContain("libraryItemSubmitted");
  });

  it("digest settings per community (members only) and the global switch", async () => {
    const mine = await createCommunity({ name: "Mijn community" });
    const notMine = await createCommunity({ name: "Andere community" });
    const member = await createUser();
    await addMember(member.id, mine.id);
    const cookie = await sessionCookieFor(member.id);
    const before = (await callLoader(settingsLoader, getRequest("/instellingen/meldingen", cookie))).body as {
      communities: { id: string; frequency: string }[];
      digestsEnabled: boolean;
    };
    expect(before).toMatchObject({ digestsEnabled: true, communities: [{ id: mine.id, frequency: "WEEKLY" }] });

    const ok = await callAction(
      settingsAction,
      formRequest(
        "/instellingen/meldingen",
        { intent: "digest", [`frequency.${mine.id}`]: "DAILY", [`frequency.${notMine.id}`]: "DAILY" },
        cookie,
      ),
    );
    expect(ok.status).toBe(302);
    expect(await db().communityDigestSetting.findMany({ where: { userId: member.id } })).toMatchObject([
      { communityId: mine.id, frequency: "DAILY" },
    ]);
    expect(await db().mailSettings.findUnique({ where: { userId: member.id } })).toMatchObject({ digestsEnabled: false }); // unticked box

    const bad = await callAction(
      settingsAction,
      formRequest("/instellingen/meldingen", { intent: "digest", digestsEnabled: "on", [`frequency.${mine.id}`]: "HOURLY" }, cookie),
    );
    expect(bad.status).toBe(400);
    expect(await db().mailSettings.findUnique({ where: { userId: member.id } })).toMatchObject({ digestsEnabled: false });
  });
});

describe("read markers", () => {
  it("the member list marks new members as seen for the digest", async () => {
    const community = await createCommunity();
    const member = await createUser();
    await addMember(member.id, community.id);
    const outsider = await createUser();
    await callLoader(membersLoader, getRequest(`/communities/${community.slug}/leden`, await sessionCookieFor(member.id)), {
      slug: community.slug,
    });
    await callLoader(membersLoader, getRequest(`/communities/${community.slug}/leden`, await sessionCookieFor(outsider.id)), {
      slug: community.slug,
    });
    expect(await db().seenMarker.findMany({ where: { scope: `members-${community.id}` }, select: { userId: true } })).toEqual([
      { userId: member.id },
    ]);
  });
});

describe("admin and development pages", () => {
  it("the queue page is for administrators only", async () => {
    const admin = await createUser({ globalRole: "ADMIN" });
    const moderator = await createUser({ globalRole: "MODERATOR" });
    expect((await callLoader(queuesLoader, getRequest("/beheer/wachtrijen"))).status).toBe(302);
    expect((await callLoader(queuesLoader, getRequest("/beheer/wachtrijen", await sessionCookieFor(moderator.id)))).status).toBe(403);
    const page = await callLoader(queuesLoader, getRequest("/beheer/wachtrijen", await sessionCookieFor(admin.id)));
    expect(page.status).toBe(200);
    expect((page.body as { queues: { name: string }[] }).queues.map((q) => q.name)).toEqual(Object.values(QUEUES));
    const retryMissing = await callAction(
      queuesAction,
      formRequest("/beheer/wachtrijen", { intent: "retry", queue: "mail", jobId: "does-not-exist" }, await sessionCookieFor(admin.id)),
    );
    expect(retryMissing.status).toBe(404);
    const byModerator = await callAction(
      queuesAction,
      formRequest("/beheer/wachtrijen", { intent: "retry-all", queue: "mail" }, await sessionCookieFor(moderator.id)),
    );
    expect(byModerator.status).toBe(403);
  });

  it("the development outbox is there whenever mail goes to files on a local instance, not on a public one or with SMTP (issue 14.5)", async () => {
    const { resetConfigForTests } = await import("../../server/config.ts");
    const saved = {
      NODE_ENV: process.env.NODE_ENV,
      APP_URL: process.env.APP_URL,
      SESSION_SECRET: process.env.SESSION_SECRET,
      SMTP_URL: process.env.SMTP_URL,
      DEV_MAIL_VIEW: process.env.DEV_MAIL_VIEW,
    };
    const statusWith = async (env: Record<string, string | undefined>) => {
      for (const [name, value] of Object.entries(env)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      resetConfigForTests();
      return (await callLoader(outboxLoader, getRequest("/ontwikkeling/mails"))).status;
    };
    // As `npm start` runs it: a production build that asks for the outbox (decision 306).
    const production = { NODE_ENV: "production", SESSION_SECRET: "a-production-secret-of-at-least-32-characters", DEV_MAIL_VIEW: "1" };
    try {
      // `npm start`: a production build on localhost without SMTP (what the README promises).
      expect(await statusWith({ ...production, APP_URL: "http://localhost:3000", SMTP_URL: undefined })).toBe(200);
      expect(await statusWith({ ...production, APP_URL: "http://127.0.0.1:4123", SMTP_URL: undefined })).toBe(200);
      // A public production instance, or any instance with SMTP: no outbox.
      expect(await statusWith({ ...production, APP_URL: "https://praktijkplein.example", SMTP_URL: undefined })).toBe(404);
      expect(await statusWith({ ...production, APP_URL: "https://localhost.example.nl", SMTP_URL: undefined })).toBe(404);
      expect(await statusWith({ ...production, APP_URL: "http://localhost:3000", SMTP_URL: "smtp://mail.example.nl:587" })).toBe(404);
      expect(
        await statusWith({ NODE_ENV: "development", SESSION_SECRET: undefined, APP_URL: undefined, SMTP_URL: "smtp://127.0.0.1:2525" }),
      ).toBe(404);
    } finally {
      await statusWith(saved);
    }
    expect((await callLoader(outboxLoader, getRequest("/ontwikkeling/mails"))).status).toBe(200);
  });
});
