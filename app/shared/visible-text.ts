/**
 * Text that shows nothing: whitespace, control and format characters
 * (zero-width spaces and joiners, direction marks, the soft hyphen) and the
 * blank "letters" (Hangul fillers, the braille blank). `trim()` keeps all but
 * the whitespace, so a message or name of U+200B alone passed every "required"
 * check and showed as nothing (ninth outside probe, decision 238).
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;

/** How many characters of `text` show something. */
export function visibleLength(text: string): number {
  return text.replace(INVISIBLE, "").length;
}

/**
 * Characters that reorder the text around them (embeddings, overrides and
 * isolates): in a name, "\u202Eredaredom" reads as "moderader" (decision 238).
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
