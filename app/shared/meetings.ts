/**
 * Isomorphic parts of events (bijeenkomsten): answers, the form schema and
 * wall-clock time in the event's time zone. Times are typed as local time in
 * Europe/Amsterdam (a `datetime-local` field) and stored in UTC.
 */
import { z } from "zod";
import { tooLong, tooShort } from "./messages.ts";
import { withFieldErrors } from "./forms/checks.ts";
import { cleanLine, TITLE_CHARACTERS_CHECK, visibleLength, withoutBidiControls } from "./visible-text.ts";

export const MEETING_TIME_ZONE = "Europe/Amsterdam";

export const RSVP_ANSWERS = ["YES", "MAYBE", "NO"] as const;
export type RsvpAnswerValue = (typeof RSVP_ANSWERS)[number];
export const RSVP_STATUSES = ["CONFIRMED", "WAITLISTED"] as const;
export type RsvpStatusValue = (typeof RSVP_STATUSES)[number];

/** Reminders before an event starts: a day and an hour (docs/decisions/072). */
export const REMINDER_TYPES = ["day", "hour"] as const;
export type ReminderType = (typeof REMINDER_TYPES)[number];

/** Agenda filter: where events come from. */
export const AGENDA_SCOPES = ["all", "mine", "platform"] as const;
export type AgendaScope = (typeof AGENDA_SCOPES)[number];

export const MAX_CAPACITY = 10_000;

const wallClock = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone (making one costs about 40 formats); zones are few. */
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at this instant. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = wallClockFormat(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** "2026-12-03T14:00" in the zone → the UTC instant; null when it is not a real date and time. */
export function zonedToUtc(local: string, timeZone = MEETING_TIME_ZONE): Date | null {
  const match = wallClock.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  // Two passes: the offset at the guessed instant, then at the corrected one (DST changes).
  let utc = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  utc = guess - zoneOffsetMinutes(new Date(utc), timeZone) * 60_000;
  return new Date(utc);
}

/** The UTC instant as "2026-12-03T14:00" wall-clock time in the zone (for form fields). */
export function utcToZoned(instant: Date | string, timeZone = MEETING_TIME_ZONE): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const shifted = new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => (value ? value : null));

const localTime = z
  .string({ message: "events.errors.timeRequired" })
  .regex(wallClock, "events.errors.timeInvalid")
  .transform((value, ctx) => {
    const date = zonedToUtc(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "events.errors.timeInvalid" });
      return z.NEVER;
    }
    return date;
  });

/** Create and edit form; conform turns empty fields into undefined and numbers from text. */
export const meetingFormSchema = z
  .object({
    title: z
      .string({ message: "errors.missing.title" })
      .overwrite(cleanLine)
      .trim()
      .max(140, tooLong(140))
      .refine((value) => visibleLength(value) >= 3, tooShort(3))
      .refine(withoutBidiControls, TITLE_CHARACTERS_CHECK),
    description: z
      .string({ message: "errors.missing.description" })
      .trim()
      .max(5000, tooLong(5000))
      .refine((value) => visibleLength(value) > 0, "errors.missing.description"),
    onlineUrl: z
      .string()
      .trim()
      .max(500, tooLong(500))
      .refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value) && URL.canParse(value), "events.errors.urlInvalid")
      .optional()
      .transform((value) => value ?? null),
    location: optionalText(200),
    startsAt: localTime,
    endsAt: localTime,
    capacity: z
      .number({ message: "events.errors.capacityNumber" })
      .int("events.errors.capacityNumber")
      .min(0, "events.errors.capacityNegative")
      .max(MAX_CAPACITY, "events.errors.capacityTooLarge")
      .optional()
      .transform((value) => value ?? null),
  })
  .superRefine((value, ctx) => {
    // Runs even when a field failed (a malformed time leaves the raw string in place): compare parsed dates only.
    if (value.startsAt instanceof Date && value.endsAt instanceof Date && value.endsAt.getTime() <= value.startsAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "events.errors.endsBeforeStart" });
    }
    if (!value.onlineUrl && !value.location) {
      ctx.addIssue({ code: "custom", path: ["location"], message: "events.errors.placeRequired" });
    }
  }, withFieldErrors);
export type MeetingFormInput = z.output<typeof meetingFormSchema>;

export const rsvpSchema = z.object({
  answer: z.enum(RSVP_ANSWERS, { message: "errors.choose" }),
});
