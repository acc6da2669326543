import { parseWithZod } from "@conform-to/zod/v4";
import { libraryItemSchema } from "~/shared/forms/library.ts";
import { emptyBodyMessage, LIBRARY_KINDS, type LibraryKindValue } from "~/shared/library.ts";
import { bodyRequired } from "~server/library/commands.ts";
import { ARTICLE_LIMITS, richTextFromForm, RichTextError, type RichTextState, sanitizeRichText } from "~server/richtext/index.ts";

/**
 * Reads the library item form: the zod-validated fields and the rich-text
 * body (Lexical JSON, or the plain textarea without JavaScript). The kind
 * comes from the stored item when editing, never from the form.
 */
export function readItemForm(form: FormData, kind?: LibraryKindValue) {
  if (kind) form.set("kind", kind);
  const submission = parseWithZod(form, { schema: libraryItemSchema });
  // The kind as sent, also when another field failed: an optional body is not "empty" then (walk9).
  const sentKind = form.get("kind");
  const effectiveKind = kind ?? LIBRARY_KINDS.find((value) => value === sentKind) ?? null;
  let body: RichTextState | null = null;
  let bodyError: string | null = null;
  try {
    body = richTextFromForm(form, "body", ARTICLE_LIMITS);
  } catch (error) {
    if (!(error instanceof RichTextError)) throw error;
    if (error.code !== "empty") bodyError = error.message;
    else if (!(effectiveKind && !bodyRequired(effectiveKind))) bodyError = emptyBodyMessage(effectiveKind);
  }
  return { submission, body, bodyError };
}

/** What was typed in the body, to put back in the form after a refused post. */
export function postedBody(form: FormData): { bodyJson: string | null; bodyText: string } {
  const json = form.get("bodyJson");
  const text = form.get("bodyText");
  let bodyJson: string | null = null;
  if (typeof json === "string" && json) {
    try {
      bodyJson = JSON.stringify(sanitizeRichText(json, ARTICLE_LIMITS));
    } catch {
      bodyJson = null;
    }
  }
  return { bodyJson, bodyText: typeof text === "string" ? text.slice(0, 200_000) : "" };
}
