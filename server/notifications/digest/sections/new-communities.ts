/**
 * New communities in the themes of the member's communities, that the member
 * can see and has not joined or asked to join yet (that is "read" here).
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { mailLink } from "../../../mail/layout.ts";
import { byFragment, digestQuery, digestRequests, perRequest, setBased } from "../batch.ts";
import type { DigestContext } from "../types.ts";
import { list, muted } from "./render.ts";

type Item = { slug: string; name: string; summary: string };

const LIMIT = 10;

export const newCommunitiesSection = setBased<Item>({
  id: "new-communities",
  order: 80,
  // One statement for many members (per readable rule, in practice one): each request's first LIMIT communities.
  async gatherMany(contexts) {
    // Open and on-request communities only: what a non-member may see of them (the community adapter's rule).
    const communities = await contentAdapter("community");
    const viewer = (context: DigestContext) => ({
      actor: { id: context.member.id, globalRole: context.member.globalRole },
      readableCommunityIds: [],
    });
    return byFragment(
      contexts,
      (context) => communities.readableSql("c", viewer(context)),
      async (group, readable) => {
        // The communities new in each window are found once (decision 217); each request then
        // keeps those in its themes that it has not joined or asked to join (one index probe each).
        const rows = await digestQuery<Item & { index: number }>(Prisma.sql`
        WITH req AS (${digestRequests(group)}), windows AS (
          SELECT DISTINCT q."since", q."until" FROM req q
        ), fresh AS MATERIALIZED (
          SELECT w."since", w."until", c."id", c."slug", c."name", c."summary", c."themeId", c."createdAt"
          FROM windows w
          JOIN "Community" c ON c."createdAt" > w."since" AND c."createdAt" <= w."until"
          WHERE ${readable}
        ), hits AS (
          SELECT q."i", f."slug", f."name", f."summary",
                 row_number() OVER (PARTITION BY q."i" ORDER BY f."createdAt", f."id") AS "rank"
          FROM req q
          JOIN fresh f ON f."since" = q."since" AND f."until" = q."until" AND f."themeId" = ANY(q."t")
          WHERE NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = q."u" AND m."communityId" = f."id")
            AND NOT EXISTS (SELECT 1 FROM "JoinRequest" j WHERE j."userId" = q."u" AND j."communityId" = f."id" AND j."status" = 'PENDING')
        )
        SELECT h."i" AS "index", h."slug", h."name", h."summary"
        FROM hits h
        WHERE h."rank" <= ${LIMIT}
        ORDER BY h."i", h."rank"`);
        return perRequest(group.length, rows);
      },
    );
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.newCommunities.title", items.length], () => t("mail.digest.newCommunities.title", { count: items.length })),
  // The same communities are rendered once for everyone who gets them (shared parts, decision 160).
  render(items, { url, shared }) {
    return shared(["new-communities", items], () => ({
      html: list(items.map((item) => html`${mailLink(url(paths.community(item.slug)), item.name)}<br>${muted(item.summary)}`)),
      text: items.map((item) => `- ${item.name}: ${url(paths.community(item.slug))}\n  ${item.summary}`).join("\n"),
    }));
  },
});
