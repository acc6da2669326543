/**
 * For facilitators: new join requests that still wait for a decision.
 * Read: the facilitator opened the in-app notification about the request
 * (its dedupe key is joinRequestDedupeKey(request id, created at)).
 */
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { digestRequests, perRequest, setBased } from "../batch.ts";
import { h3, linkLine, list, muted, perCommunity } from "./render.ts";

type Item = { id: string; communityId: string; name: string; message: string | null };

export const joinRequestsSection = setBased<Item>({
  id: "join-requests",
  order: 60,
  coversNotificationKinds: ["joinRequestReceived"],
  // One statement for many members: the pending requests in the communities each one facilitates.
  async gatherMany(contexts) {
    const rows = await db().$queryRaw<(Item & { index: number })[]>`
      WITH req AS (${digestRequests(contexts)})
      SELECT q."i" AS "index", r."id", r."communityId", u."displayName" AS "name", r."message"
      FROM req q
      JOIN "JoinRequest" r ON r."communityId" = ANY(q."f")
      JOIN "User" u ON u."id" = r."userId"
      WHERE r."status" = 'PENDING'
        AND r."createdAt" > q."since" AND r."createdAt" <= q."until"
        AND NOT EXISTS (
          SELECT 1 FROM "Notification" n
          WHERE n."userId" = q."u" AND n."readAt" IS NOT NULL
            AND n."dedupeKey" = 'join-request-' || r."id" || '-' || (extract(epoch FROM r."createdAt") * 1000)::bigint
        )
      ORDER BY q."i", r."createdAt", r."id"`;
    return perRequest(contexts.length, rows);
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.joinRequests.title", items.length], () => t("mail.digest.joinRequests.title", { count: items.length })),
  // Per community, rendered once for every facilitator who gets the same requests.
  render(items, render) {
    const { t, url } = render;
    return perCommunity("join-requests", items, render, (c, group) => {
      const manage = url(`/communities/${c.slug}/beheer`);
      const decide = t("mail.digest.joinRequests.decide", { community: c.name });
      return {
        html: html`${h3(c.name)}${list(group.map((item) => html`${item.name}${item.message ? html` ${muted(`– “${item.message.slice(0, 200)}”`)}` : ""}`))}${linkLine(manage, decide)}`,
        text: [
          c.name,
          ...group.map((item) => `- ${item.name}${item.message ? ` – “${item.message.slice(0, 200)}”` : ""}`),
          `${decide}: ${manage}`,
        ].join("\n"),
      };
    });
  },
});
