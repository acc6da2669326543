/**
 * Every test file gets its own database, cloned from the migrated template,
 * and its own Redis key prefix, so files run in parallel without sharing data.
 */
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "../../server/db.ts";
import { adminUrl, redisPrefix, redisUrl, suffix, useTestEnvironment } from "./environment.ts";
import { removePrefixedKeys } from "./redis-prefix.ts";

const template = inject("templateDatabase");
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
useTestEnvironment(database);

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
