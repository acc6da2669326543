/**
 * Splits Dutch compounds into their parts, for the index ("arbeidsmarktdiscriminatie"
 * also indexes "arbeidsmarkt" and "discriminatie") and for queries (the compound
 * also finds "discriminatie op de arbeidsmarkt"). Parts come from the Dutch word
 * list; between parts a linking s, e or en may stand (arbeid-s-markt). Fewest
 * parts win, then the longest parts; a last part shorter than four letters only when
 * no split without one exists. Pure and memoised; see decisions 127 and 172.
 */
import { joinedVerbs } from "./derivations.ts";
import { dutchDictionary, normaliseWord, type Dictionary } from "./dictionary.ts";
import { isEnglishWord } from "./english.ts";

const MIN_WORD = 7;
const MIN_PART = 4;
/** A last part may be shorter ("taal-eis"), if it is a word on its own; not when deciding whether a word is Dutch. */
const MIN_LAST_PART = 3;
const MAX_WORD = 40;
const LINKS = ["", "s", "e", "en"];
/** Words that are also suffixes: as a last part they split derivations, not compounds (werkloos-heid). */
const NOT_A_LAST_PART = new Set([
  "heid",
  "heden",
  "schap",
  "schappen",
  "baar",
  "lijk",
  "loos",
  "achtig",
  // Their inflected forms, and the comparative's -ere, which the word list also holds as words
  // (decision 264): "middelbare" is no middel + bare, "werkbare" no werk + bare, "jongere" no jong + ere.
  "bare",
  "lijke",
  "loze",
  "achtige",
  "ere",
  "isme",
  "ering",
  "erij",
  "tje",
  "tjes",
  "ster",
  "sters",
  // Derivational endings the word list also holds as words (decision 204): "opleiding" is no
  // opleid + ing, "vluchteling" no vlucht + eling, "werkende" no werk + ende, "verdient" no verdi + ent.
  "ing",
  "ingen",
  "ling",
  "lingen",
  "eling",
  "elingen",
  "ende",
  "enden",
  "end",
  "ent",
  "gen",
  "den",
  "eren",
  "enten",
]);

type Split = { parts: string[]; score: number };

/**
 * `strict`: no short last part at all. Otherwise a short last part only when it is a stem of the
 * word list with inflections of its own (not "ger", "ten", "tig", listed without them) and the word itself is
 * no form a suffix rule makes of another stem: "stappen" is stap + en, not stap + pen, "jongeren"
 * jongere + n, not jonge + ren; "participatiewet" and "leerweg" still split (decision 317). The
 * query's analysis and the index (`compoundParts`) both split this way, so the index holds no part
 * a query would not search (decision 323). An English word (en-US word list or glossary) is never
 * split (decision 327).
 */
export function splitCompound(
  word: string,
  dictionary: Dictionary = dutchDictionary(),
  options: { strict?: boolean } = {},
): string[] | null {
  const text = normaliseWord(word);
  if (text.length < MIN_WORD || text.length > MAX_WORD || !/^\p{L}+$/u.test(text)) return null;
  const key = `${options.strict ? "strict" : "checked"}:${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  // An English word is no Dutch compound, also when the Dutch word list has it as a loanword:
  // "internships" is no interns + hips, "managers" no mana + gers (decision 327).
  // A short last part only when there is no split into parts of MIN_PART letters or more:
  // "loopbaangesprekken" is loopbaan + gesprekken, not loopbaangesprek + ken (decision 172).
  let result = isEnglishWord(text)
    ? null
    : (split(text, dictionary, MIN_PART) ?? (options.strict ? null : split(text, dictionary, MIN_LAST_PART)));
  if (result && result.at(-1)!.length < MIN_PART) {
    const last = result.at(-1)!;
    if (!isContentStem(dictionary.stemFlags(last)) || dictionary.ruleFlags(text).length > 0) result = null;
  }
  if (memo.size > 100_000) memo.clear();
  memo.set(key, result);
  return result;
}

const memo = new Map<string, string[] | null>();

/**
 * A stem with inflections of its own in the word list (a plural Z…, verb V…, diminutive Y… or
 * adjective A… flag): a word that can head a compound. "tig", "ten", "ens" are listed without
 * flags, "ger" as a name only.
 */
function isContentStem(flags: string | undefined): boolean {
  if (!flags) return false;
  for (let i = 0; i + 1 < flags.length; i += 2) if ("ZVYA".includes(flags[i]!)) return true;
  return false;
}

function split(text: string, dictionary: Dictionary, MIN_LAST_PART: number): string[] | null {
  // best[i]: the best split of text[i..] into parts (the first part starts at i).
  const best: (Split | null)[] = new Array(text.length + 1).fill(null);
  for (let start = text.length - MIN_LAST_PART; start >= 0; start -= 1) {
    let choice: Split | null = null;
    for (let end = start + MIN_LAST_PART; end <= text.length; end += 1) {
      const part = text.slice(start, end);
      if (end === text.length) {
        if (start === 0 || NOT_A_LAST_PART.has(part) || !dictionary.isWord(part)) continue;
        const candidate = { parts: [part], score: part.length ** 2 };
        if (!choice || better(candidate, choice)) choice = candidate;
        continue;
      }
      if (part.length < MIN_PART || !dictionary.isPart(part)) continue;
      for (const link of LINKS) {
        const next = end + link.length;
        if (next > text.length - MIN_LAST_PART || (link && text.slice(end, next) !== link)) continue;
        const rest = best[next];
        if (!rest) continue;
        const candidate = { parts: [part, ...rest.parts], score: part.length ** 2 + rest.score };
        if (!choice || better(candidate, choice)) choice = candidate;
      }
    }
    best[start] = choice;
  }
  const found = best[0];
  return found && found.parts.length >= 2 ? found.parts : null;
}

function better(a: Split, b: Split): boolean {
  return a.parts.length < b.parts.length || (a.parts.length === b.parts.length && a.score > b.score);
}

/** The start of a last part typed halfway: fewer letters begin too many words. */
const MIN_OPEN_PART = 3;

/**
 * A compound typed halfway whose last part is unfinished too ("taalnive" for taalniveau,
 * "loondisp" for loondispensatie): the longest start that is a word of the list (else one that
 * splits into words) and the unfinished rest, for a prefix search of the parts, the last one as
 * a prefix, so that a text writing the compound apart ("het niveau van de taal") is found as one
 * writing it whole (decision 310). A linking s, e or en after the start may belong to either side
 * ("werkgeversservicep": werkgevers + servicep…, "arbeidsbem": arbeid + bem…): each reading is
 * given, the rest always of MIN_OPEN_PART letters or more. Empty when there is no such start.
 * Pure.
 */
export function unfinishedCompound(word: string, dictionary: Dictionary = dutchDictionary()): string[][] {
  const text = normaliseWord(word);
  if (text.length < MIN_WORD || text.length > MAX_WORD || !/^\p{L}+$/u.test(text)) return [];
  // A start that is a word of the list first, then one that splits into words: a split start can
  // be a word cut in two ("klantmana": klant + mana, of klantmanager).
  for (const startParts of [
    (start: string) => (dictionary.isWord(start) ? [start] : null),
    (start: string) => splitCompound(start, dictionary, { strict: true }),
  ]) {
    // The longest start decides: when its rest is too short ("diversiteitsb"), a shorter start
    // would only cut a word in two (divers + iteitsb).
    for (let end = text.length - 1; end >= MIN_PART; end -= 1) {
      const parts = startParts(text.slice(0, end));
      if (!parts) continue;
      return LINKS.filter((link) => text.startsWith(link, end) && text.length - end - link.length >= MIN_OPEN_PART).map((link) => [
        ...parts,
        text.slice(end + link.length),
      ]);
    }
  }
  return [];
}

/**
 * The parts of every compound in a text, as extra words for the index (each distinct word once),
 * and separable verbs written apart, joined ("in te burgeren" → "inburgeren", decision 166).
 */
export function compoundParts(text: string, dictionary: Dictionary = dutchDictionary()): string[] {
  const parts = new Set<string>();
  const seen = new Set<string>();
  for (const match of text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
    const word = match[0].toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    if (word.includes("-")) {
      // Hyphens and spaces alike: "werkgevers-helpdesk" is also "werkgevershelpdesk".
      const joined = word.replaceAll("-", "");
      parts.add(joined);
      for (const piece of splitCompound(joined, dictionary) ?? []) parts.add(piece);
      continue;
    }
    for (const piece of splitCompound(word, dictionary) ?? []) parts.add(piece);
  }
  for (const verb of joinedVerbs(text, dictionary)) parts.add(verb);
  return [...parts];
}
