/**
 * The web tier on every core (issue 17.1, docs/decisions/118): a node:cluster
 * primary that runs WEB_CONCURRENCY web processes (server/main.ts, default
 * one per core) on one port. The primary accepts connections and hands them
 * to the processes in turn; socket.io needs no sticky sessions because it
 * runs websocket-only with the Redis adapter, so a message crosses processes
 * as it crosses instances. A process that dies is started again with
 * back-off; SIGTERM or SIGINT stops every process with its own ordered
 * shutdown (server/shutdown.ts), then the primary. Workers (workers/main.ts)
 * stay separate processes.
 *
 * Used by `npm start` (scripts/start.ts) and `npm run serve:production`.
 * Tells its parent `{ type: "listening", port, processes }` once every web
 * process listens.
 */
import cluster, { type Worker } from "node:cluster";
import path from "node:path";
import { ConfigError, parseConfig } from "./config.ts";

/** Exit code for a configuration error (EX_CONFIG): `npm start` stops instead of restarting. */
export const EXIT_CONFIG = 78;

const say = (line: string) => process.stdout.write(`[web] ${line}\n`);

/** Restarts within this window count as a crash loop and wait longer each time. */
const STABLE_AFTER_MS = 30_000;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
const STOP_TIMEOUT_MS = 30_000;

/** How long to wait before starting a process again after `recentCrashes` crashes in a row. */
export function restartDelay(recentCrashes: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, recentCrashes - 1));
}

export async function runWebCluster(options: { dev?: boolean } = {}): Promise<void> {
  // A bad configuration stops here with one line, not in every web process over and over.
  let concurrency: number;
  try {
    concurrency = parseConfig().WEB_CONCURRENCY;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT_CONFIG);
  }
  cluster.setupPrimary({
    exec: path.join(import.meta.dirname, "main.ts"),
    args: options.dev ? ["--dev"] : [],
    execArgv: ["--import", "tsx"],
  });

  let stopping = false;
  let crashes = 0;
  let lastCrashAt = 0;
  const listening = new Set<number>();
  let announced = false;
  const slots = new Map<Worker, number>();

  const start = (slot: number) => {
    const worker = cluster.fork({ WEB_PROCESS: String(slot) });
    slots.set(worker, slot);
    worker.on("message", (message: { type?: string; port?: number }) => {
      if (message?.type !== "listening") return;
      listening.add(slot);
      say(`web process ${slot} (pid ${worker.process.pid}) listening on port ${message.port}`);
      if (!announced && listening.size === concurrency) {
        announced = true;
        process.send?.({ type: "listening", port: message.port, processes: concurrency });
      }
    });
    worker.on("exit", (code, signal) => {
      slots.delete(worker);
      listening.delete(slot);
      if (stopping) return;
      const now = Date.now();
      crashes = now - lastCrashAt > STABLE_AFTER_MS ? 1 : crashes + 1;
      lastCrashAt = now;
      const delay = restartDelay(crashes);
      say(`web process ${slot} stopped (${signal ?? `exit code ${code}`}); starting it again in ${delay} ms`);
      setTimeout(() => {
        if (!stopping) start(slot);
      }, delay).unref();
    });
  };

  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`stopping ${slots.size} web process(es) (${signal})`);
    await Promise.all(
      [...slots.keys()].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.process.exitCode !== null || worker.process.signalCode !== null) return resolve();
            worker.once("exit", () => resolve());
            worker.process.kill("SIGTERM");
            setTimeout(() => worker.process.kill("SIGKILL"), STOP_TIMEOUT_MS).unref();
          }),
      ),
    );
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
  // The parent went away (npm start killed hard): do not leave web processes behind.
  process.on("disconnect", () => void stop("SIGTERM"));

  say(`starting ${concurrency} web process(es)`);
  for (let slot = 1; slot <= concurrency; slot++) start(slot);
}

if (cluster.isPrimary && process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void runWebCluster({ dev: process.argv.includes("--dev") });
}
