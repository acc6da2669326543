/**
 * Shared documents: documents started and versions saved (named versions, not
 * the automatic ones) in the member's digest communities since the last
 * digest. Read: the member opened the document page after it happened
 * (SeenMarker `document-<id>`, written by the page), or did it themselves
 * (started the document, saved the version).
 */
import { paths } from "~/shared/paths.ts";
import { contentAdapter } from "../../../content/registry.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { html } from "../../../mail/html.ts";
import { mailLink } from "../../../mail/layout.ts";
import { digestQuery, digestRequests, perRequest, setBased } from "../batch.ts";
import { groupBy, h3, list, muted, perCommunity } from "./render.ts";

export const documentSeenScope = (documentId: string) => `document-${documentId}`;

const LIMIT = 20;

type Row = { documentId: string; communityId: string; title: string; isNew: boolean; version: string | null; at: Date };
type Item = { documentId: string; communityId: string; title: string; isNew: boolean; versions: string[] };

/** What happened, grouped per document in order of first event, at most LIMIT documents. */
function toItems(rows: Row[]): Item[] {
  const items: Item[] = [];
  for (const [documentId, group] of groupBy(rows, (row) => row.documentId)) {
    const first = group[0]!;
    items.push({
      documentId,
      communityId: first.communityId,
      title: first.title,
      isNew: group.some((row) => row.isNew),
      versions: group.filter((row) => !row.isNew && row.version !== null).map((row) => row.version!),
    });
    if (items.length === LIMIT) break;
  }
  return items;
}

export const documentsSection = setBased<Item>({
  id: "documents",
  order: 40,
  // One statement for many members: what happened per request, then grouped per document here.
  async gatherMany(contexts) {
    const documents = await contentAdapter("document");
    const rows = await digestQuery<Row & { index: number }>(Prisma.sql`
      WITH req AS (${digestRequests(contexts)}), happened AS (
        SELECT q."i", q."u", d."id" AS "documentId", true AS "isNew", NULL::text AS "version", d."createdAt" AS "at"
        FROM req q
        JOIN "Document" d ON d."communityId" = ANY(q."c")
        WHERE d."createdAt" > q."since" AND d."createdAt" <= q."until"
          AND d."createdById" IS DISTINCT FROM q."u"
        UNION ALL
        SELECT q."i", q."u", v."documentId", false, v."name", v."createdAt"
        FROM req q
        JOIN "Document" d ON d."communityId" = ANY(q."c")
        JOIN "DocumentVersion" v ON v."documentId" = d."id"
        WHERE v."kind" = 'NAMED' AND v."createdAt" > q."since" AND v."createdAt" <= q."until"
          AND v."authorId" IS DISTINCT FROM q."u"
      )
      SELECT h."i" AS "index", h."documentId", d."communityId", d."title", h."isNew", h."version", h."at"
      FROM happened h
      JOIN "Document" d ON d."id" = h."documentId"
      LEFT JOIN "SeenMarker" seen ON seen."userId" = h."u" AND seen."scope" = 'document-' || h."documentId"
      WHERE ${documents.listedSql("d")} AND (seen."readAt" IS NULL OR seen."readAt" < h."at")
      ORDER BY h."i", h."at", h."documentId", h."isNew" DESC, h."version"`);
    return perRequest(contexts.length, rows).map(toItems);
  },
  title: (items, { t, shared }) =>
    shared(["mail.digest.documents.title", items.length], () => t("mail.digest.documents.title", { count: items.length })),
  // Per community, rendered once for everyone who gets the same documents.
  render(items, render) {
    const { t, url } = render;
    return perCommunity("documents", items, render, (c, group) => {
      const text: string[] = [c.name];
      const entries = group.map((item) => {
        const link = url(paths.document({ communitySlug: c.slug, documentId: item.documentId }));
        const status = item.isNew
          ? t("mail.digest.documents.new")
          : t("mail.digest.documents.versions", { count: item.versions.length, names: item.versions.join(", ") });
        text.push(`- ${item.title} (${status}): ${link}`);
        return html`${mailLink(link, item.title)} ${muted(`(${status})`)}`;
      });
      return { html: html`${h3(c.name)}${list(entries)}`, text: text.join("\n") };
    });
  },
});
