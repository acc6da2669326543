/**
 * Rate limits shared by every instance: counters live in Redis under
 * `${REDIS_PREFIX}:rl:<name>:`, so a member cannot get round a limit by
 * landing on another instance. Built on rate-limiter-flexible's atomic Redis
 * limiter (docs/decisions/012-redis-rate-limits.md). Define a limit once at
 * module level with `rateLimit()` and call `consume(key)` before the work.
 *
 * When Redis cannot be reached (issue 15, F15) a limit never hangs or fails
 * the request: commands time out after REDIS_COMMAND_TIMEOUT_MS, a connection
 * that is not ready is not waited for, and rate-limiter-flexible's insurance
 * limiter counts in this process's memory instead (the same sizes, per web
 * process) until Redis is back, with a logged warning. Login, registration
 * and search keep working, still limited (docs/decisions/119).
 */
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { config } from "../config.ts";
import { AppError } from "../errors.ts";
import { log } from "../logger.ts";
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
  /** Gives back points counted for an action that turned out not to be one (a retried send). */
  refund: (key: string, points?: number) => Promise<void>;
  /** Forgets the key's counter (after a successful login, in tests). */
  reset: (key: string) => Promise<void>;
};

/** The longest a limit waits for Redis before counting in memory instead. */
export const REDIS_COMMAND_TIMEOUT_MS = 2_000;
const WARN_EVERY_MS = 60_000;
let lastWarning = 0;

function warnRedisUnreachable() {
  const now = Date.now();
  if (now - lastWarning < WARN_EVERY_MS) return;
  lastWarning = now;
  log.warn("rate limits: Redis is unreachable; counting in this process until it is back");
}

function client(): Redis {
  // One connection per process for all limits. Commands time out instead of waiting for a
  // reconnect; while the connection is down the insurance limiter answers at once.
  return singleton("rate-limit-redis", () => {
    const redis = createRedis({ maxRetriesPerRequest: 1, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    redis.on("error", () => warnRedisUnreachable());
    return redis;
  });
}

/** How long a limit waits for the first connection of this process before counting in memory. */
const FIRST_CONNECT_WAIT_MS = 1_000;

/**
 * Waits (briefly) for the connection's first "ready": a freshly started process
 * must not count its first actions in memory and the rest in Redis, which would
 * split a counter in two. Once connected, a lost connection fails over at once.
 */
async function firstConnection(redis: Redis): Promise<void> {
  if (redis.status !== "wait" && redis.status !== "connecting" && redis.status !== "connect") return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_CONNECT_WAIT_MS);
    redis.once("ready", done);
    if (redis.status === "wait") redis.connect().catch(() => undefined);
  });
}

const limiters = () => singleton("rate-limiters", () => new Map<string, RateLimiterRedis>());

function limiterFor(name: string, options: RateLimitOptions): RateLimiterRedis {
  // Keyed on the prefix too: tests change REDIS_PREFIX between files.
  const prefix = `${config().REDIS_PREFIX}:rl:${name}`;
  const cacheKey = `${prefix}|${options.points}|${options.durationSeconds}|${options.blockSeconds ?? 0}`;
  let limiter = limiters().get(cacheKey);
  if (!limiter) {
    const sizes = {
      keyPrefix: prefix,
      points: options.points,
      duration: options.durationSeconds,
      blockDuration: options.blockSeconds ?? 0,
    };
    limiter = new RateLimiterRedis({
      ...sizes,
      storeClient: client(),
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(sizes),
    });
    limiters().set(cacheKey, limiter);
  }
  return limiter;
}

export function rateLimit(name: string, options: RateLimitOptions): RateLimit {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`rate limit name ${name} must be kebab-case`);
  const check = async (key: string, points = 1): Promise<RateLimitResult> => {
    try {
      await firstConnection(client());
      if (["reconnecting", "close", "end"].includes(client().status)) warnRedisUnreachable();
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
    refund: async (key, points = 1) => {
      try {
        await limiterFor(name, options).reward(key, points);
      } catch {
        // Redis unreachable: the point stays counted until the window ends; the action goes on.
        warnRedisUnreachable();
      }
    },
    reset: async (key) => {
      try {
        await limiterFor(name, options).delete(key);
      } catch {
        // Redis unreachable: the counter ends with its window; the login it follows goes on.
        warnRedisUnreachable();
      }
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
