// Routes reach the notifications area through this facade.
export {
  NOTIFICATIONS_PAGE_SIZE,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  openNotification,
  shownNotificationsWhere,
  unreadNotificationCount,
  visibleNotificationsWhere,
} from "~server/notifications/queries.ts";
export type { Viewer } from "~server/notifications/queries.ts";
export {
  DEFAULT_DIGEST_FREQUENCY,
  communityDigestSettings,
  digestsEnabled,
  hiddenKinds,
  kindPreference,
  kindPreferences,
  preferencesFromRows,
  receivableKinds,
  saveCommunityDigestSettings,
  saveKindPreferences,
  setDigestsEnabled,
  setEmailForKinds,
} from "~server/notifications/preferences.ts";
export type { KindPreference, KindPreferences } from "~server/notifications/preferences.ts";
export { ALL_KINDS, KIND_DELIVERY } from "~server/notifications/catalog.ts";
export { alreadyUnsubscribed, applyUnsubscribe, describeUnsubscribe } from "~server/notifications/unsubscribe.ts";
export { verifyUnsubscribeToken } from "~server/mail/unsubscribe.ts";
export { documentSeenScope, librarySeenScope, markSeenThrottled, membersSeenScope } from "~server/notifications/read-markers.ts";
export { queueOverview, retryAllFailedJobs, retryFailedJob, removeFailedJob } from "~server/queues/admin.ts";
export { listOutbox, outboxAvailable, outboxPeer, readOutboxFile, readOutboxMail } from "~server/mail/outbox.ts";
