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
type BatchRow = Item & { index: number };

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
      ORDER BY m."joinedAt", m."userId", m."communityId"`;
  },
  // The same query for many members: one row per (member, community) request, joined as a set.
  async gatherMany(contexts) {
    // The same rule as gather: a profile a moderator hid is not named.
    const members = await contentAdapter("member");
    const requests = contexts.map((context, index) => ({
      i: index,
      u: context.member.id,
      since: context.since.toISOString(),
      until: context.until.toISOString(),
      c: context.communities.map((c) => c.id),
    }));
    const rows = await db().$queryRaw<BatchRow[]>`
      SELECT r."i" AS "index", m."communityId", u."displayName" AS "name"
      FROM json_to_recordset(${JSON.stringify(requests)}::json) AS r("i" int, "u" text, "since" timestamptz, "until" timestamptz, "c" text[])
      CROSS JOIN LATERAL unnest(r."c") AS rc("communityId")
      JOIN "Membership" m ON m."communityId" = rc."communityId"
      JOIN "User" u ON u."id" = m."userId"
      LEFT JOIN "SeenMarker" seen ON seen."userId" = r."u" AND seen."scope" = 'members-' || m."communityId"
      WHERE m."userId" <> r."u" AND ${members.listedSql("u")}
        AND m."joinedAt" > (r."since" AT TIME ZONE 'UTC') AND m."joinedAt" <= (r."until" AT TIME ZONE 'UTC')
        AND (seen."readAt" IS NULL OR m."joinedAt" > seen."readAt")
      ORDER BY r."i", m."joinedAt", m."userId", m."communityId"`;
    const result: Item[][] = contexts.map(() => []);
    for (const row of rows) result[row.index]!.push({ communityId: row.communityId, name: row.name });
    return result;
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
