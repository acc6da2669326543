import { DelayedError, type Job, type Processor, WaitingError, Worker, type WorkerOptions } from "bullmq";
import { config } from "../server/config.ts";
import { errorFields, log } from "../server/logger.ts";
import { BackToQueue, RetryAt, startDraining, stopDraining } from "../server/queues/control.ts";
import { JOBS, type JobKey, type JobPayload, type QueueName } from "../server/queues/definitions.ts";
import { createRedis } from "../server/redis.ts";

/**
 * A job processor. `signal` aborts when the worker shuts down and the job
 * overstays the grace period: a processor that has not done anything
 * irreversible yet throws BackToQueue (see server/queues/control.ts).
 */
export type JobHandler<K extends JobKey> = (payload: JobPayload<K>, job: Job, signal: AbortSignal) => Promise<unknown>;

/** How long in-flight jobs may take to finish at shutdown before they are asked to stop. */
export const SHUTDOWN_GRACE_MS = 8_000;

/**
 * One BullMQ worker per queue. Each job's payload is validated against its
 * schema before the processor sees it; an invalid payload fails the job
 * without retries (it would never succeed). RetryAt and BackToQueue move the
 * job without using up an attempt.
 */
export function runQueue(
  queue: QueueName,
  handlers: Partial<{ [K in JobKey]: JobHandler<K> }>,
  concurrency = 4,
  options: Pick<WorkerOptions, "lockDuration" | "stalledInterval" | "maxStalledCount"> = {},
) {
  // A worker started in this process (again, in tests) is not shutting down.
  stopDraining();
  const connection = createRedis();
  const byName = new Map<string, { key: JobKey; handler: JobHandler<JobKey> }>();
  for (const [key, handler] of Object.entries(handlers) as [JobKey, JobHandler<JobKey>][]) {
    if (JOBS[key].queue !== queue) throw new Error(`job ${key} does not belong to queue ${queue}`);
    byName.set(JOBS[key].name, { key, handler });
  }
  // Three parameters: BullMQ then passes an AbortSignal (worker.cancelAllJobs at shutdown).
  const processor: Processor = async (job, token, signal) => {
    const entry = byName.get(job.name);
    if (!entry) throw new Error(`no processor for job ${job.name} on ${queue}`);
    const parsed = JOBS[entry.key].payload.safeParse(job.data);
    if (!parsed.success) {
      await job.discard();
      throw new Error(`invalid payload for ${job.name}: ${parsed.error.message}`);
    }
    try {
      return await entry.handler(parsed.data as JobPayload<JobKey>, job, signal ?? new AbortController().signal);
    } catch (error) {
      if (error instanceof RetryAt && token) {
        await job.moveToDelayed(error.at.getTime(), token);
        throw new DelayedError(error.message);
      }
      if (error instanceof BackToQueue && token) {
        await job.moveToWait(token);
        throw new WaitingError(error.message);
      }
      throw error;
    }
  };
  const worker = new Worker(queue, processor, {
    connection,
    prefix: `${config().REDIS_PREFIX}:bull`,
    concurrency,
    autorun: true,
    ...options,
  });
  // The stack stays with the kept failed job (admin page); one line here.
  worker.on("failed", (job, error) =>
    log.warn(`job ${job?.name} (${job?.id}) failed`, { attempt: job?.attemptsMade, error: error.message }),
  );
  worker.on("error", (error) => log.error(`worker ${queue} error`, errorFields(error)));
  return {
    worker,
    /** Stops taking jobs; waits for in-flight ones, asking them to stop after the grace period. */
    close: async (graceMs = SHUTDOWN_GRACE_MS) => {
      startDraining();
      const timer = setTimeout(() => worker.cancelAllJobs("shutdown"), graceMs);
      try {
        await worker.close();
      } finally {
        clearTimeout(timer);
      }
      await connection.quit().catch(() => undefined);
    },
  };
}
