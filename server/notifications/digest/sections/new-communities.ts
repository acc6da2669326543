/**
 * New communities in the themes of the member's communities, that the member
 * can see and has not joined or asked to join yet (that is "read" here).
 */
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { mailLink } from "../../../mail/layout.ts";
import type { DigestSection } from "../types.ts";
import { list, muted } from "./render.ts";

type Item = { slug: string; name: string; summary: string };

export const newCommunitiesSection: DigestSection<Item> = {
  id: "new-communities",
  order: 80,
  async gather(context) {
    const themeIds = [...new Set(context.communities.map((c) => c.themeId))];
    if (!themeIds.length) return [];
    return db().community.findMany({
      where: {
        themeId: { in: themeIds },
        createdAt: { gt: context.since, lte: context.until },
        accessMode: { not: "INVITE_ONLY" },
        memberships: { none: { userId: context.member.id } },
        joinRequests: { none: { userId: context.member.id, status: "PENDING" } },
      },
      select: { slug: true, name: true, summary: true },
      orderBy: { createdAt: "asc" },
      take: 10,
    });
  },
  title: (items, { t }) => t("mail.digest.newCommunities.title", { count: items.length }),
  render(items, { url }) {
    return {
      html: list(items.map((item) => html`${mailLink(url(`/communities/${item.slug}`), item.name)}<br>${muted(item.summary)}`)),
      text: items.map((item) => `- ${item.name}: ${url(`/communities/${item.slug}`)}\n  ${item.summary}`).join("\n"),
    };
  },
};
