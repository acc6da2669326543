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

/** Combining marks kept on one letter: Vietnamese needs two, Hebrew pointing and Indic scripts three or four. */
export const MAX_MARKS_PER_LETTER = 4;

/** Invisible characters a title or name loses: zero-width space, word joiner, BOM, direction marks, soft hyphen. */
const STRIPPED_FROM_LINES = /[\u200b\u2060\ufeff\u200e\u200f\u00ad]/g;

/**
 * A title or name as stored (decision 294): NFC-normalised (an "é" typed as e + ´ is one letter, so
 * lengths, search and duplicates agree), without the invisible characters above, and with at most
 * MAX_MARKS_PER_LETTER combining marks on one letter ("Zalgo" text of twenty stacked accents drew over
 * the line above). Zero-width joiners stay: emoji sequences and several scripts need them. A title
 * that is empty after this is refused by its schema's visible-length check.
 */
export function cleanLine(value: string): string {
  let marks = 0;
  let kept = "";
  for (const char of value.normalize("NFC").replace(STRIPPED_FROM_LINES, "")) {
    if (/\p{M}/u.test(char)) {
      if (++marks > MAX_MARKS_PER_LETTER) continue;
    } else marks = 0;
    kept += char;
  }
  return kept;
}
