/**
 * Isomorphic parts of moderation (issue 8): what can be reported, the
 * reasons, the moderation actions and their form schemas.
 */
import { z } from "zod";
import { parseDay } from "./dates.ts";
import { tooLong } from "./messages.ts";
import { withFieldErrors } from "./forms/checks.ts";

export const REPORT_TARGET_KINDS = ["MESSAGE", "TOPIC", "DOCUMENT", "LIBRARY_ITEM", "PROFILE"] as const;
export type ReportTargetKindValue = (typeof REPORT_TARGET_KINDS)[number];

/** The Dutch names used in report links: `/melden?soort=bericht&id=…`. */
export const TARGET_KIND_SLUGS: Record<string, ReportTargetKindValue> = {
  bericht: "MESSAGE",
  onderwerp: "TOPIC",
  document: "DOCUMENT",
  bibliotheek: "LIBRARY_ITEM",
  profiel: "PROFILE",
};

export const REPORT_REASONS = ["SPAM", "HARASSMENT", "DISCRIMINATION", "PRIVACY", "MISINFORMATION", "OTHER"] as const;
export type ReportReasonValue = (typeof REPORT_REASONS)[number];

export const MODERATION_ACTIONS = ["DISMISS", "HIDE", "UNHIDE", "DELETE", "WARN", "SUSPEND", "REMOVE_FROM_COMMUNITY"] as const;
export type ModerationActionValue = (typeof MODERATION_ACTIONS)[number];

/** Suspension lengths offered in the form, in days. */
export const SUSPENSION_DAYS = [1, 7, 30, 365] as const;

export const REPORT_TEXT_MAX = 1000;
export const MODERATION_REASON_MAX = 500;

export const reportSchema = z.object({
  targetKind: z.enum(REPORT_TARGET_KINDS, { message: "errors.invalidRequest" }),
  targetId: z.string({ message: "errors.invalidRequest" }).min(1, "errors.invalidRequest").max(100, "errors.invalidRequest"),
  reason: z.enum(REPORT_REASONS, { message: "moderation.errors.reasonRequired" }),
  text: z
    .string()
    .trim()
    .max(REPORT_TEXT_MAX, tooLong(REPORT_TEXT_MAX))
    .optional()
    .transform((value) => value || undefined),
  returnTo: z.string().max(500).optional(),
});
export type ReportInput = z.infer<typeof reportSchema>;

export const moderationActionSchema = z
  .object({
    reportId: z.string({ message: "errors.invalidRequest" }).min(1).max(100),
    action: z.enum(MODERATION_ACTIONS, { message: "errors.choose" }),
    reason: z
      .string({ message: "moderation.errors.actionReasonRequired" })
      .trim()
      .min(3, "moderation.errors.actionReasonRequired")
      .max(MODERATION_REASON_MAX, tooLong(MODERATION_REASON_MAX)),
    days: z.coerce.number().int().min(1).max(365).optional(),
  })
  .refine((value) => value.action !== "SUSPEND" || value.days !== undefined, {
    path: ["days"],
    message: "moderation.errors.daysRequired",
    ...withFieldErrors,
  });
export type ModerationActionInput = z.infer<typeof moderationActionSchema>;

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(100).optional(),
  action: z.string().trim().max(60).optional(),
  community: z.string().trim().max(100).optional(),
  // Not a real day ("2026-99-99", year 0000): the filter is left out, as for any other bad value.
  from: z
    .string()
    .refine((value) => parseDay(value) !== null)
    .optional()
    .catch(undefined),
  to: z
    .string()
    .refine((value) => parseDay(value) !== null)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
