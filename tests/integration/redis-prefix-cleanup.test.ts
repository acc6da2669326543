/**
 * After each test file its Redis keys go (tests/setup/per-file.ts, decision 294): every key of the
 * file's own prefix, and nothing of a neighbour's (another file's, a longer prefix that starts the same,
 * a walk server's) on the shared Redis.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { removePrefixedKeys } from "../setup/redis-prefix.ts";

const url = process.env.REDIS_URL!;
const redis = new Redis(url);
const prefix = `t${randomBytes(6).toString("hex")}`;
const ours = [`${prefix}:bull:events:stalled-check`, `${prefix}:presence:u1`, `${prefix}:rl:login:1.2.3.4`];
const theirs = [`${prefix}x:bull:events:id`, `${prefix}`, `x${prefix}:presence:u1`, `${prefix}_search`];

afterAll(async () => {
  await redis.unlink(...ours, ...theirs);
  await redis.quit();
});

describe("a test file's Redis keys", () => {
  it("are all removed, and only they, also past one SCAN page", async () => {
    const many = Array.from({ length: 2_500 }, (_, i) => `${prefix}:bull:events:${i}`);
    await redis.mset(...[...ours, ...theirs, ...many].flatMap((key) => [key, "1"]));
    expect(await removePrefixedKeys(url, prefix)).toBe(ours.length + many.length);
    expect(await redis.exists(...ours, ...many)).toBe(0);
    expect(await redis.exists(...theirs)).toBe(theirs.length);
  });

  it("refuses a prefix with glob characters, which would match other prefixes", async () => {
    await expect(removePrefixedKeys(url, "t*")).rejects.toThrow(/refusing/);
    await expect(removePrefixedKeys(url, "")).rejects.toThrow(/refusing/);
  });
});
