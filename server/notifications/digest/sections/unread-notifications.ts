/**
 * Notifications the member has not read and did not get by e-mail, in this
 * digest's communities. Read: the notification's readAt.
 */
import { notificationExcerpt, notificationMessage } from "~/shared/notifications.ts";
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { tData } from "../../../mail/i18n.ts";
import { mailLink } from "../../../mail/layout.ts";
import { kindPreferences } from "../../preferences.ts";
import { ALL_KINDS } from "../../catalog.ts";
import { visibleNotificationsWhere } from "../../queries.ts";
import type { DigestSection } from "../types.ts";
import { list, muted } from "./render.ts";

type Item = { id: string; kind: string; data: Record<string, unknown>; actorName: string | null; communityName: string | null };

const MAX = 20;

export const unreadNotificationsSection: DigestSection<Item> = {
  id: "unread-notifications",
  order: 50,
  async gather(context) {
    const ids = context.communities.map((c) => c.id);
    const prefs = await kindPreferences(context.member.id);
    const hidden = ALL_KINDS.filter((kind) => !prefs[kind].inApp || context.coveredKinds.includes(kind));
    const rows = await db().notification.findMany({
      where: {
        AND: [
          visibleNotificationsWhere(context.member, hidden),
          { readAt: null, emailedAt: null, createdAt: { gt: context.since, lte: context.until } },
          { OR: [{ communityId: { in: ids } }, ...(context.primary ? [{ communityId: null }] : [])] },
        ],
      },
      select: { id: true, kind: true, data: true, actor: { select: { displayName: true } }, community: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: MAX,
    });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      data: (row.data ?? {}) as Record<string, unknown>,
      actorName: row.actor?.displayName ?? null,
      communityName: row.community?.name ?? null,
    }));
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
