/**
 * A web instance: Remix over HTTP and socket.io on the same port, with an
 * ordered shutdown on SIGTERM. `--dev` serves the app through Vite.
 */
import { createServer } from "node:http";
import { closePublicDataCache } from "./cache/public-data.ts";
import { config, ConfigError } from "./config.ts";
import { disconnectDb, warmDb } from "./db.ts";
import { createExpressApp } from "./http/app.ts";
import { errorFields, log } from "./logger.ts";
import { closeNotificationsRedis } from "./notifications/live.ts";
import { closeQueues } from "./queues/producer.ts";
import { createRealtime } from "./realtime/server.ts";
import { closeRealtimeFeatures, registerRealtimeFeatures } from "./realtime/features.ts";
import { closeSearchEngine } from "./search/engine.ts";
import { dutchDictionary } from "./search/language/dictionary.ts";
import { Shutdown, ShutdownOrder } from "./shutdown.ts";

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
  const dev = process.argv.includes("--dev");
  const shutdown = new Shutdown();
  const { app, vite } = await createExpressApp({ dev });
  const httpServer = createServer(app);
  registerRealtimeFeatures();
  const realtime = createRealtime(httpServer);

  shutdown.add("http: stop accepting", ShutdownOrder.STOP_ACCEPTING, () => {
    httpServer.close();
    httpServer.closeIdleConnections();
  });
  shutdown.add("socket.io", ShutdownOrder.DRAIN, () => realtime.close());
  if (vite) shutdown.add("vite", ShutdownOrder.DRAIN, () => vite.close());
  shutdown.add("queues", ShutdownOrder.CONNECTIONS, () => closeQueues());
  shutdown.add("notifications redis", ShutdownOrder.CONNECTIONS, () => closeNotificationsRedis());
  shutdown.add("public data cache", ShutdownOrder.CONNECTIONS, () => closePublicDataCache());
  shutdown.add("realtime features", ShutdownOrder.CONNECTIONS, () => closeRealtimeFeatures());
  shutdown.add("search", ShutdownOrder.CONNECTIONS, () => closeSearchEngine());
  shutdown.add("database", ShutdownOrder.CONNECTIONS, () => disconnectDb());
  shutdown.onSignals();
  // Search's Dutch word list takes about a second to read: at start, not during the first search.
  setTimeout(() => dutchDictionary(), 0).unref();

  // Prisma's query compiler now, not inside the first request or socket event (decision 247).
  await warmDb();

  const { PORT, HOST, APP_URL } = config();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(PORT, HOST, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : PORT;
  log.info(`Praktijkplein listening on ${port === PORT ? APP_URL : `http://localhost:${port}`}`, { port });
  process.send?.({ type: "listening", port });
}

main().catch((error: unknown) => {
  if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") {
    process.stderr.write(`Port ${config().PORT} is already in use; set PORT to another port.\n`);
  } else {
    log.error("could not start", errorFields(error));
  }
  process.exit(1);
});
