/**
 * Search answers kept per process for a short time (decision 291): what the engine answered for one
 * search (or related results, or a lexicon question) under one access scope. Every member whose
 * readable communities are the same gets the same answer from the same index, so a second member
 * asking the same thing within SEARCH_ANSWERS_TTL_MS (30 s; 0 switches it off) is answered without
 * a statement.
 *
 * - The key is the whole engine question: the query, its plan (words, synonyms, corrections), the
 *   filters, the page, and the access scope (readable communities and visibilities). Members with
 *   other communities, visitors and moderators never share an answer.
 * - The answers live under the public data's generation (decision 135): every index job and sweep
 *   that wrote something announces a drop, which every web process hears on Redis, so a hidden or
 *   removed document is never answered from here once its index write is done. An answer loaded
 *   while a drop arrived is not kept, and nothing is kept while the process is not subscribed (at
 *   start, after a lost Redis connection, and in tests unless they switch the public data cache on).
 * - What does change without a drop is time: the period facet counts and filter ("this week")
 *   count from the moment of the statement, so a kept answer counts from up to the TTL earlier.
 * - Concurrent misses for one key share one statement. Failures are not kept.
 */
import { publicDataGeneration } from "../cache/public-data.ts";
import { config } from "../config.ts";
import type { SearchAccess } from "./types.ts";

const MAX_ANSWERS = 500;

type Entry = { generation: number; expires: number; value: unknown };

const answers = new Map<string, Entry>();
const pending = new Map<string, { generation: number; value: Promise<unknown> }>();

let off = false;

/** Switches keeping off or on in this process (benchmarks that measure the statements; tests). */
export function keepSearchAnswers(on: boolean): void {
  off = !on;
  answers.clear();
  pending.clear();
}

/** The access scope as part of a key: the same communities in any order are the same scope. */
export function accessKey(access: SearchAccess): { communityIds: string[]; visibilities: string[] } {
  return { communityIds: [...access.communityIds].sort(), visibilities: [...access.visibilities].sort() };
}

/**
 * The answer kept for `key` in this generation, or `load()`'s (kept when nothing was dropped while
 * it loaded and `keep` agrees: an answer cut short by a time budget is not one to repeat).
 */
export function keptAnswer<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
  const ttl = config().SEARCH_ANSWERS_TTL_MS;
  const generation = off || ttl === 0 ? null : publicDataGeneration();
  if (generation === null) return load();
  const now = Date.now();
  const hit = answers.get(key);
  if (hit && hit.generation === generation && hit.expires > now) return Promise.resolve(hit.value as T);
  if (hit) answers.delete(key);
  const waiting = pending.get(key);
  if (waiting && waiting.generation === generation) return waiting.value as Promise<T>;
  const loading = load().then(
    (value) => {
      if (pending.get(key)?.value === loading) pending.delete(key);
      if (publicDataGeneration() === generation && keep(value)) {
        if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value!);
        answers.set(key, { generation, expires: Date.now() + ttl, value });
      }
      return value;
    },
    (error: unknown) => {
      if (pending.get(key)?.value === loading) pending.delete(key);
      throw error;
    },
  );
  pending.set(key, { generation, value: loading });
  return loading;
}
