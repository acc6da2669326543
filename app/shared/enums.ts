/**
 * Enum values shared by forms (client) and the domain (server). They mirror the
 * Prisma enums; tests/unit/shared-enums.test.ts keeps them in step.
 */
export const FIELD_ROLES = [
  "KLANTMANAGER",
  "HR_PROFESSIONAL",
  "RECRUITER",
  "EMPLOYER",
  "EDUCATION",
  "EXPERIENCE_EXPERT",
  "POLICY_RESEARCH",
  "OTHER",
] as const;
export type FieldRoleValue = (typeof FIELD_ROLES)[number];

export const GLOBAL_ROLES = ["MEMBER", "MODERATOR", "ADMIN"] as const;
export type GlobalRoleValue = (typeof GLOBAL_ROLES)[number];

export const COMMUNITY_KINDS = ["LEARNING", "DO_NETWORK", "SOUNDING_BOARD"] as const;
export type CommunityKindValue = (typeof COMMUNITY_KINDS)[number];

export const ACCESS_MODES = ["OPEN", "ON_REQUEST", "INVITE_ONLY"] as const;
export type AccessModeValue = (typeof ACCESS_MODES)[number];

export const COMMUNITY_ROLES = ["MEMBER", "FACILITATOR"] as const;
export type CommunityRoleValue = (typeof COMMUNITY_ROLES)[number];
