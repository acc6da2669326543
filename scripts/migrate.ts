/**
 * npm run db:migrate                 apply committed migrations to DATABASE_URL
 * npm run db:migration:create <name> write prisma/migrations/<timestamp>_<name>/migration.sql
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import "dotenv/config";
import { applyMigrations, MIGRATIONS_DIR } from "../server/db/migrate.ts";

const [command, name] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

if (command === "deploy") {
  const applied = await applyMigrations(databaseUrl, { log: console.log });
  console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
} else if (command === "create") {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migration:create <name_in_snake_case>");
    process.exit(2);
  }
  const { diffMigrationsToSchema, LOCKFILE } = await import("./migration-engine.ts");
  const sql = await diffMigrationsToSchema(databaseUrl);
  if (!sql.trim()) {
    console.log("prisma/schema matches the migrations: nothing to write");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), LOCKFILE);
    console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} else {
  console.error("usage: tsx scripts/migrate.ts deploy | create <name>");
  process.exit(2);
}
