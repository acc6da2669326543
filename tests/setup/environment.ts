/**
 * The environment every test file runs in (set up by tests/setup/per-file.ts,
 * or tests/setup/unit.ts for files without a database): its own database URL
 * and Redis key prefix, test secrets, and the configuration read again.
 */
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { resetConfigForTests } from "../../server/config.ts";

export const adminUrl = inject("adminDatabaseUrl");
export const redisUrl = inject("redisUrl");
/** This file's own suffix: its database (pp_t_<suffix>), Redis prefix (t<suffix>) and file directory. */
export const suffix = randomBytes(6).toString("hex");
export const redisPrefix = `t${suffix}`;

/** The admin URL with another database name. */
export function databaseUrl(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function useTestEnvironment(database: string): void {
  process.env.DATABASE_URL = databaseUrl(database);
  // Related results' time budget (decision 250) is for production timing; tests check what they show, not how fast.
  process.env.SEARCH_RELATED_BUDGET_MS ??= "5000";
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_PREFIX = redisPrefix;
  process.env.NODE_ENV = "test";
  // The same secret in the test process and the servers it starts, so test sessions work in both.
  process.env.SESSION_SECRET = "test-session-secret-for-end-to-end-tests";
  process.env.TOKEN_SECRET = "test-token-secret-for-end-to-end-tests-0123";
  process.env.LOG_LEVEL ??= "warn";
  process.env.DATA_DIR = `.data/test/files-${suffix}`;
  resetConfigForTests();
}
