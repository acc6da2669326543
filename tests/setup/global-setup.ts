/**
 * Runs once per `npm test`: finds PostgreSQL and Redis (DATABASE_URL /
 * REDIS_URL, or provisions the embedded ones under .data/test as `npm start`
 * does), migrates a template database that every test file clones, and builds
 * the app for the end-to-end tests.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrations } from "../../server/db/migrate.ts";
import { type Service, startEmbeddedPostgres, startLocalRedis } from "../../scripts/lib/services.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
    redisUrl: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function prepareTemplate(adminUrl: string): Promise<string> {
  const hash = createHash("sha256");
  for (const migration of readMigrations()) hash.update(migration.name).update(migration.checksum);
  const name = `pp_tpl_${hash.digest("hex").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Serialise concurrent test runs on one server (several checkouts, CI).
    await admin.query("SELECT pg_advisory_lock(4242001)");
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      await applyMigrations(withDatabase(adminUrl, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
    await admin.query("SELECT pg_advisory_unlock(4242001)");
  } finally {
    await admin.end();
  }
  return name;
}

/**
 * Builds only when end-to-end tests may run: no file filters on the command
 * line (`vitest run`), or a filter that names an e2e file or folder. Vitest 4
 * does not expose its CLI filters to global setup, so read them from argv.
 */
function wantsE2E(): boolean {
  const args = process.argv.slice(2);
  const filters = args.filter(
    (arg, index) => !arg.startsWith("-") && !["run", "watch", "dev", "related"].includes(arg) && !args[index - 1]?.startsWith("--"),
  );
  return filters.length === 0 || filters.some((filter) => filter.includes("e2e"));
}

export default async function setup(project: TestProject) {
  const started: Service[] = [];
  let adminUrl = process.env.DATABASE_URL;
  let redisUrl = process.env.REDIS_URL;
  const dataDir = path.join(ROOT, ".data/test");
  if (!adminUrl) {
    const service = await startEmbeddedPostgres(dataDir);
    started.push(service);
    adminUrl = service.url;
  } else {
    adminUrl = withDatabase(adminUrl, "postgres");
  }
  if (!redisUrl) {
    const service = await startLocalRedis(dataDir);
    started.push(service);
    redisUrl = service.url;
  }
  const templateDatabase = await prepareTemplate(adminUrl);
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);
  project.provide("redisUrl", redisUrl);

  if (wantsE2E() && process.env.SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["remix", "vite:build"], {
      cwd: ROOT,
      stdio: "pipe",
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error(`remix vite:build failed:\n${build.stdout}\n${build.stderr}`);
  }

  return async () => {
    for (const service of started.reverse()) await service.stop();
  };
}
