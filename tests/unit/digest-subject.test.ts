/** The digest's subject names the days it covers (issue 14.13). */
import { describe, expect, it } from "vitest";
import { mailT } from "../../server/mail/i18n.ts";
import { digestSubject } from "../../server/notifications/digest/render.ts";
import { amsterdamTime } from "../../server/notifications/digest/periods.ts";

const at7 = (year: number, month: number, day: number) => amsterdamTime(year, month, day, 7);

describe("digest subject", () => {
  it("a digest after a pause says which eleven days it covers", () => {
    expect(digestSubject(mailT("nl"), "nl", at7(2026, 11, 20), at7(2026, 12, 1))).toBe(
      "Nieuw op Praktijkplein van 20 tot en met 30 november",
    );
    expect(digestSubject(mailT("en"), "en", at7(2026, 11, 20), at7(2026, 12, 1))).toBe("New on Praktijkplein from 20 to 30 November");
  });

  it("a weekly digest covers Monday to Sunday, also across months and years", () => {
    expect(digestSubject(mailT("nl"), "nl", at7(2026, 11, 23), at7(2026, 11, 30))).toBe(
      "Nieuw op Praktijkplein van 23 tot en met 29 november",
    );
    expect(digestSubject(mailT("nl"), "nl", at7(2026, 11, 30), at7(2026, 12, 7))).toBe(
      "Nieuw op Praktijkplein van 30 november tot en met 6 december",
    );
    expect(digestSubject(mailT("nl"), "nl", at7(2026, 12, 28), at7(2027, 1, 4))).toBe(
      "Nieuw op Praktijkplein van 28 december 2026 tot en met 3 januari 2027",
    );
  });

  it("a daily digest names its one day, also around the change to winter time", () => {
    expect(digestSubject(mailT("nl"), "nl", at7(2026, 12, 3), at7(2026, 12, 4))).toBe("Nieuw op Praktijkplein op 3 december");
    expect(digestSubject(mailT("nl"), "nl", at7(2026, 10, 24), at7(2026, 10, 25))).toBe("Nieuw op Praktijkplein op 24 oktober");
    expect(digestSubject(mailT("en"), "en", at7(2026, 12, 3), at7(2026, 12, 4))).toBe("New on Praktijkplein on 3 December");
  });
});
