/** The queue page says when repeatable jobs run, in words (issue 14.14). */
import { describe, expect, it } from "vitest";
import { translator } from "../../app/i18n/index.ts";
import { describeSchedule } from "../../app/shared/notifications.ts";

const nl = translator("nl") as unknown as (key: string, params?: object) => string;
const say = (schedule: { pattern: string | null; every: number | null }) => {
  const { key, params } = describeSchedule(schedule);
  return nl(key, params);
};

describe("schedules in words", () => {
  it("describes the schedules the workers register", () => {
    expect(say({ pattern: "17 3 * * *", every: null })).toBe("elke dag om 03:17 uur");
    expect(say({ pattern: "7 * * * *", every: null })).toBe("elk uur, 7 minuten over het hele uur");
    expect(say({ pattern: null, every: 5 * 60_000 })).toBe("elke 5 minuten");
    expect(say({ pattern: null, every: 60_000 })).toBe("elke minuut");
    expect(say({ pattern: null, every: 2 * 60 * 60_000 })).toBe("elke 2 uur");
  });

  it("never leaves the line empty: other patterns are shown as they are", () => {
    expect(say({ pattern: "0 7 * * 1", every: null })).toBe("volgens de planning 0 7 * * 1");
    expect(say({ pattern: null, every: null })).toBe("volgens de planning ?");
  });
});
