/**
 * Every test file gets its own database, cloned from the migrated template,
 * and its own Redis key prefix, so files run in parallel without sharing data.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { resetConfigForTests } from "../../server/config.ts";
import { disconnectDb } from "../../server/db.ts";
import { removePrefixedKeys } from "./redis-prefix.ts";

const adminUrl = inject("adminDatabaseUrl");
const redisUrl = inject("redisUrl");
const template = inject("templateDatabase");
const suffix = randomBytes(6).toString("hex");
const database = `pp_t_${suffix}`;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

await admin((client) => client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`));

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
// Related results' time budget (decision 250) is for production timing; tests check what they show, not how fast.
process.env.SEARCH_RELATED_BUDGET_MS ??= "5000";
process.env.REDIS_URL = redisUrl;
const redisPrefix = `t${suffix}`;
process.env.REDIS_PREFIX = redisPrefix;
process.env.NODE_ENV = "test";
// The same secret in the test process and the servers it starts, so test sessions work in both.
process.env.SESSION_SECRET = "test-session-secret-for-end-to-end-tests";
process.env.TOKEN_SECRET = "test-token-secret-for-end-to-end-tests-0123";
process.env.LOG_LEVEL ??= "warn";
process.env.DATA_DIR = `.data/test/files-${suffix}`;
resetConfigForTests();

// Domain events run their processors in this process right after each commit, so a command's
// consequences (notifications, audit lines, index jobs, broadcasts) are done when it returns.
// Servers and workers started as child processes use the queue, as in production
// (tests/helpers/events.ts; the kill -9 tests in tests/integration/outbox-crash.test.ts).
const { dispatchEventsInline } = await import("../../server/events/relay.ts");
dispatchEventsInline();

// Runs after the file's own afterAll hooks (vitest runs them in reverse), once its servers and workers are stopped.
afterAll(async () => {
  await disconnectDb();
  await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  await removePrefixedKeys(redisUrl, redisPrefix);
});
