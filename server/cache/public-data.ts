/**
 * A short in-process cache of what visitors (no signed-in member) see on the
 * public pages: loader data that is the same for every visitor (decision 135).
 *
 * - Members never read from it: callers pass only visitor work here
 *   (`forVisitors` in app/.server/public-cache.ts checks the user).
 * - Entries live at most PUBLIC_DATA_TTL_MS; domain events that can change
 *   what visitors see drop every entry in every web process: the
 *   `public-pages` processor (server/cache/processor.ts) publishes on Redis
 *   (`<prefix>:public-data`), each process drops its copy when it hears it.
 * - A value loaded while an invalidation arrived is returned but not stored
 *   (a generation counter), and nothing is stored while this process is not
 *   subscribed (at start, after a lost Redis connection), so a drop cannot be
 *   missed and a hidden item cannot come back from the cache.
 * - Concurrent misses for one key share one load.
 */
import type { Redis } from "ioredis";
import { config } from "../config.ts";
import { log } from "../logger.ts";
import { createRedis } from "../redis.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";

export const PUBLIC_DATA_TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;

type State = {
  entries: Map<string, { value: unknown; expires: number }>;
  pending: Map<string, Promise<unknown>>;
  generation: number;
  subscribed: boolean;
};

const state = () =>
  singleton<State>("public-data-cache", () => ({ entries: new Map(), pending: new Map(), generation: 0, subscribed: false }));

/**
 * Test files call loaders around direct database writes that announce
 * nothing; there the cache is off unless a test switches it on.
 */
let onInTests = false;
export function usePublicDataCacheInTests(on = true): void {
  onInTests = on;
  dropLocal();
}
const enabled = () => process.env.NODE_ENV !== "test" || onInTests;

const channel = () => `${config().REDIS_PREFIX}:public-data`;

/** Subscribes this process to drops (once, on first use). */
function subscriber(): Redis {
  return singleton("public-data-subscriber", () => {
    const redis = createRedis({ maxRetriesPerRequest: null });
    const lost = () => {
      if (state().subscribed) dropLocal();
      state().subscribed = false;
    };
    redis.on("close", lost);
    redis.on("reconnecting", lost);
    redis.on("error", () => undefined);
    redis.on("message", () => dropLocal());
    // ioredis subscribes again after a reconnect; "ready" then means subscribed.
    redis.on("ready", () => {
      void redis
        .subscribe(channel())
        .then(() => {
          dropLocal();
          state().subscribed = true;
        })
        .catch((error: unknown) => log.warn("public data cache: could not subscribe", { error: String(error) }));
    });
    return redis;
  });
}

/**
 * The generation of what visitors see in this process, or null when nothing
 * may be kept now (cache off, or not subscribed to drops). Whatever is
 * derived from public data (the rendered pages of server/cache/pages.ts) is
 * kept only under the generation it started in, so a drop makes it stale too.
 */
export function publicDataGeneration(): number | null {
  if (!enabled()) return null;
  subscriber();
  const current = state();
  return current.subscribed ? current.generation : null;
}

/** Drops every entry of this process. */
export function dropLocal(): void {
  const current = state();
  current.generation++;
  current.entries.clear();
  current.pending.clear();
}

/** The cached value for `key`, or `load()` (stored for PUBLIC_DATA_TTL_MS when nothing changed meanwhile). */
export async function publicData<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!enabled()) return load();
  subscriber();
  const current = state();
  const hit = current.entries.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as T;
  const waiting = current.pending.get(key);
  if (waiting) return waiting as Promise<T>;
  const generation = current.generation;
  const loading = load().then(
    (value) => {
      if (current.pending.get(key) === loading) current.pending.delete(key);
      if (current.generation === generation && current.subscribed) {
        if (current.entries.size >= MAX_ENTRIES) current.entries.delete(current.entries.keys().next().value!);
        current.entries.set(key, { value, expires: Date.now() + PUBLIC_DATA_TTL_MS });
      }
      return value;
    },
    (error: unknown) => {
      if (current.pending.get(key) === loading) current.pending.delete(key);
      throw error;
    },
  );
  current.pending.set(key, loading);
  return loading;
}

/** Tells every web process (and this one) to drop its public data; the processor calls it. */
export async function announcePublicDataChanged(): Promise<void> {
  dropLocal();
  await singleton("public-data-publisher", () => createRedis({ maxRetriesPerRequest: 3 })).publish(channel(), "drop");
}

/** For tests: whether this process is subscribed (entries are only kept then). */
export async function publicDataReady(timeoutMs = 5_000): Promise<boolean> {
  subscriber();
  const until = Date.now() + timeoutMs;
  while (!state().subscribed && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  return state().subscribed;
}

/**
 * Announces a drop right away when this process keeps public data (it has subscribed: a web process
 * that served a page); other processes (scripts, the seed) leave it to the `public-pages` processor and
 * open no Redis connection for it.
 */
export function announceIfKeeping(): Promise<void> | undefined {
  return peekSingleton("public-data-subscriber") === undefined ? undefined : announcePublicDataChanged();
}

export async function closePublicDataCache(): Promise<void> {
  const sub = peekSingleton<Redis>("public-data-subscriber");
  const pub = peekSingleton<Redis>("public-data-publisher");
  forgetSingleton("public-data-subscriber");
  forgetSingleton("public-data-publisher");
  dropLocal();
  state().subscribed = false;
  await Promise.all([sub?.quit().catch(() => undefined), pub?.quit().catch(() => undefined)]);
}
