/**
 * The processors this worker runs, one per job; each area adds its own here.
 */
import type { WorkerOptions } from "bullmq";
import { config } from "../server/config.ts";
import { closeQueues, queue } from "../server/queues/producer.ts";
import { JOBS, QUEUES } from "../server/queues/definitions.ts";
import { autoVersionDocumentJob } from "./jobs/auto-version-document.ts";
import { cleanExpiredSessions } from "./jobs/clean-expired-sessions.ts";
import { compactDocumentJob } from "./jobs/compact-document.ts";
import { exportPersonalData } from "./jobs/export-personal-data.ts";
import { indexRecord } from "./jobs/index-record.ts";
import { processEvent } from "./jobs/process-event.ts";
import { purgeMailDeliveries } from "./jobs/purge-mail-deliveries.ts";
import { relayOutbox } from "./jobs/relay-outbox.ts";
import { scheduleDigests } from "./jobs/schedule-digests.ts";
import { searchSweep } from "./jobs/search-sweep.ts";
import { sendEventReminders } from "./jobs/send-event-reminders.ts";
import { sendDigest } from "./jobs/send-digest.ts";
import { sendDigestBatch } from "./jobs/send-digest-batch.ts";
import { sendInvitationMail } from "./jobs/send-invitation-mail.ts";
import { sendNotificationMail } from "./jobs/send-notification-mail.ts";
import { requestPasswordReset } from "./jobs/request-password-reset.ts";
import { sendPasswordReset } from "./jobs/send-password-reset.ts";
import { sendEmailVerification } from "./jobs/send-email-verification.ts";
import { sendRegistrationNotice } from "./jobs/send-registration-notice.ts";
import { runQueue } from "./runner.ts";

export type RunningWorkers = { names: string[]; close: (graceMs?: number) => Promise<void> };

/** Domain events processed at once by one worker process (server/events/processors.ts). */
export const EVENT_CONCURRENCY = 8;

/** `stall`: tests that kill workers only (tests/helpers/stall.ts); production keeps BullMQ's 30 s lock and stalled check. */
export async function startWorkers(
  options: {
    schedule?: boolean;
    mailConcurrency?: number;
    stall?: Pick<WorkerOptions, "lockDuration" | "stalledInterval" | "maxStalledCount">;
  } = {},
): Promise<RunningWorkers> {
  const stall = options.stall ?? {};
  const running = [
    runQueue(QUEUES.events, { processEvent, relayOutbox }, EVENT_CONCURRENCY, stall),
    runQueue(QUEUES.maintenance, { cleanExpiredSessions, purgeMailDeliveries, scheduleDigests, sendEventReminders }, 1, stall),
    runQueue(
      QUEUES.mail,
      {
        sendDigest,
        sendDigestBatch,
        sendNotificationMail,
        sendInvitationMail,
        requestPasswordReset,
        sendPasswordReset,
        sendEmailVerification,
        sendRegistrationNotice,
      },
      options.mailConcurrency ?? config().MAIL_CONCURRENCY,
      stall,
    ),
    runQueue(QUEUES.search, { indexRecord, searchSweep }, 4, stall),
    runQueue(QUEUES.documents, { compactDocument: compactDocumentJob, autoVersionDocument: autoVersionDocumentJob }, 2, stall),
    runQueue(QUEUES.privacy, { exportPersonalData }, 1, stall),
  ];
  // Events a crashed web process committed but never relayed: at every start, whatever their age.
  await queue(QUEUES.events).add(JOBS.relayOutbox.name, { olderThanMs: 0 });
  if (options.schedule !== false) {
    // And every 15 seconds, for rows older than the relay's own window (server/events/relay.ts).
    await queue(QUEUES.events).upsertJobScheduler("relay-outbox", { every: 15_000 }, { name: JOBS.relayOutbox.name, data: {} });
    // Repeatable jobs: upsertJobScheduler is idempotent, so every worker may call it.
    await queue(QUEUES.maintenance).upsertJobScheduler(
      "clean-expired-sessions-daily",
      { pattern: "17 3 * * *", tz: "Europe/Amsterdam" },
      { name: JOBS.cleanExpiredSessions.name, data: {} },
    );
    // Mail records past their retention (decision 312): daily, after the sessions' sweep.
    await queue(QUEUES.maintenance).upsertJobScheduler(
      "purge-mail-deliveries-daily",
      { pattern: "37 3 * * *", tz: "Europe/Amsterdam" },
      { name: JOBS.purgeMailDeliveries.name, data: {} },
    );
    // Hourly: picks up the latest daily and weekly periods; members already served are skipped.
    await queue(QUEUES.maintenance).upsertJobScheduler(
      "schedule-digests-hourly",
      { pattern: "7 * * * *", tz: "Europe/Amsterdam" },
      { name: JOBS.scheduleDigests.name, data: {} },
    );
    // Event reminders: every five minutes, so a reminder comes at most five minutes late.
    await queue(QUEUES.maintenance).upsertJobScheduler(
      "send-event-reminders",
      { every: 5 * 60_000 },
      { name: JOBS.sendEventReminders.name, data: {} },
    );
    // The sweep repairs what no event announced; once at start (a fresh seed, a crash) and every 5 minutes.
    await queue(QUEUES.search).upsertJobScheduler("search-sweep", { every: 5 * 60_000 }, { name: JOBS.searchSweep.name, data: {} });
    await queue(QUEUES.search).add(JOBS.searchSweep.name, {});
  }
  return {
    names: running.map((r) => r.worker.name),
    close: async (graceMs) => {
      await Promise.all(running.map((r) => r.close(graceMs)));
      await closeQueues();
    },
  };
}
