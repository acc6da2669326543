/**
 * New members of the member's communities. Read: the member looked at the
 * community's member list after they joined (ReadMarker `members-<id>`,
 * written by the member list page).
 */
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import type { DigestSection } from "../types.ts";
import { groupBy, h3, linkLine, names } from "./render.ts";

export const membersSeenScope = (communityId: string) => `members-${communityId}`;

type Item = { communityId: string; name: string };

export const newMembersSection: DigestSection<Item> = {
  id: "new-members",
  order: 70,
  async gather(context) {
    const ids = context.communities.map((c) => c.id);
    if (!ids.length) return [];
    const rows = await db().membership.findMany({
      where: { communityId: { in: ids }, joinedAt: { gt: context.since, lte: context.until }, userId: { not: context.member.id } },
      select: { communityId: true, joinedAt: true, user: { select: { displayName: true } } },
      orderBy: { joinedAt: "asc" },
    });
    if (!rows.length) return [];
    const markers = await db().readMarker.findMany({
      where: { userId: context.member.id, scope: { in: [...new Set(rows.map((r) => membersSeenScope(r.communityId)))] } },
      select: { scope: true, readAt: true },
    });
    const seenUntil = new Map(markers.map((m) => [m.scope, m.readAt]));
    return rows
      .filter((row) => {
        const seen = seenUntil.get(membersSeenScope(row.communityId));
        return !seen || row.joinedAt > seen;
      })
      .map((row) => ({ communityId: row.communityId, name: row.user.displayName }));
  },
  title: (items, { t }) => t("mail.digest.newMembers.title", { count: items.length }),
  render(items, { t, url, community }) {
    const htmlParts = [];
    const text: string[] = [];
    const translate = t as unknown as (key: string, params?: Record<string, unknown>) => string;
    for (const [communityId, group] of groupBy(items, (item) => item.communityId)) {
      const c = community(communityId);
      const line = t("mail.digest.newMembers.line", { count: group.length, names: names(group.map((g) => g.name), translate) });
      const link = url(`/communities/${c.slug}/leden`);
      htmlParts.push(h3(c.name), html`<p style="margin:0">${line}</p>`, linkLine(link, t("mail.digest.newMembers.link", { community: c.name })));
      text.push(c.name, line, `${t("mail.digest.newMembers.link", { community: c.name })}: ${link}`, "");
    }
    return { html: html`${htmlParts}`, text: text.join("\n").trim() };
  },
};
