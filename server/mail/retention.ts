/**
 * How long a mail's `MailDelivery` row is kept (docs/decisions/312-mail-delivery-retention.md).
 * Nothing else removed them: about 500,000 rows a year at 10,000 members.
 *
 * What reads the rows, and what each needs:
 * - exactly-once (delivery.ts): a key is claimed again only by a job's retries
 *   (minutes), a notification window (5 minutes), the hourly digest schedule
 *   (the latest period: at most a week old) and links that expire (verification
 *   48 hours, invitations 14 days): all far inside the retention period;
 * - the next digest's window and "a later digest went out" (digest/send.ts):
 *   a member's latest SENT or EMPTY digest per frequency, however old; it is
 *   always kept;
 * - the member's data export (privacy/export.ts) lists what is kept: no reason
 *   to keep more;
 * - a hand-over that may have arrived (SENDING, HANDING_OVER, UNCERTAIN) waits
 *   for an administrator (decision 130): kept a year, not 30 days.
 * Unsubscribe links, moderation and the audit log do not read them.
 */
import { directSql } from "../db/direct.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { checkpoint } from "../queues/control.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A settled mail (sent, empty, superseded or failed): 30 days after its last change. */
export const MAIL_DELIVERY_RETENTION_MS = 30 * DAY_MS;
/** A mail whose hand-over was interrupted or never finished: a year, an administrator's question until then. */
export const UNSETTLED_MAIL_DELIVERY_RETENTION_MS = 365 * DAY_MS;
/** Rows per DELETE: each its own short statement, so no lock or transaction lasts. */
export const MAIL_DELIVERY_PURGE_BATCH = 1_000;

/**
 * Deletes the rows no longer needed, `batchSize` at a time, until none are
 * left (or the worker shuts down: the next run goes on). Rows another
 * statement holds are skipped, not waited for. Returns how many went.
 */
export async function purgeMailDeliveries(now = new Date(), options: { batchSize?: number; signal?: AbortSignal } = {}): Promise<number> {
  const batchSize = options.batchSize ?? MAIL_DELIVERY_PURGE_BATCH;
  const settledBefore = new Date(now.getTime() - MAIL_DELIVERY_RETENTION_MS).toISOString();
  const unsettledBefore = new Date(now.getTime() - UNSETTLED_MAIL_DELIVERY_RETENTION_MS).toISOString();
  let deleted = 0;
  for (;;) {
    checkpoint(options.signal);
    const rows = await directSql<{ id: string }>(Prisma.sql`
      DELETE FROM "MailDelivery" gone
      WHERE gone."id" IN (
        SELECT d."id" FROM "MailDelivery" d
        WHERE ((d."status" IN ('SENT', 'EMPTY', 'SUPERSEDED', 'FAILED') AND d."updatedAt" < ${settledBefore}::timestamptz AT TIME ZONE 'UTC')
            OR d."updatedAt" < ${unsettledBefore}::timestamptz AT TIME ZONE 'UTC')
          -- A member's latest digest of a frequency stays: the next one starts where it ended.
          AND NOT (d."kind" = 'DIGEST' AND d."status" IN ('SENT', 'EMPTY') AND NOT EXISTS (
            SELECT 1 FROM "MailDelivery" later
            WHERE later."userId" = d."userId" AND later."kind" = 'DIGEST' AND later."frequency" = d."frequency"
              AND later."status" IN ('SENT', 'EMPTY') AND later."until" > d."until"))
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
      RETURNING gone."id"`);
    deleted += rows.length;
    if (rows.length < batchSize) return deleted;
  }
}
