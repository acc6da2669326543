/**
 * The platform roles that moderate (decision 270). The check itself lives in app/shared/roles.ts
 * so the site header can ask it too (decision 278); the server's policies import it from here.
 */
export { isAdmin, isModerator, MODERATOR_ROLES } from "~/shared/roles.ts";
