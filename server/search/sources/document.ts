/**
 * Shared documents: the title and the text of the server-side render
 * (documentContent: the Yjs state through a headless Lexical editor). Readers
 * of the community only, like the document pages (docs/decisions/053).
 *
 * Live editing does not flood the queue: a collaboration room announces
 * `document.updated` at most once per 30 seconds per document (and when the
 * room closes), and the job id carries the document's version, so repeats of
 * one version are one job. Whatever slips through is caught by the sweep.
 */
import { paths } from "~/shared/paths.ts";
import { documentContent } from "../../documents/content.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";
import { listedWhere, visibilityOf } from "./registry.ts";

const select = {
  id: true,
  title: true,
  communityId: true,
  updatedAt: true,
  community: { select: { slug: true, themeId: true } },
} as const;

/** What the document adapter lists: a document a moderator hid leaves the index (docs/decisions/060). */
const indexable = () => listedWhere<Prisma.DocumentWhereInput>("document");

async function versionsWhere(where: Prisma.DocumentWhereInput, take?: number): Promise<SourceVersion[]> {
  const rows = await db().document.findMany({
    where: { AND: [await indexable(), where] },
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map((row) => ({ id: row.id, version: row.updatedAt.getTime() }));
}

export const documentSource: SearchSource = {
  kind: "document",

  async load(ids) {
    const rows = await db().document.findMany({ where: { AND: [{ id: { in: ids } }, await indexable()] }, select });
    const visibility = await visibilityOf("document", ids);
    const documents: SearchDocument[] = [];
    // One at a time: rendering runs a headless editor; a page of 500 must not hold 500 states at once.
    for (const row of rows) {
      const content = await documentContent(row.id);
      documents.push({
        kind: "document",
        recordId: row.id,
        title: row.title,
        body: content?.text ?? "",
        url: paths.document({ communitySlug: row.community.slug, documentId: row.id }),
        communityId: row.communityId,
        themeId: row.community.themeId,
        evidenceLevel: null,
        accessCommunityId: row.communityId,
        visibility: visibility(row.id),
        date: row.updatedAt,
        version: row.updatedAt.getTime(),
      });
    }
    return documents;
  },

  list(afterId, limit) {
    return versionsWhere(afterId ? { id: { gt: afterId } } : {}, limit);
  },

  async count() {
    return db().document.count({ where: await indexable() });
  },

  versions(ids) {
    return versionsWhere({ id: { in: ids } });
  },

  triggers: {
    "document.created": ({ documentId }) => [documentId],
    "document.updated": ({ documentId }) => [documentId],
    "document.deleted": ({ documentId }) => [documentId],
    "moderation.action": ({ targetKind, targetId }) => (targetKind === "DOCUMENT" ? [targetId] : []),
  },
};
