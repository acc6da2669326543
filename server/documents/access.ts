import { loadCommunity, loadCommunityById } from "../communities/access.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";
import { authorizeDocument, type DocumentAction } from "./policy.ts";

export const documentSelect = {
  id: true,
  communityId: true,
  title: true,
  status: true,
  locked: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  lastSeq: true,
  size: true,
  hiddenAt: true,
  hiddenReason: true,
} as const;

/** Hidden by moderation (issue 8): only its creator, the facilitators and moderators still reach it. */
export function assertNotHidden(actor: Actor, document: { hiddenAt: Date | null; createdById: string | null }, manage: boolean) {
  if (!document.hiddenAt || manage || isModerator(actor)) return;
  if (actor && document.createdById === actor.id) return;
  throw notFound("documents.errors.notFound");
}

/**
 * Loads a document of the community with this slug and checks the action:
 * 404 when the community or document is unknown or unreadable, 403 when the
 * action is not allowed.
 */
export async function loadDocument(actor: Actor, slug: string, documentId: string, action: DocumentAction) {
  const { community, context, permissions: communityPermissions } = await loadCommunity(actor, slug, "read");
  const document = await db().document.findFirst({ where: { id: documentId, communityId: community.id }, select: documentSelect });
  if (!document) throw notFound("documents.errors.notFound");
  assertNotHidden(actor, document, communityPermissions.manage);
  const permissions = authorizeDocument(actor, communityPermissions, document, action);
  return { community, context, communityPermissions, document, permissions };
}

/** The same by document id alone (sockets, jobs). */
export async function loadDocumentById(actor: Actor, documentId: string, action: DocumentAction) {
  const document = await db().document.findUnique({ where: { id: documentId }, select: documentSelect });
  if (!document) throw notFound("documents.errors.notFound");
  const {
    community,
    context,
    permissions: communityPermissions,
  } = await loadCommunityById(actor, document.communityId, "read").catch((error: unknown) => {
    // An invisible community hides its documents the same way.
    throw error instanceof AppError && error.status === 404 ? notFound("documents.errors.notFound") : error;
  });
  assertNotHidden(actor, document, communityPermissions.manage);
  const permissions = authorizeDocument(actor, communityPermissions, document, action);
  return { community, context, communityPermissions, document, permissions };
}
