/**
 * The transactional outbox (docs/decisions/095). A command writes its events
 * with `emit(tx, name, payload)` inside `transaction(…)`: the event rows commit
 * or roll back with the change. Right after the commit the same process hands
 * them to the relay (low latency); rows a crash left behind are picked up by
 * the sweep (server/events/relay.ts).
 */
import { randomUUID } from "node:crypto";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { type DomainEvents, type EventName, parsePayload } from "./catalog.ts";
import { relayAfterCommit } from "./relay.ts";

export type Tx = Prisma.TransactionClient;

/** An event as stored in the outbox and carried by its jobs. */
/** `occurredAt`: when the change was made (ISO), which the audit log records, not when a job ran. */
export type StoredEvent<N extends EventName = EventName> = { id: string; name: N; payload: DomainEvents[N]; occurredAt: string };

/** The events each open transaction has written, to relay once it commits. */
const pendingByTransaction = new WeakMap<Tx, StoredEvent[]>();

export type TransactionOptions = { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number; maxWait?: number };

/**
 * `db().$transaction(fn)` that relays the events `fn` emitted after the
 * commit. Nothing is relayed when `fn` throws (the rows roll back too).
 */
export async function transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const pending: StoredEvent[] = [];
  const result = await db().$transaction(async (tx) => {
    pendingByTransaction.set(tx, pending);
    return fn(tx);
  }, options);
  if (pending.length) await relayAfterCommit(pending);
  return result;
}

/** A validated event with its id, not yet written. */
export function prepareEvent<N extends EventName>(name: N, payload: DomainEvents[N]): StoredEvent<N> {
  // Job ids are `<event id>-<processor>`: a uuid has no ':' (which BullMQ forbids).
  return { id: randomUUID(), name, payload: parsePayload(name, payload), occurredAt: new Date().toISOString() };
}

/** Writes a domain event in the transaction of the change it describes. */
export async function emit<N extends EventName>(tx: Tx, name: N, payload: DomainEvents[N]): Promise<void> {
  const pending = pendingByTransaction.get(tx);
  if (!pending)
    throw new Error(`emit("${name}") needs a transaction from transaction() in server/events.ts, so the event is relayed after the commit`);
  const event = prepareEvent(name, payload);
  await tx.outboxEvent.create({
    data: { id: event.id, name, payload: event.payload as Prisma.InputJsonValue, createdAt: new Date(event.occurredAt) },
    select: { id: true },
  });
  pending.push(event);
}

/**
 * For a command that wrote prepared events in its own single statement (the
 * message hot path, server/discussions/commands.ts): relay them now that the
 * statement has committed.
 */
export async function announce(events: StoredEvent[]): Promise<void> {
  if (events.length) await relayAfterCommit(events);
}
