/**
 * The services a benchmark runs on, in one place: DATABASE_URL and REDIS_URL
 * when they are set (shared services: only a fresh database is made, migrated
 * and dropped), else embedded PostgreSQL and Redis under .data/bench, like
 * npm start. `release()` drops the database and stops what was started.
 */
import path from "node:path";
import pg from "pg";
import { type Service, startEmbeddedPostgres, startLocalRedis } from "../scripts/lib/services.ts";
import { applyMigrations } from "../server/db/migrate.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

export type BenchServices = {
  /** The new, migrated database. */
  databaseUrl: string;
  redisUrl: string;
  /** A connection to the server's maintenance database (for SHOW server_version and the like). */
  admin: pg.Client;
  release: () => Promise<void>;
};

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function provisionBench(
  database: string,
  say: (line: string) => void = () => undefined,
  options: { keep?: boolean } = {},
): Promise<BenchServices> {
  const services: Service[] = [];
  let adminUrl = process.env.DATABASE_URL;
  let redisUrl = process.env.REDIS_URL;
  if (!adminUrl) {
    const service = await startEmbeddedPostgres(path.join(ROOT, ".data/bench"), say);
    services.push(service);
    adminUrl = service.url;
  }
  if (!redisUrl) {
    const service = await startLocalRedis(path.join(ROOT, ".data/bench"), say);
    services.push(service);
    redisUrl = service.url;
  }
  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, "postgres") });
  await admin.connect();
  // A name given by hand (BENCH_DATABASE) may be left from an earlier run.
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${database}"`);
  const databaseUrl = withDatabase(adminUrl, database);
  const release = async () => {
    if (options.keep) say(`kept database ${database}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    for (const service of services.reverse()) await service.stop();
  };
  try {
    await applyMigrations(databaseUrl);
  } catch (error) {
    await release();
    throw error;
  }
  return { databaseUrl, redisUrl, admin, release };
}
