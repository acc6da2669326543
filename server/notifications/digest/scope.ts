/**
 * Where digests meet to share statements. The member rows and the sections of
 * the digests in one scope go to PostgreSQL together: one statement per kind
 * for all of them (decisions 131, 160).
 *
 * Digests sent one by one (send-digest jobs) share the process's scope. Each
 * run of a send-digest-batch job has a scope of its own (decision 283): its
 * members start together, so its member rows are one statement and its
 * sections wait for its own members only — not for another batch's members,
 * which would pull every batch in the process into one rhythm (all waiting
 * for PostgreSQL, then all rendering, then all waiting for SMTP) and leave a
 * core idle in each phase.
 */
import type DataLoader from "dataloader";
import { singleton } from "../../singleton.ts";
import { type Barrier, createBarrier, processBarrier } from "./barrier.ts";

export type DigestScope = {
  barrier: Barrier;
  /** How long the first member row waits for others to join its statement. */
  memberWindowMs: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  loaders: Map<unknown, DataLoader<any, any>>;
};

/** Digests sent one by one: their requests meet within a few milliseconds. */
export const MEMBER_WINDOW_MS = 5;

export const processScope = (): DigestScope =>
  singleton("digest-process-scope", () => ({ barrier: processBarrier(), memberWindowMs: MEMBER_WINDOW_MS, loaders: new Map() }));

/** A batch's members ask in the same turn: no window needed. */
export function batchScope(): DigestScope {
  return { barrier: createBarrier(), memberWindowMs: 0, loaders: new Map() };
}

/** The scope's loader for `key`, made on first use. */
export function scopedLoader<K, V>(scope: DigestScope, key: unknown, make: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = scope.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = make();
    scope.loaders.set(key, loader);
  }
  return loader;
}

/** DataLoader's batchScheduleFn for a window of `ms` (0: the next turn of the event loop). */
export function afterWindow(ms: number): (dispatch: () => void) => void {
  return ms > 0 ? (dispatch) => setTimeout(dispatch, ms) : (dispatch) => setImmediate(dispatch);
}
