/**
 * The administrator's view of the queues: counts, failed jobs (kept for
 * inspection), retry and remove. Admins only; job data is never shown
 * (it may hold a token for a mail link).
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";
import { QUEUE_COUNT_STATES } from "~/shared/notifications.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { releaseUncertain } from "../mail/delivery.ts";
import { isAdmin } from "../moderation/roles.ts";
import { QUEUES, type QueueName } from "./definitions.ts";
import { queue } from "./producer.ts";

type Actor = { globalRole: GlobalRoleValue };

function requireAdmin(actor: Actor) {
  if (!isAdmin(actor)) throw forbidden();
}

function queueByName(name: string): QueueName {
  const found = Object.values(QUEUES).find((q) => q === name);
  if (!found) throw notFound();
  return found;
}

const FAILED_SHOWN = 50;

export async function queueOverview(actor: Actor) {
  requireAdmin(actor);
  return Promise.all(
    Object.values(QUEUES).map(async (name) => {
      const q = queue(name);
      const [counts, failed, schedulers] = await Promise.all([
        q.getJobCounts(...QUEUE_COUNT_STATES),
        q.getFailed(0, FAILED_SHOWN - 1),
        q.getJobSchedulers(),
      ]);
      return {
        name,
        counts: Object.fromEntries(QUEUE_COUNT_STATES.map((state) => [state, counts[state] ?? 0])) as Record<
          (typeof QUEUE_COUNT_STATES)[number],
          number
        >,
        failed: failed
          .filter((job) => job !== undefined)
          .map((job) => ({
            id: job.id ?? "",
            name: job.name,
            attempts: job.attemptsMade,
            reason: (job.failedReason ?? "").slice(0, 300),
            failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
          })),
        schedulers: schedulers.map((s) => ({
          id: s.key,
          name: s.name,
          pattern: s.pattern ?? null,
          every: s.every ? Number(s.every) : null,
          next: s.next ? new Date(s.next).toISOString() : null,
        })),
      };
    }),
  );
}

async function failedJob(queueName: string, jobId: string) {
  const job = await queue(queueByName(queueName)).getJob(jobId);
  if (!job) throw notFound();
  if ((await job.getState()) !== "failed") throw new AppError(409, "errors.invalidRequest");
  return job;
}

/**
 * Retrying a failed mail job is the administrator's decision to send it, also
 * when its delivery is UNCERTAIN (it may have arrived; docs/decisions/130).
 * Mail jobs carry their delivery key as job id.
 */
export async function retryFailedJob(actor: Actor, queueName: string, jobId: string): Promise<void> {
  requireAdmin(actor);
  const job = await failedJob(queueName, jobId);
  if (queueName === QUEUES.mail) await releaseUncertain([jobId]);
  await job.retry("failed");
}

export async function retryAllFailedJobs(actor: Actor, queueName: string): Promise<void> {
  requireAdmin(actor);
  const q = queue(queueByName(queueName));
  if (queueName === QUEUES.mail) await releaseUncertain((await q.getFailed(0, 999)).flatMap((job) => (job?.id ? [job.id] : [])));
  await q.retryJobs({ state: "failed", count: 1_000 });
}

export async function removeFailedJob(actor: Actor, queueName: string, jobId: string): Promise<void> {
  requireAdmin(actor);
  await (await failedJob(queueName, jobId)).remove();
}
