/**
 * Every queue and job in one place: names, payload schemas and options.
 * Producers (server/) and processors (workers/) import from here, so a job
 * name or payload cannot drift between them. BullMQ forbids ':' in job ids.
 */
import { z } from "zod";
import { SEARCH_KINDS } from "~/shared/search.ts";

export const QUEUES = {
  maintenance: "maintenance",
  mail: "mail",
  search: "search",
  documents: "documents",
  privacy: "privacy",
  events: "events",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** One processor for one domain event (server/events/processors.ts); the id is `<event id>-<processor>`. */
  processEvent: {
    queue: QUEUES.events,
    name: "process-event",
    payload: z.object({
      eventId: z.string().min(1).max(100),
      name: z.string().min(1).max(100),
      processor: z.string().regex(/^[a-z0-9-]{1,40}$/),
      payload: z.record(z.string(), z.unknown()),
      occurredAt: z.iso.datetime(),
    }),
  },
  /** Relays outbox rows older than `olderThanMs` (repeatable; and with 0 at every worker start). */
  relayOutbox: {
    queue: QUEUES.events,
    name: "relay-outbox",
    payload: z.object({ olderThanMs: z.number().int().min(0).optional() }),
  },
  cleanExpiredSessions: {
    queue: QUEUES.maintenance,
    name: "clean-expired-sessions",
    payload: z.object({}),
  },
  /** Deletes the MailDelivery rows no longer needed (daily; server/mail/retention.ts, decision 312). */
  purgeMailDeliveries: {
    queue: QUEUES.maintenance,
    name: "purge-mail-deliveries",
    payload: z.object({ now: z.iso.datetime().optional() }),
  },
  // Notifications and mail (docs/decisions/030-notification-delivery.md).
  scheduleDigests: {
    queue: QUEUES.maintenance,
    name: "schedule-digests",
    payload: z.object({ now: z.iso.datetime().optional() }),
  },
  sendDigest: {
    queue: QUEUES.mail,
    name: "send-digest",
    payload: z.object({
      userId: z.string().min(1).max(40),
      frequency: z.enum(["DAILY", "WEEKLY"]),
      periodKey: z.string().regex(/^(daily-\d{4}-\d{2}-\d{2}|weekly-\d{4}-W\d{2})$/),
      until: z.iso.datetime(),
    }),
  },
  /**
   * Several members' digests of one period in one job (decision 276): the schedule's job. Each member
   * keeps their own exactly-once delivery; a member the batch could not finish gets a send-digest job.
   */
  sendDigestBatch: {
    queue: QUEUES.mail,
    name: "send-digest-batch",
    payload: z.object({
      userIds: z.array(z.string().min(1).max(40)).min(1).max(500),
      frequency: z.enum(["DAILY", "WEEKLY"]),
      periodKey: z.string().regex(/^(daily-\d{4}-\d{2}-\d{2}|weekly-\d{4}-W\d{2})$/),
      until: z.iso.datetime(),
    }),
  },
  sendNotificationMail: {
    queue: QUEUES.mail,
    name: "send-notification-mail",
    payload: z.object({ userId: z.string().min(1).max(40), windowEnd: z.iso.datetime() }),
  },
  /** A request on /wachtwoord-vergeten, for any address (server/accounts/password-reset.ts, decision 241). */
  requestPasswordReset: {
    queue: QUEUES.mail,
    name: "request-password-reset",
    payload: z.object({ email: z.string().min(1).max(320), requestId: z.uuid() }),
  },
  sendPasswordReset: {
    queue: QUEUES.mail,
    name: "send-password-reset",
    payload: z.object({ resetId: z.string().min(1).max(40) }),
  },
  /** The link that confirms an address (server/accounts/verification.ts); `requestId` is the event's id. */
  sendEmailVerification: {
    queue: QUEUES.mail,
    name: "send-email-verification",
    payload: z.object({ userId: z.string().min(1).max(40), requestId: z.string().min(1).max(100) }),
  },
  /** To the owner of an address someone tried to register again (server/accounts/registration-notice.ts, decision 243). */
  sendRegistrationNotice: {
    queue: QUEUES.mail,
    name: "send-registration-notice",
    payload: z.object({ userId: z.string().min(1).max(40), requestId: z.string().min(1).max(100) }),
  },
  sendInvitationMail: {
    queue: QUEUES.mail,
    name: "send-invitation-mail",
    // The seed of the link's token, which makes it only with TOKEN_SECRET (decision 297).
    payload: z.object({ invitationId: z.string().min(1).max(40), seed: z.string().min(16).max(100) }),
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
  /** Reminds members of events starting in about a day or an hour (repeatable; server/meetings/reminders.ts). */
  sendEventReminders: {
    queue: QUEUES.maintenance,
    name: "send-event-reminders",
    payload: z.object({ now: z.iso.datetime().optional() }),
  },
  /** Builds a member's "download mijn gegevens" zip (server/privacy/export.ts). */
  exportPersonalData: {
    queue: QUEUES.privacy,
    name: "export-personal-data",
    payload: z.object({ exportId: z.string().min(1).max(40) }),
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
