/**
 * Versions: the full Yjs state at a moment, named by a member ("versie 1"),
 * taken automatically while a document is edited, or taken just before a
 * restore so the content it replaces stays in the history.
 */
import { db } from "../db.ts";
import type { DocumentVersionKind } from "../generated/prisma/enums.ts";
import { loadState } from "../collab/store.ts";
import { plainTextOfState, wordDiff } from "../collab/text.ts";

export async function createVersion(
  documentId: string,
  kind: DocumentVersionKind,
  options: { name?: string | null; authorId?: string | null } = {},
) {
  const stored = await loadState(documentId);
  if (!stored) return null;
  const version = await db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ communityId: string }[]>`SELECT "communityId" FROM "Document" WHERE id = ${documentId} FOR UPDATE`;
    if (locked.length === 0) return null;
    const previous = await tx.documentVersion.findFirst({
      where: { documentId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, name: true, kind: true, state: true, seq: true, authorId: true, createdAt: true },
    });
    if (previous && sameNamedVersion(previous, kind, stored.seq, options)) {
      // A second "Versie opslaan" of the same content by the same member (a double click, a form
      // sent again, the back button) is the version already made, not a copy (decision 222).
      const { id, number, name, createdAt } = previous;
      return { id, number, name, kind: previous.kind, createdAt, communityId: locked[0]!.communityId };
    }
    const number = (previous?.number ?? 0) + 1;
    const diff = wordDiff(previous ? plainTextOfState(previous.state) : "", plainTextOfState(stored.state));
    const row = await tx.documentVersion.create({
      data: {
        documentId,
        number,
        name: options.name?.trim() || (kind === "NAMED" ? `Versie ${number}` : ""),
        kind,
        state: Buffer.from(stored.state),
        seq: stored.seq,
        wordsAdded: diff.added,
        wordsRemoved: diff.removed,
        authorId: options.authorId ?? null,
      },
      select: { id: true, number: true, name: true, kind: true, createdAt: true },
    });
    return { ...row, communityId: locked[0]!.communityId };
  });
  return version;
}

function sameNamedVersion(
  previous: { kind: DocumentVersionKind; seq: number; name: string; authorId: string | null },
  kind: DocumentVersionKind,
  seq: number,
  options: { name?: string | null; authorId?: string | null },
): boolean {
  if (kind !== "NAMED" || previous.kind !== "NAMED" || previous.seq !== seq) return false;
  if (!options.authorId || previous.authorId !== options.authorId) return false;
  const name = options.name?.trim();
  return !name || name === previous.name;
}

/**
 * The automatic version: only when the document changed since its latest
 * version (of any kind). Run by the worker (workers/jobs/auto-version-document.ts).
 */
export async function autoVersion(documentId: string) {
  const [document, latest] = await Promise.all([
    db().document.findUnique({ where: { id: documentId }, select: { lastSeq: true } }),
    db().documentVersion.findFirst({ where: { documentId }, orderBy: { number: "desc" }, select: { seq: true } }),
  ]);
  if (!document) return null;
  if (document.lastSeq <= (latest?.seq ?? 0)) return null;
  return createVersion(documentId, "AUTO");
}
