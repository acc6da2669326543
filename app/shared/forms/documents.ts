import { z } from "zod";
import { tooLong, tooShort } from "../messages.ts";
import { cleanLine, TITLE_CHARACTERS_CHECK, visibleLength, withoutBidiControls } from "../visible-text.ts";

export const DOCUMENT_STATUSES = ["CONCEPT", "PUBLISHED"] as const;
export type DocumentStatusValue = (typeof DOCUMENT_STATUSES)[number];

// Visible characters count, not trimmed ones (decision 241): zero-width spaces alone are no title.
const title = z
  .string({ message: "errors.missing.title" })
  .overwrite(cleanLine)
  .trim()
  .max(140, tooLong(140))
  .refine((value) => visibleLength(value) >= 3, tooShort(3))
  .refine(withoutBidiControls, TITLE_CHARACTERS_CHECK);

/** New document: a title and, optionally, the first text (plain text without JavaScript, editor JSON with it). */
export const newDocumentSchema = z.object({
  title,
  template: z.enum(["blank", "handreiking", "verslag"], { message: "errors.choose" }).default("blank"),
});
export type NewDocumentInput = z.output<typeof newDocumentSchema>;

export const documentDetailsSchema = z.object({
  title,
  status: z.enum(DOCUMENT_STATUSES, { message: "errors.choose" }),
});
export type DocumentDetailsInput = z.output<typeof documentDetailsSchema>;

export const saveVersionSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, tooLong(80))
    .refine(withoutBidiControls, TITLE_CHARACTERS_CHECK)
    .optional()
    .transform((value) => (value ? value : null)),
});
