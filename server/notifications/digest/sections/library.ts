/**
 * The library: items published since the last digest. Not tied to a
 * community, so only in the member's primary digest. Every logged-in member
 * may read a published item. Read: the member opened the item page after it
 * was published (SeenMarker `library-<id>`, written by the page) or wrote it.
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { tData } from "../../../mail/i18n.ts";
import { mailLink } from "../../../mail/layout.ts";
import { byFragment, digestQuery, digestRequests, onlyFor, perRequest, setBased } from "../batch.ts";
import type { DigestContext } from "../types.ts";
import { list, muted } from "./render.ts";

export const librarySeenScope = (itemId: string) => `library-${itemId}`;

const LIMIT = 10;

type Item = { id: string; slug: string; title: string; summary: string; kind: string };

export const librarySection = setBased<Item>({
  id: "library",
  order: 50,
  // One statement for many members (per readable rule, in practice one): each request's first LIMIT items.
  async gatherMany(contexts) {
    const items = await contentAdapter("libraryItem");
    const viewer = (context: DigestContext) => ({
      actor: { id: context.member.id, globalRole: context.member.globalRole },
      readableCommunityIds: [],
    });
    return onlyFor(
      contexts,
      (context) => context.primary,
      (primary) =>
        byFragment(
          primary,
          (context) => items.readableSql("i", viewer(context)),
          async (group, readable) => {
            const rows = await digestQuery<Item & { index: number }>(Prisma.sql`
          WITH req AS (${digestRequests(group)}), hits AS (
            SELECT q."i", i."id", i."slug", i."title", i."summary", i."kind"::text AS "kind",
                   row_number() OVER (PARTITION BY q."i" ORDER BY i."publishedAt", i."id") AS "rank"
            FROM req q
            JOIN "LibraryItem" i ON i."publishedAt" > q."since" AND i."publishedAt" <= q."until"
            LEFT JOIN "SeenMarker" seen ON seen."userId" = q."u" AND seen."scope" = 'library-' || i."id"
            WHERE ${readable}
              AND i."authorId" IS DISTINCT FROM q."u"
              AND (seen."readAt" IS NULL OR seen."readAt" < i."publishedAt")
          )
          SELECT h."i" AS "index", h."id", h."slug", h."title", h."summary", h."kind"
          FROM hits h
          WHERE h."rank" <= ${LIMIT}
          ORDER BY h."i", h."rank"`);
            return perRequest(group.length, rows);
          },
        ),
    );
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.library.title", items.length], () => t("mail.digest.library.title", { count: items.length })),
  // The same items are rendered once for everyone who gets them (shared parts, decision 160).
  // The same items are rendered once for everyone who gets them (shared parts, decision 160).
  render(items, { t, url, shared }) {
    return shared(["library", items], () => ({
      html: list(
        items.map(
          (item) =>
            html`${mailLink(url(paths.libraryItem(item.slug)), item.title)} ${muted(`(${tData(t, `library.kinds.${item.kind}`)})`)}<br>${muted(item.summary)}`,
        ),
      ),
      text: items
        .map(
          (item) => `- ${item.title} (${tData(t, `library.kinds.${item.kind}`)}): ${url(paths.libraryItem(item.slug))}\n  ${item.summary}`,
        )
        .join("\n"),
    }));
  },
});
