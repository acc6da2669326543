// Routes reach the notifications area through this facade.
export * from "~server/notifications/queries.ts";
export * from "~server/notifications/preferences.ts";
export { ALL_KINDS, KIND_DELIVERY } from "~server/notifications/catalog.ts";
export { applyUnsubscribe, describeUnsubscribe } from "~server/notifications/unsubscribe.ts";
export { verifyUnsubscribeToken } from "~server/mail/unsubscribe.ts";
export { documentSeenScope, librarySeenScope, markSeenThrottled, membersSeenScope } from "~server/notifications/read-markers.ts";
export { queueOverview, retryAllFailedJobs, retryFailedJob, removeFailedJob } from "~server/queues/admin.ts";
export { listOutbox, outboxAvailable, readOutboxFile, readOutboxMail } from "~server/mail/outbox.ts";
