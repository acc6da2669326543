/**
 * Digests in batch jobs (decision 276): the schedule queues one
 * send-digest-batch job per group of members; exactly once stays per member.
 * A batch run again after a crash in its middle sends nobody twice and misses
 * nobody; a member the batch cannot finish goes on in a send-digest job of
 * their own; a member who unsubscribed after scheduling gets nothing; and a
 * batch of members who read different communities gives each only their own
 * (hidden content stays out). Through the mail workers (BullMQ in this
 * process), a real SMTP sink, real PostgreSQL and Redis.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { messageIdFor } from "../../server/mail/transport.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { digestBatchJobId, scheduleDigests } from "../../server/notifications/digest/schedule.ts";
import { sendDigest } from "../../server/notifications/digest/send.ts";
import { queue } from "../../server/queues/producer.ts";
import { membersWithNews } from "../helpers/digest-factories.ts";
import { createCommunity, createUser } from "../helpers/factories.ts";
import { useMailSink } from "../helpers/mail-sink.ts";
import { until } from "../helpers/until.ts";

const sink = useMailSink({ mailWorkers: 4, clearEach: true, logLevel: "error" });

const DAY = 24 * 60 * 60 * 1000;
const text = (email: string) => sink.to(email).map((mail) => mail.text ?? "");

async function batchCompleted(jobId: string) {
  return until(`batch ${jobId} completed`, async () => {
    const job = await queue("mail").getJob(jobId);
    return job && (await job.getState()) === "completed" ? ((await queue("mail").getJob(jobId)) ?? job) : null;
  });
}

describe("digests in batch jobs", () => {
  it("the schedule queues one job per batch of members, and a second run queues nothing new", async () => {
    const now = new Date();
    const { period, members, newcomer } = await membersWithNews(5, now);
    const ours = [...members, newcomer].map((m) => m.id).sort();
    await db().mailDelivery.deleteMany();
    await queue("mail").pause();
    try {
      const scheduled = (await scheduleDigests(now, 2)).find((s) => s.frequency === "WEEKLY")!;
      expect(scheduled.batches).toBe(Math.ceil(scheduled.enqueued / 2));
      const waiting = await queue("mail").getJobs(["waiting"]);
      const batches = waiting.filter((job) => job.name === "send-digest-batch");
      expect(batches).toHaveLength(scheduled.batches);
      expect(waiting.filter((job) => job.name === "send-digest")).toHaveLength(0);
      // Every member of ours is in exactly one batch of this period.
      const inBatches = batches.flatMap((job) => (job.data as { userIds: string[] }).userIds);
      for (const id of ours) expect(inBatches.filter((userId) => userId === id)).toHaveLength(1);
      expect(new Set(batches.map((job) => (job.data as { periodKey: string }).periodKey))).toEqual(new Set([period.key]));
      // The same members again: the same job ids, nothing added.
      await scheduleDigests(now, 2);
      expect(await queue("mail").getJobs(["waiting"])).toHaveLength(waiting.length);
    } finally {
      await queue("mail").obliterate({ force: true });
      await queue("mail").resume();
    }
  });

  it("a batch run again after a crash in its middle sends no member twice and misses none", async () => {
    const now = new Date();
    const { period, members, newcomer } = await membersWithNews(8, now);
    const input = (userId: string) => ({ userId, frequency: "WEEKLY" as const, periodKey: period.key, until: period.until.toISOString() });
    // The first run of the batch got this far before its worker died: three members sent; one claimed by
    // the dead worker before it handed anything over; one in the middle of its hand-over to the SMTP server.
    for (const member of members.slice(0, 3)) expect(await sendDigest(input(member.id))).toBe("sent");
    const longAgo = new Date(Date.now() - 60 * 60_000);
    const claimed = members[3]!;
    const handingOver = members[4]!;
    for (const [member, status] of [
      [claimed, "SENDING"],
      [handingOver, "HANDING_OVER"],
    ] as const) {
      await db().mailDelivery.create({
        data: {
          key: `digest-${member.id}-${period.key}`,
          kind: "DIGEST",
          userId: member.id,
          status,
          claimToken: "the-dead-worker",
          claimedAt: longAgo,
          attempts: 1,
          frequency: "WEEKLY",
          periodKey: period.key,
          since: new Date(period.until.getTime() - 7 * DAY),
          until: period.until,
        },
      });
    }
    const before = sink.messages.length;
    expect(before).toBe(3);

    // The stalled batch is run again (BullMQ moves it back to the queue): here, the same job added again.
    const userIds = [...members, newcomer].map((m) => m.id);
    const jobId = digestBatchJobId(period.key, userIds);
    await queue("mail").add(
      "send-digest-batch",
      { userIds, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() },
      { jobId },
    );
    const done = await batchCompleted(jobId);
    // The member in the middle of a hand-over may have got the mail: left to an administrator, as a
    // kept failed job of their own that says why.
    const ownJob = `digest-${handingOver.id}-${period.key}`;
    const failed = await until("the uncertain member's own job failed", async () => {
      const job = await queue("mail").getJob(ownJob);
      if (!job || (await job.getState()) !== "failed") return null;
      // Read again: the job may have failed between the read above and its state (failedReason then unread).
      return queue("mail").getJob(ownJob);
    });
    expect(failed.failedReason).toContain("may or may not have arrived");
    expect(done.returnvalue).toEqual({ result: { sent: 4, "already-done": 3, empty: 1, "own-job": 1 } });

    for (const member of members) {
      const row = await db().mailDelivery.findUniqueOrThrow({ where: { key: `digest-${member.id}-${period.key}` } });
      if (member === handingOver) {
        expect(row.status).toBe("UNCERTAIN");
        expect(sink.to(member.email)).toHaveLength(0);
      } else {
        // Exactly one mail, with the delivery's Message-ID; the claimed one was taken over and sent.
        expect(row.status, member.email).toBe("SENT");
        expect(sink.to(member.email), member.email).toHaveLength(1);
        expect(sink.to(member.email)[0]!.messageId).toBe(messageIdFor(row.id));
      }
    }
    expect(sink.to(newcomer.email)).toHaveLength(0);
    expect(await db().mailDelivery.findUnique({ where: { key: `digest-${newcomer.id}-${period.key}` } })).toMatchObject({
      status: "EMPTY",
    });

    // The same batch once more (a second stall): nothing new goes out.
    await queue("mail").remove(jobId);
    await queue("mail").add(
      "send-digest-batch",
      { userIds, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() },
      { jobId },
    );
    expect((await batchCompleted(jobId)).returnvalue).toEqual({ result: { "already-done": 8, "own-job": 1 } });
    for (const member of members) expect(sink.to(member.email).length).toBeLessThanOrEqual(1);
    expect(sink.messages.length).toBe(before + 4);
  });

  it("members the SMTP server refused go on in jobs of their own and get exactly one digest", async () => {
    const now = new Date();
    const { period, members, newcomer } = await membersWithNews(4, now);
    const userIds = [...members, newcomer].map((m) => m.id);
    sink.failing = true;
    const jobId = digestBatchJobId(period.key, userIds);
    await queue("mail").add(
      "send-digest-batch",
      { userIds, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() },
      { jobId },
    );
    const done = await batchCompleted(jobId);
    expect(done.returnvalue).toEqual({ result: { empty: 1, "own-job": 4 } });
    for (const member of members) {
      expect(await queue("mail").getJob(`digest-${member.id}-${period.key}`)).toBeDefined();
      expect(await db().mailDelivery.findUnique({ where: { key: `digest-${member.id}-${period.key}` } })).toMatchObject({
        status: "FAILED",
      });
    }
    // The server is back: each member's own job sends their digest, once.
    sink.failing = false;
    await until("every member's digest", async () => members.every((member) => sink.to(member.email).length > 0));
    await until(
      "every delivery sent",
      async () => (await db().mailDelivery.count({ where: { userId: { in: userIds }, status: "SENT" } })) === 4,
    );
    for (const member of members) expect(sink.to(member.email)).toHaveLength(1);
  });

  it("in one batch each member reads only their own communities, hidden content stays out, and an unsubscribe after scheduling holds", async () => {
    const now = new Date();
    const period = latestPeriod("WEEKLY", now);
    const before = new Date(period.until.getTime() - 30 * DAY);
    const during = new Date(period.until.getTime() - 2 * DAY);
    const open = await createCommunity({ name: "Open netwerk Gelderland", accessMode: "OPEN" });
    const closed = await createCommunity({ name: "Besloten werkgroep Utrecht", accessMode: "INVITE_ONLY" });
    const insider = await createUser({ displayName: "Ingrid Insider" });
    const outsider = await createUser({ displayName: "Olaf Buitenstaander" });
    const leaving = await createUser({ displayName: "Ali Afgemeld" });
    await db().membership.createMany({
      data: [
        { userId: insider.id, communityId: open.id, joinedAt: before },
        { userId: insider.id, communityId: closed.id, joinedAt: before },
        { userId: outsider.id, communityId: open.id, joinedAt: before },
        { userId: leaving.id, communityId: open.id, joinedAt: before },
      ],
    });
    const newcomer = async (displayName: string, communityId: string, hidden = false) => {
      const user = await createUser({ displayName });
      if (hidden) await db().user.update({ where: { id: user.id }, data: { hiddenAt: during, hiddenReason: "test" } });
      await db().membership.create({ data: { userId: user.id, communityId, joinedAt: during } });
    };
    await newcomer("Openbare Nieuwkomer", open.id);
    await newcomer("Besloten Nieuwkomer", closed.id);
    await newcomer("Verborgen Nieuwkomer", closed.id, true);

    const userIds = [insider.id, outsider.id, leaving.id];
    // Scheduled while Ali still wanted digests; Ali unsubscribes before the batch runs.
    await db().mailSettings.create({ data: { userId: leaving.id, digestsEnabled: false } });
    const jobId = digestBatchJobId(period.key, userIds);
    await queue("mail").add(
      "send-digest-batch",
      { userIds, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() },
      { jobId },
    );
    const done = await batchCompleted(jobId);
    expect(done.returnvalue).toEqual({ result: { sent: 2, off: 1 } });

    expect(sink.to(leaving.email)).toHaveLength(0);
    expect(await db().mailDelivery.count({ where: { userId: leaving.id } })).toBe(0);
    const [insiderText] = text(insider.email);
    const [outsiderText] = text(outsider.email);
    expect(insiderText).toContain("Besloten werkgroep Utrecht");
    expect(insiderText).toContain("Besloten Nieuwkomer");
    expect(insiderText).toContain("Openbare Nieuwkomer");
    expect(insiderText).not.toContain("Verborgen Nieuwkomer");
    expect(outsiderText).toContain("Openbare Nieuwkomer");
    expect(outsiderText).not.toContain("Besloten");
    expect(outsiderText).not.toContain("Verborgen Nieuwkomer");
    expect(text(insider.email)).toHaveLength(1);
    expect(text(outsider.email)).toHaveLength(1);
  });
});
