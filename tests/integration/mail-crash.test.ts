/**
 * Mail exactly once through kill -9 (issue 15 F13, decision 130). A real mail
 * worker process is killed again and again at random moments while it sends
 * a period's digests, and at the worst moments on purpose: while the SMTP
 * server receives a message, right after it kept one (before it answered),
 * and while the .eml file is being written. Then a last worker finishes.
 *
 * Over SMTP: nobody gets a digest twice, no mail is empty, and whoever got
 * none has a delivery marked UNCERTAIN (visible, not silently lost or resent).
 * Over files: everybody gets exactly one complete .eml.
 */
import { type ChildProcess, fork } from "node:child_process";
import { type FSWatcher, watch } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { closeMailTransport, mailDirectory, messageIdFor } from "../../server/mail/transport.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { scheduleDigests } from "../../server/notifications/digest/schedule.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { retryAllFailedJobs } from "../../server/queues/admin.ts";
import { closeQueues, queue } from "../../server/queues/producer.ts";
import { createCommunity, createUser } from "../helpers/factories.ts";
import { type SmtpSink, startSmtpSink } from "../helpers/smtp.ts";
import { until as waitUntil } from "../helpers/until.ts";

const CHILD = path.resolve(import.meta.dirname, "../helpers/mail-worker-child.ts");
const DAY = 24 * 60 * 60 * 1000;
const MEMBERS = 24;
const children = new Set<ChildProcess>();

afterAll(async () => {
  closeMailTransport();
  await closeQueues();
  await closeNotificationsRedis();
});

let watcher: FSWatcher | undefined;
afterEach(() => {
  for (const child of children) child.kill("SIGKILL");
  children.clear();
  watcher?.close();
});

beforeEach(async () => {
  // Each test starts from an empty queue, no deliveries and nobody in a community.
  await queue(QUEUES.mail).obliterate({ force: true });
  await db().mailDelivery.deleteMany();
  await db().membership.deleteMany();
});

/** Waits up to two minutes; on a timeout says what the queue and the deliveries looked like. */
function until<T>(what: string, check: () => Promise<T | null | undefined | false>): Promise<T> {
  return waitUntil(what, check, {
    timeoutMs: 120_000,
    detail: async () => {
      const jobs = await queue(QUEUES.mail).getJobCounts("waiting", "active", "delayed", "prioritized", "failed", "completed");
      const rows = await db().mailDelivery.groupBy({ by: ["status"], _count: true });
      return `jobs ${JSON.stringify(jobs)}, deliveries ${JSON.stringify(rows)}`;
    },
  });
}

/**
 * Members per send-digest-batch job here. A batch's members are claimed and handed over together
 * (decision 283), so with one batch for everybody the first kill in a hand-over leaves every digest
 * uncertain and the later rounds find nothing left to interrupt; small batches keep work open for
 * kill after kill, in other batches, in batches taken over and in members' own jobs.
 */
const BATCH = 4;

/** `MEMBERS` members with news (a newcomer in their community); the newcomers have none (no mail). */
async function membersWithNews(now: Date) {
  const period = latestPeriod("WEEKLY", now);
  const members = [];
  for (let i = 0; i < MEMBERS; i++) {
    const community = await createCommunity({ name: `Crashbestendige community ${i}` });
    const member = await createUser({ displayName: `Lid ${i}` });
    const newcomer = await createUser({ displayName: `Nieuwkomer ${i}` });
    await db().membership.createMany({
      data: [
        { userId: member.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - 30 * DAY) },
        { userId: newcomer.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - DAY) },
      ],
    });
    members.push(member);
  }
  const weekly = (await scheduleDigests(now, BATCH)).find((s) => s.frequency === "WEEKLY")!;
  expect(weekly.enqueued).toBe(2 * MEMBERS);
  expect(weekly.batches).toBe((2 * MEMBERS) / BATCH);
  return { period, members };
}

type MailWorker = { child: ChildProcess; start: () => Promise<void>; exited: Promise<void> };

/** Forks a worker, which loads its modules and waits; `start()` sets it working and resolves when it runs. */
function forkWorker(env: Record<string, string | undefined>): MailWorker {
  const child = fork(CHILD, [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, TEST_LOCK_MS: "3000", MAIL_CLAIM_LEASE_MS: "3000", MAIL_CONCURRENCY: "8", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.add(child);
  const message = (type: string) =>
    new Promise<void>((resolve) => child.on("message", (m: { type?: string }) => m.type === type && resolve()));
  const loaded = message("loaded");
  const ready = message("ready");
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const start = async () => {
    await loaded;
    child.send({ type: "go" });
    await ready;
  };
  return { child, start, exited };
}

const random = (below: number) => Math.floor(Math.random() * below);

/** Whether a job is left to run or a delivery is open (UNCERTAIN ones wait for an administrator). */
async function workLeft(): Promise<boolean> {
  const counts = await queue(QUEUES.mail).getJobCounts("waiting", "active", "delayed", "prioritized");
  const open = await db().mailDelivery.count({ where: { status: { in: ["SENDING", "HANDING_OVER", "FAILED"] } } });
  return counts.waiting! + counts.active! + counts.delayed! + counts.prioritized! > 0 || open > 0;
}

/**
 * Kills a worker up to `rounds.length` times: each round starts a worker and
 * kills it with SIGKILL when `round` says (a random delay, or a hook the test
 * arms). The next round's worker is forked meanwhile, so its start-up overlaps
 * this round. A worker that finishes all the work before its moment comes ends
 * the rounds: nothing is left to interrupt. Returns the names of the rounds
 * whose kill came with work left, and the next worker (forked, not started).
 */
async function killRepeatedly(
  rounds: ((kill: () => void) => void)[],
  env: Record<string, string | undefined>,
  disarm: () => void = () => undefined,
): Promise<{ killed: string[]; next: MailWorker }> {
  const killed: string[] = [];
  let next = forkWorker(env);
  for (const [index, arm] of rounds.entries()) {
    const run = next;
    await run.start();
    next = forkWorker(env);
    let exited = false;
    void run.exited.then(() => (exited = true));
    arm(() => void run.child.kill("SIGKILL"));
    // The round's kill, or the end of the work: either ends the round, as soon as it happens.
    const outcome = await until(`round ${index + 1} (${arm.name}): its kill or the end of the work`, async () =>
      exited ? "killed" : !(await workLeft()) && "done",
    );
    if (outcome === "done") run.child.kill("SIGKILL");
    await run.exited;
    children.delete(run.child);
    disarm();
    if (outcome === "done") break;
    killed.push(arm.name);
  }
  return { killed, next };
}

/** Waits until no job is left to run and no delivery is open. */
async function allDone() {
  await until("every digest job done", async () => !(await workLeft()));
}

const randomDelay = (kill: () => void) => void setTimeout(kill, random(600));

describe("mail exactly once through kill -9", () => {
  it("over SMTP: at most one digest each, none empty, and every missing one is marked uncertain", { timeout: 300_000 }, async () => {
    const sink: SmtpSink = await startSmtpSink();
    try {
      const { period, members } = await membersWithNews(new Date());
      const env = { SMTP_URL: sink.url };
      // Each transfer takes a moment, so kills land in every phase: claim, gathering, hand-over, record.
      sink.delayMs = 20;
      const atData = (kill: () => void) => {
        sink.onData = () => {
          sink.onData = undefined;
          kill();
        };
      };
      const afterKept = (kill: () => void) => {
        sink.onAccepted = () => {
          sink.onAccepted = undefined;
          kill();
        };
      };
      // A hook left armed by a round must not fire in the next one.
      const disarm = () => {
        sink.onData = undefined;
        sink.onAccepted = undefined;
      };
      const { killed, next: last } = await killRepeatedly(
        [atData, randomDelay, afterKept, randomDelay, randomDelay, atData, randomDelay, afterKept, randomDelay, randomDelay],
        env,
        disarm,
      );
      // Killed on purpose at the worst moments, with work left each time.
      expect(killed).toContain("atData");
      expect(killed).toContain("afterKept");
      await last.start();
      await allDone();

      const rows = await db().mailDelivery.findMany({ where: { periodKey: period.key }, select: { id: true, userId: true, status: true } });
      expect(rows).toHaveLength(2 * MEMBERS);
      const byUser = new Map(rows.map((row) => [row.userId, row]));
      let uncertain = 0;
      for (const member of members) {
        const mails = sink.to(member.email);
        const row = byUser.get(member.id)!;
        // Never twice; a mail that came has the delivery's one Message-ID and real content.
        expect(mails.length, member.email).toBeLessThanOrEqual(1);
        for (const mail of mails) {
          expect(mail.messageId).toBe(messageIdFor(row.id));
          expect(mail.text ?? "").toContain("Nieuwkomer");
        }
        // A digest that did not come is visibly uncertain, never silently dropped.
        if (mails.length === 0) expect(row.status, member.email).toBe("UNCERTAIN");
        else expect(["SENT", "UNCERTAIN"]).toContain(row.status);
        if (row.status === "UNCERTAIN") uncertain++;
      }
      // The kills during a transfer left uncertain deliveries: the dangerous window was hit.
      expect(uncertain).toBeGreaterThanOrEqual(2);
      // Newcomers had nothing new: no mail, and no empty one.
      expect(rows.filter((row) => row.status === "EMPTY")).toHaveLength(MEMBERS);
      expect(sink.messages.every((mail) => (mail.text ?? "").trim().length > 0)).toBe(true);

      // Each uncertain delivery is a kept failed job that says why; nothing else failed.
      const failed = await queue(QUEUES.mail).getFailed(0, 100);
      expect(failed.map((job) => job.id).sort()).toEqual(
        rows
          .filter((row) => row.status === "UNCERTAIN")
          .map((row) => `digest-${row.userId}-${period.key}`)
          .sort(),
      );
      for (const job of failed) expect(job.failedReason).toContain("may or may not have arrived");
      // "Retry" on the queue page is the administrator's decision to send them anyway: once more each.
      const before = new Map(members.map((member) => [member.email, sink.to(member.email).length]));
      const uncertainEmails = new Set(
        members.filter((member) => byUser.get(member.id)!.status === "UNCERTAIN").map((member) => member.email),
      );
      await retryAllFailedJobs({ globalRole: "ADMIN" }, QUEUES.mail);
      await until(
        "the retried mails",
        async () => (await db().mailDelivery.count({ where: { periodKey: period.key, status: { notIn: ["SENT", "EMPTY"] } } })) === 0,
      );
      await allDone();
      for (const member of members)
        expect(sink.to(member.email).length, member.email).toBe(before.get(member.email)! + (uncertainEmails.has(member.email) ? 1 : 0));
      last.child.kill("SIGKILL");
      await last.exited;
    } finally {
      await sink.close();
    }
  });

  it("over files: exactly one complete .eml per member, never an empty or half-written one", { timeout: 300_000 }, async () => {
    const { period, members } = await membersWithNews(new Date());
    const env: Record<string, string | undefined> = {};
    delete process.env.SMTP_URL;
    const directory = mailDirectory();
    await mkdir(directory, { recursive: true });
    // Kill while a message is being written (its temporary file just appeared).
    const whileWriting = (kill: () => void) => {
      watcher?.close();
      watcher = watch(directory, (_event, name) => {
        if (name?.endsWith(".part")) {
          watcher?.close();
          watcher = undefined;
          kill();
        }
      });
    };
    const disarm = () => {
      watcher?.close();
      watcher = undefined;
    };
    const { killed, next: last } = await killRepeatedly(
      [whileWriting, randomDelay, randomDelay, whileWriting, randomDelay, randomDelay, whileWriting, randomDelay],
      env,
      disarm,
    );
    expect(killed).toContain("whileWriting");
    await last.start();
    await allDone();
    last.child.kill("SIGKILL");
    await last.exited;
    // Files can be handed over again harmlessly: nothing was left for an administrator.
    expect(await queue(QUEUES.mail).getJobCounts("failed")).toEqual({ failed: 0 });

    const files = (await readdir(directory)).filter((name) => name.endsWith(".eml"));
    const recipients: string[] = [];
    for (const file of files) {
      const content = await readFile(path.join(directory, file));
      expect(content.length, file).toBeGreaterThan(0);
      const parsed = await simpleParser(content);
      expect(parsed.text ?? "", file).toContain("Nieuwkomer");
      recipients.push(...[parsed.to].flat().flatMap((to) => to?.value.map((v) => v.address ?? "") ?? []));
    }
    for (const member of members)
      expect(
        recipients.filter((address) => address === member.email),
        member.email,
      ).toHaveLength(1);
    expect(files).toHaveLength(MEMBERS);
    const rows = await db().mailDelivery.groupBy({ by: ["status"], where: { periodKey: period.key }, _count: true });
    expect(Object.fromEntries(rows.map((row) => [row.status, row._count]))).toEqual({ SENT: MEMBERS, EMPTY: MEMBERS });
  });
});
