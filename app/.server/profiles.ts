// Routes reach profiles and the member directory through this facade.
export { directoryCommunityOptions, getOwnProfile, memberDirectory, memberProfile } from "~server/profiles/queries.ts";
export { updateProfile } from "~server/profiles/commands.ts";
