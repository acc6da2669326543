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
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        status: true,
        mergedIntoId: true,
        communityId: true,
        hiddenAt: true,
        hiddenReason: true,
        author: { select: { id: true, displayName: true } },
        community: { select: { name: true } },
      },
    });
    return rows.map((row) => ({
      kind: "libraryItem" as const,
      id: row.id,
      title: row.title,
      excerpt: excerpt(row.summary),
      communityId: row.communityId,
      communityName: row.community?.name ?? null,
      subjectId: row.author?.id ?? null,
      subjectName: row.author?.displayName ?? null,
      url: paths.libraryItem(row.slug),
      hiddenAt: row.hiddenAt,
      hiddenReason: row.hiddenReason,
      removed: row.status === "ARCHIVED",
    }));
  },
  consumers: { search: "library", digest: "library", report: "LIBRARY_ITEM" },
  moderation: {
    async assertReadable(actor, id) {
      await loadItem(actor, { id }, "view");
    },
    async setHidden(tx, id, hidden) {
      return (
        (await tx.libraryItem.updateMany({ where: { id }, data: { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null } }))
          .count === 1
      );
    },
    remove: (tx, id, actorId, reason) => archiveItemForModeration(tx, id, actorId, reason),
  },
  personalData: {
    authors: [{ model: "LibraryItem", field: "authorId" }],
    async erase(tx, member, mode) {
      let removedLibraryItemIds: string[] = [];
      let storageKeys: string[] = [];
      if (mode === "remove") {
        // Their items go with their files; an item merged into one of them is unmerged first.
        const ids = (await tx.libraryItem.findMany({ where: { authorId: member.id }, select: { id: true } })).map((item) => item.id);
        storageKeys = (await tx.libraryAttachment.findMany({ where: { itemId: { in: ids } }, select: { storageKey: true } })).map(
          (file) => file.storageKey,
        );
        await tx.libraryItem.updateMany({ where: { mergedIntoId: { in: ids } }, data: { mergedIntoId: null } });
        await tx.libraryItem.deleteMany({ where: { id: { in: ids } } });
        removedLibraryItemIds = ids;
      }
      // They can no longer be the case's contact person; a contact line with their address goes too.
      await tx.libraryItem.updateMany({ where: { authorId: member.id, contactOptIn: true }, data: { contactOptIn: false } });
      // An open proposal for a change to their published item is unpublished work of theirs: it goes (decision 102).
      await tx.libraryItem.updateMany({
        where: { authorId: member.id, proposedAt: { not: null } },
        data: { proposedChange: Prisma.DbNull, proposedAt: null, proposalComment: null },
      });
      await tx.libraryItem.updateMany({ where: { contact: { contains: member.email, mode: "insensitive" } }, data: { contact: null } });
      return { removedLibraryItemIds, storageKeys };
    },
  },
};
