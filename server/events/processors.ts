/**
 * The processors, in one list: search indexing, notifications, mail, realtime
 * fan-out, the audit log and the public pages' cache. tests/unit/event-processors.test.ts fails for an
 * event no processor handles and for a processor naming an unknown event.
 */
import { publicPagesProcessor } from "../cache/processor.ts";
import { auditProcessor } from "../moderation/audit-processor.ts";
import { mailProcessor } from "../notifications/mail-processor.ts";
import { notificationsProcessor } from "../notifications/processor.ts";
import { realtimeProcessor } from "../realtime/processor.ts";
import { searchProcessor } from "../search/processor.ts";
import { singleton } from "../singleton.ts";
import { type EventName, isEventName, parsePayload } from "./catalog.ts";
import type { StoredEvent } from "./outbox.ts";
import type { EventProcessor } from "./processor.ts";

/** Built on first use: the modules behind them import the outbox, which imports this registry. */
export function eventProcessors(): readonly EventProcessor[] {
  return singleton("event-processors", () => [
    searchProcessor(),
    notificationsProcessor(),
    mailProcessor(),
    realtimeProcessor(),
    auditProcessor(),
    publicPagesProcessor(),
  ]);
}

function byEvent(): Map<EventName, EventProcessor[]> {
  return singleton("event-processors-by-event", () => {
    const map = new Map<EventName, EventProcessor[]>();
    for (const processor of eventProcessors()) {
      for (const name of processor.applicableEvents) map.set(name, [...(map.get(name) ?? []), processor]);
    }
    return map;
  });
}

/** The processors that need a job for this event. */
export function processorsFor(event: StoredEvent): EventProcessor[] {
  return (byEvent().get(event.name) ?? []).filter((processor) => {
    try {
      return processor.wants?.(event) ?? true;
    } catch {
      // A payload the check cannot read (a row from an older release): the job's validation will say why.
      return true;
    }
  });
}

/** Runs one processor for one event (a job, or the inline path in tests), after validating the payload again. */
export async function performEvent(
  processorName: string,
  raw: { id: string; name: string; payload: unknown; occurredAt: string },
  signal?: AbortSignal,
): Promise<void> {
  const processor = eventProcessors().find((p) => p.name === processorName);
  if (!processor) throw new Error(`no event processor named ${processorName}`);
  if (!isEventName(raw.name) || !processor.applicableEvents.includes(raw.name))
    throw new Error(`processor ${processorName} does not handle ${raw.name}`);
  const payload = parsePayload(raw.name, raw.payload);
  await processor.perform({ id: raw.id, name: raw.name, payload, occurredAt: raw.occurredAt } as StoredEvent, { signal });
}

/**
 * Which declared events no processor handles (an event nobody hears is a
 * change nobody learns of: give it a consumer or remove it), and which
 * processors name an event nobody declares (a typo, or an event since removed).
 */
export function eventCoverage(declared: readonly string[], processors: readonly { name: string; applicableEvents: readonly string[] }[]) {
  const heard = new Set(processors.flatMap((processor) => processor.applicableEvents));
  const known = new Set(declared);
  return {
    unheard: declared.filter((name) => !heard.has(name)),
    unknown: processors.flatMap((processor) =>
      processor.applicableEvents.filter((name) => !known.has(name)).map((event) => ({ processor: processor.name, event })),
    ),
  };
}
