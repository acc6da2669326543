/**
 * Graceful shutdown of the worker process: SIGTERM to a real `workers/main.ts`
 * child while it is sending digests. In-flight jobs finish (or go back to the
 * queue), the rest stay queued; a batch of digests that has started finishes
 * its members, one that has not goes back whole (decisions 276, 283); a second
 * worker sends those. Every member gets exactly one digest: none lost, none doubled.
 */
import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { registerDigestSection } from "../../server/notifications/digest/registry.ts";
import { scheduleDigests } from "../../server/notifications/digest/schedule.ts";
import { BackToQueue } from "../../server/queues/control.ts";
import { enqueue, queue } from "../../server/queues/producer.ts";
import { startWorkers } from "../../workers/registry.ts";
import { createCommunity, createUser } from "../helpers/factories.ts";
import { useMailSink } from "../helpers/mail-sink.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DAY = 24 * 60 * 60 * 1000;
const sink = useMailSink();

/** `count` members, each in a community that got a new member last week. */
async function membersWithNews(count: number, now: Date) {
  const period = latestPeriod("WEEKLY", now);
  const members = [];
  for (let i = 0; i < count; i++) {
    const community = await createCommunity({ name: `Lerende community ${i}` });
    const member = await createUser({ displayName: `Lid ${i}` });
    await db().membership.create({
      data: { userId: member.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - 30 * DAY) },
    });
    const newcomer = await createUser({ displayName: `Nieuwkomer ${i}` });
    await db().membership.create({
      data: { userId: newcomer.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - DAY) },
    });
    members.push(member);
  }
  return { period, members };
}

function startWorkerProcess(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = fork(path.join(ROOT, "workers/main.ts"), [], {
    cwd: ROOT,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, SMTP_URL: sink.url, MAIL_CONCURRENCY: "2", LOG_LEVEL: "info" },
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe("worker shutdown", () => {
  it("SIGTERM during a batch of digests loses none and doubles none", async () => {
    const now = new Date();
    const { members } = await membersWithNews(6, now);
    // Three batch jobs of four members each (decision 276).
    const scheduled = await scheduleDigests(now, 4);
    expect(scheduled.find((s) => s.frequency === "WEEKLY")).toMatchObject({ enqueued: 12, batches: 3 }); // members and newcomers
    sink.delayMs = 1_500; // each mail takes a while to be accepted

    const worker = startWorkerProcess();
    // The moment the first message is being transferred, stop the worker.
    await new Promise<void>((resolve) => (sink.onData = resolve));
    worker.child.kill("SIGTERM");
    const code = await worker.exited;
    expect(code, worker.output()).toBe(0);
    expect(worker.output()).toContain("shutting down (SIGTERM)");

    const mailQueue = queue("mail");
    const afterStop = await mailQueue.getJobCounts("waiting", "active", "failed", "completed", "delayed");
    // The digests in flight finished; the batches that had not started went back to the queue: nothing
    // is stuck as active, nothing failed, and no delivery was left claimed.
    expect(afterStop.active).toBe(0);
    expect(afterStop.failed).toBe(0);
    expect(afterStop.waiting).toBeGreaterThanOrEqual(1);
    expect((afterStop.completed ?? 0) + (afterStop.waiting ?? 0) + (afterStop.delayed ?? 0)).toBe(3);
    const sentBeforeStop = sink.messages.length;
    expect(sentBeforeStop).toBeGreaterThanOrEqual(1);
    expect(sentBeforeStop).toBeLessThan(6);
    expect(await db().mailDelivery.count({ where: { status: "SENT" } })).toBe(sentBeforeStop);
    expect(await db().mailDelivery.count({ where: { status: { in: ["SENDING", "HANDING_OVER", "FAILED"] } } })).toBe(0);

    // A second worker picks up the rest; the batches run again and skip the members already sent.
    sink.delayMs = 0;
    sink.onData = undefined;
    const second = await startWorkers({ schedule: false, mailConcurrency: 4 });
    try {
      const started = Date.now();
      while ((await mailQueue.getJobCounts("completed")).completed! < 3) {
        if (Date.now() - started > 60_000) throw new Error("the second worker did not finish");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await second.close();
    }
    for (const member of members) expect(sink.to(member.email), member.email).toHaveLength(1);
    expect(sink.messages).toHaveLength(6); // newcomers had nothing new: no empty mails
    expect(await db().mailDelivery.count({ where: { status: "SENT" } })).toBe(6);
    expect(await db().mailDelivery.count({ where: { status: "EMPTY" } })).toBe(6);
  }, 120_000);

  it("a job stopped before it sent anything goes back to the queue and runs again once", async () => {
    const { period, members } = await membersWithNews(1, new Date());
    const member = members[0]!;
    let interrupted = false;
    // A section that is "interrupted by shutdown" the first time it gathers.
    const unregister = registerDigestSection({
      id: "interrupt-once",
      order: 1,
      gather: async () => {
        if (!interrupted) {
          interrupted = true;
          throw new BackToQueue("shutdown");
        }
        return [];
      },
      title: () => "",
      render: () => ({ html: { __safe: "" }, text: "" }),
    });
    const workers = await startWorkers({ schedule: false, mailConcurrency: 1 });
    try {
      sink.messages.length = 0;
      const job = await enqueue(
        "sendDigest",
        { userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() },
        { jobId: `digest-${member.id}-${period.key}` },
      );
      await sink.waitForTo(member.email);
      const started = Date.now();
      while ((await job.getState()) !== "completed") {
        if (Date.now() - started > 10_000) throw new Error("job did not complete");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const done = await queue("mail").getJob(job.id!);
      expect(interrupted).toBe(true);
      expect(done!.attemptsMade).toBe(1); // going back to the queue used no attempt
      expect(sink.to(member.email)).toHaveLength(1);
      expect(await db().mailDelivery.findUnique({ where: { key: `digest-${member.id}-${period.key}` } })).toMatchObject({
        status: "SENT",
        attempts: 1,
      });
    } finally {
      unregister();
      await workers.close();
    }
  });
});
