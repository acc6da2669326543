/**
 * A web instance without the Remix app: HTTP + socket.io with every realtime
 * feature, for realtime tests that need no build (start it with
 * startAppServer({ entry: "tests/helpers/realtime-entry.ts" })). It runs the
 * domain events' processors itself, right after each commit (no worker), unless
 * EVENTS_DISPATCH=queue.
 */
import { createServer } from "node:http";
import { config } from "../../server/config.ts";
import { dispatchEventsInline } from "../../server/events/relay.ts";
import { disconnectDb, warmDb } from "../../server/db.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import { registerRealtimeFeatures } from "../../server/realtime/features.ts";
import { createRealtime } from "../../server/realtime/server.ts";
import { Shutdown, ShutdownOrder } from "../../server/shutdown.ts";
import { answerEventLoopProbe } from "./event-loop-probe.ts";

const httpServer = createServer((_req, res) => {
  res.statusCode = 404;
  res.end();
});
if (process.env.EVENTS_DISPATCH !== "queue") dispatchEventsInline();
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
answerEventLoopProbe();
// As server/main.ts: Prisma's query compiler before the first socket event (decision 247).
await warmDb();
httpServer.listen(config().PORT, config().HOST, () => {
  const address = httpServer.address();
  process.send?.({ type: "listening", port: typeof address === "object" && address ? address.port : config().PORT });
});
