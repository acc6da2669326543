// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export * from "~server/discussions/commands.ts";
export * from "~server/discussions/queries.ts";
export { loadCommunityForDiscussion, loadTopic } from "~server/discussions/access.ts";
export { can } from "~server/discussions/policy.ts";
export { newClientKey } from "~server/discussions/client-key.ts";
