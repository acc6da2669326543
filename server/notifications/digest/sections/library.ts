/**
 * The library: items published since the last digest. Not tied to a
 * community, so only in the member's primary digest. Every logged-in member
 * may read a published item. Read: the member opened the item page after it
 * was published (SeenMarker `library-<id>`, written by the page) or wrote it.
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { db } from "../../../db.ts";
import { html } from "../../../mail/html.ts";
import { tData } from "../../../mail/i18n.ts";
import { mailLink } from "../../../mail/layout.ts";
import type { DigestSection } from "../types.ts";
import { list, muted } from "./render.ts";

export const librarySeenScope = (itemId: string) => `library-${itemId}`;

const LIMIT = 10;

type Item = { id: string; slug: string; title: string; summary: string; kind: string };

export const librarySection: DigestSection<Item> = {
  id: "library",
  order: 50,
  async gather(context) {
    if (!context.primary) return [];
    const member = context.member.id;
    const items = await contentAdapter("libraryItem");
    return db().$queryRaw<Item[]>`
      SELECT i."id", i."slug", i."title", i."summary", i."kind"::text AS "kind"
      FROM "LibraryItem" i
      LEFT JOIN "SeenMarker" seen ON seen."userId" = ${member} AND seen."scope" = 'library-' || i."id"
      WHERE ${items.readableSql("i", { actor: { id: member, globalRole: context.member.globalRole }, readableCommunityIds: [] })}
        AND i."publishedAt" > ${context.since} AND i."publishedAt" <= ${context.until}
        AND i."authorId" IS DISTINCT FROM ${member}
        AND (seen."readAt" IS NULL OR seen."readAt" < i."publishedAt")
      ORDER BY i."publishedAt"
      LIMIT ${LIMIT}`;
  },
  title: (items, { t }) => t("mail.digest.library.title", { count: items.length }),
  render(items, { t, url }) {
    return {
      html: list(items.map((item) => html`${mailLink(url(paths.libraryItem(item.slug)), item.title)} ${muted(`(${tData(t, `library.kinds.${item.kind}`)})`)}<br>${muted(item.summary)}`)),
      text: items.map((item) => `- ${item.title} (${tData(t, `library.kinds.${item.kind}`)}): ${url(paths.libraryItem(item.slug))}\n  ${item.summary}`).join("\n"),
    };
  },
};
