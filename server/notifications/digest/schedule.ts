/**
 * The repeatable schedule-digests job: for each frequency, the latest period
 * that has ended; every member who has a community on that frequency, has
 * digests on and has no digest for that period yet gets one send-digest job
 * with a deterministic id (BullMQ keeps one job per id). A member suspended
 * at the end of the period gets none (decision 228).
 */
import { db } from "../../db.ts";
import { enqueueBulk } from "../../queues/producer.ts";
import { type DigestFrequencyDue, latestPeriod } from "./periods.ts";

const CHUNK = 1_000;

export async function scheduleDigests(now = new Date()): Promise<{ frequency: DigestFrequencyDue; periodKey: string; enqueued: number }[]> {
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
        )`;
    for (let start = 0; start < rows.length; start += CHUNK) {
      await enqueueBulk(
        "sendDigest",
        rows.slice(start, start + CHUNK).map((row) => ({
          payload: { userId: row.userId, frequency, periodKey: period.key, until: period.until.toISOString() },
          options: { jobId: `digest-${row.userId}-${period.key}` },
        })),
      );
    }
    result.push({ frequency, periodKey: period.key, enqueued: rows.length });
  }
  return result;
}
