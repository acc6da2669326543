/**
 * Issue 15, F15: with Redis unreachable, the rate limits count in memory
 * (login and search keep working, still limited, with a warning) and a
 * data-export request answers instead of hanging. Uses a PRIVATE
 * redis-server on a free port (scripts/lib/services.ts) that this file
 * stops; the shared Redis is never touched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { type Service, startLocalRedis } from "../../scripts/lib/services.ts";
import { resetConfigForTests } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { requestExport } from "../../server/privacy/export.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { searchLimit } from "../../server/security/limits.ts";
import { closeRateLimits } from "../../server/security/rate-limit.ts";
import { createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

let redis: Service;
let dataDir: string;
const sharedRedisUrl = process.env.REDIS_URL;
const settle = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms))]);

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "pp-redis-outage-"));
  redis = await startLocalRedis(dataDir);
  await closeRateLimits();
  await closeQueues();
  process.env.REDIS_URL = redis.url;
  resetConfigForTests();
});

afterAll(async () => {
  await settle(closeRateLimits(), 5_000);
  await settle(closeQueues(), 5_000);
  await redis.stop();
  process.env.REDIS_URL = sharedRedisUrl;
  resetConfigForTests();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a Redis outage", () => {
  it("leaves login, search and the data-export request working", { timeout: 60_000 }, async () => {
    const user = await createUser();
    // Up: the limit counts in Redis.
    expect((await searchLimit().check("outage-probe")).allowed).toBe(true);

    await redis.stop();

    // Down: the read still answers (counted in this process), login still logs in.
    const search = await searchLimit().check("outage-probe");
    expect(search.allowed).toBe(true);
    const login = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD }));
    expect(login.status).toBe(302);
    // Still limited in memory: past the limit a visitor is refused, with a wait.
    let refused = null as null | { retryAfterMs: number };
    for (let i = 0; i < 200 && !refused; i++) {
      const result = await searchLimit().check("outage-flood");
      if (!result.allowed) refused = result;
    }
    expect(refused?.retryAfterMs).toBeGreaterThan(0);

    // The export request answers: failed for now, so the member can try again later.
    const exported = await requestExport(user.id);
    expect(exported.status).toBe("FAILED");
    expect(await db().dataExport.count({ where: { userId: user.id, status: { in: ["QUEUED", "RUNNING"] } } })).toBe(0);
  });
});
