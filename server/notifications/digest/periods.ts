/**
 * Digest periods in Dutch time. A daily digest covers up to 07:00 of its day,
 * a weekly one up to Monday 07:00; the period key names that boundary
 * (`daily-2026-11-30`, `weekly-2026-W49`) and is half of the idempotency key.
 */
export type DigestFrequencyDue = "DAILY" | "WEEKLY";

export const DIGEST_TIME_ZONE = "Europe/Amsterdam";
export const DIGEST_HOUR = 7;
export const PERIOD_MS: Record<DigestFrequencyDue, number> = { DAILY: 24 * 60 * 60 * 1000, WEEKLY: 7 * 24 * 60 * 60 * 1000 };

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: DIGEST_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function local(date: Date) {
  const map = Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: Number(map.year), month: Number(map.month), day: Number(map.day), hour: Number(map.hour), minute: Number(map.minute) };
}

/** The UTC instant of a wall-clock time in Amsterdam (DST-aware). */
export function amsterdamTime(year: number, month: number, day: number, hour: number): Date {
  let guess = Date.UTC(year, month - 1, day, hour);
  for (let i = 0; i < 3; i++) {
    const shown = local(new Date(guess));
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
    const wanted = Date.UTC(year, month - 1, day, hour);
    if (shownUtc === wanted) break;
    guess += wanted - shownUtc;
  }
  return new Date(guess);
}

const pad = (value: number) => String(value).padStart(2, "0");

function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return { year: date.getUTCFullYear(), week: Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

export type DigestPeriod = { frequency: DigestFrequencyDue; key: string; until: Date };

export type CalendarDay = { year: number; month: number; day: number };

/**
 * The calendar days (in Amsterdam) a digest covers, for its subject: from the
 * day of `since` to the day before `until` (a digest sent on Monday at 07:00
 * is about the days up to and including Sunday). Never ends before it starts.
 */
export function coveredDays(since: Date, until: Date): { first: CalendarDay; last: CalendarDay } {
  const start = local(since);
  const end = local(until);
  const dayBefore = new Date(Date.UTC(end.year, end.month - 1, end.day) - 86_400_000);
  const first = { year: start.year, month: start.month, day: start.day };
  const last = { year: dayBefore.getUTCFullYear(), month: dayBefore.getUTCMonth() + 1, day: dayBefore.getUTCDate() };
  const key = (d: CalendarDay) => d.year * 10_000 + d.month * 100 + d.day;
  return { first, last: key(last) < key(first) ? first : last };
}

/** The latest period boundary at or before `now`. */
export function latestPeriod(frequency: DigestFrequencyDue, now: Date): DigestPeriod {
  const today = local(now);
  // Walk back day by day (at most 8) to the last boundary that has passed.
  for (let back = 0; back <= 8; back++) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (frequency === "WEEKLY" && day.getUTCDay() !== 1) continue;
    const until = amsterdamTime(y, m, d, DIGEST_HOUR);
    if (until > now) continue;
    if (frequency === "DAILY") return { frequency, key: `daily-${y}-${pad(m)}-${pad(d)}`, until };
    const week = isoWeek(y, m, d);
    return { frequency, key: `weekly-${week.year}-W${pad(week.week)}`, until };
  }
  throw new Error("no digest period found");
}
