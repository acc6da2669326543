import { type JobsOptions, Queue } from "bullmq";
import { config } from "../config.ts";
import { createRedis } from "../redis.ts";
import { peekSingleton, singleton, forgetSingleton } from "../singleton.ts";
import { DEFAULT_JOB_OPTIONS, JOBS, type JobKey, type JobPayload, type QueueName } from "./definitions.ts";

type Queues = Map<QueueName, Queue>;

function queues(): Queues {
  return singleton("queues", () => new Map<QueueName, Queue>());
}

export function queue(name: QueueName): Queue {
  const all = queues();
  let existing = all.get(name);
  if (!existing) {
    existing = new Queue(name, {
      connection: createRedis(),
      prefix: `${config().REDIS_PREFIX}:bull`,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    all.set(name, existing);
  }
  return existing;
}

/**
 * Adds a job after validating its payload. A `jobId` makes the job idempotent:
 * BullMQ ignores a second add with the same id while the first is kept.
 */
export async function enqueue<K extends JobKey>(key: K, payload: JobPayload<K>, options: JobsOptions = {}) {
  const job = JOBS[key];
  const data = job.payload.parse(payload);
  if (options.jobId?.includes(":")) throw new Error(`job id ${options.jobId} may not contain ':'`);
  return queue(job.queue).add(job.name, data, options);
}

/** Adds many jobs of one kind in one round trip, each validated like enqueue(). */
export async function enqueueBulk<K extends JobKey>(key: K, jobs: { payload: JobPayload<K>; options?: JobsOptions }[]) {
  const job = JOBS[key];
  const items = jobs.map(({ payload, options = {} }) => {
    if (options.jobId?.includes(":")) throw new Error(`job id ${options.jobId} may not contain ':'`);
    return { name: job.name, data: job.payload.parse(payload), opts: options };
  });
  return queue(job.queue).addBulk(items);
}

export async function closeQueues(): Promise<void> {
  const all = peekSingleton<Queues>("queues");
  if (!all) return;
  forgetSingleton("queues");
  await Promise.all(
    [...all.values()].map(async (q) => {
      const connection = await q.client;
      await q.close();
      await connection.quit().catch(() => undefined);
    }),
  );
}
