/**
 * Notifications the member has not read and did not get by e-mail, in this
 * digest's communities. Read: the notification's readAt. The digest's
 * communities are the member's own, so the member may read and see them all
 * (the access rule of server/notifications/queries.ts holds by construction);
 * a kind for an audience only while the member still belongs to it (audience.ts).
 * Nothing about content that is no longer listed (a hidden message's excerpt
 * stays out of the mail): `aboutListedSql`, as the bell (decision 150).
 */
import { notificationExcerpt, notificationMessage } from "~/shared/notifications.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { tData } from "../../../mail/i18n.ts";
import { mailLink } from "../../../mail/layout.ts";
import { aboutListedSql } from "../../about.ts";
import { audienceSql } from "../../audience.ts";
import { ALL_KINDS } from "../../catalog.ts";
import { digestQuery, digestRequests, perRequest, setBased } from "../batch.ts";
import type { DigestContext } from "../types.ts";
import { list, muted } from "./render.ts";

type Item = { id: string; kind: string; data: Record<string, unknown>; actorName: string | null; communityName: string | null };

const MAX = 20;

export const unreadNotificationsSection = setBased<Item>({
  id: "unread-notifications",
  order: 50,
  // One statement for many members: each request's newest unread notifications of its kinds.
  async gatherMany(contexts) {
    const kinds = (context: DigestContext) =>
      ALL_KINDS.filter((kind) => context.preferences[kind].inApp && !context.coveredKinds.includes(kind));
    const aboutListed = await aboutListedSql("n");
    // Per request, its own newest MAX along the (userId, readAt, createdAt) index (decision 217).
    const rows = await digestQuery<Omit<Item, "data"> & { index: number; data: unknown }>(Prisma.sql`
      WITH req AS (${digestRequests(contexts, kinds)}), hits AS (
        SELECT q."i", n.*, row_number() OVER (PARTITION BY q."i" ORDER BY n."createdAt" DESC, n."id") AS "rank"
        FROM req q
        JOIN "User" x ON x."id" = q."u"
        CROSS JOIN LATERAL (
          SELECT n."id", n."kind", n."data", n."actorId", n."communityId", n."createdAt"
          FROM "Notification" n
          WHERE n."userId" = q."u" AND n."readAt" IS NULL AND n."emailedAt" IS NULL
            AND n."createdAt" > q."since" AND n."createdAt" <= q."until"
            AND n."kind" = ANY(q."k")
            AND ${aboutListed}
            AND (n."communityId" = ANY(q."c") OR (q."primary" AND n."communityId" IS NULL))
            AND ${audienceSql("n", { id: Prisma.sql`q."u"`, globalRole: Prisma.sql`x."globalRole"` })}
          ORDER BY n."createdAt" DESC, n."id"
          LIMIT ${MAX}
        ) n
      )
      SELECT h."i" AS "index", h."id", h."kind", h."data", a."displayName" AS "actorName", c."name" AS "communityName"
      FROM hits h
      LEFT JOIN "User" a ON a."id" = h."actorId"
      LEFT JOIN "Community" c ON c."id" = h."communityId"
      ORDER BY h."i", h."rank"`);
    return perRequest(contexts.length, rows).map((items) =>
      items.map((row) => ({ ...row, data: (row.data ?? {}) as Record<string, unknown> })),
    );
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.notifications.title", items.length], () => t("mail.digest.notifications.title", { count: items.length })),
  render(items, { t, url, language }) {
    const lines = items.map((item) => {
      const message = notificationMessage(item, { language });
      return { text: tData(t, message.key, message.params), excerpt: notificationExcerpt(item), link: url(`/meldingen/${item.id}`) };
    });
    return {
      html: list(lines.map((line) => html`${mailLink(line.link, line.text)}${line.excerpt ? html`<br>${muted(line.excerpt)}` : ""}`)),
      text: lines.map((line) => `- ${line.text}${line.excerpt ? `\n  ${line.excerpt}` : ""}\n  ${line.link}`).join("\n"),
    };
  },
});
