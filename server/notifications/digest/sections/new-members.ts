/**
 * New members of the member's communities. Read: the member looked at the
 * community's member list after they joined (SeenMarker `members-<id>`,
 * written by the member list page).
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { digestQuery, digestWindows, perRequest, setBased } from "../batch.ts";
import { h3, linkLine, names, perCommunity } from "./render.ts";

export const membersSeenScope = (communityId: string) => `members-${communityId}`;

/** The mail names this many newcomers per community, then "and N others". */
const NAMED = 4;

/** A community's newcomers for one member: how many, and the first NAMED names (in order of joining). */
type Item = { communityId: string; count: number; names: string[] };

export const newMembersSection = setBased<Item>({
  id: "new-members",
  order: 70,
  // One statement for many members: one row per (request, community), joined as a set.
  count: (items) => items.reduce((sum, item) => sum + item.count, 0),
  async gatherMany(contexts) {
    // A profile a moderator hid is not named (the member adapter's rule).
    const members = await contentAdapter("member");
    // The newcomers of each (community, window) are looked up once, by index, however many
    // requests share it (decision 217); then each request drops itself and what it has seen.
    const rows = await digestQuery<Item & { index: number }>(Prisma.sql`
      WITH ${digestWindows(contexts, "c")}, joined AS (
        SELECT w."communityId", w."requests", w."members", j.*
        FROM windows w
        CROSS JOIN LATERAL (
          SELECT m."userId", m."joinedAt", u."displayName" AS "name"
          FROM "Membership" m
          JOIN "User" u ON u."id" = m."userId"
          WHERE m."communityId" = w."communityId" AND m."joinedAt" > w."since" AND m."joinedAt" <= w."until"
            AND ${members.listedSql("u")}
          OFFSET 0
        ) j
      )
      SELECT x."i" AS "index", j."communityId", count(*)::int AS "count",
             (array_agg(j."name" ORDER BY j."joinedAt", j."userId"))[1:${NAMED}] AS "names"
      FROM joined j
      CROSS JOIN LATERAL unnest(j."requests", j."members") AS x("i", "u")
      LEFT JOIN "SeenMarker" seen ON seen."userId" = x."u" AND seen."scope" = 'members-' || j."communityId"
      WHERE j."userId" <> x."u"
        AND (seen."readAt" IS NULL OR j."joinedAt" > seen."readAt")
      GROUP BY x."i", j."communityId"
      ORDER BY x."i", min(j."joinedAt"), (array_agg(j."userId" ORDER BY j."joinedAt", j."userId"))[1], j."communityId"`);
    return perRequest(contexts.length, rows);
  },
  title: (items, { t, shared }) => {
    const count = items.reduce((sum, item) => sum + item.count, 0);
    return shared(["mail.digest.newMembers.title", count], () => t("mail.digest.newMembers.title", { count }));
  },
  // Per community, rendered once for everyone who gets the same newcomers.
  render(items, render) {
    const { t, url } = render;
    const translate = t as unknown as (key: string, params?: Record<string, unknown>) => string;
    return perCommunity("new-members", items, render, (c, [item]) => {
      const line = t("mail.digest.newMembers.line", { count: item!.count, names: names(item!.names, translate, NAMED, item!.count) });
      const link = url(paths.communityMembers(c.slug));
      const label = t("mail.digest.newMembers.link", { community: c.name });
      return {
        html: html`${h3(c.name)}<p style="margin:0">${line}</p>${linkLine(link, label)}`,
        text: [c.name, line, `${label}: ${link}`].join("\n"),
      };
    });
  },
});
