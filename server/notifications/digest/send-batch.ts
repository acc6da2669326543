/**
 * The send-digest-batch job (decision 276): the digests of several members
 * for one period in one job, so BullMQ's per-job work (fetching, locking,
 * completing: Redis round trips and Lua scripts) is paid once per batch, not
 * once per member. Each member's digest is exactly the send-digest job's
 * (`sendDigest`): its own MailDelivery claim, hand-over marker and outcome,
 * so exactly once stays per member (decisions 031, 130):
 *
 * - a retried batch (a crash, a stalled lock, a shutdown) finds the members
 *   already sent by their delivery rows and sends them nothing;
 * - a member the batch cannot finish (the SMTP server refused, another worker
 *   holds the claim, a hand-over that may have arrived) gets a send-digest job
 *   of their own with the id `digest-<userId>-<periodKey>`: retried with
 *   backoff, delayed until the other claim's lease ends, or kept as a failed
 *   job for an administrator to decide on, exactly as before batches;
 * - at shutdown a batch that has not started goes back to the queue whole;
 *   one that has started finishes its members (a member not yet handed over
 *   when the grace period ends goes back with the batch).
 *
 * A batch's members go together (decision 283): they start at once in a
 * scope of their own (scope.ts), so their member rows, claims, sections and
 * hand-overs are one statement each for the whole batch, and their sections
 * do not wait for another batch's members. A process runs
 * ceil(MAIL_CONCURRENCY / DIGEST_BATCH_SIZE) batches at once (its lanes; two
 * by default): while one batch waits for PostgreSQL or the SMTP server,
 * another renders.
 */
import { config } from "../../config.ts";
import { log } from "../../logger.ts";
import { BackToQueue, isDraining, RetryAt } from "../../queues/control.ts";
import { enqueueBulk } from "../../queues/producer.ts";
import { singleton } from "../../singleton.ts";
import { digestKey } from "../keys.ts";
import { DIGEST_BATCH_SIZE } from "./schedule.ts";
import { batchScope } from "./scope.ts";
import { type DigestResult, type SendDigestInput, sendDigest } from "./send.ts";

export type SendDigestBatchInput = Omit<SendDigestInput, "userId"> & { userIds: string[] };

/** How long a member's own job waits after an ordinary failure (the first step of the default backoff). */
const OWN_JOB_DELAY_MS = 2_000;

type Lanes = { free: number; waiting: (() => void)[] };

/** Batches a process runs at once: as many as MAIL_CONCURRENCY digests fill, at least one. */
export function digestLanes(concurrency = config().MAIL_CONCURRENCY): number {
  return Math.max(1, Math.ceil(concurrency / DIGEST_BATCH_SIZE));
}

const lanes = () => singleton<Lanes>("digest-lanes", () => ({ free: digestLanes(), waiting: [] }));

async function inLane<T>(run: () => Promise<T>): Promise<T> {
  const state = lanes();
  if (state.free > 0) state.free--;
  else await new Promise<void>((resolve) => state.waiting.push(resolve));
  try {
    return await run();
  } finally {
    const next = state.waiting.shift();
    if (next) next();
    else state.free++;
  }
}

type MemberOutcome = { userId: string; result: DigestResult } | { userId: string; back: true } | { userId: string; error: unknown };

export async function sendDigestBatch(
  input: SendDigestBatchInput,
  signal?: AbortSignal,
): Promise<Partial<Record<DigestResult | "own-job", number>>> {
  const { userIds, ...period } = input;
  const outcomes = await inLane(() => {
    // Shutting down: a batch that has not started goes back whole.
    const back = isDraining() || signal?.aborted;
    const scope = batchScope();
    return Promise.all(
      [...new Set(userIds)].map(async (userId): Promise<MemberOutcome> => {
        if (back) return { userId, back: true };
        try {
          return { userId, result: await sendDigest({ ...period, userId }, signal, scope) };
        } catch (error) {
          if (error instanceof BackToQueue) return { userId, back: true };
          return { userId, error };
        }
      }),
    );
  });
  const counts: Partial<Record<DigestResult | "own-job", number>> = {};
  const failed = outcomes.filter((o): o is { userId: string; error: unknown } => "error" in o);
  for (const outcome of outcomes) if ("result" in outcome) counts[outcome.result] = (counts[outcome.result] ?? 0) + 1;
  if (failed.length) {
    // Each member the batch could not finish goes on in a job of their own (the id is the delivery key,
    // as the administrator's retry of an uncertain mail expects).
    await enqueueBulk(
      "sendDigest",
      failed.map(({ userId, error }) => ({
        payload: { ...period, userId },
        options: {
          jobId: digestKey(userId, period.periodKey),
          delay: error instanceof RetryAt ? Math.max(0, error.at.getTime() - Date.now()) : OWN_JOB_DELAY_MS,
        },
      })),
    );
    for (const { userId, error } of failed)
      log.warn(`digest ${digestKey(userId, period.periodKey)} continues in a job of its own`, {
        error: error instanceof Error ? error.message : String(error),
      });
    counts["own-job"] = failed.length;
  }
  if (outcomes.some((o) => "back" in o))
    throw new BackToQueue("the worker is shutting down; the batch's other members go back to the queue");
  return counts;
}
