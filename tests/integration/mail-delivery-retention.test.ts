/**
 * MailDelivery rows past their retention go (decision 312): settled mails 30
 * days after their last change, unsettled ones (a hand-over that may have
 * arrived) after a year, and a member's latest sent digest of each frequency
 * never, because the next digest starts where it ended. Deleted in small
 * statements that skip rows someone else holds; run daily by the workers'
 * scheduler. Real PostgreSQL and Redis.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { config } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { purgeMailDeliveries } from "../../server/mail/retention.ts";
import { enqueue, queue } from "../../server/queues/producer.ts";
import { QUEUES } from "../../server/queues/definitions.ts";
import type { DigestFrequency, MailKind, MailStatus } from "../../server/generated/prisma/enums.ts";
import { startWorkers, type RunningWorkers } from "../../workers/registry.ts";
import { createUser } from "../helpers/factories.ts";
import { until } from "../helpers/until.ts";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date("2027-06-01T08:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

type Row = {
  key: string;
  kind: MailKind;
  status: MailStatus;
  ageDays: number;
  userId?: string | null;
  frequency?: DigestFrequency;
  untilDaysAgo?: number;
};

/** Rows as the mail path leaves them, `ageDays` after their last change. */
async function deliveries(rows: Row[]) {
  await db().mailDelivery.createMany({
    data: rows.map((row) => ({
      key: row.key,
      kind: row.kind,
      status: row.status,
      userId: row.userId ?? null,
      frequency: row.frequency ?? null,
      until: row.untilDaysAgo === undefined ? null : daysAgo(row.untilDaysAgo),
      sentAt: row.status === "SENT" ? daysAgo(row.ageDays) : null,
      createdAt: daysAgo(row.ageDays),
      updatedAt: daysAgo(row.ageDays),
    })),
  });
}

const keysLeft = async (prefix: string) =>
  (await db().mailDelivery.findMany({ where: { key: { startsWith: prefix } }, select: { key: true }, orderBy: { key: "asc" } })).map(
    (row) => row.key.slice(prefix.length),
  );

let workers: RunningWorkers | undefined;
afterAll(async () => {
  await workers?.close();
});

describe("MailDelivery retention", () => {
  it("settled mails go after 30 days, unsettled ones after a year", async () => {
    const member = await createUser();
    const p = `mixed-${member.id}-`;
    await deliveries([
      { key: `${p}notifications-29d`, kind: "NOTIFICATIONS", status: "SENT", ageDays: 29, userId: member.id },
      { key: `${p}notifications-31d`, kind: "NOTIFICATIONS", status: "SENT", ageDays: 31, userId: member.id },
      { key: `${p}notifications-empty-31d`, kind: "NOTIFICATIONS", status: "EMPTY", ageDays: 31, userId: member.id },
      { key: `${p}reset-failed-31d`, kind: "PASSWORD_RESET", status: "FAILED", ageDays: 31, userId: member.id },
      { key: `${p}invitation-no-account-31d`, kind: "INVITATION", status: "SENT", ageDays: 31 },
      { key: `${p}verification-uncertain-200d`, kind: "EMAIL_VERIFICATION", status: "UNCERTAIN", ageDays: 200, userId: member.id },
      { key: `${p}verification-uncertain-400d`, kind: "EMAIL_VERIFICATION", status: "UNCERTAIN", ageDays: 400, userId: member.id },
      { key: `${p}notice-handing-over-200d`, kind: "REGISTRATION_NOTICE", status: "HANDING_OVER", ageDays: 200, userId: member.id },
      { key: `${p}notice-sending-400d`, kind: "REGISTRATION_NOTICE", status: "SENDING", ageDays: 400, userId: member.id },
    ]);
    expect(await purgeMailDeliveries(NOW)).toBe(6);
    expect(await keysLeft(p)).toEqual(["notice-handing-over-200d", "notifications-29d", "verification-uncertain-200d"]);
  });

  it("keeps a member's latest sent or empty digest of each frequency, however old", async () => {
    const member = await createUser();
    const p = `digests-${member.id}-`;
    const digest = (key: string, status: MailStatus, frequency: DigestFrequency, untilDaysAgo: number): Row => ({
      key: `${p}${key}`,
      kind: "DIGEST",
      status,
      userId: member.id,
      frequency,
      untilDaysAgo,
      ageDays: untilDaysAgo,
    });
    await deliveries([
      digest("weekly-a-sent", "SENT", "WEEKLY", 214),
      digest("weekly-b-sent", "SENT", "WEEKLY", 207),
      digest("weekly-c-superseded", "SUPERSEDED", "WEEKLY", 205),
      // The latest: empty counts, the next digest starts where it ended.
      digest("weekly-d-empty", "EMPTY", "WEEKLY", 200),
      // Claimed or failed later ones do not count: nothing went out for them.
      digest("weekly-e-failed", "FAILED", "WEEKLY", 100),
      digest("daily-a-sent", "SENT", "DAILY", 90),
      digest("daily-b-sent", "SENT", "DAILY", 89),
    ]);
    // Another member's digest of the same period is that member's own latest.
    const other = await createUser();
    await deliveries([
      { key: `${p}other-weekly`, kind: "DIGEST", status: "SENT", userId: other.id, frequency: "WEEKLY", untilDaysAgo: 214, ageDays: 214 },
    ]);
    expect(await purgeMailDeliveries(NOW)).toBe(5);
    expect(await keysLeft(p)).toEqual(["daily-b-sent", "other-weekly", "weekly-d-empty"]);
    // A digest in flight is not a later one: the last sent one stays until the new one has gone out.
    await deliveries([digest("weekly-f-sending", "SENDING", "WEEKLY", 1)]);
    await db().mailDelivery.update({ where: { key: `${p}weekly-f-sending` }, data: { updatedAt: daysAgo(1) } });
    expect(await purgeMailDeliveries(NOW)).toBe(0);
    expect(await keysLeft(p)).toEqual(["daily-b-sent", "other-weekly", "weekly-d-empty", "weekly-f-sending"]);
  });

  it("deletes in small statements and skips rows another transaction holds", async () => {
    const member = await createUser();
    const p = `batches-${member.id}-`;
    await deliveries(
      Array.from({ length: 7 }, (_, i) => ({
        key: `${p}${i}`,
        kind: "NOTIFICATIONS" as const,
        status: "SENT" as const,
        ageDays: 40,
        userId: member.id,
      })),
    );
    const holder = new pg.Client({ connectionString: config().DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "MailDelivery" WHERE "key" = $1 FOR UPDATE`, [`${p}3`]);
      const { result, statements } = await countRoundTrips(() => purgeMailDeliveries(NOW, { batchSize: 2 }));
      expect(result).toBe(6);
      expect(statements.filter((sql) => sql.includes('DELETE FROM "MailDelivery"'))).toHaveLength(4);
      expect(await keysLeft(p)).toEqual(["3"]);
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    expect(await purgeMailDeliveries(NOW, { batchSize: 2 })).toBe(1);
    expect(await keysLeft(p)).toEqual([]);
  });

  it("runs as a daily job of the workers' scheduler", async () => {
    workers = await startWorkers();
    const schedulers = await queue(QUEUES.maintenance).getJobSchedulers();
    expect(schedulers.find((s) => s.key === "purge-mail-deliveries-daily")).toMatchObject({
      name: "purge-mail-deliveries",
      pattern: "37 3 * * *",
      tz: "Europe/Amsterdam",
    });
    const member = await createUser();
    const p = `job-${member.id}-`;
    await deliveries([
      { key: `${p}old`, kind: "NOTIFICATIONS", status: "SENT", ageDays: 45, userId: member.id },
      { key: `${p}new`, kind: "NOTIFICATIONS", status: "SENT", ageDays: 2, userId: member.id },
    ]);
    const job = await enqueue("purgeMailDeliveries", { now: NOW.toISOString() });
    await until("the purge job to complete", async () => (await job.getState()) === "completed");
    expect(await keysLeft(p)).toEqual(["new"]);
  });
});
