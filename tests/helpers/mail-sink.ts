/**
 * The one set-up of a mail test file (decision 262): in beforeAll a mail sink
 * that the app's mail transport sends to (startMailSink in ./smtp.ts) and, when
 * asked, the mail workers in this process; in afterAll the workers, this
 * process's queue and Redis clients and the sink closed. The sink is returned
 * at once and listens from beforeAll on:
 *
 *   const sink = useMailSink({ mailWorkers: 4, clearEach: true });
 *   await sink.waitForTo("lid@praktijkplein.test");
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { closePublisher } from "../../server/collab/relay.ts";
import { closeNotificationsRedis } from "../../server/notifications/live.ts";
import { closeQueues } from "../../server/queues/producer.ts";
import type { RunningWorkers } from "../../workers/registry.ts";
import { newSmtpSink, type SmtpSink, startMailSink } from "./smtp.ts";

export function useMailSink(
  options: {
    /** Start the workers (no schedules) with this many mail jobs at once; none when left out. */
    mailWorkers?: number;
    /** Empty the sink and make it accept mail again before each test. */
    clearEach?: boolean;
    /** LOG_LEVEL for this process, set before the sink and workers start. */
    logLevel?: string;
  } = {},
): SmtpSink {
  const sink = newSmtpSink();
  let workers: RunningWorkers | undefined;

  beforeAll(async () => {
    if (options.logLevel) process.env.LOG_LEVEL = options.logLevel;
    await startMailSink(sink);
    if (options.mailWorkers !== undefined) {
      // Imported here: a file without workers does not load every processor.
      const { startWorkers } = await import("../../workers/registry.ts");
      workers = await startWorkers({ schedule: false, mailConcurrency: options.mailWorkers });
    }
  });

  if (options.clearEach) {
    beforeEach(() => {
      sink.messages.length = 0;
      sink.failing = false;
    });
  }

  afterAll(async () => {
    await workers?.close();
    await Promise.all([closeQueues(), closeNotificationsRedis(), closePublisher()]);
    await sink.close();
  });

  return sink;
}
