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
    // requests share it (decision 217), and numbered in order of joining. A member who has not looked
    // at the community's member list since gets the window's newcomers less themselves: the count and
    // the first NAMED + 1 names, made once per window (decision 307), instead of grouping every
    // newcomer again for every member. A member who has looked (a seen marker) gets those who joined
    // after it, grouped per member as before.
    const rows = await digestQuery<Item & { index: number }>(Prisma.sql`
      WITH ${digestWindows(contexts, "c")}, joined AS MATERIALIZED (
        SELECT w."communityId", w."since", w."until", j."userId", j."joinedAt", j."name",
          row_number() OVER (PARTITION BY w."communityId", w."since", w."until" ORDER BY j."joinedAt", j."userId") AS "position"
        FROM windows w
        CROSS JOIN LATERAL (
          SELECT m."userId", m."joinedAt", u."displayName" AS "name"
          FROM "Membership" m
          JOIN "User" u ON u."id" = m."userId"
          WHERE m."communityId" = w."communityId" AND m."joinedAt" > w."since" AND m."joinedAt" <= w."until"
            AND ${members.listedSql("u")}
          OFFSET 0
        ) j
      ), heads AS (
        SELECT j."communityId", j."since", j."until", count(*)::int AS "total",
          array_agg(j."userId" ORDER BY j."position") FILTER (WHERE j."position" <= ${NAMED} + 1) AS "ids",
          array_agg(j."name" ORDER BY j."position") FILTER (WHERE j."position" <= ${NAMED} + 1) AS "names",
          array_agg(j."joinedAt" ORDER BY j."position") FILTER (WHERE j."position" <= 2) AS "times"
        FROM joined j
        GROUP BY 1, 2, 3
      ), pairs AS (
        SELECT x."i", x."u", w."communityId", w."since", w."until", seen."readAt"
        FROM windows w
        CROSS JOIN LATERAL unnest(w."requests", w."members") AS x("i", "u")
        LEFT JOIN "SeenMarker" seen ON seen."userId" = x."u" AND seen."scope" = 'members-' || w."communityId"
      ), counted AS (
        SELECT p."i", p."communityId",
          h."total" - (EXISTS (
            SELECT 1 FROM joined self
            WHERE self."communityId" = p."communityId" AND self."since" = p."since" AND self."until" = p."until" AND self."userId" = p."u"
          ))::int AS "count",
          (SELECT array_agg(e."name" ORDER BY e."position") FROM unnest(h."ids", h."names") WITH ORDINALITY AS e("id", "name", "position")
            WHERE e."id" <> p."u") AS "names",
          -- The first newcomer other than oneself orders the member's communities, as below.
          CASE WHEN h."ids"[1] = p."u" THEN h."times"[2] ELSE h."times"[1] END AS "first",
          CASE WHEN h."ids"[1] = p."u" THEN h."ids"[2] ELSE h."ids"[1] END AS "firstId"
        FROM pairs p
        JOIN heads h ON h."communityId" = p."communityId" AND h."since" = p."since" AND h."until" = p."until"
        WHERE p."readAt" IS NULL
        UNION ALL
        SELECT p."i", p."communityId", count(*)::int, array_agg(j."name" ORDER BY j."position"),
          min(j."joinedAt"), (array_agg(j."userId" ORDER BY j."position"))[1]
        FROM pairs p
        JOIN joined j ON j."communityId" = p."communityId" AND j."since" = p."since" AND j."until" = p."until"
          AND j."userId" <> p."u" AND j."joinedAt" > p."readAt"
        WHERE p."readAt" IS NOT NULL
        GROUP BY p."i", p."communityId"
      )
      SELECT c."i" AS "index", c."communityId", c."count", c."names"[1:${NAMED}] AS "names"
      FROM counted c
      WHERE c."count" > 0
      ORDER BY c."i", c."first", c."firstId", c."communityId"`);
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
