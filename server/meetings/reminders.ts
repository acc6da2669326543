/**
 * Reminders a day and an hour before a meeting (docs/decisions/072). The
 * repeatable `send-event-reminders` job looks a window ahead; each member
 * gets each reminder of a meeting once: the notification's dedupe key names
 * the meeting, its start time and the reminder type, and rows are inserted with
 * ON CONFLICT DO NOTHING, so only new rows are announced (live and by mail,
 * as the member's preferences say). A moved meeting gets new reminders.
 */
import type { ReminderType } from "~/shared/meetings.ts";
import { dutchDay } from "~/shared/dates.ts";
import { paths } from "~/shared/paths.ts";
import { db } from "../db.ts";
import { transaction } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { NOTIFICATION_KINDS } from "../notifications/kinds.ts";
import { announceNotifications } from "../notifications/notify.ts";
import { permissionsFor } from "./access.ts";

const HOUR = 60 * 60_000;

/** Which starts each reminder covers, relative to now: (from, to]. */
export function reminderWindow(type: ReminderType, now: Date): { from: Date; to: Date } {
  return type === "hour"
    ? { from: now, to: new Date(now.getTime() + HOUR) }
    : { from: new Date(now.getTime() + HOUR), to: new Date(now.getTime() + 24 * HOUR) };
}

export const reminderDedupeKey = (meetingId: string, startsAt: Date, type: ReminderType) =>
  `event-reminder-${type}-${meetingId}-${startsAt.getTime()}`;

export async function sendEventReminders(now = new Date()): Promise<{ created: number }> {
  let created = 0;
  for (const type of ["day", "hour"] as const) {
    const { from, to } = reminderWindow(type, now);
    const due = await db().meeting.findMany({
      where: { cancelledAt: null, startsAt: { gt: from, lte: to } },
      select: { id: true, title: true, startsAt: true, communityId: true, community: { select: { id: true, accessMode: true } } },
      orderBy: { startsAt: "asc" },
    });
    for (const meeting of due) {
      const rsvps = await db().rsvp.findMany({
        // Seats and maybes; the waiting list gets a reminder only once promoted.
        where: { meetingId: meeting.id, OR: [{ answer: "YES", status: "CONFIRMED" }, { answer: "MAYBE" }] },
        select: { user: { select: { id: true, globalRole: true } } },
      });
      const data = NOTIFICATION_KINDS.eventReminder.parse({
        meetingId: meeting.id,
        eventTitle: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
        reminder: type,
        // A meeting planned less than a day ahead gets its day's reminder at once: often for today.
        ...(type === "day" && dutchDay(meeting.startsAt) === dutchDay(now) ? { today: true } : {}),
      });
      const rows: Prisma.NotificationCreateManyInput[] = [];
      for (const { user } of rsvps) {
        // Someone who left the community since answering is not reminded of its meetings.
        if (!(await permissionsFor(user, meeting.community)).read) continue;
        rows.push({
          userId: user.id,
          kind: "eventReminder",
          data,
          url: paths.meeting(meeting.id),
          communityId: meeting.communityId,
          dedupeKey: reminderDedupeKey(meeting.id, meeting.startsAt, type),
        });
      }
      if (!rows.length) continue;
      created += await transaction(async (tx) => {
        const inserted = await tx.notification.createManyAndReturn({
          data: rows,
          skipDuplicates: true,
          select: { id: true, userId: true, kind: true },
        });
        await announceNotifications(tx, inserted);
        return inserted.length;
      });
    }
  }
  return { created };
}
