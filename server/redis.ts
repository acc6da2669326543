import { Redis, type RedisOptions } from "ioredis";
import { config } from "./config.ts";

/**
 * A new Redis connection. BullMQ needs its own connection per Queue, Worker and
 * QueueEvents, with maxRetriesPerRequest: null; callers own and quit it.
 */
export function createRedis(options: RedisOptions = {}): Redis {
  return new Redis(config().REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false, ...options });
}
