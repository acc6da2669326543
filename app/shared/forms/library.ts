/**
 * Library form schemas, shared by the browser (conform) and the server
 * actions. Messages are i18n keys. The rich-text body is read separately
 * (server/richtext `richTextFromForm`), so it is not part of these schemas.
 */
import { z } from "zod";
import { parseDay } from "../dates.ts";
import { lineTooLong, tooLong, tooShort } from "../messages.ts";
import {
  COST_LEVELS,
  EVIDENCE_LEVELS,
  LIBRARY_KINDS,
  LIBRARY_PHASES,
  LIBRARY_SECTORS,
  LIBRARY_SIZES,
  LIBRARY_TARGET_GROUPS,
  MAX_TAGS,
  SUMMARY_MAX,
  TITLE_MAX,
} from "../library.ts";
import { REGIONS } from "../regions.ts";
import { withFieldErrors } from "./checks.ts";
import { cleanLine, TITLE_CHARACTERS_CHECK, visibleLength, withoutBidiControls } from "../visible-text.ts";

const regionSlugs = REGIONS.map(([slug]) => slug) as string[];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => (value ? value : null));

// `.optional()` (not a union with undefined) so conform does not mark the checkbox `required`.
const checkbox = z
  .enum(["on", "true"])
  .optional()
  .transform((value) => value !== undefined);

const multi = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, { message: "errors.choose" }))
    .max(values.length)
    .optional()
    .transform((list) => [...new Set(list ?? [])]);

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values, { message: "errors.choose" })
    .optional()
    .transform((value) => value ?? null);

/** "inclusief werven, Onboarding ,  mkb" → ["inclusief werven", "onboarding", "mkb"] */
const tagsField = z
  .string()
  .max(600, tooLong(600))
  .optional()
  .transform((raw) => [
    ...new Set(
      (raw ?? "")
        .split(",")
        .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, " "))
        .filter(Boolean),
    ),
  ])
  .refine((tags) => tags.length <= MAX_TAGS, "library.errors.tooManyTags")
  .refine((tags) => tags.every((tag) => tag.length <= 40), "library.errors.tagTooLong");

/** One reference per line. */
const linesField = z
  .string()
  .max(5000, tooLong(5000))
  .optional()
  .transform((raw) =>
    (raw ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .refine((lines) => lines.length <= 20, "library.errors.tooManySources")
  .refine((lines) => lines.every((line) => line.length <= 500), lineTooLong(500));

const urlField = z
  .string()
  .trim()
  .max(2000, tooLong(2000))
  .optional()
  .refine((value) => !value || /^https?:\/\/[^\s]+\.[^\s]+/i.test(value), "library.errors.url")
  .transform((value) => (value ? value : null));

/** How many options a multiple choice holds, also when it failed and holds what was sent. */
function chosen(list: unknown): number {
  return Array.isArray(list) ? list.length : list === undefined || list === null || list === "" ? 0 : 1;
}

export const libraryItemSchema = z
  .object({
    kind: z.enum(LIBRARY_KINDS, { message: "errors.choose" }),
    title: z
      .string({ message: "errors.missing.title" })
      .overwrite(cleanLine)
      .trim()
      .max(TITLE_MAX, tooLong(TITLE_MAX))
      .refine((value) => visibleLength(value) >= 5, tooShort(5))
      .refine(withoutBidiControls, TITLE_CHARACTERS_CHECK),
    summary: z
      .string({ message: "errors.missing.summary" })
      .trim()
      .max(SUMMARY_MAX, tooLong(SUMMARY_MAX))
      .refine((value) => visibleLength(value) >= 20, tooShort(20)),
    themes: z
      .array(z.string().max(80), { message: "library.errors.themeRequired" })
      .min(1, "library.errors.themeRequired")
      .max(4)
      .transform((list) => [...new Set(list)]),
    tags: tagsField,
    phases: multi(LIBRARY_PHASES),
    targetGroups: multi(LIBRARY_TARGET_GROUPS),
    sectors: multi(LIBRARY_SECTORS),
    organisationSizes: multi(LIBRARY_SIZES),
    sourceReferences: linesField,
    costLevel: optionalEnum(COST_LEVELS),
    effort: optionalText(300),
    howToStart: optionalText(3000),
    contact: optionalText(500),
    organisationName: optionalText(120),
    anonymous: checkbox,
    region: z
      .string()
      .optional()
      .refine((value) => !value || regionSlugs.includes(value), "errors.choose")
      .transform((value) => (value ? value : null)),
    challenge: optionalText(3000),
    approach: optionalText(5000),
    results: optionalText(3000),
    resultsMeasurement: optionalText(1500),
    lessons: optionalText(3000),
    contactOptIn: checkbox,
    externalUrl: urlField,
    publisher: optionalText(200),
    publicationYear: z.coerce
      .number({ message: "library.errors.year" })
      .int("library.errors.year")
      .min(1950, "library.errors.year")
      .max(2100, "library.errors.year")
      .optional()
      .transform((value) => value ?? null),
    publicOnWeb: checkbox,
    communityId: z
      .string()
      .max(40)
      .optional()
      .transform((value) => (value ? value : null)),
    /** Handreiking: a shared document from a community the submitter can read. */
    documentId: z
      .string()
      .max(40)
      .optional()
      .transform((value) => (value ? value : null)),
  })
  .superRefine((value, ctx) => {
    // Runs even when a field failed (withFieldErrors), when a list that failed holds what was sent.
    if (value.kind === "INTERVENTIE") {
      if (chosen(value.phases) === 0) ctx.addIssue({ code: "custom", path: ["phases"], message: "library.errors.phaseRequired" });
      if (chosen(value.targetGroups) === 0)
        ctx.addIssue({ code: "custom", path: ["targetGroups"], message: "library.errors.targetGroupRequired" });
    }
    if (value.kind === "PRAKTIJKCASE") {
      if (!value.anonymous && !value.organisationName)
        ctx.addIssue({ code: "custom", path: ["organisationName"], message: "library.errors.organisationRequired" });
      // The form offers one select each; more than one value only comes from a hand-made request.
      const sectors = chosen(value.sectors);
      if (sectors !== 1)
        ctx.addIssue({ code: "custom", path: ["sectors"], message: sectors ? "library.errors.oneSector" : "errors.missing.sector" });
      const sizes = chosen(value.organisationSizes);
      if (sizes !== 1)
        ctx.addIssue({ code: "custom", path: ["organisationSizes"], message: sizes ? "library.errors.oneSize" : "errors.missing.size" });
      if (!value.challenge) ctx.addIssue({ code: "custom", path: ["challenge"], message: "errors.missing.challenge" });
      if (!value.approach) ctx.addIssue({ code: "custom", path: ["approach"], message: "errors.missing.approach" });
    }
    if (value.kind === "ONDERZOEK" && !value.externalUrl) {
      ctx.addIssue({ code: "custom", path: ["externalUrl"], message: "library.errors.sourceLinkRequired" });
    }
  }, withFieldErrors);

export type LibraryItemInput = z.output<typeof libraryItemSchema>;

/** What only moderators set: the recognition level, the review date and the showcase marks. */
export const libraryCurationSchema = z.object({
  evidenceLevel: optionalEnum(EVIDENCE_LEVELS),
  reviewDate: z
    .string()
    .optional()
    .refine((value) => !value || parseDay(value) !== null, "library.errors.date")
    .transform((value) => (value ? parseDay(value) : null)),
  featured: checkbox,
  goodExample: checkbox,
});
export type LibraryCurationInput = z.output<typeof libraryCurationSchema>;

export const returnSchema = z.object({
  comment: z.string({ message: "library.errors.commentRequired" }).trim().min(5, "library.errors.commentRequired").max(2000, tooLong(2000)),
});

export const mergeSchema = z.object({
  target: z.string({ message: "errors.missing.pageAddress" }).trim().min(1, "errors.missing.pageAddress").max(200),
});
