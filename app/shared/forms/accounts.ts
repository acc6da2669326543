/**
 * Account form schemas, used by the browser (conform) and the server actions.
 * Messages are i18n keys (see app/i18n), translated where they are shown.
 */
import { z } from "zod";
import { tooLong } from "../messages.ts";
import { FIELD_ROLES } from "../enums.ts";
import { REGIONS } from "../regions.ts";
import { cleanLine, BIDI_CONTROLS, visibleLength } from "../visible-text.ts";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Too common to be safe; checked case-insensitively. */
const COMMON_PASSWORDS = new Set([
  "1234567890",
  "12345678910",
  "0123456789",
  "wachtwoord",
  "wachtwoord1",
  "wachtwoord12",
  "wachtwoord123",
  "welkom1234",
  "welkom12345",
  "password12",
  "password123",
  "password1234",
  "qwertyuiop",
  "azertyuiop",
  "iloveyou12",
  "letmein123",
  "praktijkplein",
  "praktijkplein1",
  "praktijkplein123",
  "abcdefghij",
  "aaaaaaaaaa",
  "1111111111",
  "qwerty1234",
  "zomer20252",
  "voorjaar2026",
  "geheim1234",
]);

/** An email field; `missing` names whose address is asked for (one's own, or an invitee's). */
export const emailField = (missing: string) =>
  z.string({ message: missing }).trim().toLowerCase().min(1, missing).max(254, "errors.emailInvalid").email("errors.emailInvalid");

export const emailSchema = emailField("errors.emailRequired");

export const newPasswordSchema = z
  .string({ message: "errors.passwordRequired" })
  .min(PASSWORD_MIN, "errors.passwordTooShort")
  .max(PASSWORD_MAX, "errors.passwordTooLong")
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()) && new Set(value).size >= 4, "errors.passwordTooCommon");

export const displayNameSchema = z
  .string({ message: "errors.displayNameRequired" })
  .overwrite(cleanLine)
  .trim()
  .max(80, "errors.displayNameTooLong")
  .refine((value) => visibleLength(value) >= 2, "errors.displayNameTooShort")
  .refine((value) => !BIDI_CONTROLS.test(value), "errors.displayNameCharacters");

const regionSlugs = REGIONS.map(([slug]) => slug) as [string, ...string[]];

export const registerSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
  acceptTerms: z.literal("on", { message: "errors.acceptTerms" }),
});

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string({ message: "errors.passwordRequired" }).min(1, "errors.passwordRequired").max(PASSWORD_MAX, "errors.loginFailed"),
  redirectTo: z.string().optional(),
});

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => (value ? value : null));

// `.optional()` (not a union with undefined) so conform does not mark these optional checkboxes `required`.
const checkbox = z
  .literal("on")
  .optional()
  .transform((value) => value === "on");

export const profileSchema = z.object({
  displayName: displayNameSchema,
  organisation: optionalText(120),
  fieldRole: z.enum(FIELD_ROLES, { message: "errors.choose" }),
  region: z
    .string()
    .optional()
    .refine((value) => !value || regionSlugs.includes(value), "errors.choose")
    .transform((value) => (value ? value : null)),
  bio: optionalText(1000),
  showOrganisation: checkbox,
  showFieldRole: checkbox,
  showRegion: checkbox,
  showBio: checkbox,
});

export type RegisterInput = z.output<typeof registerSchema>;
export type ProfileInput = z.output<typeof profileSchema>;

/** A new e-mail address (decision 110): the password proves it is the member. */
export const emailChangeSchema = z.object({
  email: emailSchema,
  password: z.string({ message: "errors.passwordRequired" }).min(1, "errors.passwordRequired").max(PASSWORD_MAX, "errors.wrongPassword"),
});
