/**
 * The processors this worker runs, one per job; each area adds its own here.
 */
import { closeQueues, queue } from "../server/queues/producer.ts";
import { JOBS, QUEUES } from "../server/queues/definitions.ts";
import { autoVersionDocumentJob } from "./jobs/auto-version-document.ts";
import { cleanExpiredSessions } from "./jobs/clean-expired-sessions.ts";
import { compactDocumentJob } from "./jobs/compact-document.ts";
import { runQueue } from "./runner.ts";

export type RunningWorkers = { names: string[]; close: () => Promise<void> };

export async function startWorkers(options: { schedule?: boolean } = {}): Promise<RunningWorkers> {
  const running = [
    runQueue(QUEUES.maintenance, { cleanExpiredSessions }, 1),
    runQueue(QUEUES.documents, { compactDocument: compactDocumentJob, autoVersionDocument: autoVersionDocumentJob }, 2),
  ];
  if (options.schedule !== false) {
    // Repeatable jobs: upsertJobScheduler is idempotent, so every worker may call it.
    await queue(QUEUES.maintenance).upsertJobScheduler(
      "clean-expired-sessions-daily",
      { pattern: "17 3 * * *", tz: "Europe/Amsterdam" },
      { name: JOBS.cleanExpiredSessions.name, data: {} },
    );
  }
  return {
    names: running.map((r) => r.worker.name),
    close: async () => {
      await Promise.all(running.map((r) => r.close()));
      await closeQueues();
    },
  };
}
