/**
 * The outbox pipeline as in production (decision 095): a command's event row
 * commits with its change, the relay turns it into one job per processor with
 * a deterministic id and deletes the row, a failing processor is retried
 * alone, the sweep relays rows a failed relay left, and a secret (an
 * invitation token) does not stay in Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REACTION_KEYS } from "~/shared/discussions.ts";
import { inviteByEmail } from "../../server/communities/commands.ts";
import { db, PREPARED_MARKER } from "../../server/db.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { postMessage } from "../../server/discussions/commands.ts";
import { announce, emit, prepareEvent, type StoredEvent, transaction } from "../../server/events.ts";
import { onRelayed, setBeforeRelay, sweepOutbox } from "../../server/events/relay.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import { closeQueues, queue } from "../../server/queues/producer.ts";
import { registerSearchSource, searchSource } from "../../server/search/sources/index.ts";
import type { SearchSource } from "../../server/search/types.ts";
import { processEvent } from "../../workers/jobs/process-event.ts";
import { runQueue } from "../../workers/runner.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { recordEvents, useInlineEvents, useQueuedEvents } from "../helpers/events.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";
import { until } from "../helpers/until.ts";

let worker: ReturnType<typeof runQueue> | null = null;

beforeAll(() => useQueuedEvents());

afterAll(async () => {
  await worker?.close();
  useInlineEvents();
  await closeQueues();
  await closeNotificationsRedis();
});

const job = (id: string) => queue(QUEUES.events).getJob(id);

async function topicWithMembers() {
  const community = await createCommunity();
  const channel = await createChannel(community.id);
  const [starter, poster] = await Promise.all([createUser(), createUser()]);
  for (const user of [starter, poster]) await addMember(user.id, community.id);
  const topic = await createTopic(channel, starter.id, { messages: ["Wie heeft een goede aanpak voor proefplaatsingen?"] });
  return { community, topic, starter, poster };
}

describe("the outbox", () => {
  it("relays each committed event as one job per processor, named <event>-<processor>, and deletes its row", async () => {
    const s = await topicWithMembers();
    const recorded = recordEvents(["message.created"]);
    await postMessage(
      { id: s.poster.id, globalRole: "MEMBER" },
      { topicId: s.topic.id, body: { text: "Wij laten kandidaten eerst een dag meelopen." } },
    );
    recorded.stop();
    const [event] = recorded.events;
    expect(event).toBeDefined();
    const jobs = await Promise.all(
      ["search", "notifications", "realtime", "audit", "mail"].map((processor) => job(`${event!.id}-${processor}`)),
    );
    // A reply: indexed, the starter is notified, the community's lists move on. Nothing for the audit log or mail.
    expect(jobs.map((j) => j?.data.processor ?? null)).toEqual(["search", "notifications", "realtime", null, null]);
    expect(jobs[0]!.data).toMatchObject({
      eventId: event!.id,
      name: "message.created",
      payload: { messageId: (event!.payload as { messageId: string }).messageId, seq: 2 },
    });
    expect(await db().outboxEvent.count({ where: { id: event!.id } })).toBe(0);

    // Relaying the same event again (a sweep racing the relay) adds no job.
    const before = await queue(QUEUES.events).getJobCounts("waiting", "delayed", "active", "completed", "failed");
    await db().outboxEvent.create({
      data: { id: event!.id, name: event!.name, payload: event!.payload, createdAt: new Date(event!.occurredAt) },
    });
    await sweepOutbox({ olderThanMs: 0 });
    expect(await queue(QUEUES.events).getJobCounts("waiting", "delayed", "active", "completed", "failed")).toEqual(before);
  });

  it("relaying a sent message's event sends only prepared statements, and deletes exactly the relayed rows (decision 247)", async () => {
    const s = await topicWithMembers();
    const other = prepareEvent("message.created", {
      messageId: "m-other",
      topicId: s.topic.id,
      channelId: s.topic.channelId,
      communityId: s.community.id,
      authorId: s.poster.id,
      seq: 99,
    });
    await db().outboxEvent.create({ data: { id: other.id, name: other.name, payload: other.payload, createdAt: new Date() } });
    const recorded = recordEvents(["message.created"]);
    const { statements } = await countRoundTrips(() =>
      postMessage(
        { id: s.poster.id, globalRole: "MEMBER", displayName: "Poster" },
        { topicId: s.topic.id, body: { text: "Snel gedeeld, snel weg uit de outbox." } },
      ),
    );
    recorded.stop();
    const [event] = recorded.events;
    // The send's own statements and the relay's delete: none goes through Prisma's query compiler.
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((sql) => !sql.includes(PREPARED_MARKER))).toEqual([]);
    expect(await db().outboxEvent.count({ where: { id: event!.id } })).toBe(0);
    // A row that was not part of this relay stays for the sweep.
    expect(await db().outboxEvent.count({ where: { id: other.id } })).toBe(1);
    await db().outboxEvent.delete({ where: { id: other.id } });
  });

  it("a processor that fails is retried alone; the others ran once", { timeout: 30_000 }, async () => {
    const s = await topicWithMembers();
    // The search processor fails once for this file's next message (the index is unreachable, say).
    const original = searchSource("message")!;
    let failures = 0;
    const flaky: SearchSource = {
      ...original,
      triggers: {
        ...original.triggers,
        "message.created": (payload) => {
          if (payload.topicId === s.topic.id && failures++ === 0) throw new Error("search engine unreachable");
          return original.triggers["message.created"]!(payload);
        },
      },
    };
    const restore = registerSearchSource(flaky, { replace: true });
    worker = runQueue(QUEUES.events, { processEvent }, 4);
    try {
      const recorded = recordEvents(["message.created"]);
      await postMessage(
        { id: s.poster.id, globalRole: "MEMBER" },
        { topicId: s.topic.id, body: { text: "Bij ons werkt een buddy op de werkvloer." } },
      );
      recorded.stop();
      const id = recorded.events[0]!.id;
      const search = await until("the search job to succeed on its second attempt", async () => {
        const found = await job(`${id}-search`);
        return found && (await found.getState()) === "completed" ? found : null;
      });
      // Started twice: the failure, then the retry (after the backoff).
      expect(search.attemptsStarted).toBe(2);
      const notifications = await until("the notifications job", async () => {
        const found = await job(`${id}-notifications`);
        return found && (await found.getState()) === "completed" ? found : null;
      });
      expect(notifications.attemptsStarted).toBe(1);
      // The starter was told once.
      expect(await db().notification.count({ where: { userId: s.starter.id, kind: "reply" } })).toBe(1);
    } finally {
      restore();
      await worker.close();
      worker = null;
    }
  });

  it("an event whose relay failed after the commit stays in the outbox until the sweep relays it", async () => {
    const s = await topicWithMembers();
    setBeforeRelay(async () => {
      throw new Error("Redis is away");
    });
    try {
      // The command succeeds: its change is committed; only the relay failed (and said so in the log).
      await postMessage(
        { id: s.poster.id, globalRole: "MEMBER" },
        { topicId: s.topic.id, body: { text: "Vergeet de werkgever niet te bedanken." } },
      );
    } finally {
      setBeforeRelay(null);
    }
    const [row] = await db().outboxEvent.findMany({ where: { name: "message.created" } });
    expect(row?.payload).toMatchObject({ topicId: s.topic.id, seq: 2 });
    // Younger than the sweep's window: left to the process that wrote it.
    expect(await sweepOutbox()).toBe(0);
    expect(await sweepOutbox({ olderThanMs: 0 })).toBe(1);
    expect(await db().outboxEvent.count()).toBe(0);
    expect(await job(`${row!.id}-search`)).toBeDefined();
  });

  it("events committed while a relay is in flight go together in the next one, each relayed once", async () => {
    const s = await topicWithMembers();
    const members = await Promise.all(Array.from({ length: 8 }, () => createUser()));
    for (const user of members) await addMember(user.id, s.community.id);
    const batches: StoredEvent[][] = [];
    const stop = onRelayed((batch) => batches.push(batch));
    try {
      await Promise.all(
        members.map((user, i) =>
          postMessage({ id: user.id, globalRole: "MEMBER" }, { topicId: s.topic.id, body: { text: `Tegelijk bericht ${i + 1}` } }),
        ),
      );
      const reacted = await db().message.findFirstOrThrow({ where: { topicId: s.topic.id }, select: { id: true } });
      const events = members.map((user) =>
        prepareEvent("reaction.changed", {
          messageId: reacted.id,
          topicId: s.topic.id,
          communityId: s.community.id,
          userId: user.id,
          emoji: REACTION_KEYS[0]!,
          added: true,
        }),
      );
      await db().outboxEvent.createMany({
        data: events.map((event) => ({ id: event.id, name: event.name, payload: event.payload, createdAt: new Date(event.occurredAt) })),
      });
      // Eight commits announced at once: the first is relayed alone, the others wait for it and go in one batch.
      await Promise.all(events.map((event) => announce([event])));
      const relayed = batches.flat();
      const ids = relayed.map((event) => event.id);
      expect(relayed.filter((event) => event.name === "message.created")).toHaveLength(8);
      expect(new Set(relayed.map((event) => event.id)).size).toBe(relayed.length);
      expect(batches.filter((batch) => batch.some((event) => events.some((e) => e.id === event.id)))).toHaveLength(2);
      expect(await db().outboxEvent.count({ where: { id: { in: ids } } })).toBe(0);
      for (const event of events) expect(await job(`${event.id}-realtime`)).toBeDefined();
    } finally {
      stop();
    }
  });

  it("a rolled-back transaction relays nothing", async () => {
    const user = await createUser();
    await expect(
      transaction(async (tx) => {
        await emit(tx, "user.updated", { userId: user.id });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().outboxEvent.count()).toBe(0);
    // And emitting outside transaction() is refused: nothing would relay it.
    await expect(db().$transaction((tx) => emit(tx, "user.updated", { userId: user.id }))).rejects.toThrow(/transaction\(\)/);
    // A payload that does not match its schema is refused before anything is written.
    await expect(transaction((tx) => emit(tx, "user.updated", { userId: "" }))).rejects.toThrow();
  });

  it("an invitation's token does not stay in Redis once its jobs are done", { timeout: 30_000 }, async () => {
    const community = await createCommunity({ accessMode: "INVITE_ONLY" });
    const lead = await createUser();
    await addMember(lead.id, community.id, "FACILITATOR");
    worker = runQueue(QUEUES.events, { processEvent }, 4);
    try {
      const recorded = recordEvents(["invitation.created"]);
      const { token } = await inviteByEmail({ id: lead.id, globalRole: "MEMBER" }, community.slug, "gast@example.org");
      recorded.stop();
      const id = recorded.events[0]!.id;
      for (const processor of ["notifications", "mail", "audit"]) {
        await until(`the ${processor} job to finish and go`, async () => !(await job(`${id}-${processor}`)));
      }
      const left = await queue(QUEUES.events).getJobs(["completed", "waiting", "active", "delayed", "failed"], 0, 500);
      expect(left.filter((j) => JSON.stringify(j.data).includes(token))).toEqual([]);
      expect(await db().auditLog.count({ where: { action: "invitation.create", communityId: community.id } })).toBe(1);
    } finally {
      await worker.close();
      worker = null;
    }
  });
});
