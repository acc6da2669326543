/**
 * A web instance without the Remix app: HTTP + socket.io with every realtime
 * feature, for realtime tests that need no build (start it with
 * startAppServer({ entry: "tests/helpers/realtime-entry.ts" })).
 */
import { createServer } from "node:http";
import { config } from "../../server/config.ts";
import { disconnectDb } from "../../server/db.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { registerRealtimeFeatures } from "../../server/realtime/features.ts";
import { createRealtime } from "../../server/realtime/server.ts";
import { Shutdown, ShutdownOrder } from "../../server/shutdown.ts";

const httpServer = createServer((_req, res) => {
  res.statusCode = 404;
  res.end();
});
registerRealtimeFeatures();
const realtime = createRealtime(httpServer);
const shutdown = new Shutdown();
shutdown.add("http", ShutdownOrder.STOP_ACCEPTING, () => {
  httpServer.close();
  httpServer.closeIdleConnections();
});
shutdown.add("socket.io", ShutdownOrder.DRAIN, () => realtime.close());
shutdown.add("queues", ShutdownOrder.CONNECTIONS, () => closeQueues());
shutdown.add("database", ShutdownOrder.CONNECTIONS, () => disconnectDb());
shutdown.onSignals();
httpServer.listen(config().PORT, config().HOST, () => {
  const address = httpServer.address();
  process.send?.({ type: "listening", port: typeof address === "object" && address ? address.port : config().PORT });
});
