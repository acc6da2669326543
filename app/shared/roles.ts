/**
 * The platform roles that moderate. Pure and isomorphic, so the server's policies and the site
 * header ask the same question the same way (decision 278). Admins are moderators too.
 */
import type { GlobalRoleValue } from "./enums.ts";

type RoleHolder = { globalRole: GlobalRoleValue } | null | undefined;

/** The roles that moderate, for queries that select moderators (Prisma `in`, SQL `= ANY`). */
export const MODERATOR_ROLES: readonly GlobalRoleValue[] = ["MODERATOR", "ADMIN"];

export const isModerator = (actor: RoleHolder): boolean => actor != null && MODERATOR_ROLES.includes(actor.globalRole);
export const isAdmin = (actor: RoleHolder): boolean => actor?.globalRole === "ADMIN";
