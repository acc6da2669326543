/**
 * The `public-pages` processor: domain events that can change what visitors
 * see drop the public data cache in every web process (server/cache/
 * public-data.ts, decision 135). Every event counts, except the frequent ones
 * that change nothing a visitor sees (messages, reactions, notifications and
 * document edits live behind a login; requests and reports change nothing
 * until someone acts on them). A new event therefore invalidates by default.
 * Hiding, unhiding and deleting (`moderation.action`, `*.deleted`,
 * `libraryItem.transitioned`) always invalidate.
 */
import { EVENT_NAMES, type EventName } from "../events/catalog.ts";
import type { EventProcessor } from "../events/processor.ts";
import { announcePublicDataChanged } from "./public-data.ts";

/** Events that cannot change a visitor's page. */
export const INVISIBLE_TO_VISITORS: readonly EventName[] = [
  "message.created",
  "message.updated",
  "reaction.changed",
  "notification.created",
  "document.updated",
  "joinRequest.created",
  "invitation.created",
  "invitation.revoked",
  "report.created",
  "waitlist.promoted",
  "thesaurus.changed",
];

export function publicPagesProcessor(): EventProcessor {
  return {
    name: "public-pages",
    applicableEvents: EVENT_NAMES.filter((name) => !INVISIBLE_TO_VISITORS.includes(name)),
    perform: () => announcePublicDataChanged(),
  };
}
