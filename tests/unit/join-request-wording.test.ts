/**
 * One word for one thing (walk 18): a request to join a community is an "aanvraag" on the community
 * page, the management page and in the audit log; the notification, the settings and the digest
 * said "aanmelding", which on Praktijkplein is signing up for an event.
 */
import { describe, expect, it } from "vitest";
import { resources, translator } from "../../app/i18n/index.ts";

/** Every string under a key path that names join requests, with its path. */
function joinRequestStrings(tree: unknown, path: string[] = [], inside = false): [string, string][] {
  if (typeof tree === "string") return inside ? [[path.join("."), tree]] : [];
  if (!tree || typeof tree !== "object") return [];
  return Object.entries(tree).flatMap(([key, value]) => joinRequestStrings(value, [...path, key], inside || /joinRequest/i.test(key)));
}

describe("the words for a request to join", () => {
  it("are 'aanvraag' in Dutch wherever a join request is meant, never 'aanmelding'", () => {
    const strings = joinRequestStrings(resources.nl.translation);
    // The notifications (decided, received), their settings, the digest section, the audit log.
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const [key, text] of strings) expect(`${key}: ${text}`).not.toMatch(/aanmeld/i);
  });

  it("says so in the member's notification, in both languages", () => {
    expect(translator("nl")("notifications.kinds.joinRequestApproved", { community: "Klantmanagers" })).toBe(
      "Je aanvraag om lid te worden van Klantmanagers is goedgekeurd. Welkom!",
    );
    expect(translator("en")("notifications.kinds.joinRequestApproved", { community: "Klantmanagers" })).toBe(
      "Your request to join Klantmanagers was approved. Welcome!",
    );
    expect(translator("nl")("mail.digest.joinRequests.title", { count: 2 })).toBe("2 aanvragen om lid te worden wachten op jou");
  });
});
