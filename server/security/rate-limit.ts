/**
 * Rate limits shared by every instance: counters live in Redis under
 * `${REDIS_PREFIX}:rl:<name>:`, so a member cannot get round a limit by
 * landing on another instance. Built on rate-limiter-flexible's atomic Redis
 * limiter (docs/decisions/012-redis-rate-limits.md). Define a limit once at
 * module level with `rateLimit()` and call `consume(key)` before the work.
 */
import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { config } from "../config.ts";
import { AppError } from "../errors.ts";
import { createRedis } from "../redis.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";

export type RateLimitOptions = {
  /** How many actions are allowed … */
  points: number;
  /** … per this many seconds. */
  durationSeconds: number;
  /** Once over the limit, refuse for this many seconds (default: until the window ends). */
  blockSeconds?: number;
};

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterMs: number };

export type RateLimit = {
  readonly name: string;
  /** Counts one action (or `points`) for the key; never throws for being over the limit. */
  check: (key: string, points?: number) => Promise<RateLimitResult>;
  /** Counts one action and throws AppError 429 (`errors.rateLimited`, details.retryAfterMs) when over the limit. */
  consume: (key: string, points?: number) => Promise<RateLimitResult>;
  /** Forgets the key's counter (after a successful login, in tests). */
  reset: (key: string) => Promise<void>;
};

function client(): Redis {
  // One connection per process for all limits; keep commands queued while it (re)connects.
  return singleton("rate-limit-redis", () => createRedis({ maxRetriesPerRequest: 3 }));
}

const limiters = () => singleton("rate-limiters", () => new Map<string, RateLimiterRedis>());

function limiterFor(name: string, options: RateLimitOptions): RateLimiterRedis {
  // Keyed on the prefix too: tests change REDIS_PREFIX between files.
  const prefix = `${config().REDIS_PREFIX}:rl:${name}`;
  const cacheKey = `${prefix}|${options.points}|${options.durationSeconds}|${options.blockSeconds ?? 0}`;
  let limiter = limiters().get(cacheKey);
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: client(),
      keyPrefix: prefix,
      points: options.points,
      duration: options.durationSeconds,
      blockDuration: options.blockSeconds ?? 0,
    });
    limiters().set(cacheKey, limiter);
  }
  return limiter;
}

export function rateLimit(name: string, options: RateLimitOptions): RateLimit {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`rate limit name ${name} must be kebab-case`);
  const check = async (key: string, points = 1): Promise<RateLimitResult> => {
    try {
      const result = await limiterFor(name, options).consume(key, points);
      return { allowed: true, remaining: result.remainingPoints, retryAfterMs: 0 };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, error.msBeforeNext) };
      throw error;
    }
  };
  return {
    name,
    check,
    consume: async (key, points) => {
      const result = await check(key, points);
      if (!result.allowed) throw new AppError(429, "errors.rateLimited", { retryAfterMs: result.retryAfterMs });
      return result;
    },
    reset: async (key) => {
      await limiterFor(name, options).delete(key);
    },
  };
}

/** Closes the shared connection (shutdown, end of a test file). */
export async function closeRateLimits(): Promise<void> {
  const redis = peekSingleton<Redis>("rate-limit-redis");
  forgetSingleton("rate-limit-redis");
  forgetSingleton("rate-limiters");
  await redis?.quit().catch(() => undefined);
}
