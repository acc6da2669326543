/**
 * The text format of the shipped thesaurus and the English glossary, and the glossary itself:
 * pure, with no database, so that the compound splitter can ask whether a word is English
 * (decision 327) without loading what the thesaurus in force needs. thesaurus.ts re-exports
 * all of it. See decision 128.
 */
import { SHIPPED_GLOSSARY } from "./data/glossary-en.ts";
import { normaliseWord } from "./language/dictionary.ts";
export type ThesaurusMode = "equivalent" | "oneWay" | "related";

/** A stored mode as a ThesaurusMode (anything unknown is "equivalent"). */
export function asThesaurusMode(mode: string): ThesaurusMode {
  return mode === "oneWay" || mode === "related" ? mode : "equivalent";
}
export type ThesaurusEntry = {
  /** Stable identity of a shipped entry (its normalised line); the row id for own entries. */
  key: string;
  mode: ThesaurusMode;
  /** For "oneWay": the first term finds the others. */
  terms: string[];
  source: "shipped" | "own";
};

/** Lower case, single spaces, no accents: how terms are compared. */
export function normaliseTerm(term: string): string {
  return normaliseWord(term.trim()).replace(/\s+/g, " ");
}

export function entryKey(mode: ThesaurusMode, terms: string[]): string {
  return `${mode === "oneWay" ? ">" : mode === "related" ? "~" : "="}${terms.join("|")}`;
}

export function parseThesaurusText(text: string): ThesaurusEntry[] {
  const entries: ThesaurusEntry[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const oneWay = line.includes("=>");
    const related = !oneWay && line.includes("~");
    const [head = "", tail = ""] = oneWay ? line.split("=>") : [line, ""];
    const terms = (oneWay ? [head, ...tail.split(",")] : head.split(related ? /[~,]/ : ",")).map(normaliseTerm).filter(Boolean);
    if (terms.length < 2) continue;
    const mode: ThesaurusMode = oneWay ? "oneWay" : related ? "related" : "equivalent";
    entries.push({ key: entryKey(mode, terms), mode, terms, source: "shipped" });
  }
  return entries;
}

/** Forms a query word may take in the thesaurus: as typed, or without a plural ending. */
export function lookupForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith("'s")) forms.push(word.slice(0, -2));
  if (word.endsWith("en") && word.length > 4) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("s") && word.length > 3) forms.push(word.slice(0, -1));
  if (word.endsWith("ies") && word.length > 4) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es") && word.length > 4) forms.push(word.slice(0, -2));
  return forms;
}

export type Glossary = {
  /** Dutch words for an English word or two-word term (plural forms are looked up by their singular). */
  translate(term: string): string[];
  readonly map: Map<string, string[]>;
};

/**
 * Other English forms a glossary term may be listed under (decision 204): the other spelling
 * (organisation/organization, labour/labor, centre/center, programme/program) and the last word
 * without -ing or -ed (working → work, hired → hire, trained → train, running → run). Tried only
 * after the term as typed and its plurals.
 */
export function englishForms(term: string): string[] {
  const forms = new Set<string>();
  const spellings: [RegExp, string][] = [
    [/isation\b/g, "ization"],
    [/ization\b/g, "isation"],
    [/ise\b/g, "ize"],
    [/ize\b/g, "ise"],
    [/our\b/g, "or"],
    [/([^o])or\b/g, "$1our"],
    [/tre\b/g, "ter"],
    [/ter\b/g, "tre"],
    [/programme\b/g, "program"],
    [/program\b/g, "programme"],
  ];
  for (const [pattern, replacement] of spellings) forms.add(term.replace(pattern, replacement));
  const words = term.split(" ");
  const last = words.at(-1)!;
  const withLast = (word: string) => [...words.slice(0, -1), word].join(" ");
  const stem = /^(\p{L}{3,})(?:ing|ed)$/u.exec(last)?.[1];
  if (stem) {
    forms.add(withLast(stem));
    forms.add(withLast(`${stem}e`));
    if (/([^aeiou])\1$/u.test(stem)) forms.add(withLast(stem.slice(0, -1)));
    if (last.endsWith("ied")) forms.add(withLast(`${last.slice(0, -3)}y`));
  }
  forms.delete(term);
  return [...forms];
}

export function parseGlossary(text: string): Glossary {
  const map = new Map<string, string[]>();
  for (const entry of parseThesaurusText(text)) if (entry.mode === "oneWay") map.set(entry.terms[0]!, entry.terms.slice(1));
  const lookup = (term: string) => {
    for (const form of lookupForms(term)) {
      const found = map.get(form);
      if (found) return found;
    }
    return null;
  };
  return {
    map,
    translate(term) {
      const normalised = normaliseTerm(term);
      const found = lookup(normalised);
      if (found) return found;
      for (const form of englishForms(normalised)) {
        const other = lookup(form);
        if (other) return other;
      }
      return [];
    },
  };
}

export const GLOSSARY = parseGlossary(SHIPPED_GLOSSARY);
