/**
 * New communities in the themes of the member's communities, that the member
 * can see and has not joined or asked to join yet (that is "read" here).
 */
import { paths } from "~/shared/paths.ts";
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
    return db().$queryRaw<Item[]>`
      SELECT c."slug", c."name", c."summary"
      FROM "Community" c
      WHERE c."themeId" = ANY(${themeIds}) AND c."accessMode" <> 'INVITE_ONLY'
        AND c."createdAt" > ${context.since} AND c."createdAt" <= ${context.until}
        AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = c."id" AND m."userId" = ${context.member.id})
        AND NOT EXISTS (SELECT 1 FROM "JoinRequest" j WHERE j."communityId" = c."id" AND j."userId" = ${context.member.id} AND j."status" = 'PENDING')
      ORDER BY c."createdAt"
      LIMIT 10`;
  },
  title: (items, { t }) => t("mail.digest.newCommunities.title", { count: items.length }),
  render(items, { url }) {
    return {
      html: list(items.map((item) => html`${mailLink(url(paths.community(item.slug)), item.name)}<br>${muted(item.summary)}`)),
      text: items.map((item) => `- ${item.name}: ${url(paths.community(item.slug))}\n  ${item.summary}`).join("\n"),
    };
  },
};
