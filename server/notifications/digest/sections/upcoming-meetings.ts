/**
 * New upcoming meetings (bijeenkomsten) in the digest's communities, and
 * platform-wide ones in the member's primary digest. New: announced in the
 * window and still ahead. Read: the member already answered (ja, misschien
 * or nee) or the meeting was cancelled.
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { mailDate } from "../../../mail/i18n.ts";
import { mailLink } from "../../../mail/layout.ts";
import { digestQuery, digestRequests, perRequest, setBased } from "../batch.ts";
import { list, muted } from "./render.ts";

type Item = { id: string; title: string; startsAt: Date; location: string | null; communityId: string | null };

const MAX = 10;

export const upcomingMeetingsSection = setBased<Item>({
  id: "upcoming-events",
  order: 40,
  // The notice of a new meeting (decision 242) is this section's news: the unread notifications leave it out.
  coversNotificationKinds: ["eventPlanned"],
  // One statement for many members: each request's first MAX meetings.
  async gatherMany(contexts) {
    const meetings = await contentAdapter("meeting");
    const rows = await digestQuery<Item & { index: number }>(Prisma.sql`
      WITH req AS (${digestRequests(contexts)}), hits AS (
        SELECT q."i", e."id", e."title", e."startsAt", e."location", e."communityId",
               row_number() OVER (PARTITION BY q."i" ORDER BY e."startsAt", e."id") AS "rank"
        FROM req q
        JOIN "Event" e ON (e."communityId" = ANY(q."c") OR (q."primary" AND e."communityId" IS NULL))
        WHERE ${meetings.listedSql("e")}
          AND e."createdAt" > q."since" AND e."createdAt" <= q."until"
          AND e."startsAt" > q."until"
          AND NOT EXISTS (SELECT 1 FROM "Rsvp" r WHERE r."eventId" = e."id" AND r."userId" = q."u")
      )
      SELECT h."i" AS "index", h."id", h."title", h."startsAt", h."location", h."communityId"
      FROM hits h
      WHERE h."rank" <= ${MAX}
      ORDER BY h."i", h."rank"`);
    return perRequest(contexts.length, rows);
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.upcomingEvents.title", items.length], () => t("mail.digest.upcomingEvents.title", { count: items.length })),
  // The same meetings are rendered once for everyone who gets them (shared parts, decision 160).
  render(items, { t, url, language, community, shared }) {
    const where = items.map((item) => (item.communityId ? community(item.communityId).name : t("mail.digest.upcomingEvents.platform")));
    const line = (item: Item, index: number) =>
      [mailDate(item.startsAt, language, true), where[index], item.location].filter(Boolean).join(" · ");
    return shared(["upcoming-events", items, where], () => ({
      html: list(items.map((item, index) => html`${mailLink(url(paths.meeting(item.id)), item.title)}<br>${muted(line(item, index))}`)),
      text: items.map((item, index) => `- ${item.title}: ${url(paths.meeting(item.id))}\n  ${line(item, index)}`).join("\n"),
    }));
  },
});
