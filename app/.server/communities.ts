// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export * from "~server/communities/queries.ts";
export * from "~server/communities/commands.ts";
export { pendingInvitationsFor } from "~server/communities/invitations.ts";
export { loadCommunity } from "~server/communities/access.ts";
