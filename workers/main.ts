/**
 * The worker process: BullMQ processors, no HTTP. Queues are registered in
 * server/queues; each job has one processor in workers/jobs.
 */
import { readdirSync } from "node:fs";
import os from "node:os";
import { config, ConfigError } from "../server/config.ts";
import { disconnectDb } from "../server/db.ts";
import { errorFields, log } from "../server/logger.ts";
import { closePublicDataCache } from "../server/cache/public-data.ts";
import { closeMailTransport } from "../server/mail/transport.ts";
import { closeNotificationsRedis } from "../server/notifications/live.ts";
import { Shutdown, ShutdownOrder } from "../server/shutdown.ts";
import { startWorkers } from "./registry.ts";

/**
 * Lowers the priority of every thread of this process (Linux sets niceness per thread; threads started
 * later inherit it from the one that starts them). Only ever lowers it, which needs no privilege.
 */
function giveWay(nice: number): void {
  if (nice === 0) return;
  let threads = [0];
  try {
    threads = readdirSync("/proc/self/task").map(Number);
  } catch {
    // Not Linux: the process's own priority only.
  }
  for (const thread of threads) {
    try {
      if (os.getPriority(thread) < nice) os.setPriority(thread, nice);
    } catch {
      // A thread that ended meanwhile, or a system that refuses: the worker runs at normal priority.
    }
  }
}

async function main() {
  try {
    config();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  giveWay(config().WORKER_NICE);
  const shutdown = new Shutdown();
  const running = await startWorkers();
  // In-flight jobs finish (or return to the queue when the time limit passes) before connections close.
  shutdown.add("workers", ShutdownOrder.DRAIN, () => running.close());
  shutdown.add("mail transport", ShutdownOrder.CONNECTIONS, () => closeMailTransport());
  shutdown.add("notifications redis", ShutdownOrder.CONNECTIONS, () => closeNotificationsRedis());
  shutdown.add("public data cache", ShutdownOrder.CONNECTIONS, () => closePublicDataCache());
  shutdown.add("database", ShutdownOrder.CONNECTIONS, () => disconnectDb());
  shutdown.onSignals();
  log.info(`worker started (${running.names.join(", ") || "no queues yet"})`);
}

main().catch((error: unknown) => {
  log.error("worker could not start", errorFields(error));
  process.exit(1);
});
