/**
 * iCalendar for one meeting and for a member's feed (docs/decisions/073).
 * Times carry TZID=Europe/Amsterdam with its VTIMEZONE, the UID is the meeting
 * id (stable across edits), SEQUENCE rises with every change and a cancelled
 * meeting stays in the file with STATUS:CANCELLED so calendars remove it.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { MEETING_TIME_ZONE, zoneOffsetMinutes } from "~/shared/meetings.ts";
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

export const meetingUid = (meetingId: string) => `${meetingId}@praktijkplein`;

export function renderIcs(meetings: IcsEvent[], options: { name: string; publish?: boolean }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Praktijkplein", product: "agenda", language: "NL" },
    method: options.publish ? ICalCalendarMethod.PUBLISH : null,
    // No calendar-wide zone: DTSTAMP, CREATED and LAST-MODIFIED must stay in UTC; meetings carry their TZID.
    timezone: { name: null, generator: (zone) => (zone === MEETING_TIME_ZONE ? AMSTERDAM_VTIMEZONE : null) },
  });
  const base = config().APP_URL.replace(/\/$/, "");
  for (const meeting of meetings) {
    const url = `${base}/agenda/${meeting.id}`;
    const where = [meeting.location, meeting.onlineUrl].filter(Boolean).join(" · ");
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      start: new ZonedDate(meeting.startsAt.getTime()),
      end: new ZonedDate(meeting.endsAt.getTime()),
      timezone: MEETING_TIME_ZONE,
      stamp: meeting.updatedAt,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      summary: meeting.title,
      description: [
        meeting.community ? `${meeting.community.name}\n\n` : "",
        meeting.description,
        meeting.onlineUrl ? `\n\nOnline: ${meeting.onlineUrl}` : "",
        `\n\n${url}`,
      ].join(""),
      location: where || null,
      url,
      status: meeting.cancelledAt ? ICalEventStatus.CANCELLED : meeting.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last bare.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
