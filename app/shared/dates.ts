/**
 * Calendar dates typed as yyyy-mm-dd (an `<input type="date">` or a query
 * string), read strictly: "2026-02-30" is not 2 March, and year 0000 is not a
 * date PostgreSQL stores (its calendar has no year 0: a 500 before this).
 */

/** The day as midnight UTC, which is what a `@db.Date` column stores; null when it is not a real date. */
export function parseDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith("0000")) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/**
 * The day in the Netherlands as yyyy-mm-dd, for file names: a download made at 00:30 on
 * 7 December is dated the 7th, not the 6th (UTC).
 */
export function dutchDay(date: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

const momentFormats = new Map<string, { when: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/**
 * A meeting's start in Dutch time, in words of the language: `when` ("dinsdag 8 december, 17:00") and
 * `time` ("17:00"). One pair of formatters per language: mails format many (they are costly to make).
 */
export function meetingMoment(date: Date, language: string): { when: string; time: string } {
  let formats = momentFormats.get(language);
  if (!formats) {
    const zone = { timeZone: "Europe/Amsterdam" } as const;
    const locale = language === "en" ? "en-GB" : "nl-NL";
    formats = {
      when: new Intl.DateTimeFormat(locale, {
        ...zone,
        weekday: "long",
        day: "numeric",
        month: "long",
        hour: "2-digit",
        minute: "2-digit",
      }),
      time: new Intl.DateTimeFormat(locale, { ...zone, hour: "2-digit", minute: "2-digit" }),
    };
    momentFormats.set(language, formats);
  }
  return { when: formats.when.format(date), time: formats.time.format(date) };
}

/** The Dutch calendar day after this one, as yyyy-mm-dd. */
export function nextDutchDay(date: Date): string {
  const [year, month, day] = dutchDay(date).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
