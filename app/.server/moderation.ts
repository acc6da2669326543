// Routes reach moderation, the audit log and the search rate limit through this facade.
export { authorizeReport, moderateReport, reportContent } from "~server/moderation/commands.ts";
export { auditLog, moderationQueue, openReportCount, ownHiddenReason } from "~server/moderation/queries.ts";
export { loadTarget, assertReadable } from "~server/moderation/targets.ts";
export { isAdmin, isModerator, moderationScope } from "~server/moderation/policy.ts";
export { searchLimit } from "~server/security/limits.ts";

/** The client's IP address from the load context (set in server/http/app.ts); tests have none. */
export function clientIp(context: Record<string, unknown> | undefined): string {
  return typeof context?.clientIp === "string" && context.clientIp ? context.clientIp : "unknown";
}

/** The request's peer address from the load context, or undefined outside an HTTP request (a test calling a loader). */
export function peerAddress(context: Record<string, unknown> | undefined): string | undefined {
  return typeof context?.clientIp === "string" && context.clientIp ? context.clientIp : undefined;
}
