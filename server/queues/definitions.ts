/**
 * Every queue and job in one place: names, payload schemas and options.
 * Producers (server/) and processors (workers/) import from here, so a job
 * name or payload cannot drift between them. BullMQ forbids ':' in job ids.
 */
import { z } from "zod";
import { SEARCH_KINDS } from "~/shared/search.ts";

export const QUEUES = {
  maintenance: "maintenance",
  search: "search",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  cleanExpiredSessions: {
    queue: QUEUES.maintenance,
    name: "clean-expired-sessions",
    payload: z.object({}),
  },
  /** Upserts or removes the search document of one record (server/search/indexer.ts). */
  indexRecord: {
    queue: QUEUES.search,
    name: "index-record",
    payload: z.object({ kind: z.enum(SEARCH_KINDS), id: z.string().min(1).max(200) }),
  },
  /** Compares every source with the index and repairs differences (repeatable; also at worker start). */
  searchSweep: {
    queue: QUEUES.search,
    name: "search-sweep",
    payload: z.object({}),
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
