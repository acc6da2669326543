/**
 * New upcoming meetings (bijeenkomsten) in the digest's communities, and
 * platform-wide ones in the member's primary digest. New: announced in the
 * window and still ahead. Read: the member already answered (ja, misschien
 * or nee) or the meeting was cancelled.
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { mailDate } from "../../../mail/i18n.ts";
import { mailLink } from "../../../mail/layout.ts";
import type { DigestSection } from "../types.ts";
import { list, muted } from "./render.ts";

type Item = { id: string; title: string; startsAt: Date; location: string | null; communityId: string | null };

const MAX = 10;

export const upcomingMeetingsSection: DigestSection<Item> = {
  id: "upcoming-events",
  order: 40,
  async gather(context) {
    const ids = context.communities.map((c) => c.id);
    if (!ids.length && !context.primary) return [];
    const meetings = await contentAdapter("meeting");
    return db().$queryRaw<Item[]>`
      SELECT e."id", e."title", e."startsAt", e."location", e."communityId"
      FROM "Event" e
      WHERE (e."communityId" = ANY(${ids}) OR (${context.primary} AND e."communityId" IS NULL))
        AND ${meetings.listedSql("e")}
        AND e."createdAt" > ${context.since} AND e."createdAt" <= ${context.until}
        AND e."startsAt" > ${context.until}
        AND NOT EXISTS (SELECT 1 FROM "Rsvp" r WHERE r."eventId" = e."id" AND r."userId" = ${context.member.id})
      ORDER BY e."startsAt", e."id"
      LIMIT ${MAX}`;
  },
  title: (items, { t }) => t("mail.digest.upcomingEvents.title", { count: items.length }),
  render(items, { t, url, language, community }) {
    const line = (item: Item) =>
      [mailDate(item.startsAt, language, true), item.communityId ? community(item.communityId).name : t("mail.digest.upcomingEvents.platform"), item.location]
        .filter(Boolean)
        .join(" · ");
    return {
      html: list(items.map((item) => html`${mailLink(url(paths.meeting(item.id)), item.title)}<br>${muted(line(item))}`)),
      text: items.map((item) => `- ${item.title}: ${url(paths.meeting(item.id))}\n  ${line(item)}`).join("\n"),
    };
  },
};
