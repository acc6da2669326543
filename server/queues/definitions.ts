/**
 * Every queue and job in one place: names, payload schemas and options.
 * Producers (server/) and processors (workers/) import from here, so a job
 * name or payload cannot drift between them. BullMQ forbids ':' in job ids.
 */
import { z } from "zod";

export const QUEUES = {
  maintenance: "maintenance",
  documents: "documents",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  cleanExpiredSessions: {
    queue: QUEUES.maintenance,
    name: "clean-expired-sessions",
    payload: z.object({}),
  },
  /** Folds a shared document's update log into its snapshot (server/collab/store.ts). */
  compactDocument: {
    queue: QUEUES.documents,
    name: "compact-document",
    payload: z.object({ documentId: z.string().min(1).max(40) }),
  },
  /** Takes an automatic version of a document that changed since its last version. */
  autoVersionDocument: {
    queue: QUEUES.documents,
    name: "auto-version-document",
    payload: z.object({ documentId: z.string().min(1).max(40) }),
  },
} as const;

export type JobKey = keyof typeof JOBS;
export type JobPayload<K extends JobKey> = z.infer<(typeof JOBS)[K]["payload"]>;

/** Retries with exponential backoff; failed jobs are kept for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 24 * 60 * 60, count: 1_000 },
  removeOnFail: false,
} as const;
