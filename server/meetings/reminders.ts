/**
 * Reminders a day and an hour before an event (docs/decisions/072). The
 * repeatable `send-event-reminders` job looks a window ahead; each member
 * gets each reminder of an event once: the notification's dedupe key names
 * the event, its start time and the reminder type, and rows are inserted with
 * ON CONFLICT DO NOTHING, so only new rows are announced (live and by mail,
 * as the member's preferences say). A moved event gets new reminders.
 */
import type { ReminderType } from "~/shared/events.ts";
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

export const reminderDedupeKey = (eventId: string, startsAt: Date, type: ReminderType) => `event-reminder-${type}-${eventId}-${startsAt.getTime()}`;

export async function sendEventReminders(now = new Date()): Promise<{ created: number }> {
  let created = 0;
  for (const type of ["day", "hour"] as const) {
    const { from, to } = reminderWindow(type, now);
    const due = await db().event.findMany({
      where: { cancelledAt: null, startsAt: { gt: from, lte: to } },
      select: { id: true, title: true, startsAt: true, communityId: true, community: { select: { id: true, accessMode: true } } },
      orderBy: { startsAt: "asc" },
    });
    for (const event of due) {
      const rsvps = await db().rsvp.findMany({
        // Seats and maybes; the waiting list gets a reminder only once promoted.
        where: { eventId: event.id, OR: [{ answer: "YES", status: "CONFIRMED" }, { answer: "MAYBE" }] },
        select: { user: { select: { id: true, globalRole: true } } },
      });
      const data = NOTIFICATION_KINDS.eventReminder.parse({ eventTitle: event.title, startsAt: event.startsAt.toISOString(), reminder: type });
      const rows: Prisma.NotificationCreateManyInput[] = [];
      for (const { user } of rsvps) {
        // Someone who left the community since answering is not reminded of its events.
        if (!(await permissionsFor(user, event.community)).read) continue;
        rows.push({
          userId: user.id,
          kind: "eventReminder",
          data,
          url: `/agenda/${event.id}`,
          communityId: event.communityId,
          dedupeKey: reminderDedupeKey(event.id, event.startsAt, type),
        });
      }
      if (!rows.length) continue;
      created += await transaction(async (tx) => {
        const inserted = await tx.notification.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true, userId: true, kind: true } });
        await announceNotifications(tx, inserted);
        return inserted.length;
      });
    }
  }
  return { created };
}
