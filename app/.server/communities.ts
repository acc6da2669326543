// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export {
  communityMembers,
  communityPage,
  homeOverview,
  homeOverviewWithUnread,
  listThemes,
  themePage,
} from "~server/communities/queries.ts";
export type { CommunityCard } from "~server/communities/queries.ts";
export {
  INVITATION_TTL_MS,
  acceptInvitation,
  changeMemberRole,
  decideJoinRequest,
  findInvitation,
  invitationChangesNothing,
  hashToken,
  inviteByEmail,
  joinCommunity,
  leaveCommunity,
  removeMember,
  requestToJoin,
  revokeInvitation,
  updateCommunity,
  withdrawRequest,
} from "~server/communities/commands.ts";
export { pendingInvitationsFor } from "~server/communities/invitations.ts";
export { loadCommunity } from "~server/communities/access.ts";
