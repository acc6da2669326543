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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageView } from "../../app/shared/discussions.ts";
import { parseSearchParams } from "../../app/shared/search.ts";
import { db } from "../../server/db.ts";
import { deleteMessage, postMessage } from "../../server/discussions/commands.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { closeQueues, queue } from "../../server/queues/producer.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { search } from "../../server/search/service.ts";
import { processEvent } from "../../workers/jobs/process-event.ts";
import { indexRecord } from "../../workers/jobs/index-record.ts";
import { runQueue } from "../../workers/runner.ts";
import { type AppServer, startAppServer, startWorkerProcess } from "../helpers/app-server.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { useInlineEvents, useQueuedEvents } from "../helpers/events.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, collect, connect, lexical, mention, request } from "../helpers/realtime.ts";
import { until as waitUntil } from "../helpers/until.ts";

const LOCK_MS = 2_000;
const cleanups: (() => Promise<unknown> | unknown)[] = [];
let stays: AppServer;

beforeAll(async () => {
  // The instance that stays up, where the watchers are connected; it relays to the queue like production.
  stays = await startAppServer({ entry: "tests/helpers/realtime-entry.ts", env: { EVENTS_DISPATCH: "queue" }, worker: false });
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await stays?.stop();
  await closeQueues();
  await closeNotificationsRedis();
});

const until = <T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000) =>
  waitUntil(what, check, timeoutMs);

/** A topic with an indexed reply by `poster` (to be deleted), and everyone's sockets on the instance that stays up. */
async function scene(word: string) {
  const community = await createCommunity({ accessMode: "ON_REQUEST" });
  const channel = await createChannel(community.id);
  const [starter, poster, colleague, watcher, lead] = await Promise.all([
    createUser(),
    createUser({ displayName: "Pim Poster" }),
    createUser({ displayName: "Cor Collega" }),
    createUser(),
    createUser(),
  ]);
  for (const user of [starter, poster, colleague, watcher]) await addMember(user.id, community.id);
  await addMember(lead.id, community.id, "FACILITATOR");
  const topic = await createTopic(channel, starter.id, {
    messages: ["Hoe werven jullie zij-instromers?", `Mijn nummer staat hier: ${word}telefoon 06-12345678.`],
  });
  const doomed = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 2 }, select: { id: true } });
  await reconcile(["message"]);
  const sockets: Client[] = [];
  const on = async (server: AppServer, userId: string) => {
    const socket = await connect(server.url, await sessionCookieFor(userId));
    sockets.push(socket);
    return socket;
  };
  cleanups.push(() => sockets.forEach((socket) => socket.close()));
  const watching = await on(stays, watcher.id);
  expect((await request(watching, "topic:join", { topicId: topic.id })).ok).toBe(true);
  const bell = collect<{ id: string }>(await on(stays, colleague.id), "notifications:new");
  const deletions = collect<MessageView>(watching, "message:deleted");
  const reply = {
    topicId: topic.id,
    clientKey: `k-${crypto.randomUUID()}`,
    body: lexical(`Wij gebruiken ${word}vacatures, `, [mention(colleague.id, "Cor")]),
  };
  return { community, topic, doomed, starter, poster, colleague, watcher, lead, bell, deletions, reply, on };
}

const hits = async (userId: string, q: string) =>
  (await search({ id: userId, globalRole: "MEMBER" }, parseSearchParams(new URLSearchParams({ q, kind: "message" })).params)).hits.map(
    (hit) => hit.id,
  );

/** Everything the two commands must have caused, each exactly once. */
async function expectAllDone(s: Awaited<ReturnType<typeof scene>>, word: string) {
  const reply = await until("the reply", () => db().message.findFirst({ where: { topicId: s.topic.id, seq: 3 }, select: { id: true } }));
  await until("the live bell", async () => s.bell.items.length > 0);
  await until("the live deletion", async () => s.deletions.items.some((m) => m.id === s.doomed.id));
  await until("the reply in the index", async () => (await hits(s.watcher.id, `${word}vacatures`)).includes(reply.id));
  await until("the deletion in the index", async () => !(await hits(s.watcher.id, `${word}telefoon`)).includes(s.doomed.id));
  await until("the audit line", () => db().auditLog.findFirst({ where: { action: "message.delete", targetId: s.doomed.id } }));
  // Exactly once, however often a job ran.
  expect(await db().notification.count({ where: { userId: s.colleague.id, kind: "mention" } })).toBe(1);
  expect(await db().auditLog.count({ where: { targetId: s.doomed.id } })).toBe(1);
  expect(s.bell.items.map((item) => item.id)).toEqual([
    (await db().notification.findFirstOrThrow({ where: { userId: s.colleague.id } })).id,
  ]);
  expect(await db().outboxEvent.count()).toBe(0);
}

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

    // A worker starts (as after a restart): its first sweep relays the rows the dead process left.
    const worker = await startWorkerProcess();
    try {
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
    const rescuer = runQueue(QUEUES.events, { processEvent }, 8, { lockDuration: LOCK_MS, stalledInterval: LOCK_MS / 2 });
    const indexer = runQueue(QUEUES.search, { indexRecord }, 2);
    cleanups.push(
      () => rescuer.close(),
      () => indexer.close(),
    );
    await expectAllDone(s, "bramen");
    const stalled = await queue(QUEUES.events).getJobs(["completed"], 0, 200);
    expect(stalled.filter((job) => job.stalledCounter >= 1).length).toBeGreaterThanOrEqual(expected.length);
  });
});
