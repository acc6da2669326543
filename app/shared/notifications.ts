/**
 * Isomorphic parts of notifications: digest frequencies, the settings form
 * schemas and how a notification reads (an i18n key with its parameters),
 * shared by the notifications page and the mails.
 */
import { z } from "zod";
import { dutchDay, meetingMoment, nextDutchDay } from "./dates.ts";

/** The queue states the admin page counts. */
export const QUEUE_COUNT_STATES = ["waiting", "active", "delayed", "prioritized", "failed", "completed", "paused"] as const;

/**
 * A repeatable job's schedule in words for the queue page (issue 14.14): the
 * cron patterns and intervals workers/registry.ts uses, and the raw pattern
 * for anything else.
 */
export function describeSchedule(schedule: { pattern: string | null; every: number | null }): {
  key: string;
  params: Record<string, string | number>;
} {
  if (schedule.every) {
    const minutes = Math.round(schedule.every / 60_000);
    if (minutes >= 60 && minutes % 60 === 0) return { key: "notifications.admin.schedule.everyHours", params: { count: minutes / 60 } };
    return { key: "notifications.admin.schedule.everyMinutes", params: { count: Math.max(1, minutes) } };
  }
  const fields = schedule.pattern?.trim().split(/\s+/) ?? [];
  const [minute, hour, ...rest] = fields;
  const number = (value: string | undefined) => (value !== undefined && /^\d{1,2}$/.test(value) ? Number(value) : null);
  if (fields.length === 5 && rest.every((field) => field === "*") && number(minute) !== null) {
    const m = number(minute)!;
    if (hour === "*") return { key: "notifications.admin.schedule.hourly", params: { count: m } };
    if (number(hour) !== null)
      return {
        key: "notifications.admin.schedule.daily",
        params: { time: `${String(number(hour)).padStart(2, "0")}:${String(m).padStart(2, "0")}` },
      };
  }
  return { key: "notifications.admin.schedule.pattern", params: { pattern: schedule.pattern ?? "?" } };
}

export const DIGEST_FREQUENCIES = ["NONE", "DAILY", "WEEKLY"] as const;
export type DigestFrequencyValue = (typeof DIGEST_FREQUENCIES)[number];

/** Checkbox groups arrive as a string (one ticked), an array (several) or nothing. */
const ticked = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const kindPreferencesSchema = z.object({
  intent: z.literal("kinds"),
  inApp: ticked,
  email: ticked,
});

export const digestSettingsSchema = z.object({
  intent: z.literal("digest"),
  digestsEnabled: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
  frequency: z.record(z.string().max(40), z.enum(DIGEST_FREQUENCIES, { message: "errors.choose" })).default({}),
});

export type NotificationView = {
  kind: string;
  data: Record<string, unknown>;
  actorName: string | null;
};

/** The i18n key and parameters that say what a notification is about. */
export function notificationMessage(
  notification: NotificationView,
  /**
   * Where it is read: a list read at `now` says a meeting's day relative to then (decision 319); with only
   * a `language` (a mail, read later) the words of the moment it was made get the meeting's date beside them.
   */
  reading: { language?: string; now?: Date } = {},
): { key: string; params: Record<string, string> } {
  const data = notification.data;
  const text = (name: string) => (typeof data[name] === "string" ? (data[name] as string) : "");
  const actor = notification.actorName ?? "";
  switch (notification.kind) {
    case "mention":
      return { key: "notifications.kinds.mention", params: { actor, topic: text("topicTitle") } };
    case "reply":
      return { key: "notifications.kinds.reply", params: { actor, topic: text("topicTitle") } };
    case "answerMarked":
      return { key: "notifications.kinds.answerMarked", params: { actor, topic: text("topicTitle") } };
    case "answerChosen":
      return { key: "notifications.kinds.answerChosen", params: { actor, topic: text("topicTitle") } };
    case "joinRequestDecided":
      return {
        key: data.approved === true ? "notifications.kinds.joinRequestApproved" : "notifications.kinds.joinRequestRefused",
        params: { community: text("communityName") },
      };
    case "joinRequestReceived":
      return { key: "notifications.kinds.joinRequestReceived", params: { name: text("requesterName"), community: text("communityName") } };
    case "invitation":
      return text("inviterName")
        ? { key: "notifications.kinds.invitation", params: { inviter: text("inviterName"), community: text("communityName") } }
        : { key: "notifications.kinds.invitationNoInviter", params: { community: text("communityName") } };
    case "libraryItemReturned":
      return {
        key: data.change === true ? "notifications.kinds.libraryChangeReturned" : "notifications.kinds.libraryItemReturned",
        params: { actor, item: text("itemTitle") },
      };
    case "libraryItemSubmitted":
      return {
        key: data.change === true ? "notifications.kinds.libraryChangeSubmitted" : "notifications.kinds.libraryItemSubmitted",
        params: { actor, item: text("itemTitle") },
      };
    case "libraryItemPublished":
      return {
        key: data.change === true ? "notifications.kinds.libraryChangePublished" : "notifications.kinds.libraryItemPublished",
        params: { item: text("itemTitle") },
      };
    case "eventReminder":
      return reminderMessage(data, text("eventTitle"), reading);
    case "eventPromoted":
      return { key: "notifications.kinds.eventPromoted", params: { event: text("eventTitle") } };
    case "eventPlanned":
      return { key: "notifications.kinds.eventPlanned", params: { event: text("eventTitle") } };
    case "eventCancelled":
      return { key: "notifications.kinds.eventCancelled", params: { event: text("eventTitle") } };
    case "contentHidden":
      // A message's title is its topic's: say that it was the message in it.
      return {
        key: data.targetKind === "MESSAGE" ? "notifications.kinds.contentHiddenMessage" : "notifications.kinds.contentHidden",
        params: { item: text("targetTitle"), reason: text("reason") },
      };
    case "reportHandled":
      return {
        key: data.outcome === "dismissed" ? "notifications.kinds.reportDismissed" : "notifications.kinds.reportActionTaken",
        params: {},
      };
    case "moderationWarning":
      return { key: "notifications.kinds.moderationWarning", params: { reason: text("reason") } };
    default:
      return { key: "notifications.kinds.other", params: {} };
  }
}

/** An excerpt to show under the message, when the kind has one. */
export function notificationExcerpt(notification: NotificationView): string | null {
  const excerpt = notification.data.excerpt;
  return typeof excerpt === "string" && excerpt ? excerpt : null;
}

/**
 * A meeting reminder's words. "Morgen" and "Over een uur" were true when it was made; read days later
 * they are not (decision 319). Without a reading context (the bell's push, read at once) they stay.
 */
function reminderMessage(
  data: Record<string, unknown>,
  event: string,
  reading: { language?: string; now?: Date },
): { key: string; params: Record<string, string> } {
  const madeAs =
    data.reminder === "hour"
      ? "notifications.kinds.eventReminderHour"
      : data.today === true
        ? "notifications.kinds.eventReminderToday"
        : "notifications.kinds.eventReminderDay";
  const startsAt = typeof data.startsAt === "string" ? new Date(data.startsAt) : null;
  if (!startsAt || Number.isNaN(startsAt.getTime()) || !reading.language) return { key: madeAs, params: { event } };
  const { when, time } = meetingMoment(startsAt, reading.language);
  if (!reading.now) return { key: `${madeAs}When`, params: { event, when } };
  const day = dutchDay(startsAt);
  if (startsAt.getTime() <= reading.now.getTime()) return { key: "notifications.kinds.eventReminderPast", params: { event, when } };
  if (day === dutchDay(reading.now)) return { key: "notifications.kinds.eventReminderTodayAt", params: { event, time } };
  if (day === nextDutchDay(reading.now)) return { key: "notifications.kinds.eventReminderTomorrowAt", params: { event, time } };
  return { key: "notifications.kinds.eventReminderOn", params: { event, when } };
}
