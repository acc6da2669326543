/**
 * The user's query, parsed without any engine syntax: words, "quoted
 * phrases", -exclusions and OR between terms. Anything else (operators,
 * brackets, SQL) is not syntax here, only separators, so no input can break
 * an engine query. Pure; see tests/unit/search-query.test.ts.
 */
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from "~/shared/search.ts";
import { DUTCH_STOP_WORDS } from "./language/words.ts";

export type Term = {
  /** Words joined by single spaces (a phrase has several). */
  text: string;
  phrase: boolean;
  /** The last word while typing: match it as a prefix (suggestions). */
  prefix: boolean;
};

export type ParsedQuery = {
  /** Every group must match; within a group any term may (OR). */
  groups: Term[][];
  /** None of these may match. */
  exclude: Term[];
};

export const EMPTY_QUERY: ParsedQuery = { groups: [], exclude: [] };

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const TOKEN = /(-?)"([^"]*)"?|(-?)([\p{L}\p{N}][^\s"]*)/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replaceAll("’", "'"));
}

/** Lower case without diacritics: how words are compared for typo tolerance. */
export function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export function parseQuery(input: string, options: { prefixLast?: boolean } = {}): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH).normalize("NFC");
  const groups: Term[][] = [];
  const exclude: Term[] = [];
  let orPending = false;
  let count = 0;
  let last: Term | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const quoted = match[2] !== undefined;
    const negated = (quoted ? match[1] : match[3]) === "-";
    const raw = quoted ? match[2]! : match[4]!;
    // "OR"/"OF" joins two words as alternatives; after a stop word it is a word itself: nobody
    // asks for "de" or "invloed", so in "hoe kan de OR invloed hebben" it is the ondernemingsraad.
    if (!quoted && (raw === "OR" || raw === "OF") && !(last !== null && DUTCH_STOP_WORDS.has(foldWord(last.text)))) {
      orPending = groups.length > 0;
      continue;
    }
    const found = words(raw);
    if (!found.length) continue;
    // An unquoted token like "werk/inkomen" holds several words: each is a term of its own.
    const terms: Term[] = quoted
      ? [{ text: found.join(" "), phrase: found.length > 1, prefix: false }]
      : found.map((w) => ({ text: w, phrase: false, prefix: false }));
    for (const term of terms) {
      // Stop words ("een", "met", "als") are dropped from the search and do not use up the terms:
      // a long question keeps its telling words (decision 172). The length cap still bounds the query.
      const stopWord = !quoted && DUTCH_STOP_WORDS.has(foldWord(term.text));
      if (count >= MAX_QUERY_TERMS && !stopWord) break;
      if (!stopWord) count += 1;
      if (negated) {
        exclude.push(term);
        last = null;
        continue;
      }
      if (orPending && groups.length) groups[groups.length - 1]!.push(term);
      else groups.push([term]);
      orPending = false;
      last = quoted ? null : term;
    }
  }
  // Only when the text ends inside a word: "werkge" is being typed, "werkgever " is done.
  if (options.prefixLast && last && /[\p{L}\p{N}]$/u.test(text) && !last.phrase) last.prefix = true;
  return { groups, exclude };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.groups.length === 0;
}

/** Single words that typo tolerance may correct: not phrases, prefixes or exclusions; five letters or more. */
export function correctableWords(query: ParsedQuery): string[] {
  const found = new Set<string>();
  for (const group of query.groups) {
    for (const term of group) {
      if (term.phrase || term.prefix) continue;
      const word = foldWord(term.text);
      if (word.length >= 5 && word.length <= 40 && /^\p{L}+$/u.test(word)) found.add(word);
    }
  }
  return [...found];
}

/** Distinct folded words of a text that typo tolerance may correct to. */
export function lexiconWords(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = foldWord(match[0]);
    if (word.length >= 5 && word.length <= 40) found.add(word);
  }
  return [...found];
}

/** Markers an engine puts around matches; stripped from indexed text, so content cannot fake them. */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

export function stripMarkers(text: string): string {
  // eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
  return text.replace(/[\u0001\u0002]/g, "");
}

/** One UTF-16 unit folded like foldWord (accents off, lower case), keeping the text's length. */
function foldUnit(unit: string): string {
  const folded = foldWord(unit);
  return folded.length === 1 ? folded : unit;
}

/**
 * Marks each phrase where it stands in the text as a phrase: its words in order, separated by
 * spaces, as one mark, whatever marks were inside (decision 246). Accents and case do not count.
 * A phrase's words alone are not marked here: the engine marks only single-word alternatives.
 */
export function markPhrases(marked: string, phrases: string[]): string {
  const words = phrases.map((phrase) => phrase.split(/\s+/).filter(Boolean).map(foldWord)).filter((phraseWords) => phraseWords.length > 1);
  if (!words.length) return marked;
  const folded = Array.from({ length: marked.length }, (_, i) => foldUnit(marked[i]!)).join("");
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const gap = `(?:\\s|${MARK_START}|${MARK_END})+`;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${MARK_START}?(?:${words.map((w) => w.map(escape).join(gap)).join("|")})${MARK_END}?(?![\\p{L}\\p{N}])`,
    "gu",
  );
  let result = "";
  let at = 0;
  for (const match of folded.matchAll(pattern)) {
    const start = match.index;
    result += marked.slice(at, start) + MARK_START + stripMarkers(marked.slice(start, start + match[0].length)) + MARK_END;
    at = start + match[0].length;
  }
  return result + marked.slice(at);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Escapes the engine's output, then turns its markers into <mark>: the only HTML in a snippet. */
export function markedToHtml(marked: string): string {
  let open = false;
  let html = "";
  // eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
  for (const part of escapeHtml(marked).split(/([\u0001\u0002])/)) {
    if (part === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += part;
    }
  }
  return open ? `${html}</mark>` : html;
}
