/**
 * New members of the member's communities. Read: the member looked at the
 * community's member list after they joined (SeenMarker `members-<id>`,
 * written by the member list page).
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { digestRequests, perRequest, setBased } from "../batch.ts";
import { h3, linkLine, names, perCommunity } from "./render.ts";

export const membersSeenScope = (communityId: string) => `members-${communityId}`;

type Item = { communityId: string; name: string };

export const newMembersSection = setBased<Item>({
  id: "new-members",
  order: 70,
  // One statement for many members: one row per (request, community), joined as a set.
  async gatherMany(contexts) {
    // A profile a moderator hid is not named (the member adapter's rule).
    const members = await contentAdapter("member");
    const rows = await db().$queryRaw<(Item & { index: number })[]>`
      WITH req AS (${digestRequests(contexts)})
      SELECT q."i" AS "index", m."communityId", u."displayName" AS "name"
      FROM req q
      CROSS JOIN LATERAL unnest(q."c") AS rc("communityId")
      JOIN "Membership" m ON m."communityId" = rc."communityId"
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "SeenMarker" seen ON seen."userId" = q."u" AND seen."scope" = 'members-' || m."communityId"
      WHERE m."userId" <> q."u" AND ${members.listedSql("u")}
        AND m."joinedAt" > q."since" AND m."joinedAt" <= q."until"
        AND (seen."readAt" IS NULL OR m."joinedAt" > seen."readAt")
      ORDER BY q."i", m."joinedAt", m."userId", m."communityId"`;
    return perRequest(contexts.length, rows);
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.newMembers.title", items.length], () => t("mail.digest.newMembers.title", { count: items.length })),
  // Per community, rendered once for everyone who gets the same newcomers.
  render(items, render) {
    const { t, url } = render;
    const translate = t as unknown as (key: string, params?: Record<string, unknown>) => string;
    return perCommunity("new-members", items, render, (c, group) => {
      const line = t("mail.digest.newMembers.line", {
        count: group.length,
        names: names(
          group.map((g) => g.name),
          translate,
        ),
      });
      const link = url(paths.communityMembers(c.slug));
      const label = t("mail.digest.newMembers.link", { community: c.name });
      return {
        html: html`${h3(c.name)}<p style="margin:0">${line}</p>${linkLine(link, label)}`,
        text: [c.name, line, `${label}: ${link}`].join("\n"),
      };
    });
  },
});
