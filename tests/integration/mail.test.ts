/**
 * The mail pipeline end to end: BullMQ workers in this process, a real SMTP
 * server (smtp-server) receiving, mails parsed with mailparser.
 */
import type { ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "../../app/routes/afmelden.$token.tsx";
import { action as forgotAction } from "../../app/routes/wachtwoord-vergeten.tsx";
import { action as resetAction, loader as resetLoader } from "../../app/routes/wachtwoord-herstellen.$token.tsx";
import { authenticate } from "../../server/accounts/users.ts";
import { inviteByEmail, findInvitation } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { verifyUnsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { scheduleDigests } from "../../server/notifications/digest/schedule.ts";
import { sendDigest } from "../../server/notifications/digest/send.ts";
import { dropPresence, touchPresence } from "../../server/notifications/live.ts";
import { notify } from "../../server/notifications/notify.ts";
import { retryFailedJob } from "../../server/queues/admin.ts";
import { enqueue, queue } from "../../server/queues/producer.ts";
import { RetryAt } from "../../server/queues/control.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";
import { useMailSink } from "../helpers/mail-sink.ts";
import { until } from "../helpers/until.ts";

// LOG_LEVEL error: the failing-SMTP test logs expected retries as warnings.
const sink = useMailSink({ mailWorkers: 4, clearEach: true, logLevel: "error" });

const DAY = 24 * 60 * 60 * 1000;
const html = (mail: ParsedMail) => (typeof mail.html === "string" ? mail.html : "");
/** The raw value of a header (mailparser structures List-* headers; we want what was sent). */
const header = (mail: ParsedMail, name: string) => {
  const line = mail.headerLines.find((h) => h.key === name)?.line ?? "";
  return line
    .slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
};

function waitForState(queueName: "mail", jobId: string, state: string, timeoutMs = 15_000) {
  return until(
    `job ${jobId} to reach ${state}`,
    async () => {
      const job = await queue(queueName).getJob(jobId);
      // getJob() is a snapshot and getState() reads the live state: a job fetched during its second
      // attempt can be "failed" by the time its state is read. Read it again once the state matches.
      return job && (await job.getState()) === state ? ((await queue(queueName).getJob(jobId)) ?? job) : null;
    },
    timeoutMs,
  );
}

/** A member in two communities with a week of activity, and a third community they are not in. */
async function weekOfActivity(now: Date) {
  const period = latestPeriod("WEEKLY", now);
  const during = new Date(period.until.getTime() - 2 * DAY);
  const before = new Date(period.until.getTime() - 30 * DAY);
  const theme = await createTheme();
  const otherTheme = await createTheme();
  const inclusive = await createCommunity({ name: "Inclusief werven in de zorg", accessMode: "OPEN", themeId: theme.id });
  const network = await createCommunity({ name: "Doe-netwerk werkgevers Twente", accessMode: "ON_REQUEST", themeId: theme.id });
  const elsewhere = await createCommunity({ name: "Klankbordgroep Rijnmond", accessMode: "OPEN", themeId: otherTheme.id });
  const member = await createUser({ displayName: "Fatima de Vries", email: `fatima-${Date.now()}@praktijkplein.test` });
  await db().membership.create({ data: { userId: member.id, communityId: inclusive.id, joinedAt: before } });
  await db().membership.create({ data: { userId: member.id, communityId: network.id, role: "FACILITATOR", joinedAt: before } });

  const newcomer = await createUser({ displayName: "Joost Bakker" });
  await db().membership.create({ data: { userId: newcomer.id, communityId: inclusive.id, joinedAt: during } });
  const applicant = await createUser({ displayName: "Ilse Janssen" });
  await db().joinRequest.create({
    data: { userId: applicant.id, communityId: network.id, message: "Ik werk als recruiter in Enschede.", createdAt: during },
  });
  const outsider = await createUser({ displayName: "Karim Haddad" });
  await db().membership.create({ data: { userId: outsider.id, communityId: elsewhere.id, joinedAt: during } });
  await db().joinRequest.create({ data: { userId: applicant.id, communityId: elsewhere.id, createdAt: during } });
  const fresh = await createCommunity({ name: "Stages zonder drempels", accessMode: "OPEN", themeId: theme.id });
  await db().community.update({ where: { id: fresh.id }, data: { createdAt: during } });
  const hidden = await createCommunity({ name: "Verborgen werkgroep", accessMode: "INVITE_ONLY", themeId: theme.id });
  await db().community.update({ where: { id: hidden.id }, data: { createdAt: during } });
  // Notifications: one unread in a digest community, one already read, one about the third community.
  const unread = await db().notification.create({
    data: {
      userId: member.id,
      kind: "mention",
      communityId: inclusive.id,
      url: "/communities/x",
      createdAt: during,
      data: { topicId: "t1", messageId: "m1", topicTitle: "Anoniem solliciteren", excerpt: "Wat zijn jullie ervaringen?" },
      actorId: newcomer.id,
    },
  });
  await db().notification.create({
    data: {
      userId: member.id,
      kind: "mention",
      communityId: inclusive.id,
      url: "/communities/x",
      createdAt: during,
      readAt: during,
      data: { topicId: "t2", messageId: "m2", topicTitle: "Al gelezen onderwerp", excerpt: "" },
    },
  });
  await db().notification.create({
    data: {
      userId: member.id,
      kind: "mention",
      communityId: elsewhere.id,
      url: "/communities/y",
      createdAt: during,
      data: { topicId: "t3", messageId: "m3", topicTitle: "Onderwerp uit Rijnmond", excerpt: "" },
    },
  });
  return { period, member, inclusive, network, elsewhere, unread };
}

describe("digests", () => {
  it("a member in two communities gets one digest with the right items and nothing from a third", async () => {
    const now = new Date();
    const { period, member, inclusive, network } = await weekOfActivity(now);
    const quiet = await createUser({ displayName: "Stille Willem" });
    const quietCommunity = await createCommunity({ name: "Rustige community" });
    await db().membership.create({
      data: { userId: quiet.id, communityId: quietCommunity.id, joinedAt: new Date(period.until.getTime() - 30 * DAY) },
    });

    const scheduled = await scheduleDigests(now);
    expect(scheduled.find((s) => s.frequency === "WEEKLY")).toMatchObject({ periodKey: period.key });
    await until(
      "the digest sent once and no delivery left sending",
      async () =>
        (await db().mailDelivery.count({ where: { periodKey: period.key, status: "SENDING" } })) === 0 &&
        sink.to(member.email).length === 1,
    );
    await until("an empty mail queue", async () => {
      const counts = await queue("mail").getJobCounts("waiting", "active");
      return (counts.waiting ?? 0) + (counts.active ?? 0) === 0;
    });

    const [mail] = sink.to(member.email);
    expect(sink.to(member.email)).toHaveLength(1);
    expect(mail!.subject).toMatch(/^Nieuw op Praktijkplein van \d{1,2}( [a-z]+( \d{4})?)? tot en met \d{1,2} [a-z]+( \d{4})?$/);
    const body = html(mail!);
    const text = mail!.text ?? "";
    for (const part of [body, text]) {
      expect(part).toContain("Joost Bakker"); // new member of a community of hers
      expect(part).toContain("Ilse Janssen"); // join request in the community she facilitates
      expect(part).toContain("Ik werk als recruiter in Enschede.");
      expect(part).toContain("Stages zonder drempels"); // new open community in her theme
      expect(part).toContain("Anoniem solliciteren"); // unread notification
      expect(part).not.toContain("Karim Haddad"); // third community
      expect(part).not.toContain("Klankbordgroep Rijnmond");
      expect(part).not.toContain("Onderwerp uit Rijnmond");
      expect(part).not.toContain("Al gelezen onderwerp"); // already read
      expect(part).not.toContain("Verborgen werkgroep"); // invite-only
    }
    // Accessible HTML: language, one h1, section headings, no layout tables.
    expect(body).toMatch(/<html lang="nl"/);
    expect(body.match(/<h1/g)).toHaveLength(1);
    expect(body.match(/<h2/g)?.length).toBe(4);
    expect(body).not.toMatch(/<table(?![^>]*role="presentation")/);
    // One-click unsubscribe (RFC 8058).
    expect(header(mail!, "list-unsubscribe")).toMatch(/^<http:\/\/localhost:\d+\/afmelden\/[\w-]+\.[\w-]+>$/);
    expect(header(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(body).toContain(inclusive.name);
    expect(body).toContain(network.name);

    // No empty mails: the member with nothing new got none, and it is recorded as such.
    expect(sink.to(quiet.email)).toHaveLength(0);
    expect(await db().mailDelivery.findUnique({ where: { key: `digest-${quiet.id}-${period.key}` } })).toMatchObject({ status: "EMPTY" });
    expect(await db().mailDelivery.findUnique({ where: { key: `digest-${member.id}-${period.key}` } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
  });

  it("a retried job, a second schedule run or a second worker sends no second mail", async () => {
    const now = new Date();
    const { period, member } = await weekOfActivity(now);
    const input = { userId: member.id, frequency: "WEEKLY" as const, periodKey: period.key, until: period.until.toISOString() };

    // Two workers at once: one sends, the other sees the claim and backs off.
    const results = await Promise.allSettled([sendDigest(input), sendDigest(input)]);
    const fulfilled = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<string>).value);
    const rejected = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as unknown);
    expect(fulfilled).toContain("sent");
    expect(fulfilled.filter((v) => v === "sent")).toHaveLength(1);
    for (const reason of rejected) expect(reason).toBeInstanceOf(RetryAt);
    await sink.waitForTo(member.email);

    // A retry of the job (same payload) and a new schedule run.
    expect(await sendDigest(input)).toBe("already-done");
    await scheduleDigests(now);
    expect(await queue("mail").getJob(`digest-${member.id}-${period.key}`)).toBeUndefined();
    const job = await enqueue("sendDigest", input, { jobId: `digest-${member.id}-${period.key}-retry` });
    await waitForState("mail", job.id!, "completed");
    expect(await job.getState()).toBe("completed");
    expect(sink.to(member.email)).toHaveLength(1);
  });

  it("the unsubscribe link works without logging in; a tampered link is refused", async () => {
    const now = new Date();
    const { period, member, inclusive } = await weekOfActivity(now);
    await sendDigest({ userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() });
    const [mail] = await sink.waitForTo(member.email);
    const url = new URL(header(mail!, "list-unsubscribe").slice(1, -1));
    const token = url.pathname.split("/").pop()!;
    expect(verifyUnsubscribeToken(token)).toEqual({ userId: member.id, scope: "digest" });

    const confirm = await callLoader(unsubscribeLoader, getRequest(url.pathname), { token });
    expect(confirm).toMatchObject({ status: 200, body: { valid: true, target: { kind: "digest" } } });
    expect(await db().mailSettings.findUnique({ where: { userId: member.id } })).toBeNull(); // GET changes nothing

    const [payload, signature] = token.split(".");
    const forgedPayload = Buffer.from(`${(await createUser()).id}|digest`).toString("base64url");
    for (const bad of [`${payload}.${signature!.slice(0, -2)}xx`, `${forgedPayload}.${signature}`, `${payload}`, "x.y.z"]) {
      expect((await callLoader(unsubscribeLoader, getRequest(`/afmelden/${bad}`), { token: bad })).status).toBe(400);
      expect(
        (await callAction(unsubscribeAction, formRequest(`/afmelden/${bad}`, { "List-Unsubscribe": "One-Click" }), { token: bad })).status,
      ).toBe(400);
    }
    expect(await db().mailSettings.findUnique({ where: { userId: member.id } })).toBeNull();

    // RFC 8058 one-click: a POST without cookie or Origin, as a mail provider sends it.
    const oneClick = new Request(url.toString(), {
      method: "POST",
      body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(await callAction(unsubscribeAction, oneClick, { token })).toMatchObject({ status: 200, body: { done: true } });
    expect(await db().mailSettings.findUnique({ where: { userId: member.id } })).toMatchObject({ digestsEnabled: false });
    await scheduleDigests(new Date(now.getTime() + 7 * DAY));
    const nextKey = latestPeriod("WEEKLY", new Date(now.getTime() + 7 * DAY)).key;
    expect(await queue("mail").getJob(`digest-${member.id}-${nextKey}`)).toBeUndefined();

    // The per-community link in the footer sets that community to "none".
    const communityLink = html(mail!)
      .match(/href="([^"]+\/afmelden\/[^"]+)"/g)!
      .map((m) => m.slice(6, -1))
      .find((href) => verifyUnsubscribeToken(href.split("/").pop()!)?.scope === `digest-community-${inclusive.id}`)!;
    const communityToken = communityLink.split("/").pop()!;
    await callAction(unsubscribeAction, formRequest(`/afmelden/${communityToken}`, {}), { token: communityToken });
    expect(
      await db().communityDigestSetting.findUnique({ where: { userId_communityId: { userId: member.id, communityId: inclusive.id } } }),
    ).toMatchObject({ frequency: "NONE" });
  });

  it("a failing SMTP server leads to retries and a kept failed job, not a lost digest", async () => {
    const now = new Date();
    const { period, member } = await weekOfActivity(now);
    sink.failing = true;
    const job = await enqueue(
      "sendDigest",
      { userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() },
      { jobId: `digest-${member.id}-${period.key}`, attempts: 3, backoff: { type: "exponential", delay: 50 } },
    );
    const failed = await waitForState("mail", job.id!, "failed");
    expect(failed.attemptsMade).toBe(3);
    expect(failed.failedReason).toMatch(/try again later/i);
    expect(sink.to(member.email)).toHaveLength(0);
    expect(await db().mailDelivery.findUnique({ where: { key: `digest-${member.id}-${period.key}` } })).toMatchObject({
      status: "FAILED",
      attempts: 3,
    });

    // The server is back; an administrator retries the kept job: exactly one digest.
    sink.failing = false;
    const admin = await createUser({ globalRole: "ADMIN" });
    await retryFailedJob(admin, "mail", job.id!);
    await waitForState("mail", job.id!, "completed");
    expect(sink.to(member.email)).toHaveLength(1);
    expect(await db().mailDelivery.findUnique({ where: { key: `digest-${member.id}-${period.key}` } })).toMatchObject({
      status: "SENT",
      attempts: 4,
    });
  });

  it("is written in the member's language", async () => {
    const now = new Date();
    const { period, member } = await weekOfActivity(now);
    await db().user.update({ where: { id: member.id }, data: { locale: "en" } });
    await sendDigest({ userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() });
    const [mail] = await sink.waitForTo(member.email);
    expect(mail!.subject).toMatch(/^New on Praktijkplein from \d{1,2}( [A-Z][a-z]+( \d{4})?)? to \d{1,2} [A-Z][a-z]+( \d{4})?$/);
    expect(html(mail!)).toMatch(/<html lang="en"/);
    expect(mail!.text).toContain("Joost Bakker is new.");
  });
});

describe("digests sent side by side (decision 258: shared parts, texts filled in without i18next)", () => {
  it("each member gets their own greeting, language, date and unsubscribe links", async () => {
    const period = latestPeriod("WEEKLY", new Date());
    const before = new Date(period.until.getTime() - 30 * DAY);
    const during = new Date(period.until.getTime() - 2 * DAY);
    const first = await createCommunity({ name: "Samen werven Zwolle" });
    const second = await createCommunity({ name: "Werkplaats Deventer" });
    const names = ["Anouk Visser", "Bram de Jong", "Chloé Martin", "Daan Smit"];
    const members = [];
    for (const [i, displayName] of names.entries()) {
      const member = await createUser({ displayName, email: `zij-aan-zij-${i}-${Date.now()}@praktijkplein.test` });
      await db().user.update({ where: { id: member.id }, data: { locale: i % 2 === 0 ? "nl" : "en" } });
      await db().membership.createMany({
        data: [
          { userId: member.id, communityId: first.id, joinedAt: before },
          { userId: member.id, communityId: second.id, joinedAt: before },
        ],
      });
      members.push(member);
    }
    const newcomer = await createUser({ displayName: "Noor Bakker" });
    await db().membership.create({ data: { userId: newcomer.id, communityId: first.id, joinedAt: during } });

    const results = await Promise.all(
      members.map((member) =>
        sendDigest({ userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() }),
      ),
    );
    expect(results).toEqual(members.map(() => "sent"));
    for (const [i, member] of members.entries()) {
      const [mail] = await sink.waitForTo(member.email);
      const english = i % 2 === 1;
      const greeting = english ? `Hello ${names[i]}, this is what is new since ` : `Hallo ${names[i]}, dit is er nieuw sinds `;
      expect(mail!.text).toContain(greeting);
      expect(html(mail!)).toContain(greeting);
      expect(html(mail!)).toMatch(new RegExp(`<html lang="${english ? "en" : "nl"}"`));
      // The date in the member's language (a month name of that language).
      expect(mail!.text).toMatch(
        english
          ? /since \d{1,2} [A-Z][a-z]+ \d{4}/
          : /sinds \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/,
      );
      for (const other of names.filter((_, k) => k !== i)) expect(mail!.text).not.toContain(other);
      expect(mail!.text).toContain("Noor Bakker");
      // Every unsubscribe link in the mail is this member's own: the whole digest and each community.
      const tokens = [...html(mail!).matchAll(/\/afmelden\/([A-Za-z0-9_.-]+)/g)].map((m) => verifyUnsubscribeToken(m[1]!));
      expect(tokens.map((token) => token?.scope).sort()).toEqual(
        ["digest", `digest-community-${first.id}`, `digest-community-${second.id}`].sort(),
      );
      expect(tokens.every((token) => token?.userId === member.id)).toBe(true);
      expect(verifyUnsubscribeToken(new URL(header(mail!, "list-unsubscribe").slice(1, -1)).pathname.split("/").pop()!)).toEqual({
        userId: member.id,
        scope: "digest",
      });
    }
  });
});

describe("notification mails", () => {
  it("batches notifications into one mail when the member is not online, and sends none when online", async () => {
    const community = await createCommunity({ name: "Werkgevers Noord" });
    const offline = await createUser({ displayName: "Annelies Smit" });
    const online = await createUser({ displayName: "Bas Kok" });
    const facilitator = await createUser({ displayName: "Wendy Mulder" });
    for (const u of [offline, online]) await addMember(u.id, community.id);
    await addMember(facilitator.id, community.id, "FACILITATOR");
    await touchPresence(online.id, "socket-1");
    for (const userId of [offline.id, online.id]) {
      for (const n of [1, 2]) {
        await notify({
          userId,
          kind: "mention",
          data: { topicId: `t${n}`, messageId: `m${n}`, topicTitle: `Werkervaringsplaatsen ${n}`, excerpt: "Zie mijn vraag." },
          url: "/communities/werkgevers-noord",
          actorId: facilitator.id,
          communityId: community.id,
          dedupeKey: `mention-m${n}`,
        });
      }
    }
    // One delayed job per member and window, however many notifications.
    const delayed = await queue("mail").getDelayed();
    const mine = delayed.filter(
      (job) => job.name === "send-notification-mail" && [offline.id, online.id].includes((job.data as { userId: string }).userId),
    );
    expect(mine).toHaveLength(2);
    for (const job of mine) await job.promote();
    await sink.waitForTo(offline.email);
    await Promise.all(mine.map((job) => waitForState("mail", job.id!, "completed")));
    expect(sink.to(online.email)).toHaveLength(0);
    const [mail] = sink.to(offline.email);
    expect(mail!.subject).toBe("Je hebt 2 nieuwe meldingen op Praktijkplein");
    expect(mail!.text).toContain("Wendy Mulder noemde je in “Werkervaringsplaatsen 1”");
    expect(mail!.text).toContain("Werkervaringsplaatsen 2");
    expect(header(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(await db().notification.count({ where: { userId: offline.id, emailedAt: { not: null } } })).toBe(2);
    expect(await db().notification.count({ where: { userId: online.id, emailedAt: null } })).toBe(2);
    await dropPresence(online.id, "socket-1");
  });
});

describe("invitations and password reset go through the pipeline", () => {
  it("an invitation mail carries a working link; the existing account also gets an in-app notification", async () => {
    const community = await createCommunity({ name: "Klankbordgroep statushouders", accessMode: "INVITE_ONLY" });
    const facilitator = await createUser({ displayName: "Sanne Visser" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const invitee = await createUser({ email: "uitgenodigd-lid@praktijkplein.test", locale: "en" });
    await inviteByEmail(facilitator, community.slug, "uitgenodigd-lid@praktijkplein.test");
    await inviteByEmail(facilitator, community.slug, "nog-geen-account@praktijkplein.test");
    await sink.waitForTo("nog-geen-account@praktijkplein.test");
    const [mail] = await sink.waitForTo("uitgenodigd-lid@praktijkplein.test");
    expect(mail!.subject).toBe("Sanne Visser invites you to Klankbordgroep statushouders");
    const token = mail!.text!.match(/\/uitnodiging\/([\w-]+)/)![1]!;
    expect(await findInvitation(token)).toMatchObject({ status: "PENDING", community: { name: "Klankbordgroep statushouders" } });
    expect(sink.to("nog-geen-account@praktijkplein.test")[0]!.subject).toBe("Sanne Visser nodigt je uit voor Klankbordgroep statushouders");
    await until(
      "the invitation notification",
      async () => (await db().notification.count({ where: { userId: invitee.id, kind: "invitation" } })) === 1,
    );
    // The invitation mail is the e-mail: no separate notification mail is scheduled.
    const delayed = await queue("mail").getDelayed();
    expect(delayed.filter((job) => (job.data as { userId?: string }).userId === invitee.id)).toHaveLength(0);
  });

  it("password reset by e-mail, end to end: single use, all sessions ended", async () => {
    const user = await createUser({ email: "vergeten@praktijkplein.test", displayName: "Mohamed El Amrani" });
    const cookie = await sessionCookieFor(user.id);
    const requested = await callAction(forgotAction, formRequest("/wachtwoord-vergeten", { email: "Vergeten@praktijkplein.test" }));
    expect(requested).toMatchObject({ status: 200, body: { sent: true } });
    const unknown = await callAction(forgotAction, formRequest("/wachtwoord-vergeten", { email: "onbekend@praktijkplein.test" }));
    expect(unknown).toMatchObject({ status: 200, body: { sent: true } });

    const [mail] = await sink.waitForTo(user.email);
    expect(sink.to("onbekend@praktijkplein.test")).toHaveLength(0);
    expect(mail!.subject).toBe("Kies een nieuw wachtwoord voor Praktijkplein");
    const token = mail!.text!.match(/\/wachtwoord-herstellen\/([\w-]+)/)![1]!;
    expect(await db().passwordReset.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored

    expect((await callLoader(resetLoader, getRequest(`/wachtwoord-herstellen/${token}`), { token })).body).toEqual({ valid: true });
    const weak = await callAction(resetAction, formRequest(`/wachtwoord-herstellen/${token}`, { password: "kort" }), { token });
    expect(weak.status).toBe(400);
    const done = await callAction(
      resetAction,
      formRequest(`/wachtwoord-herstellen/${token}`, { password: "een nieuw en lang wachtwoord" }),
      { token },
    );
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/inloggen");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(cookie).toBeTruthy();
    expect(await authenticate(user.email, "een nieuw en lang wachtwoord")).toEqual({ id: user.id });

    const reused = await callAction(resetAction, formRequest(`/wachtwoord-herstellen/${token}`, { password: "nog een ander wachtwoord" }), {
      token,
    });
    expect(reused.status).toBe(410);
    expect((await callLoader(resetLoader, getRequest(`/wachtwoord-herstellen/${token}`), { token })).body).toEqual({ valid: false });
    expect(await authenticate(user.email, "nog een ander wachtwoord")).toBeNull();
  });
});
