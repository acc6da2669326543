/**
 * The repeatable schedule-digests job: for each frequency, the latest period
 * that has ended; every member who has a community on that frequency, has
 * digests on and has no digest for that period yet gets one. A member
 * suspended at the end of the period gets none (decision 228).
 *
 * Members go to the queue in batches (decision 276): one send-digest-batch
 * job per `batchSize` members of one period, whose id is made from the
 * period and the members in it, so a second schedule run that finds the same
 * members queues nothing new. Exactly once stays per member: each member's
 * MailDelivery key `digest-<userId>-<periodKey>` (decision 031).
 */
import { createHash } from "node:crypto";
import { db } from "../../db.ts";
import { enqueueBulk } from "../../queues/producer.ts";
import { type DigestFrequencyDue, latestPeriod } from "./periods.ts";

/** Members per send-digest-batch job. */
export const DIGEST_BATCH_SIZE = 50;
/** Batch jobs per round trip to Redis. */
const JOBS_PER_ADD = 100;

/** The batch's job id: the period and a hash of its members (BullMQ keeps one job per id). */
export function digestBatchJobId(periodKey: string, userIds: readonly string[]): string {
  const hash = createHash("sha256").update(userIds.join("\n")).digest("base64url").slice(0, 22);
  return `digest-batch-${periodKey}-${userIds.length}-${hash}`;
}

export async function scheduleDigests(
  now = new Date(),
  batchSize = DIGEST_BATCH_SIZE,
): Promise<{ frequency: DigestFrequencyDue; periodKey: string; enqueued: number; batches: number }[]> {
  const result = [];
  for (const frequency of ["DAILY", "WEEKLY"] as const) {
    const period = latestPeriod(frequency, now);
    const rows = await db().$queryRaw<{ userId: string }[]>`
      SELECT DISTINCT m."userId"
      FROM "Membership" m
      LEFT JOIN "CommunityDigestSetting" s ON s."userId" = m."userId" AND s."communityId" = m."communityId"
      LEFT JOIN "MailSettings" ms ON ms."userId" = m."userId"
      JOIN "User" u ON u."id" = m."userId"
      WHERE COALESCE(s."frequency"::text, 'WEEKLY') = ${frequency}
        AND COALESCE(ms."digestsEnabled", true)
        AND (u."suspendedUntil" IS NULL OR u."suspendedUntil" <= ${period.until})
        AND NOT EXISTS (
          SELECT 1 FROM "MailDelivery" d
          WHERE d."key" = 'digest-' || m."userId" || '-' || ${period.key} AND d."status" <> 'FAILED'
        )
      ORDER BY m."userId"`;
    const batches: string[][] = [];
    for (let start = 0; start < rows.length; start += batchSize)
      batches.push(rows.slice(start, start + batchSize).map((row) => row.userId));
    for (let start = 0; start < batches.length; start += JOBS_PER_ADD) {
      await enqueueBulk(
        "sendDigestBatch",
        batches.slice(start, start + JOBS_PER_ADD).map((userIds) => ({
          payload: { userIds, frequency, periodKey: period.key, until: period.until.toISOString() },
          options: { jobId: digestBatchJobId(period.key, userIds) },
        })),
      );
    }
    result.push({ frequency, periodKey: period.key, enqueued: rows.length, batches: batches.length });
  }
  return result;
}
