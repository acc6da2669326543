/**
 * The relay: committed outbox rows become BullMQ jobs on the `events` queue,
 * one per event and processor, with the id `<event id>-<processor>`; then the
 * rows are deleted. The process that committed relays at once (in groups while
 * a relay is in flight, decision 192); the sweep (a
 * repeatable job, and once at every worker start) relays what a crash left.
 * Relaying twice is harmless: BullMQ ignores a job id it still holds, and
 * processors are idempotent for the rest.
 *
 * Tests run processors inline instead (dispatchEventsInline), so a command's
 * consequences are done when it returns.
 */
import type { JobsOptions } from "bullmq";
import { INVISIBLE_TO_VISITORS } from "../cache/processor.ts";
import { announceIfKeeping } from "../cache/public-data.ts";
import { db } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { errorFields, log } from "../logger.ts";
import { enqueueBulk } from "../queues/producer.ts";
import { singleton } from "../singleton.ts";
import { EVENTS, isEventName } from "./catalog.ts";
import type { StoredEvent } from "./outbox.ts";
import { performEvent, processorsFor } from "./processors.ts";

/** The longest a request waits for its events to reach the queue before leaving them to the sweep. */
export const RELAY_TIMEOUT_MS = 5_000;

/** Rejects when `promise` takes longer than `ms` (the promise itself runs on). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Rows younger than this are left to the process that wrote them. */
export const SWEEP_AGE_MS = 10_000;
const SWEEP_BATCH = 500;

type Waiting = { events: StoredEvent[]; done: (error?: unknown) => void };

type RelayState = {
  mode: "queue" | "inline";
  /** Tests: runs after the commit, before relaying (a test kills the process here). */
  beforeRelay: ((events: StoredEvent[]) => Promise<void>) | null;
  observers: Set<(events: StoredEvent[]) => void>;
  /** Committed events waiting for the relay in flight to finish (decision 192). */
  waiting: Waiting[];
  relaying: boolean;
};

const state = () =>
  singleton<RelayState>("event-relay", () => ({ mode: "queue", beforeRelay: null, observers: new Set(), waiting: [], relaying: false }));

/** Tests: processors run in this process right after each commit (or drain), in order. */
export function dispatchEventsInline(): void {
  state().mode = "inline";
}

/** The default: processors run as jobs in the worker. */
export function dispatchEventsThroughQueue(): void {
  state().mode = "queue";
}

/** Tests only: a hook between the commit and the relay. */
export function setBeforeRelay(hook: RelayState["beforeRelay"]): void {
  state().beforeRelay = hook;
}

/** Sees every batch of events once it is relayed (or processed inline). Returns an unsubscribe. */
export function onRelayed(observer: (events: StoredEvent[]) => void): () => void {
  state().observers.add(observer);
  return () => state().observers.delete(observer);
}

function jobsFor(events: StoredEvent[]) {
  return events.flatMap((event) =>
    processorsFor(event).map((processor) => {
      const options: JobsOptions = { jobId: `${event.id}-${processor.name}` };
      // Half a secret (an invitation link's seed) lives in Redis only until its job is done.
      if (EVENTS[event.name].secret) options.removeOnComplete = true;
      return {
        payload: {
          eventId: event.id,
          name: event.name,
          processor: processor.name,
          payload: event.payload as Record<string, unknown>,
          occurredAt: event.occurredAt,
        },
        options,
      };
    }),
  );
}

/**
 * The relayed rows go in one prepared statement (decision 247): this runs
 * after every message a member sends, and through Prisma each delete cost a
 * client request (and, the first time in a process, compiling its query plan)
 * on the event loop that echoes the messages.
 */
export async function deleteRelayed(events: StoredEvent[]): Promise<void> {
  if (events.length === 0) return;
  await directQuery(`/* prepared */ DELETE FROM "OutboxEvent" WHERE "id" = ANY($1::text[])`, [events.map((event) => event.id)]);
}

async function dispatch(events: StoredEvent[]): Promise<void> {
  const known = events.filter((event) => isEventName(event.name));
  for (const event of events)
    if (!isEventName(event.name)) log.error(`outbox row ${event.id} names an unknown event ${event.name}; dropped`);
  if (state().mode === "inline") {
    for (const event of known) for (const processor of processorsFor(event)) await performEvent(processor.name, event);
  } else {
    const jobs = jobsFor(known);
    if (jobs.length) await enqueueBulk("processEvent", jobs);
  }
  await deleteRelayed(events);
  for (const observer of state().observers) observer(known);
}

/**
 * One relay in flight per process; what commits meanwhile goes together in the
 * next one (one addBulk, one delete), like a database's group commit. A lone
 * commit is relayed at once; a busy instance relays many sends per round trip
 * instead of queueing one relay per send. A relay that hangs (Redis gone) is
 * left running after RELAY_TIMEOUT_MS and the next batch starts.
 */
function relayTogether(events: StoredEvent[]): Promise<void> {
  const relay = state();
  const done = new Promise<void>((resolve, reject) => {
    relay.waiting.push({ events, done: (error) => (error === undefined ? resolve() : reject(error)) });
  });
  if (!relay.relaying) void pump(relay);
  return done;
}

async function pump(relay: RelayState): Promise<void> {
  relay.relaying = true;
  try {
    while (relay.waiting.length) {
      const batch = relay.waiting.splice(0);
      try {
        await withTimeout(dispatch(batch.flatMap((waiting) => waiting.events)), RELAY_TIMEOUT_MS, "relaying events");
        for (const waiting of batch) waiting.done();
      } catch (error) {
        for (const waiting of batch) waiting.done(error ?? new Error("relay failed"));
      }
    }
  } finally {
    relay.relaying = false;
  }
}

/**
 * A change visitors can see also changes what members share per scope (decision 304): the process that
 * committed it drops the kept copies in every web process at once, before it answers (when it keeps any itself), so the member who
 * made the change (and everyone after) never reads a copy from before it. The `public-pages` processor
 * announces the same drop again when the worker gets the event; the second drop is harmless.
 */
function dropKeptCopies(events: StoredEvent[]): Promise<void> | undefined {
  return events.some((event) => !INVISIBLE_TO_VISITORS.includes(event.name)) ? announceIfKeeping() : undefined;
}

/**
 * Right after the commit. A failure is logged, not thrown: the change is
 * committed and the sweep relays the rows later. Inline (tests) a processor's
 * failure is thrown, so the test sees it.
 */
export async function relayAfterCommit(events: StoredEvent[]): Promise<void> {
  const { beforeRelay, mode } = state();
  if (mode === "inline") return dispatch(events);
  try {
    await beforeRelay?.(events);
    // Redis unreachable: the request answers after a bounded wait (issue 15, F15); the relay may still
    // finish later, or the sweep does it (relaying twice is harmless).
    await withTimeout(Promise.all([relayTogether(events), dropKeptCopies(events)]), RELAY_TIMEOUT_MS, "relaying events");
  } catch (error) {
    log.warn("could not relay events after the commit; the outbox sweep will", {
      events: events.map((event) => event.name),
      ...errorFields(error),
    });
  }
}

/** Relays every row older than `olderThanMs` (the sweep; 0 at worker start and in tests). Returns how many. */
export async function sweepOutbox(options: { olderThanMs?: number } = {}): Promise<number> {
  const cutoff = new Date(Date.now() - (options.olderThanMs ?? SWEEP_AGE_MS));
  let total = 0;
  for (;;) {
    const rows = await db().outboxEvent.findMany({
      where: { createdAt: { lte: cutoff } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: SWEEP_BATCH,
    });
    if (!rows.length) break;
    await dispatch(
      rows.map(
        (row) =>
          ({
            id: row.id,
            name: row.name,
            payload: row.payload as Prisma.JsonObject,
            occurredAt: row.createdAt.toISOString(),
          }) as unknown as StoredEvent,
      ),
    );
    total += rows.length;
    if (rows.length < SWEEP_BATCH) break;
  }
  if (total) log.info(`outbox sweep relayed ${total} event(s)`);
  return total;
}
