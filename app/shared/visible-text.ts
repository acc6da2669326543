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

/**
 * Titles (and the names of channels, communities and indicators) refuse them too, with this
 * field error: a topic "\u202Eredaredom" would read as "moderader" in every list (decision 254).
 */
export const TITLE_CHARACTERS = "errors.titleCharacters";

/**
 * The check's message, asked only of a title that passed its other checks: a title of nothing
 * but a U+202E is "too short", not also "reverses the letters".
 */
export const TITLE_CHARACTERS_CHECK = {
  message: TITLE_CHARACTERS,
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

/** True when `value` holds no character that reorders the text around it. */
export function withoutBidiControls(value: string): boolean {
  return !BIDI_CONTROLS.test(value);
}
