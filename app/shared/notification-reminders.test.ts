/**
 * A meeting reminder read later (decision 319): the in-app list says the meeting's day relative to when
 * it is read, not to when the reminder was made; a mail, read whenever, keeps the made-as words with
 * the meeting's date beside them.
 */
import { describe, expect, it } from "vitest";
import { createI18n } from "../i18n/index.ts";
import { notificationMessage } from "./notifications.ts";

// Tuesday 8 December 2026, 17:00 in the Netherlands; the day's reminder was made on Monday.
const reminder = {
  kind: "eventReminder",
  actorName: null,
  data: { eventTitle: "Werkbezoek", startsAt: "2026-12-08T16:00:00.000Z", reminder: "day" },
};

function say(language: "nl" | "en", reading: { now?: Date; language?: string }) {
  const message = notificationMessage(reminder, reading);
  return createI18n(language).t(message.key as never, message.params as never) as unknown as string;
}

describe("a meeting reminder", () => {
  it("in the list, relative to the moment it is read", () => {
    expect(say("nl", { language: "nl", now: new Date("2026-12-07T12:00:00Z") })).toBe("Morgen om 17:00: “Werkbezoek”");
    // Read the next morning: the same reminder no longer says "Morgen".
    expect(say("nl", { language: "nl", now: new Date("2026-12-08T08:00:00Z") })).toBe("Vandaag om 17:00: “Werkbezoek”");
    // Just after midnight in the Netherlands (still the 7th in UTC) it is already "Vandaag".
    expect(say("nl", { language: "nl", now: new Date("2026-12-07T23:30:00Z") })).toBe("Vandaag om 17:00: “Werkbezoek”");
    expect(say("nl", { language: "nl", now: new Date("2026-12-10T08:00:00Z") })).toBe(
      "Geweest: “Werkbezoek” (dinsdag 8 december om 17:00)",
    );
    expect(say("nl", { language: "nl", now: new Date("2026-12-05T08:00:00Z") })).toBe("dinsdag 8 december om 17:00: “Werkbezoek”");
    expect(say("en", { language: "en", now: new Date("2026-12-08T08:00:00Z") })).toBe("Today at 17:00: “Werkbezoek”");
  });

  it("in a mail, the words of the moment it was made with the meeting's date beside them", () => {
    expect(say("nl", { language: "nl" })).toBe("Morgen: “Werkbezoek” (dinsdag 8 december om 17:00)");
    expect(say("en", { language: "en" })).toMatch(/^Tomorrow: “Werkbezoek” \(Tuesday 8 December at 17:00\)$/);
    const hour = notificationMessage({ ...reminder, data: { ...reminder.data, reminder: "hour" } }, { language: "nl" });
    expect(hour).toEqual({
      key: "notifications.kinds.eventReminderHourWhen",
      params: { event: "Werkbezoek", when: "dinsdag 8 december om 17:00" },
    });
  });

  it("without a start it can read (an old row), the made-as words", () => {
    const old = notificationMessage(
      { ...reminder, data: { eventTitle: "Werkbezoek", startsAt: "kapot", reminder: "day" } },
      { language: "nl", now: new Date() },
    );
    expect(old).toEqual({ key: "notifications.kinds.eventReminderDay", params: { event: "Werkbezoek" } });
  });
});
