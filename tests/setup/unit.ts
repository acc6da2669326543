/**
 * Unit files (tests/unit, app/**\/*.test.ts) test code without a database or
 * domain events (decision 301): they get the test environment and a Redis
 * prefix of their own, but no cloned database and no event processors, which
 * took most of such a file's time. DATABASE_URL names a database that does
 * not exist, so a unit file that reaches PostgreSQL fails at once, saying so:
 * it belongs in tests/integration.
 */
import { afterAll } from "vitest";
import { redisPrefix, redisUrl, useTestEnvironment } from "./environment.ts";
import { removePrefixedKeys } from "./redis-prefix.ts";

useTestEnvironment("pp_no_database_in_unit_tests");

afterAll(() => removePrefixedKeys(redisUrl, redisPrefix));
