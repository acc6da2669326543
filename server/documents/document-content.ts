/**
 * Shared documents as content (decision 090). Readers of the community see
 * them unless a moderator hid them; removing one is `removeDocument`, which
 * tells the connected editors (document.deleted → the realtime processor).
 */
import { paths } from "~/shared/paths.ts";
import { and, inIds, isNull } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";
import { loadDocumentById } from "./access.ts";
import { removeDocument } from "./commands.ts";

const listed = { hiddenAt: null } as const;

export const content: ContentAdapter = {
  kind: "document",
  model: "Document",
  parts: ["DocumentUpdate", "DocumentSnapshot", "DocumentVersion", "DocumentEditor", "DocumentChange"],
  listed,
  listedSql: (d) => isNull(d, "hiddenAt"),
  readable: (viewer) => ({ ...listed, communityId: { in: [...viewer.readableCommunityIds] } }),
  readableSql: (d, viewer) => and(isNull(d, "hiddenAt"), inIds(d, "communityId", viewer.readableCommunityIds)),
  async load(ids, client = db()) {
    const rows = await client.document.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        title: true,
        communityId: true,
        hiddenAt: true,
        hiddenReason: true,
        createdBy: { select: { id: true, displayName: true } },
        community: { select: { slug: true, name: true } },
      },
    });
    return rows.map((row) => ({
      kind: "document" as const,
      id: row.id,
      title: row.title,
      excerpt: "",
      communityId: row.communityId,
      communityName: row.community.name,
      subjectId: row.createdBy?.id ?? null,
      subjectName: row.createdBy?.displayName ?? null,
      url: paths.document({ communitySlug: row.community.slug, documentId: row.id }),
      hiddenAt: row.hiddenAt,
      hiddenReason: row.hiddenReason,
      removed: false,
    }));
  },
  consumers: { search: "document", digest: "documents", report: "DOCUMENT" },
  moderation: {
    async assertReadable(actor, id) {
      await loadDocumentById(actor, id, "read");
    },
    async setHidden(tx, id, hidden) {
      return (
        (await tx.document.updateMany({ where: { id }, data: { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null } }))
          .count === 1
      );
    },
    remove: (tx, id, actorId) => removeDocument(tx, id, actorId, "moderation"),
  },
  personalData: {
    authors: [
      { model: "Document", field: "createdById" },
      { model: "DocumentUpdate", field: "authorId" },
      { model: "DocumentVersion", field: "authorId" },
      { model: "DocumentChange", field: "authorId" },
    ],
    // Documents are shared work: they stay in both modes. Under "remove" the excerpts of their
    // changes go, as they quote what they typed.
    async erase(tx, member, mode) {
      if (mode === "remove") await tx.documentChange.updateMany({ where: { authorId: member.id }, data: { excerpt: "" } });
      return {};
    },
  },
};
