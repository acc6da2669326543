import { z } from "zod";
import { ACCESS_MODES, COMMUNITY_KINDS, COMMUNITY_ROLES } from "../enums.ts";
import { emailSchema } from "./accounts.ts";

export const communityUpdateSchema = z.object({
  name: z.string({ message: "errors.required" }).trim().min(3, "errors.tooShort").max(80, "errors.tooLong"),
  summary: z.string({ message: "errors.required" }).trim().min(10, "errors.tooShort").max(240, "errors.tooLong"),
  about: z.string({ message: "errors.required" }).trim().min(10, "errors.tooShort").max(5000, "errors.tooLong"),
  kind: z.enum(COMMUNITY_KINDS, { message: "errors.choose" }),
  accessMode: z.enum(ACCESS_MODES, { message: "errors.choose" }),
});
export type CommunityUpdateInput = z.output<typeof communityUpdateSchema>;

export const inviteSchema = z.object({
  email: emailSchema,
  role: z.enum(COMMUNITY_ROLES, { message: "errors.choose" }).default("MEMBER"),
});

export const joinRequestSchema = z.object({
  message: z
    .string()
    .trim()
    .max(500, "errors.tooLong")
    .optional()
    .transform((value) => (value ? value : null)),
});

export const roleChangeSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(COMMUNITY_ROLES, { message: "errors.choose" }),
});
