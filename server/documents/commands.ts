/**
 * What members do with documents outside the live editor: start one, rename
 * and publish it, lock it, delete it, save a version, restore a version.
 * Every command checks the policy first and writes its event with the change.
 */
import type { SerializedEditorState } from "lexical";
import type { DocumentDetailsInput, NewDocumentInput } from "~/shared/forms/documents.ts";
import { loadCommunity } from "../communities/access.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { emit, transaction, type Tx } from "../events.ts";
import { lexicalFromYState, restoreUpdate, yStateFromLexical } from "../collab/lexical.ts";
import { instanceId, publishToDocument, RelayKind } from "../collab/relay.ts";
import { appendUpdates, loadState, writeInitialState } from "../collab/store.ts";
import { loadDocument } from "./access.ts";
import { canCreateDocument } from "./policy.ts";
import { templateState } from "./templates.ts";
import { createVersion } from "./versions.ts";

type SignedIn = NonNullable<Actor>;

/**
 * Creates a document with its first content already in Yjs form: the server
 * bootstraps every document, so two first editors never both initialise it.
 */
export async function createDocument(actor: SignedIn, slug: string, input: NewDocumentInput, content?: SerializedEditorState) {
  const { community, permissions } = await loadCommunity(actor, slug, "read");
  if (!canCreateDocument(permissions)) throw forbidden("documents.errors.membersOnly");
  return createDocumentIn(community.id, actor.id, input.title, content ?? templateState(input.template));
}

/** Without access checks: for createDocument and the demo seed. */
export async function createDocumentIn(
  communityId: string,
  authorId: string | null,
  title: string,
  content: SerializedEditorState,
  status: "CONCEPT" | "PUBLISHED" = "CONCEPT",
) {
  const state = yStateFromLexical(content);
  return transaction(async (tx) => {
    const row = await tx.document.create({
      data: { communityId, title, createdById: authorId, status },
      select: { id: true, communityId: true, title: true },
    });
    await writeInitialState(tx, row.id, state, authorId);
    if (authorId) await emit(tx, "document.created", { documentId: row.id, communityId, userId: authorId });
    return row;
  });
}

export async function updateDocumentDetails(actor: SignedIn, slug: string, documentId: string, input: DocumentDetailsInput) {
  const { document } = await loadDocument(actor, slug, documentId, "edit");
  await transaction(async (tx) => {
    await tx.document.update({
      where: { id: document.id },
      data: { title: input.title, status: input.status, updatedAt: new Date() },
      select: { id: true },
    });
    await emit(tx, "document.updated", {
      documentId: document.id,
      communityId: document.communityId,
      userIds: [actor.id],
      content: false,
      actorId: actor.id,
    });
  });
}

/** Locks (only facilitators edit) or unlocks; editors connected anywhere are told at once. */
export async function setDocumentLocked(actor: SignedIn, slug: string, documentId: string, locked: boolean) {
  const { document } = await loadDocument(actor, slug, documentId, "lock");
  await transaction(async (tx) => {
    await tx.document.update({ where: { id: document.id }, data: { locked, updatedAt: new Date() }, select: { id: true } });
    await emit(tx, "document.updated", {
      documentId: document.id,
      communityId: document.communityId,
      userIds: [actor.id],
      content: false,
      actorId: actor.id,
      locked,
    });
  });
  await publishToDocument(document.id, { kind: RelayKind.access, origin: `http-${instanceId}` });
}

export async function deleteDocument(actor: SignedIn, slug: string, documentId: string) {
  const { document } = await loadDocument(actor, slug, documentId, "delete");
  await transaction((tx) => removeDocument(tx, document.id, actor.id));
}

/**
 * Deletes a document inside the caller's transaction (its member's delete, or
 * moderation's for a report). Connected editors hear it from the realtime
 * processor (`document.deleted`, server/documents/processors.ts). False when it was gone.
 */
export async function removeDocument(tx: Tx, documentId: string, actorId: string, via?: "moderation"): Promise<boolean> {
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { id: true, communityId: true, createdById: true } });
  if (!document || (await tx.document.deleteMany({ where: { id: documentId } })).count !== 1) return false;
  await emit(tx, "document.deleted", {
    documentId: document.id,
    communityId: document.communityId,
    userId: actorId,
    authorId: document.createdById,
    ...(via ? { via } : {}),
  });
  return true;
}

export async function saveVersion(actor: SignedIn, slug: string, documentId: string, name: string | null) {
  const { document } = await loadDocument(actor, slug, documentId, "edit");
  const version = await createVersion(document.id, "NAMED", { name, authorId: actor.id });
  if (!version) throw notFound("documents.errors.notFound");
  return version;
}

/**
 * Restores a version as a new change: the update that turns the current
 * content into the version's content is appended like any edit and relayed
 * to everyone editing, so nothing before it is lost. The content it
 * replaces is first kept as a version of its own.
 */
export async function restoreVersion(actor: SignedIn, slug: string, documentId: string, versionId: string) {
  const { document } = await loadDocument(actor, slug, documentId, "edit");
  const version = await db().documentVersion.findFirst({
    where: { id: versionId, documentId: document.id },
    select: { number: true, name: true, state: true },
  });
  if (!version) throw notFound("documents.errors.versionNotFound");
  const current = await loadState(document.id);
  if (!current) throw notFound("documents.errors.notFound");
  let target: SerializedEditorState;
  try {
    target = lexicalFromYState(version.state);
  } catch {
    throw new AppError(409, "documents.errors.versionUnreadable");
  }
  let update: Uint8Array | null;
  try {
    update = restoreUpdate(current.state, target);
  } catch {
    // The current document cannot be read and not be repaired by replacing it (issue 15 F14).
    throw new AppError(409, "documents.errors.documentBroken");
  }
  if (!update) return { changed: false, version };
  await createVersion(document.id, "BEFORE_RESTORE", { name: version.name || `Versie ${version.number}`, authorId: actor.id });
  const { fromSeq, toSeq } = await appendUpdates(document.id, [{ data: update, authorId: actor.id }]);
  await publishToDocument(document.id, { kind: RelayKind.update, origin: `http-${instanceId}`, fromSeq, toSeq, payload: update });
  // The update log is written by the collaboration store in its own statement; the event follows it
  // (a crash in between leaves the search index to the sweep, as for live edits).
  await transaction((tx) =>
    emit(tx, "document.updated", {
      documentId: document.id,
      communityId: document.communityId,
      userIds: [actor.id],
      content: true,
      actorId: actor.id,
    }),
  );
  return { changed: true, version };
}
