/**
 * Who may do what with a shared document. Pure: derived from the actor's
 * permissions in the community and two facts of the document, so the whole
 * matrix is tested table-driven (tests/integration/documents.test.ts).
 */
import { forbidden, notFound } from "../errors.ts";
import type { Actor, CommunityPermissions } from "../communities/policy.ts";

export type DocumentFacts = { locked: boolean; createdById: string | null };

export const DOCUMENT_ACTIONS = [
  "read", // see it, its history and versions; export it
  "edit", // change the content (live), title and status; save a version; restore one
  "lock", // lock and unlock: then only facilitators edit
  "delete",
] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];
export type DocumentPermissions = Record<DocumentAction, boolean>;

export function documentPermissions(actor: Actor, community: CommunityPermissions, document: DocumentFacts): DocumentPermissions {
  const read = community.read;
  const facilitator = community.manage;
  const edit = read && (document.locked ? facilitator : community.participate);
  const creator = actor !== null && document.createdById === actor.id;
  return {
    read,
    edit,
    lock: read && facilitator,
    delete: read && (facilitator || (creator && edit)),
  };
}

/** Members (participate) start documents. */
export const canCreateDocument = (community: CommunityPermissions) => community.read && community.participate;

/** Throws 404 when the document may not be read (it may not even be known), 403 when the action is not allowed. */
export function authorizeDocument(
  actor: Actor,
  community: CommunityPermissions,
  document: DocumentFacts,
  action: DocumentAction,
): DocumentPermissions {
  const permissions = documentPermissions(actor, community, document);
  if (!permissions.read) throw notFound("documents.errors.notFound");
  if (!permissions[action]) throw forbidden(action === "edit" ? "documents.errors.readOnly" : "errors.forbidden");
  return permissions;
}
