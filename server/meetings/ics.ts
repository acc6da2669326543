/**
 * iCalendar for one event and for a member's feed (docs/decisions/073).
 * Times carry TZID=Europe/Amsterdam with its VTIMEZONE, the UID is the event
 * id (stable across edits), SEQUENCE rises with every change and a cancelled
 * event stays in the file with STATUS:CANCELLED so calendars remove it.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { EVENT_TIME_ZONE, zoneOffsetMinutes } from "~/shared/events.ts";
import { config } from "../config.ts";

/** Europe/Amsterdam since 1996 (EU rules): last Sunday of March and of October. */
const AMSTERDAM_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Amsterdam",
  "X-LIC-LOCATION:Europe/Amsterdam",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/**
 * ical-generator formats a plain Date given with a time zone in the server's
 * own zone (getHours()); a TZDate-like value makes it use the wall clock of
 * the event's zone whatever TZ the process runs in (docs/development.md).
 */
class ZonedDate extends Date {
  readonly internal: Date;
  constructor(ms: number) {
    super(ms);
    this.internal = new Date(ms);
  }
  tzComponents(): never[] {
    return [];
  }
  withTimeZone(zone?: string | null): ZonedDate {
    const shifted = new Date(this.getTime() + zoneOffsetMinutes(this, zone ?? "UTC") * 60_000);
    const view = new ZonedDate(this.getTime());
    view.getFullYear = () => shifted.getUTCFullYear();
    view.getMonth = () => shifted.getUTCMonth();
    view.getDate = () => shifted.getUTCDate();
    view.getHours = () => shifted.getUTCHours();
    view.getMinutes = () => shifted.getUTCMinutes();
    view.getSeconds = () => shifted.getUTCSeconds();
    return view;
  }
}

export type IcsEvent = {
  id: string;
  title: string;
  description: string;
  onlineUrl: string | null;
  location: string | null;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  cancelledAt: Date | null;
  updatedAt: Date;
  createdAt: Date;
  community: { name: string } | null;
  /** Not a confirmed place (the member is on the waiting list): STATUS:TENTATIVE. */
  tentative?: boolean;
};

export const eventUid = (eventId: string) => `${eventId}@praktijkplein`;

export function renderIcs(events: IcsEvent[], options: { name: string; publish?: boolean }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Praktijkplein", product: "agenda", language: "NL" },
    method: options.publish ? ICalCalendarMethod.PUBLISH : null,
    // No calendar-wide zone: DTSTAMP, CREATED and LAST-MODIFIED must stay in UTC; events carry their TZID.
    timezone: { name: null, generator: (zone) => (zone === EVENT_TIME_ZONE ? AMSTERDAM_VTIMEZONE : null) },
  });
  const base = config().APP_URL.replace(/\/$/, "");
  for (const event of events) {
    const url = `${base}/agenda/${event.id}`;
    const where = [event.location, event.onlineUrl].filter(Boolean).join(" · ");
    calendar.createEvent({
      id: eventUid(event.id),
      sequence: event.sequence,
      start: new ZonedDate(event.startsAt.getTime()),
      end: new ZonedDate(event.endsAt.getTime()),
      timezone: EVENT_TIME_ZONE,
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
      summary: event.title,
      description: [event.community ? `${event.community.name}\n\n` : "", event.description, event.onlineUrl ? `\n\nOnline: ${event.onlineUrl}` : "", `\n\n${url}`].join(""),
      location: where || null,
      url,
      status: event.cancelledAt ? ICalEventStatus.CANCELLED : event.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
