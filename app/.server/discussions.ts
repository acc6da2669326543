// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export * from "~server/discussions/commands.ts";
export * from "~server/discussions/queries.ts";
export { loadCommunityForDiscussion, loadTopic } from "~server/discussions/access.ts";
export { can } from "~server/discussions/policy.ts";
export { AppError } from "~server/errors.ts";
export { randomUUID as newClientKey } from "node:crypto";
