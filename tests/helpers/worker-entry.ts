/**
 * A worker process for end-to-end tests: every queue's processors (domain
 * events included), without the repeatable schedules (digests, reminders),
 * which would act on a test's data at random moments. Started beside the web
 * server by tests/helpers/app-server.ts. TEST_LOCK_MS: short lock and stalled-check
 * timing on every queue, for tests that kill a worker (workers/registry.ts).
 */
import { disconnectDb } from "../../server/db.ts";
import { closeMailTransport } from "../../server/mail/transport.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { Shutdown, ShutdownOrder } from "../../server/shutdown.ts";
import { startWorkers } from "../../workers/registry.ts";
import { shortStall } from "./stall.ts";

const lockDuration = Number(process.env.TEST_LOCK_MS) || undefined;
const running = await startWorkers({
  schedule: false,
  ...(lockDuration ? { stall: shortStall(lockDuration) } : {}),
});
const shutdown = new Shutdown();
shutdown.add("workers", ShutdownOrder.DRAIN, () => running.close(2_000));
shutdown.add("mail transport", ShutdownOrder.CONNECTIONS, () => closeMailTransport());
shutdown.add("notifications redis", ShutdownOrder.CONNECTIONS, () => closeNotificationsRedis());
shutdown.add("database", ShutdownOrder.CONNECTIONS, () => disconnectDb());
shutdown.onSignals();
// A test that ends (or dies) without stopping us must not leave a worker behind.
process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
process.send?.({ type: "ready" });
