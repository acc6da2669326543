/**
 * Stemmer exceptions (decision 264): Dutch words whose Snowball stem is the stem of a word of
 * another meaning. PostgreSQL's `dutch_stem` makes "ouderen" (the elderly) and "oudere" (older)
 * `ouder`, the stem of "ouders" (parents); "middelbare school" shares `middel` with "middelen"
 * (means, funds); "rekening houden met" shares `reken` with "rekenen" (arithmetic, as in "taal en
 * rekenen"); "met betrekking tot" shares `betrek` with "ouders betrekken" (to involve). A search for
 * one then finds every passage about the other, and a thesaurus link for one is a link for both.
 *
 * Each listed word keeps a lexeme of its own: the index and the query both mark it with MARK before
 * PostgreSQL stems it ("ouderen" → "ouderenxq", which the stemmer leaves whole), so the two meanings
 * no longer meet. The words of a group are each other's forms (a query for "oudere" also finds
 * "ouderen"), given to the query analysis like the other forms the stemmer misses. Titles and
 * snippets are marked on the same marked text and the mark is taken off again (`unmarkSenses`).
 *
 * Only words with a clear other meaning are listed. Checked and left alone, because the stemmer's
 * merge is right or the word has both meanings in the same texts: kosten/kost, zorgen/zorg (the
 * plural of zorg is zorgen), regels/regelen/regeling, gegevens (stem gegeven, apart from gegev),
 * middelen/middel, werken/werk, gelden (money, and the verb "to apply"; "subsidiegelden" is money),
 * beperking/beperken (the disability and "to limit" meet in "beperkingen"), jongeren/jonger.
 * Meilisearch does not stem Dutch, so it keeps these words apart already and needs nothing.
 */

/** Groups of word forms of one meaning, apart from what the stemmer merges them with. */
export const SENSE_GROUPS: readonly (readonly string[])[] = [
  // The elderly, older (not ouder, ouders: parents). "ouder" alone stays with ouders: "ouder van"
  // (parent) and "ouder dan" (older than) are both common, and a parent is the commoner search.
  ["ouderen", "oudere"],
  // Secondary (school), not middel, middelen (means, funds).
  ["middelbare", "middelbaar"],
  // A bill, an account, "rekening houden met" (to take into account), not rekenen (arithmetic).
  ["rekening", "rekeningen"],
  // "met betrekking tot" (concerning), a post, not betrekken (to involve).
  ["betrekking", "betrekkingen"],
];

/** Appended to a listed word before stemming: a suffix the Dutch stemmer never takes off. */
export const SENSE_MARK = "xq";

const GROUP_OF = new Map(SENSE_GROUPS.flatMap((group) => group.map((word) => [word, group] as const)));
const ALTERNATION = [...GROUP_OF.keys()].sort((a, b) => b.length - a.length).join("|");
const JS_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_])(${ALTERNATION})(?![\\p{L}\\p{N}_])`, "giu");
const JS_UNMARK = new RegExp(`(?<![\\p{L}\\p{N}_])(${ALTERNATION})${SENSE_MARK}(?![\\p{L}\\p{N}_])`, "giu");

/** The other words of a listed word's group (none for any other word). */
export function senseForms(word: string): string[] {
  const group = GROUP_OF.get(word.toLowerCase());
  return group ? group.filter((form) => form !== word.toLowerCase()) : [];
}

/** Is the word (lower case) one of the listed words? */
export function hasOwnSense(word: string): boolean {
  return GROUP_OF.has(word.toLowerCase());
}

/** Text as PostgreSQL should stem it: every listed word marked (query words, phrases). */
export function markSenses(text: string): string {
  return text.replace(JS_PATTERN, `$1${SENSE_MARK}`);
}

/** The mark taken off again (titles and snippets made from marked text). */
export function unmarkSenses(text: string): string {
  return text.replace(JS_UNMARK, "$1");
}

/**
 * The same marking as an SQL expression around `expression` (text stored in the index: titles,
 * bodies, compound parts). PostgreSQL's \m and \M are word boundaries; the pattern holds only the
 * listed words, never user input.
 */
export function markSensesSql(expression: string): string {
  return `regexp_replace(${expression}, '\\m(${ALTERNATION})\\M', '\\1${SENSE_MARK}', 'gi')`;
}
