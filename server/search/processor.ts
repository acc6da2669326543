/**
 * Domain events to indexing jobs: each source names the events that change
 * its records (SearchSource.triggers); this processor maps an event to record
 * ids and schedules one idempotent index-record job per record and version.
 * The sweep (reconcile) still repairs what no event announced.
 */
import type { EventName } from "../events/catalog.ts";
import type { EventProcessor } from "../events/processor.ts";
import { scheduleIndexing } from "./indexer.ts";
import { searchSources } from "./sources/index.ts";

type Trigger = (payload: unknown) => string[] | Promise<string[]>;

export function searchProcessor(): EventProcessor {
  const applicableEvents = [...new Set(searchSources().flatMap((source) => Object.keys(source.triggers) as EventName[]))];
  return {
    name: "search",
    applicableEvents,
    perform: async (event) => {
      for (const source of searchSources()) {
        const toIds = (source.triggers as Partial<Record<EventName, Trigger>>)[event.name];
        if (toIds) await scheduleIndexing(source.kind, await toIds(event.payload));
      }
    },
  };
}
