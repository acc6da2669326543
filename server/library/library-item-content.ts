/**
 * Library items as content (decision 090): shown when published, not merged
 * and not hidden; to visitors only when `publicOnWeb`. Moderation removes an
 * item by archiving it the way a curator does (`archiveItemForModeration`).
 */
import { paths } from "~/shared/paths.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { and, col, excerpt, isNull } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";
import { loadItem } from "./access.ts";
import { archiveItemForModeration } from "./commands.ts";

const listed = { status: "PUBLISHED", mergedIntoId: null, hiddenAt: null } as const;

export const content: ContentAdapter = {
  kind: "libraryItem",
  model: "LibraryItem",
  parts: ["LibraryItemTheme", "LibraryRevision", "LibraryAttachment"],
  listed,
  listedSql: (i) => and(Prisma.sql`${col(i, "status")}::text = 'PUBLISHED'`, isNull(i, "mergedIntoId"), isNull(i, "hiddenAt")),
  // Not tied to a community: every member reads a published item; visitors only those on the open web.
  readable: (viewer) => ({ ...listed, ...(viewer.actor ? {} : { publicOnWeb: true }) }),
  readableSql: (i, viewer) => (viewer.actor ? content.listedSql(i) : and(content.listedSql(i), col(i, "publicOnWeb"))),
  async load(ids, client = db()) {
    const rows = await client.libraryItem.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, slug: true, title: true, summary: true, status: true, mergedIntoId: true, communityId: true, hiddenAt: true, hiddenReason: true, author: { select: { id: true, displayName: true } }, community: { select: { name: true } } },
    });
    return rows.map((row) => ({
      kind: "libraryItem" as const, id: row.id, title: row.title, excerpt: excerpt(row.summary),
      communityId: row.communityId, communityName: row.community?.name ?? null,
      subjectId: row.author?.id ?? null, subjectName: row.author?.displayName ?? null,
      url: paths.libraryItem(row.slug),
      hiddenAt: row.hiddenAt, hiddenReason: row.hiddenReason, removed: row.status === "ARCHIVED",
    }));
  },
  consumers: { search: "library", digest: "library", report: "LIBRARY_ITEM" },
  moderation: {
    async assertReadable(actor, id) {
      await loadItem(actor, { id }, "view");
    },
    async setHidden(tx, id, hidden) {
      return (await tx.libraryItem.updateMany({ where: { id }, data: { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null } })).count === 1;
    },
    remove: (tx, id, actorId, reason) => archiveItemForModeration(tx, id, actorId, reason),
  },
  personalData: { authors: [{ model: "LibraryItem", field: "authorId" }] },
};

