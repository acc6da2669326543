/**
 * For facilitators: new join requests that still wait for a decision.
 * Read: the facilitator opened the in-app notification about the request
 * (its dedupe key is joinRequestDedupeKey(request id, created at)).
 */
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { digestQuery, digestWindows, perRequest, setBased } from "../batch.ts";
import { h3, linkLine, list, muted, perCommunity } from "./render.ts";

type Item = { id: string; communityId: string; name: string; message: string | null };

export const joinRequestsSection = setBased<Item>({
  id: "join-requests",
  order: 60,
  coversNotificationKinds: ["joinRequestReceived"],
  // One statement for many members: the pending requests in the communities each one facilitates.
  async gatherMany(contexts) {
    // The pending requests of each (community, window) are looked up once, by index, however many
    // facilitators share it (decision 217); then each facilitator drops what they have read.
    const rows = await digestQuery<Item & { index: number }>(Prisma.sql`
      WITH ${digestWindows(contexts, "f")}, pending AS (
        SELECT w."communityId", w."requests", w."members", p.*
        FROM windows w
        CROSS JOIN LATERAL (
          SELECT r."id", r."createdAt", r."message", u."displayName" AS "name",
                 'join-request-' || r."id" || '-' || (extract(epoch FROM r."createdAt") * 1000)::bigint AS "dedupeKey"
          FROM "JoinRequest" r
          JOIN "User" u ON u."id" = r."userId"
          WHERE r."communityId" = w."communityId" AND r."status" = 'PENDING'
            AND r."createdAt" > w."since" AND r."createdAt" <= w."until"
          OFFSET 0
        ) p
      )
      SELECT x."i" AS "index", p."id", p."communityId", p."name", p."message"
      FROM pending p
      CROSS JOIN LATERAL unnest(p."requests", p."members") AS x("i", "u")
      WHERE NOT EXISTS (
        SELECT 1 FROM "Notification" n
        WHERE n."userId" = x."u" AND n."dedupeKey" = p."dedupeKey" AND n."readAt" IS NOT NULL
      )
      ORDER BY x."i", p."createdAt", p."id"`);
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
