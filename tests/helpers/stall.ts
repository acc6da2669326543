import type { WorkerOptions } from "bullmq";

/**
 * Lock and stalled-check timing for tests that kill a worker and let another take its jobs over
 * soon (production keeps BullMQ's 30 s). Every worker on a queue in one file must use the same:
 * the stalled check is one lease per queue in Redis, held for the checking worker's own interval
 * (decision 294). On a loaded machine a short lock can lapse while its worker is alive, so a job
 * may stall more than once without failing for it.
 */
export function shortStall(lockDuration: number): Pick<WorkerOptions, "lockDuration" | "stalledInterval" | "maxStalledCount"> {
  return { lockDuration, stalledInterval: lockDuration / 2, maxStalledCount: 1_000 };
}
