/**
 * The container entry point of the web service (docker-compose.yml): apply
 * migrations, seed demo content into an empty database when SEED_DEMO=true,
 * then run the web tier: WEB_CONCURRENCY web processes on one port (default
 * one per core, server/cluster.ts).
 */
import { spawnSync } from "node:child_process";
import { applyMigrations } from "../server/db/migrate.ts";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write("Configuration error: DATABASE_URL is not set; expected a PostgreSQL URL.\n");
  process.exit(1);
}
await applyMigrations(databaseUrl, { log: (line) => process.stdout.write(`${line}\n`) });
if (process.env.SEED_DEMO === "true") {
  const seed = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts", "--if-empty"], { stdio: "inherit" });
  if (seed.status !== 0) process.exit(seed.status ?? 1);
}
const { runWebCluster } = await import("../server/cluster.ts");
await runWebCluster();
