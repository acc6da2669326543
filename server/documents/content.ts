/**
 * A document's content as the rest of the app sees it: sanitised Lexical
 * JSON, safe HTML and plain text, derived on the server from the Yjs state
 * through a headless Lexical editor. Search indexing and digests use
 * `documentContent()` too.
 */
import {
  ARTICLE_LIMITS,
  renderHtml,
  RichTextError,
  type RichTextState,
  richTextFromPlainText,
  sanitizeRichText,
  plainText,
} from "../richtext/index.ts";
import { errorFields, log } from "../logger.ts";
import { lexicalFromYState } from "../collab/lexical.ts";
import { loadState } from "../collab/store.ts";
import { plainTextOfState } from "../collab/text.ts";

export type RenderedContent = { state: RichTextState | null; html: string; text: string };

const EMPTY: RenderedContent = { state: null, html: "", text: "" };

/** Renders a Yjs state. Content that does not fit the editor's nodes falls back to its plain text. */
export function renderState(state: Uint8Array): RenderedContent {
  let raw: unknown;
  try {
    raw = lexicalFromYState(state);
  } catch (error) {
    log.warn("documents: state does not fit the editor; rendering plain text", errorFields(error));
    return fromPlainText(plainTextOfState(state));
  }
  try {
    const clean = sanitizeRichText(raw, ARTICLE_LIMITS);
    return { state: clean, html: renderHtml(clean), text: plainText(clean) };
  } catch (error) {
    if (error instanceof RichTextError && error.code === "empty") return EMPTY;
    log.warn("documents: content failed sanitising; rendering plain text", errorFields(error));
    return fromPlainText(plainTextOfState(state));
  }
}

function fromPlainText(text: string): RenderedContent {
  if (!text.trim()) return EMPTY;
  try {
    const state = richTextFromPlainText(text.slice(0, ARTICLE_LIMITS.maxChars), ARTICLE_LIMITS);
    return { state, html: renderHtml(state), text: plainText(state) };
  } catch {
    return EMPTY;
  }
}

/** The current content of a document (null when it does not exist). No access check: callers check. */
export async function documentContent(documentId: string): Promise<RenderedContent | null> {
  const stored = await loadState(documentId);
  return stored ? renderState(stored.state) : null;
}
