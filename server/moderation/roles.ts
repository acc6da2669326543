/**
 * The platform roles that moderate. Pure (no database), so every area's pure
 * policy (meetings, agenda, library) asks the same question the same way.
 * Admins are moderators too.
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";

type RoleHolder = { globalRole: GlobalRoleValue } | null | undefined;

export const isModerator = (actor: RoleHolder): boolean => actor?.globalRole === "MODERATOR" || actor?.globalRole === "ADMIN";
export const isAdmin = (actor: RoleHolder): boolean => actor?.globalRole === "ADMIN";
