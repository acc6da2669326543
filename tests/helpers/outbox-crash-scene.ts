/**
 * The scene of the kill -9 tests (decision 095; tests/integration/outbox-crash.test.ts). A web process killed between a
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
import { afterAll, beforeAll, expect } from "vitest";
import type { MessageView } from "../../app/shared/discussions.ts";
import { parseSearchParams } from "../../app/shared/search.ts";
import { config } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { closeNotificationsRedis, notificationsRedis } from "../../server/notifications/live.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { search } from "../../server/search/service.ts";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, collect, connect, lexical, mention, request } from "../helpers/realtime.ts";
import { until as waitUntil } from "../helpers/until.ts";

/** The lock and stalled-check timing of every worker on the events queue in this file (stalled checks every LOCK_MS / 2). */
export const LOCK_MS = 5_000;

/** Milliseconds left on the events queue's stalled-check lease (negative: nobody holds it). */
export const stalledCheckLease = () => notificationsRedis().pttl(`${config().REDIS_PREFIX}:bull:${QUEUES.events}:stalled-check`);

/**
 * Before a rescuer is counted on to take a killed worker's jobs over within LOCK_MS or so: no worker holds the
 * queue's stalled check for longer. BullMQ keeps one lease per queue (`<prefix>:bull:<queue>:stalled-check`), set
 * for the checking worker's own `stalledInterval`, during which every other worker's check does nothing. A worker
 * with BullMQ's 30 s default, started earlier in this file, held it for up to 30 s: the rescuer's checks did
 * nothing, and the live bell came 20 s late or, under load, after the 30 s wait (decision 294).
 */
export async function expectStalledCheckFree(): Promise<void> {
  expect(await stalledCheckLease(), "ms left on the events queue's stalled-check lease").toBeLessThanOrEqual(LOCK_MS / 2);
}

export const cleanups: (() => Promise<unknown> | unknown)[] = [];
let stays: AppServer;

/** Starts the web instance that stays up (beforeAll) and stops it after the file's own clean-ups (afterAll). */
export function useStayingInstance(): void {
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
}

export const until = <T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000) =>
  waitUntil(what, check, timeoutMs);

/** A topic with an indexed reply by `poster` (to be deleted), and everyone's sockets on the instance that stays up. */
export async function scene(word: string) {
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

export const hits = async (userId: string, q: string) =>
  (await search({ id: userId, globalRole: "MEMBER" }, parseSearchParams(new URLSearchParams({ q, kind: "message" })).params)).hits.map(
    (hit) => hit.id,
  );

/** Everything the two commands must have caused, each exactly once. */
export async function expectAllDone(s: Awaited<ReturnType<typeof scene>>, word: string) {
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
