/**
 * Domain events to indexing jobs: each source names the events that change
 * its records (SearchSource.triggers). Registered once per web process
 * (server/main.ts). If an enqueue fails (Redis down, a crash right after the
 * commit), the sweep repairs the index later.
 */
import { events, type DomainEvents } from "../events.ts";
import { errorFields, log } from "../logger.ts";
import { peekSingleton, forgetSingleton, singleton } from "../singleton.ts";
import { scheduleIndexing } from "./indexer.ts";
import { dutchDictionary } from "./language/dictionary.ts";
import { searchSources } from "./sources/index.ts";

type Unsubscribe = () => void;

export function registerSearchIndexing(): Unsubscribe {
  return singleton<Unsubscribe>("search-listeners", () => {
    // The Dutch word list takes about a second to read: at start, not during the first search.
    setTimeout(() => dutchDictionary(), 0).unref();
    const offs: Unsubscribe[] = [];
    for (const source of searchSources()) {
      for (const [name, toIds] of Object.entries(source.triggers) as [keyof DomainEvents, (payload: unknown) => string[] | Promise<string[]>][]) {
        offs.push(
          events.on(name, async (payload) => {
            const ids = await toIds(payload);
            await scheduleIndexing(source.kind, ids).catch((error: unknown) => {
              log.warn(`could not enqueue search indexing for ${source.kind}; the sweep will catch up`, { event: name, ...errorFields(error) });
            });
          }),
        );
      }
    }
    return () => {
      for (const off of offs) off();
      forgetSingleton("search-listeners");
    };
  });
}

/** Tests: forget the listeners of this process. */
export function unregisterSearchIndexing(): void {
  peekSingleton<Unsubscribe>("search-listeners")?.();
}
