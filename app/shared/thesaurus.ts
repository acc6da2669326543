/**
 * The search thesaurus form (/beheer/zoekwoorden), shared by the browser
 * (conform) and the server. Messages are i18n keys. See decision 128.
 */
import { z } from "zod";
import { tooLong } from "./messages.ts";

export const THESAURUS_MODES = ["equivalent", "oneWay", "related"] as const;
export type ThesaurusModeValue = (typeof THESAURUS_MODES)[number];

export const MAX_THESAURUS_TERMS = 12;
export const MAX_THESAURUS_TERM_LENGTH = 60;
const TERM = /^[\p{L}\p{N}][\p{L}\p{N}' -]*$/u;

/** "a, b, c" into normalised terms: lower case, single spaces, each once. */
export function splitTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((term) => term.trim().toLowerCase().replace(/\s+/g, " "))
        .filter(Boolean),
    ),
  ];
}

export const thesaurusEntrySchema = z.object({
  mode: z.enum(THESAURUS_MODES, { message: "search.thesaurus.errors.mode" }),
  terms: z
    .string({ message: "errors.missing.terms" })
    .trim()
    .min(1, "errors.missing.terms")
    .max(MAX_THESAURUS_TERMS * (MAX_THESAURUS_TERM_LENGTH + 2), tooLong(MAX_THESAURUS_TERMS * (MAX_THESAURUS_TERM_LENGTH + 2)))
    .transform(splitTerms)
    .pipe(
      z
        .array(
          z
            .string()
            .max(MAX_THESAURUS_TERM_LENGTH, "search.thesaurus.errors.termTooLong")
            .regex(TERM, "search.thesaurus.errors.characters"),
        )
        .min(2, "search.thesaurus.errors.tooFew")
        .max(MAX_THESAURUS_TERMS, "search.thesaurus.errors.tooMany"),
    ),
});
