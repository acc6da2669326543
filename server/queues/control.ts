import { UnrecoverableError } from "bullmq";

/**
 * Errors a job processor throws to steer its job instead of failing it; the
 * runner (workers/runner.ts) turns them into BullMQ moves that do not use up
 * an attempt.
 */

/** Try again at `at` (for example: another worker holds the claim). */
export class RetryAt extends Error {
  constructor(
    readonly at: Date,
    reason = "retry later",
  ) {
    super(reason);
    this.name = "RetryAt";
  }
}

/** The worker is shutting down before the job did anything irreversible: put it back in the queue. */
export class BackToQueue extends Error {
  constructor(reason = "returned to the queue") {
    super(reason);
    this.name = "BackToQueue";
  }
}

/** Throws BackToQueue when the worker asked in-flight jobs to stop. */
export function checkpoint(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BackToQueue();
}

/**
 * The job must not run again by itself: an administrator decides (the failed
 * job is kept and shown on /beheer/wachtrijen; "retry" there is that decision).
 * For example a mail whose hand-over was interrupted and may have arrived.
 */
export class NeedsDecision extends UnrecoverableError {
  constructor(reason: string) {
    super(reason);
    this.name = "NeedsDecision";
  }
}

const draining = { value: false };

/**
 * The worker process is shutting down: jobs in flight finish, but a job that
 * works through many items (a digest batch, decision 276) starts no new ones
 * and returns the rest to the queue. Set by the runner when it closes.
 */
export function startDraining(): void {
  draining.value = true;
}

export function isDraining(): boolean {
  return draining.value;
}

/** For tests that start workers again in the same process. */
export function stopDraining(): void {
  draining.value = false;
}
