/**
 * For facilitators: new join requests that still wait for a decision.
 * Read: the facilitator opened the in-app notification about the request.
 */
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { joinRequestDedupeKey } from "../../keys.ts";
import type { DigestSection } from "../types.ts";
import { groupBy, h3, linkLine, list, muted } from "./render.ts";

type Item = { id: string; communityId: string; name: string; message: string | null };

export const joinRequestsSection: DigestSection<Item> = {
  id: "join-requests",
  order: 60,
  coversNotificationKinds: ["joinRequestReceived"],
  async gather(context) {
    const facilitated = context.communities.filter((c) => c.role === "FACILITATOR").map((c) => c.id);
    if (!facilitated.length) return [];
    const rows = await db().joinRequest.findMany({
      where: { communityId: { in: facilitated }, status: "PENDING", createdAt: { gt: context.since, lte: context.until } },
      select: { id: true, communityId: true, createdAt: true, message: true, user: { select: { displayName: true } } },
      orderBy: { createdAt: "asc" },
    });
    if (!rows.length) return [];
    const read = await db().notification.findMany({
      where: { userId: context.member.id, kind: "joinRequestReceived", readAt: { not: null }, dedupeKey: { in: rows.map((r) => joinRequestDedupeKey(r.id, r.createdAt)) } },
      select: { dedupeKey: true },
    });
    const seen = new Set(read.map((r) => r.dedupeKey));
    return rows
      .filter((row) => !seen.has(joinRequestDedupeKey(row.id, row.createdAt)))
      .map((row) => ({ id: row.id, communityId: row.communityId, name: row.user.displayName, message: row.message }));
  },
  title: (items, { t }) => t("mail.digest.joinRequests.title", { count: items.length }),
  render(items, { t, url, community }) {
    const htmlParts = [];
    const text: string[] = [];
    for (const [communityId, group] of groupBy(items, (item) => item.communityId)) {
      const c = community(communityId);
      const manage = url(`/communities/${c.slug}/beheer`);
      htmlParts.push(
        h3(c.name),
        list(group.map((item) => html`${item.name}${item.message ? html` ${muted(`– “${item.message.slice(0, 200)}”`)}` : ""}`)),
        linkLine(manage, t("mail.digest.joinRequests.decide", { community: c.name })),
      );
      text.push(c.name, ...group.map((item) => `- ${item.name}${item.message ? ` – “${item.message.slice(0, 200)}”` : ""}`), `${t("mail.digest.joinRequests.decide", { community: c.name })}: ${manage}`, "");
    }
    return { html: html`${htmlParts}`, text: text.join("\n").trim() };
  },
};
