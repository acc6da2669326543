/**
 * Kill -9 with real processes (decision 095). A web process killed between a
 * commit and its relay, and an event worker killed in the middle of its jobs:
 * afterwards no notification, realtime update, index entry or audit line is
 * lost, and none is stored twice.
 *
 * The cast: a member posts a reply that mentions a colleague, and a
 * facilitator deletes someone else's message. Between them that needs a
 * notification (with its live bell), a search entry for the reply, the
 * removal of the deleted message from the index, a live `message:deleted` to
 * the topic's room and an audit line. The colleague and a watcher are
 * connected to a second web instance that stays up.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { deleteMessage, postMessage } from "../../server/discussions/commands.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { queue } from "../../server/queues/producer.ts";
import { processEvent } from "../../workers/jobs/process-event.ts";
import { indexRecord } from "../../workers/jobs/index-record.ts";
import { runQueue } from "../../workers/runner.ts";
import { startAppServer, startWorkerProcess } from "../helpers/app-server.ts";
import { useInlineEvents, useQueuedEvents } from "../helpers/events.ts";
import { shortStall } from "../helpers/stall.ts";
import {
  cleanups,
  expectAllDone,
  expectStalledCheckFree,
  hits,
  LOCK_MS,
  scene,
  stalledCheckLease,
  until,
  useStayingInstance,
} from "../helpers/outbox-crash-scene.ts";

useStayingInstance();

describe("domain events through crashes", () => {
  it("a web process killed between commit and relay: the worker's sweep relays what it committed", { timeout: 120_000 }, async () => {
    const s = await scene("kruimel");
    const doomed = await startAppServer({ entry: "tests/helpers/outbox-web-child.ts", worker: false });
    cleanups.push(() => doomed.stop());
    const committed: string[][] = [];
    doomed.process.on("message", (message: { type?: string; events?: string[] }) => {
      if (message.type === "committed") committed.push(message.events ?? []);
    });
    const posting = await s.on(doomed, s.poster.id);
    const moderating = await s.on(doomed, s.lead.id);
    // No acknowledgement comes: the instance stops after the commit, before the relay.
    posting.emit("message:send", s.reply);
    moderating.emit("message:delete", { messageId: s.doomed.id });
    await until("both commits", async () => committed.length === 2);
    doomed.process.kill("SIGKILL");
    await new Promise((resolve) => doomed.process.once("exit", resolve));

    // Committed, not relayed: the changes are there, their consequences are not.
    expect(committed.flat().sort()).toEqual(["message.created", "message.deleted"]);
    expect(await db().message.findFirst({ where: { topicId: s.topic.id, seq: 3 } })).not.toBeNull();
    expect((await db().message.findUniqueOrThrow({ where: { id: s.doomed.id } })).deletedAt).not.toBeNull();
    expect((await db().outboxEvent.findMany({ select: { name: true } })).map((row) => row.name).sort()).toEqual([
      "message.created",
      "message.deleted",
    ]);
    expect(await db().notification.count({ where: { userId: s.colleague.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { targetId: s.doomed.id } })).toBe(0);
    expect(await hits(s.watcher.id, "kruimeltelefoon")).toEqual([s.doomed.id]);

    // A worker starts (as after a restart): its first sweep relays the rows the dead process left. It has the
    // file's short stall timing, as every worker on the events queue here must (expectStalledCheckFree).
    const worker = await startWorkerProcess({ TEST_LOCK_MS: String(LOCK_MS) });
    try {
      await until("the worker's first stalled check", async () => (await stalledCheckLease()) > 0);
      await expectStalledCheckFree();
      await expectAllDone(s, "kruimel");
    } finally {
      await worker.stop();
    }
  });

  it("an event worker killed mid-job: another worker takes its jobs over, and nothing is done twice", { timeout: 120_000 }, async () => {
    const s = await scene("bramen");
    // This file's commands relay to the queue now, as a web process does.
    useQueuedEvents();
    cleanups.push(() => useInlineEvents());
    const child = fork(path.resolve(import.meta.dirname, "../helpers/event-worker-child.ts"), [], {
      execArgv: ["--import", "tsx"],
      // Notifications and the audit line are written before the kill; search and realtime are not.
      env: { ...process.env, TEST_LOCK_MS: String(LOCK_MS), TEST_PAUSE_AFTER: "notifications,audit" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }) as ChildProcess;
    cleanups.push(() => void child.kill("SIGKILL"));
    const paused: { when: string; name: string; processor: string }[] = [];
    child.on("message", (message: { type: string; when: string; name: string; processor: string }) => {
      if (message.type === "paused") paused.push(message);
    });
    await until("the child worker", async () => child.connected);

    await postMessage(
      { id: s.poster.id, globalRole: "MEMBER", displayName: "Pim Poster" },
      { topicId: s.topic.id, clientKey: s.reply.clientKey, body: { json: s.reply.body } },
    );
    await deleteMessage({ id: s.lead.id, globalRole: "MEMBER" }, s.doomed.id);
    const expected = [
      "message.created:search",
      "message.created:notifications",
      "message.created:realtime",
      "message.deleted:search",
      "message.deleted:realtime",
      "message.deleted:audit",
    ];
    // The notification the processor stored emitted notification.created from the child: its jobs are taken too.
    const taken = () => paused.map((p) => `${p.name}:${p.processor}`).sort();
    await until(
      "every job taken and stopped",
      async () => expected.every((job) => taken().includes(job)) && taken().includes("notification.created:realtime"),
    );
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    // Half done: what ran before the kill is stored; the live updates and the index are not.
    expect(await db().notification.count({ where: { userId: s.colleague.id, kind: "mention" } })).toBe(1);
    expect(await db().auditLog.count({ where: { targetId: s.doomed.id } })).toBe(1);
    expect(s.bell.items).toEqual([]);
    expect(s.deletions.items).toEqual([]);
    expect(await hits(s.watcher.id, "bramentelefoon")).toEqual([s.doomed.id]);

    // Another worker notices the stalled jobs when their locks run out and runs them again.
    await expectStalledCheckFree();
    const rescuer = runQueue(QUEUES.events, { processEvent }, 8, shortStall(LOCK_MS));
    const indexer = runQueue(QUEUES.search, { indexRecord }, 2, shortStall(LOCK_MS));
    cleanups.push(
      () => rescuer.close(),
      () => indexer.close(),
    );
    await expectAllDone(s, "bramen");
    const stalled = await queue(QUEUES.events).getJobs(["completed"], 0, 200);
    expect(stalled.filter((job) => job.stalledCounter >= 1).length).toBeGreaterThanOrEqual(expected.length);
  });
});
