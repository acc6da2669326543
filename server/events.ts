/**
 * Domain events through a transactional outbox (docs/decisions/095). Commands
 * write their events in the transaction of the change:
 *
 *   await transaction(async (tx) => {
 *     await tx.topic.update(…);
 *     await emit(tx, "topic.updated", { … });
 *   });
 *
 * After the commit the events are relayed to the `events` queue; processors
 * (search, notifications, mail, realtime, audit) handle them in the worker.
 * Each event is declared once, in its area (see server/events/catalog.ts).
 * Only commands emit: routes, components and queries may not (eslint).
 */
export { announce, emit, prepareEvent, transaction, type StoredEvent, type Tx } from "./events/outbox.ts";
export type { DomainEvents, EventName } from "./events/catalog.ts";
