/**
 * A test file's Redis keys all start with its own `REDIS_PREFIX` and a colon (tests/setup/per-file.ts);
 * after the file they are removed, and nothing else: other files (running beside it), other checkouts'
 * test runs and the walk servers share the one Redis. SCAN, never KEYS (which blocks the server), and
 * UNLINK (freed in the background).
 */
import { Redis } from "ioredis";

/** Removes every key that starts with `${prefix}:`. Returns how many. A prefix is letters, digits, - and _ (no glob characters). */
export async function removePrefixedKeys(redisUrl: string, prefix: string): Promise<number> {
  if (!/^[\w-]+$/.test(prefix)) throw new Error(`refusing to remove keys of the prefix ${JSON.stringify(prefix)}`);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  let removed = 0;
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1_000);
      cursor = next;
      if (keys.length) removed += await redis.unlink(...keys);
    } while (cursor !== "0");
  } finally {
    await redis.quit().catch(() => undefined);
  }
  return removed;
}
