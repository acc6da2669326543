/**
 * Every domain event, gathered from the areas that declare them. An area adds
 * an event in its own events file; a new area adds one line here. Names are
 * `resource.verb`; a name declared twice stops the process at start.
 */
import type { z } from "zod";
import { accountEvents } from "../accounts/events.ts";
import { agendaEvents } from "../agenda/domain-events.ts";
import { communityEvents } from "../communities/events.ts";
import { discussionEvents } from "../discussions/events.ts";
import { documentEvents } from "../documents/events.ts";
import { libraryEvents } from "../library/events.ts";
import { meetingEvents } from "../meetings/domain-events.ts";
import { moderationEvents } from "../moderation/events.ts";
import { notificationEvents } from "../notifications/events.ts";
import { privacyEvents } from "../privacy/events.ts";
import type { EventDefinition } from "./define.ts";

/** The areas and their events, for the catalogue and the event-processor test. */
export const EVENT_AREAS = {
  accounts: accountEvents,
  agenda: agendaEvents,
  communities: communityEvents,
  discussions: discussionEvents,
  documents: documentEvents,
  library: libraryEvents,
  meetings: meetingEvents,
  moderation: moderationEvents,
  notifications: notificationEvents,
  privacy: privacyEvents,
};

type Areas = typeof EVENT_AREAS;
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type AllEvents = UnionToIntersection<Areas[keyof Areas]>;

export type EventName = keyof AllEvents & string;
/** Event name → payload type. */
export type DomainEvents = { [K in EventName]: AllEvents[K] extends EventDefinition<infer P> ? z.infer<P> : never };

function gather(): Record<string, EventDefinition> {
  const all: Record<string, EventDefinition> = {};
  for (const [area, definitions] of Object.entries(EVENT_AREAS) as [string, Record<string, EventDefinition>][]) {
    for (const [name, definition] of Object.entries(definitions)) {
      if (all[name]) throw new Error(`domain event ${name} is declared twice (again in ${area})`);
      all[name] = definition;
    }
  }
  return all;
}

export const EVENTS = gather() as { [K in EventName]: EventDefinition };

export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(EVENTS, name);
}

/** Validates a payload against its event's schema (throws a ZodError). */
export function parsePayload<N extends EventName>(name: N, payload: unknown): DomainEvents[N] {
  return EVENTS[name].payload.parse(payload) as DomainEvents[N];
}
