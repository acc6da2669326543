import { describe, expect, it } from "vitest";
import { amsterdamTime, latestPeriod } from "../../server/notifications/digest/periods.ts";
import { createHmac } from "node:crypto";
import { unsubscribeToken, verifyUnsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { tokenKey } from "../../server/security/tokens.ts";
import { escapeHtml, html, toString } from "../../server/mail/html.ts";
import { notificationMessage } from "../../app/shared/notifications.ts";

describe("digest periods (Amsterdam time)", () => {
  it("daily: the latest 07:00 that has passed, across daylight saving time", () => {
    // 30 March 2026 is the first Monday after the switch to summer time (UTC+2).
    expect(latestPeriod("DAILY", new Date("2026-03-30T05:00:00Z"))).toEqual({
      frequency: "DAILY",
      key: "daily-2026-03-30",
      until: new Date("2026-03-30T05:00:00Z"),
    });
    expect(latestPeriod("DAILY", new Date("2026-03-30T04:59:59Z")).key).toBe("daily-2026-03-29");
    // Winter time (UTC+1).
    expect(latestPeriod("DAILY", new Date("2026-11-27T09:00:00Z")).until).toEqual(new Date("2026-11-27T06:00:00Z"));
  });

  it("weekly: Monday 07:00 with the ISO week number, also around New Year", () => {
    expect(latestPeriod("WEEKLY", new Date("2026-11-27T09:00:00Z"))).toEqual({
      frequency: "WEEKLY",
      key: "weekly-2026-W48",
      until: new Date("2026-11-23T06:00:00Z"),
    });
    expect(latestPeriod("WEEKLY", new Date("2026-11-23T05:59:00Z")).key).toBe("weekly-2026-W47");
    // Monday 29 December 2025 belongs to ISO week 1 of 2026.
    expect(latestPeriod("WEEKLY", new Date("2025-12-31T12:00:00Z")).key).toBe("weekly-2026-W01");
    expect(amsterdamTime(2026, 7, 1, 7)).toEqual(new Date("2026-07-01T05:00:00Z"));
  });
});

describe("unsubscribe tokens", () => {
  it("round-trip, and refuse any change", () => {
    const token = unsubscribeToken("cm1abc", "digest-community-cm2def");
    expect(verifyUnsubscribeToken(token)).toEqual({ userId: "cm1abc", scope: "digest-community-cm2def" });
    const [payload, signature] = token.split(".");
    expect(verifyUnsubscribeToken(`${payload}.${signature!.replace(/.$/, (c) => (c === "A" ? "B" : "A"))}`)).toBeNull();
    const other = Buffer.from("cm9xyz|digest").toString("base64url");
    expect(verifyUnsubscribeToken(`${other}.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken("")).toBeNull();
    expect(verifyUnsubscribeToken("a.b.c")).toBeNull();
  });

  it("are signed with HMAC-SHA256 under the unsubscribe key, as links already sent were (decision 276)", () => {
    for (const [userId, scope] of [
      ["cm1abc", "digest"],
      ["cm1abc", "digest-community-cm2def"],
      ["x".repeat(40), "email-mention"],
    ] as const) {
      const [payload, signature] = unsubscribeToken(userId, scope).split(".");
      expect(signature).toBe(createHmac("sha256", tokenKey("unsubscribe/v1")).update(payload!).digest("base64url"));
      // Twice in a row: the kept key state is copied, never used up.
      expect(unsubscribeToken(userId, scope)).toBe(`${payload}.${signature}`);
    }
  });
});

describe("mail html", () => {
  it("escapes everything it did not build itself", () => {
    expect(escapeHtml(`<script>"'&`)).toBe("&lt;script&gt;&quot;&#39;&amp;");
    const name = `<img src=x onerror=alert(1)>`;
    expect(toString(html`<p>${name}</p>${[html`<b>${"&"}</b>`]}`)).toBe("<p>&lt;img src=x onerror=alert(1)&gt;</p><b>&amp;</b>");
  });
});

describe("notification messages", () => {
  it("have a key and parameters for every kind", () => {
    expect(
      notificationMessage({ kind: "joinRequestDecided", data: { communityName: "Doe-netwerk", approved: true }, actorName: null }),
    ).toEqual({
      key: "notifications.kinds.joinRequestApproved",
      params: { community: "Doe-netwerk" },
    });
    expect(notificationMessage({ kind: "invitation", data: { communityName: "Klankbord", inviterName: null }, actorName: null }).key).toBe(
      "notifications.kinds.invitationNoInviter",
    );
    expect(notificationMessage({ kind: "unknown-kind", data: {}, actorName: null }).key).toBe("notifications.kinds.other");
  });
});
