/**
 * Who may do what with a shared document. Pure: derived from the actor's
 * permissions in the community and three facts of the document, so the whole
 * matrix is tested table-driven (tests/integration/documents.test.ts).
 */
import { conflict, forbidden, notFound } from "../errors.ts";
import type { Actor, CommunityPermissions } from "../communities/policy.ts";
import { isModerator } from "../moderation/roles.ts";

export type DocumentFacts = { locked: boolean; createdById: string | null; hiddenAt: Date | null };

export const DOCUMENT_ACTIONS = [
  "read", // see it, its history and versions; export it
  "edit", // change the content (live), title and status; save a version; restore one
  "lock", // lock and unlock: then only facilitators edit
  "delete",
  "live", // open it in the live editor (the /collab socket): load it there and follow changes
] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];
export type DocumentPermissions = Record<DocumentAction, boolean>;

/**
 * A document a moderator hid is frozen (decision 241, as discussions in 237): nobody edits, locks or
 * restores it, and only moderators still open it live; its creator and the facilitators read it on
 * its page (with the reason) and may still delete it.
 */
export function documentPermissions(actor: Actor, community: CommunityPermissions, document: DocumentFacts): DocumentPermissions {
  const read = community.read;
  const facilitator = community.manage;
  const hidden = document.hiddenAt !== null;
  const mayEdit = read && (document.locked ? facilitator : community.participate);
  const creator = actor !== null && document.createdById === actor.id;
  return {
    read,
    edit: mayEdit && !hidden,
    lock: read && facilitator && !hidden,
    delete: read && (facilitator || (creator && mayEdit)),
    live: read && (!hidden || isModerator(actor)),
  };
}

/** Members (participate) start documents. */
export const canCreateDocument = (community: CommunityPermissions) => community.read && community.participate;

/** Throws 404 when the document may not be read (it may not even be known), 403 when the action is not allowed, 409 when it is hidden. */
export function authorizeDocument(
  actor: Actor,
  community: CommunityPermissions,
  document: DocumentFacts,
  action: DocumentAction,
): DocumentPermissions {
  const permissions = documentPermissions(actor, community, document);
  if (!permissions.read) throw notFound("documents.errors.notFound");
  if (!permissions[action]) {
    if (document.hiddenAt !== null && action !== "delete") throw conflict("documents.errors.hidden");
    throw forbidden(action === "edit" ? "documents.errors.readOnly" : "errors.forbidden");
  }
  return permissions;
}
