/**
 * The platform roles that moderate. Pure and isomorphic, so the server's policies and the site
 * header ask the same question the same way (decision 278). Admins are moderators too.
 */
import type { GlobalRoleValue } from "./enums.ts";

type RoleHolder = { globalRole: GlobalRoleValue } | null | undefined;

export const isModerator = (actor: RoleHolder): boolean => actor?.globalRole === "MODERATOR" || actor?.globalRole === "ADMIN";
export const isAdmin = (actor: RoleHolder): boolean => actor?.globalRole === "ADMIN";
