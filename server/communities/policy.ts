/**
 * Who may do what with a community. The one place these rules live: loaders,
 * actions, socket handlers and search all ask here. Pure, so the whole
 * matrix is tested table-driven (tests/integration/community-access.test.ts).
 */
import type { AccessModeValue, CommunityRoleValue, GlobalRoleValue } from "~/shared/enums.ts";
import { forbidden, notFound } from "../errors.ts";
import { isAdmin, isModerator } from "../moderation/roles.ts";

/**
 * `emailVerified: false` (a session of an account whose address is not verified yet, decision 110) cannot join or ask to.
 * `email` with `emailVerified: true` (the session's user, read this request) spares lists a lookup of the verified address.
 */
export type Actor = { id: string; globalRole: GlobalRoleValue; emailVerified?: boolean; email?: string } | null;

export type CommunityContext = {
  accessMode: AccessModeValue;
  /** The actor's role in this community, or null when not a member. */
  role: CommunityRoleValue | null;
  /** The actor holds a pending, unexpired invitation to this community. */
  invited?: boolean;
  /** The actor has a pending join request. */
  requested?: boolean;
};

export const COMMUNITY_ACTIONS = [
  "view", // know it exists; see its name and about page
  "read", // read its discussions, documents and other content
  "seeMembers",
  "join", // become a member directly
  "request", // ask a facilitator to be let in
  "leave",
  "participate", // post, edit documents: what members do
  "manage", // edit, approve requests, invite, change roles
] as const;
export type CommunityAction = (typeof COMMUNITY_ACTIONS)[number];

export type CommunityPermissions = Record<CommunityAction, boolean>;

export function communityPermissions(actor: Actor, community: CommunityContext): CommunityPermissions {
  const admin = isAdmin(actor);
  const moderator = isModerator(actor);
  const member = community.role !== null && actor !== null;
  const facilitator = community.role === "FACILITATOR" && actor !== null;
  const loggedIn = actor !== null;
  // Commands check the account itself too (requireVerifiedEmail); this keeps the buttons honest.
  const verified = loggedIn && actor.emailVerified !== false;
  const open = community.accessMode === "OPEN";
  const listed = community.accessMode !== "INVITE_ONLY";

  const view = listed || member || moderator || (loggedIn && community.invited === true);
  const read = member || moderator || (loggedIn && open);
  return {
    view,
    read,
    seeMembers: read,
    join: verified && !member && (open || community.invited === true),
    request: verified && !member && community.accessMode === "ON_REQUEST" && !community.invited && !community.requested,
    leave: member,
    participate: member,
    manage: facilitator || admin,
  };
}

/**
 * Throws when the action is not allowed: 404 when the actor may not even know
 * the community exists (invite-only), 403 otherwise.
 */
export function authorizeCommunity(actor: Actor, community: CommunityContext, action: CommunityAction): CommunityPermissions {
  const permissions = communityPermissions(actor, community);
  if (!permissions.view) throw notFound();
  if (!permissions[action]) throw forbidden();
  return permissions;
}
