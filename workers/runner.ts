import { type Job, type Processor, Worker, type WorkerOptions } from "bullmq";
import { config } from "../server/config.ts";
import { errorFields, log } from "../server/logger.ts";
import { JOBS, type JobKey, type JobPayload, type QueueName } from "../server/queues/definitions.ts";
import { createRedis } from "../server/redis.ts";

export type JobHandler<K extends JobKey> = (payload: JobPayload<K>, job: Job) => Promise<unknown>;

/**
 * One BullMQ worker per queue. Each job's payload is validated against its
 * schema before the processor sees it; an invalid payload fails the job
 * without retries (it would never succeed).
 */
export function runQueue(
  queue: QueueName,
  handlers: Partial<{ [K in JobKey]: JobHandler<K> }>,
  concurrency = 4,
  options: Pick<WorkerOptions, "lockDuration" | "stalledInterval" | "maxStalledCount"> = {},
) {
  const connection = createRedis();
  const byName = new Map<string, { key: JobKey; handler: JobHandler<JobKey> }>();
  for (const [key, handler] of Object.entries(handlers) as [JobKey, JobHandler<JobKey>][]) {
    if (JOBS[key].queue !== queue) throw new Error(`job ${key} does not belong to queue ${queue}`);
    byName.set(JOBS[key].name, { key, handler });
  }
  const processor: Processor = async (job) => {
    const entry = byName.get(job.name);
    if (!entry) throw new Error(`no processor for job ${job.name} on ${queue}`);
    const parsed = JOBS[entry.key].payload.safeParse(job.data);
    if (!parsed.success) {
      await job.discard();
      throw new Error(`invalid payload for ${job.name}: ${parsed.error.message}`);
    }
    return entry.handler(parsed.data as JobPayload<JobKey>, job);
  };
  const worker = new Worker(queue, processor, {
    connection,
    prefix: `${config().REDIS_PREFIX}:bull`,
    concurrency,
    autorun: true,
    ...options,
  });
  worker.on("failed", (job, error) => log.warn(`job ${job?.name} (${job?.id}) failed`, { attempt: job?.attemptsMade, ...errorFields(error) }));
  worker.on("error", (error) => log.error(`worker ${queue} error`, errorFields(error)));
  return {
    worker,
    close: async () => {
      await worker.close();
      await connection.quit().catch(() => undefined);
    },
  };
}
