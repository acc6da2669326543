/**
 * A suspended member reads no community content by mail (decision 228): no
 * digest for a period that ends during the suspension, no notification mail
 * but notices about their own account, and afterwards no backlog of what came
 * meanwhile. Through the mail workers (BullMQ in this process), a real SMTP
 * sink, real PostgreSQL and Redis.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { scheduleDigests } from "../../server/notifications/digest/schedule.ts";
import { notify } from "../../server/notifications/notify.ts";
import { enqueue, queue } from "../../server/queues/producer.ts";
import { createCommunity, createUser } from "../helpers/factories.ts";
import { useMailSink } from "../helpers/mail-sink.ts";
import { until } from "../helpers/until.ts";

const sink = useMailSink({ mailWorkers: 4, clearEach: true, logLevel: "error" });

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const text = (email: string) => sink.to(email).map((mail) => mail.text ?? "");

async function mailQueueEmpty() {
  await until("an empty mail queue", async () => {
    const counts = await queue("mail").getJobCounts("waiting", "active");
    return (counts.waiting ?? 0) + (counts.active ?? 0) === 0;
  });
}

/** A weekly-digest member of a community; newcomers join it at the given moments (each a digest item). */
async function communityWith(name: string, since: Date) {
  const community = await createCommunity({ name, accessMode: "OPEN" });
  const member = async (displayName: string, joinedAt: Date) => {
    const user = await createUser({ displayName });
    await db().membership.create({ data: { userId: user.id, communityId: community.id, joinedAt } });
    return user;
  };
  return { community, member: (displayName: string) => member(displayName, since), newcomer: member };
}

describe("digests and a suspension", () => {
  it("a member suspended at the end of a period gets no digest for it, nor from a job queued before the suspension", async () => {
    const now = new Date();
    const period = latestPeriod("WEEKLY", now);
    const world = await communityWith("Werkgevers Zeeland", new Date(period.until.getTime() - 30 * DAY));
    const suspended = await world.member("Sanne Geschorst");
    const bystander = await world.member("Bart Omstander");
    await db().user.update({ where: { id: suspended.id }, data: { suspendedUntil: new Date(now.getTime() + 7 * DAY) } });
    await world.newcomer("Nadia Nieuwkomer", new Date(period.until.getTime() - 2 * DAY));

    await scheduleDigests(now);
    await sink.waitForTo(bystander.email);
    await mailQueueEmpty();
    expect(text(bystander.email)[0]).toContain("Nadia Nieuwkomer");
    expect(sink.to(suspended.email)).toHaveLength(0);
    // Nothing recorded for the period: the suspension is not a delivered (or empty) digest.
    expect(await db().mailDelivery.count({ where: { userId: suspended.id } })).toBe(0);

    // A job queued before the suspension began runs now: it sends nothing.
    const job = await enqueue(
      "sendDigest",
      { userId: suspended.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() },
      { jobId: `digest-${suspended.id}-${period.key}-queued-earlier` },
    );
    await until("the earlier job done", async () => (await job.getState()) === "completed");
    expect((await queue("mail").getJob(job.id!))?.returnvalue).toEqual({ result: "suspended" });
    expect(sink.to(suspended.email)).toHaveLength(0);
    expect(await db().mailDelivery.count({ where: { userId: suspended.id } })).toBe(0);
  });

  it("after a suspension the next digest covers only the time since it ended: no backlog", async () => {
    const now = new Date();
    const period = latestPeriod("WEEKLY", now);
    const previous = new Date(period.until.getTime() - 7 * DAY);
    const world = await communityWith("Werkgevers Drenthe", new Date(period.until.getTime() - 30 * DAY));

    // Ended a day before this period's end: this period's digest goes, from the end of the suspension.
    const endedEarlier = await world.member("Eva Eerder");
    await db().user.update({ where: { id: endedEarlier.id }, data: { suspendedUntil: new Date(period.until.getTime() - DAY) } });
    // Suspended at this period's end, over since: no digest for this period; the next one starts where it ended,
    // although the member's last digest was the one before the suspension.
    const endedAfter = await world.member("Lars Later");
    const endedAt = new Date(period.until.getTime() + 1);
    await db().user.update({ where: { id: endedAfter.id }, data: { suspendedUntil: endedAt } });
    await db().mailDelivery.create({
      data: {
        key: `digest-${endedAfter.id}-before-suspension`,
        kind: "DIGEST",
        userId: endedAfter.id,
        status: "SENT",
        frequency: "WEEKLY",
        periodKey: "weekly-before-suspension",
        since: new Date(previous.getTime() - 7 * DAY),
        until: previous,
        sentAt: previous,
      },
    });
    await world.newcomer("Tijdens Schorsing", new Date(period.until.getTime() - 2 * DAY));
    await world.newcomer("Na Schorsing", new Date(period.until.getTime() - 12 * HOUR));
    await world.newcomer("Volgende Week", new Date(period.until.getTime() + HOUR));

    await scheduleDigests(now);
    await sink.waitForTo(endedEarlier.email);
    await mailQueueEmpty();
    expect(text(endedEarlier.email)).toHaveLength(1);
    expect(text(endedEarlier.email)[0]).toContain("Na Schorsing");
    expect(text(endedEarlier.email)[0]).not.toContain("Tijdens Schorsing");
    expect(sink.to(endedAfter.email)).toHaveLength(0);

    // The next period: a normal digest, without what happened during the suspension.
    const next = latestPeriod("WEEKLY", new Date(period.until.getTime() + 7 * DAY + 60_000));
    await scheduleDigests(new Date(period.until.getTime() + 7 * DAY + 60_000));
    await sink.waitForTo(endedAfter.email);
    await mailQueueEmpty();
    expect(text(endedAfter.email)).toHaveLength(1);
    expect(text(endedAfter.email)[0]).toContain("Volgende Week");
    expect(text(endedAfter.email)[0]).not.toContain("Tijdens Schorsing");
    expect(text(endedAfter.email)[0]).not.toContain("Na Schorsing");
    expect(await db().mailDelivery.findUnique({ where: { key: `digest-${endedAfter.id}-${next.key}` } })).toMatchObject({
      status: "SENT",
      since: endedAt,
    });
  });
});

describe("notification mails and a suspension", () => {
  it("while suspended only notices about the account itself are mailed; afterwards only what came since", async () => {
    const community = await createCommunity({ name: "Werkgevers Flevoland", accessMode: "OPEN" });
    const member = await createUser({ displayName: "Ruben Geschorst" });
    const colleague = await createUser({ displayName: "Iris Collega" });
    for (const user of [member, colleague]) await db().membership.create({ data: { userId: user.id, communityId: community.id } });
    await db().user.update({ where: { id: member.id }, data: { suspendedUntil: new Date(Date.now() + 7 * DAY) } });

    const mention = (n: number, topicTitle: string) =>
      notify({
        userId: member.id,
        kind: "mention",
        data: { topicId: `t${n}`, messageId: `m${n}`, topicTitle, excerpt: "Kijk even mee." },
        url: "/communities/x",
        actorId: colleague.id,
        communityId: community.id,
        dedupeKey: `suspension-mention-${member.id}-${n}`,
      });
    const delayedJob = async () => {
      const delayed = (await queue("mail").getDelayed()).filter(
        (job) => job.name === "send-notification-mail" && (job.data as { userId: string }).userId === member.id,
      );
      expect(delayed).toHaveLength(1);
      return delayed[0]!;
    };
    const done = (job: { getState(): Promise<string> }) =>
      until("the notification mail job done", async () => (await job.getState()) === "completed");

    await mention(1, "Onderwerp tijdens de schorsing");
    await notify({
      userId: member.id,
      kind: "moderationWarning",
      data: { reason: "Blijf vriendelijk" },
      url: "/meldingen",
      actorId: null,
      dedupeKey: `suspension-warning-${member.id}`,
    });
    const first = await delayedJob();
    await first.promote();
    await done(first);
    expect(text(member.email)).toHaveLength(1);
    expect(text(member.email)[0]).toContain("Blijf vriendelijk");
    expect(text(member.email)[0]).not.toContain("Onderwerp tijdens de schorsing");

    // The suspension is over: the next mail has what came since, not the mention from during it.
    await db().user.update({ where: { id: member.id }, data: { suspendedUntil: new Date() } });
    await mention(2, "Onderwerp na de schorsing");
    // Its mail window is the next one (the first window's mail has gone): sent as its job would be.
    const next = await enqueue(
      "sendNotificationMail",
      { userId: member.id, windowEnd: new Date(Date.now() + 10 * 60_000).toISOString() },
      { jobId: `notifications-${member.id}-next-window` },
    );
    await done(next);
    expect(text(member.email)).toHaveLength(2);
    expect(text(member.email)[1]).toContain("Onderwerp na de schorsing");
    expect(text(member.email)[1]).not.toContain("Onderwerp tijdens de schorsing");
    // Still in the bell: in-app notifications are behind the login, which the suspension closed.
    expect(await db().notification.count({ where: { userId: member.id, readAt: null } })).toBe(3);
  });
});
