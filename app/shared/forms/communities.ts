import { z } from "zod";
import { tooLong, tooShort } from "../messages.ts";
import { ACCESS_MODES, COMMUNITY_KINDS, COMMUNITY_ROLES } from "../enums.ts";
import { emailField } from "./accounts.ts";
import { cleanLine, TITLE_CHARACTERS_CHECK, visibleLength, withoutBidiControls } from "../visible-text.ts";

export const communityUpdateSchema = z.object({
  name: z
    .string({ message: "errors.missing.name" })
    .overwrite(cleanLine)
    .trim()
    .max(80, tooLong(80))
    .refine((value) => visibleLength(value) >= 3, tooShort(3))
    .refine(withoutBidiControls, TITLE_CHARACTERS_CHECK),
  summary: z
    .string({ message: "errors.missing.summary" })
    .trim()
    .max(240, tooLong(240))
    .refine((value) => visibleLength(value) >= 10, tooShort(10)),
  about: z
    .string({ message: "errors.missing.about" })
    .trim()
    .max(5000, tooLong(5000))
    .refine((value) => visibleLength(value) >= 10, tooShort(10)),
  kind: z.enum(COMMUNITY_KINDS, { message: "errors.choose" }),
  accessMode: z.enum(ACCESS_MODES, { message: "errors.choose" }),
});
export type CommunityUpdateInput = z.output<typeof communityUpdateSchema>;

export const inviteSchema = z.object({
  // Not "Vul je e-mailadres in.": a facilitator fills in someone else's address (walk 13).
  email: emailField("errors.missing.inviteeEmail"),
  role: z.enum(COMMUNITY_ROLES, { message: "errors.choose" }).default("MEMBER"),
});

export const JOIN_REQUEST_MESSAGE_MAX = 500;

export const joinRequestSchema = z.object({
  message: z
    .string()
    .trim()
    .max(JOIN_REQUEST_MESSAGE_MAX, tooLong(JOIN_REQUEST_MESSAGE_MAX))
    .optional()
    .transform((value) => (value ? value : null)),
});

export const roleChangeSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(COMMUNITY_ROLES, { message: "errors.choose" }),
});
