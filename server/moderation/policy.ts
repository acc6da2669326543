/**
 * Who may moderate what (issue 8). Pure apart from the facilitator lookup:
 * platform moderators and admins handle every report; a community's
 * facilitators handle the reports about content in their own community.
 * Suspending (the whole platform) is for moderators and admins only.
 */
import type { ModerationActionValue } from "~/shared/moderation.ts";
import type { Actor } from "../communities/policy.ts";
import { db, type DbClient } from "../db.ts";
import { forbidden } from "../errors.ts";
import { isModerator } from "./roles.ts";

export type SignedIn = NonNullable<Actor>;

export { isAdmin, isModerator } from "./roles.ts";

/** The communities the actor facilitates (their moderation scope). */
export async function facilitatedCommunityIds(actor: SignedIn, client: DbClient = db()): Promise<string[]> {
  const rows = await client.membership.findMany({ where: { userId: actor.id, role: "FACILITATOR" }, select: { communityId: true } });
  return rows.map((row) => row.communityId);
}

export type ModerationScope = { all: true } | { all: false; communityIds: string[] };

export async function moderationScope(actor: Actor): Promise<ModerationScope | null> {
  if (!actor) return null;
  if (isModerator(actor)) return { all: true };
  const communityIds = await facilitatedCommunityIds(actor);
  return communityIds.length ? { all: false, communityIds } : null;
}

/** May the actor see the queue at all? */
export async function authorizeQueue(actor: Actor): Promise<ModerationScope> {
  const scope = await moderationScope(actor);
  if (!scope) throw forbidden();
  return scope;
}

/** Which actions the actor may take on a report about content in `communityId`. */
export function allowedActions(
  actor: Actor,
  scope: ModerationScope | null,
  report: { communityId: string | null; targetKind: string },
): ModerationActionValue[] {
  if (!actor || !scope) return [];
  const inScope = scope.all || (report.communityId !== null && scope.communityIds.includes(report.communityId));
  if (!inScope) return [];
  const actions: ModerationActionValue[] = ["DISMISS", "HIDE", "UNHIDE", "WARN"];
  if (report.targetKind !== "PROFILE") actions.push("DELETE");
  if (report.communityId) actions.push("REMOVE_FROM_COMMUNITY");
  if (scope.all) actions.push("SUSPEND");
  return actions;
}

export function authorizeAction(
  actor: Actor,
  scope: ModerationScope | null,
  report: { communityId: string | null; targetKind: string },
  action: ModerationActionValue,
): void {
  if (!allowedActions(actor, scope, report).includes(action)) throw forbidden("moderation.errors.notAllowed");
}

/** The audit log: moderators (the moderation page promises it) and admins (decision 096). */
export function authorizeAuditLog(actor: Actor): void {
  if (!isModerator(actor)) throw forbidden();
}
