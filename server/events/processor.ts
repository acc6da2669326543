/**
 * What a processor is: a named consumer that declares the events it handles
 * (`applicableEvents`, as Outline's processors do). The relay makes one job per
 * event and processor, so a failing processor is retried alone. Processors
 * must be idempotent: a job can run twice (a worker killed mid-job, a relay
 * repeated after a crash).
 */
import type { DomainEvents, EventName } from "./catalog.ts";
import type { StoredEvent } from "./outbox.ts";

export type EventContext = { id: string; signal?: AbortSignal };

export type EventProcessor = {
  /** Part of job ids: lower-case letters, digits and '-'. */
  name: string;
  applicableEvents: readonly EventName[];
  /** An optional cheap check at relay time (no I/O): false means this event needs no job. */
  wants?: (event: StoredEvent) => boolean;
  perform: (event: StoredEvent, context: { signal?: AbortSignal }) => Promise<void>;
};

export type EventHandler<N extends EventName> = (payload: DomainEvents[N], event: EventContext) => Promise<void> | void;
export type EventHandlers = { [N in EventName]?: EventHandler<N> };

/** A processor from per-area handler maps; an event handled in several maps runs each, in order. */
export function handlerProcessor(name: string, ...maps: EventHandlers[]): EventProcessor {
  const byEvent = new Map<EventName, EventHandler<EventName>[]>();
  for (const map of maps) {
    for (const [event, handler] of Object.entries(map) as [EventName, EventHandler<EventName>][]) {
      byEvent.set(event, [...(byEvent.get(event) ?? []), handler]);
    }
  }
  return {
    name,
    applicableEvents: [...byEvent.keys()],
    perform: async (event, { signal }) => {
      for (const handler of byEvent.get(event.name) ?? []) await handler(event.payload, { id: event.id, signal });
    },
  };
}
