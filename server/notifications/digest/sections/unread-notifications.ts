/**
 * Notifications the member has not read and did not get by e-mail, in this
 * digest's communities. Read: the notification's readAt. The digest's
 * communities are the member's own, so the member may read and see them all
 * (the access rule of server/notifications/queries.ts holds by construction).
 * Nothing about content that is no longer listed (a hidden message's excerpt
 * stays out of the mail): `aboutListedSql`, as the bell (decision 150).
 */
import { notificationExcerpt, notificationMessage } from "~/shared/notifications.ts";
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { tData } from "../../../mail/i18n.ts";
import { mailLink } from "../../../mail/layout.ts";
import { aboutListedSql } from "../../about.ts";
import { ALL_KINDS } from "../../catalog.ts";
import type { DigestSection } from "../types.ts";
import { list, muted } from "./render.ts";

type Item = { id: string; kind: string; data: Record<string, unknown>; actorName: string | null; communityName: string | null };

const MAX = 20;

export const unreadNotificationsSection: DigestSection<Item> = {
  id: "unread-notifications",
  order: 50,
  async gather(context) {
    const kinds = ALL_KINDS.filter((kind) => context.preferences[kind].inApp && !context.coveredKinds.includes(kind));
    if (!kinds.length) return [];
    const ids = context.communities.map((c) => c.id);
    const rows = await db().$queryRaw<(Omit<Item, "data"> & { data: unknown })[]>`
      SELECT n."id", n."kind", n."data", a."displayName" AS "actorName", c."name" AS "communityName"
      FROM "Notification" n
      LEFT JOIN "User" a ON a."id" = n."actorId"
      LEFT JOIN "Community" c ON c."id" = n."communityId"
      WHERE n."userId" = ${context.member.id} AND n."readAt" IS NULL AND n."emailedAt" IS NULL
        AND n."createdAt" > ${context.since} AND n."createdAt" <= ${context.until}
        AND n."kind" = ANY(${kinds})
        AND ${await aboutListedSql("n")}
        AND (n."communityId" = ANY(${ids}) OR (${context.primary} AND n."communityId" IS NULL))
      ORDER BY n."createdAt" DESC
      LIMIT ${MAX}`;
    return rows.map((row) => ({ ...row, data: (row.data ?? {}) as Record<string, unknown> }));
  },
  title: (items, { t }) => t("mail.digest.notifications.title", { count: items.length }),
  render(items, { t, url }) {
    const lines = items.map((item) => {
      const message = notificationMessage(item);
      return { text: tData(t, message.key, message.params), excerpt: notificationExcerpt(item), link: url(`/meldingen/${item.id}`) };
    });
    return {
      html: list(lines.map((line) => html`${mailLink(line.link, line.text)}${line.excerpt ? html`<br>${muted(line.excerpt)}` : ""}`)),
      text: lines.map((line) => `- ${line.text}${line.excerpt ? `\n  ${line.excerpt}` : ""}\n  ${line.link}`).join("\n"),
    };
  },
};
