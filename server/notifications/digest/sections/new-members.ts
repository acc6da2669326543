/**
 * New members of the member's communities. Read: the member looked at the
 * community's member list after they joined (SeenMarker `members-<id>`,
 * written by the member list page).
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
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
    // A profile a moderator hid is not named (the member adapter's rule).
    const members = await contentAdapter("member");
    return db().$queryRaw<Item[]>`
      SELECT m."communityId", u."displayName" AS "name"
      FROM "Membership" m
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "SeenMarker" seen ON seen."userId" = ${context.member.id} AND seen."scope" = 'members-' || m."communityId"
      WHERE m."communityId" = ANY(${ids}) AND m."userId" <> ${context.member.id} AND ${members.listedSql("u")}
        AND m."joinedAt" > ${context.since} AND m."joinedAt" <= ${context.until}
        AND (seen."readAt" IS NULL OR m."joinedAt" > seen."readAt")
      ORDER BY m."joinedAt"`;
  },
  title: (items, { t }) => t("mail.digest.newMembers.title", { count: items.length }),
  render(items, { t, url, community }) {
    const htmlParts = [];
    const text: string[] = [];
    const translate = t as unknown as (key: string, params?: Record<string, unknown>) => string;
    for (const [communityId, group] of groupBy(items, (item) => item.communityId)) {
      const c = community(communityId);
      const line = t("mail.digest.newMembers.line", { count: group.length, names: names(group.map((g) => g.name), translate) });
      const link = url(paths.communityMembers(c.slug));
      htmlParts.push(h3(c.name), html`<p style="margin:0">${line}</p>`, linkLine(link, t("mail.digest.newMembers.link", { community: c.name })));
      text.push(c.name, line, `${t("mail.digest.newMembers.link", { community: c.name })}: ${link}`, "");
    }
    return { html: html`${htmlParts}`, text: text.join("\n").trim() };
  },
};
