/**
 * The domain thesaurus and the English glossary as search uses them: the
 * shipped entries (server/search/data/), minus the shipped entries that
 * moderators switched off, plus the moderators' own entries (table
 * ThesaurusEntry, edited on /beheer/zoekwoorden). Compiled once and kept for
 * THESAURUS_TTL_MS per process; a change in this process applies at once.
 * Both engines use it: query expansion for PostgreSQL, the synonyms setting
 * for Meilisearch. See decision 128.
 */
import { db } from "../db.ts";
import { SHIPPED_THESAURUS } from "./data/thesaurus-nl.ts";
import { asThesaurusMode, lookupForms, normaliseTerm, parseThesaurusText, type ThesaurusEntry } from "./vocabulary.ts";

export * from "./vocabulary.ts";

export const THESAURUS_TTL_MS = 30_000;
export const MAX_TERMS = 12;
export const MAX_TERM_LENGTH = 60;

export const SHIPPED_ENTRIES = parseThesaurusText(SHIPPED_THESAURUS);

export type CompiledThesaurus = {
  entries: ThesaurusEntry[];
  /** Other terms a query term also finds (normalised; multi-word terms are phrases). */
  expand(term: string): string[];
  /**
   * Of `expand`'s terms, those an equivalent entry makes the same thing; the rest come from
   * one-way entries only (asielzoeker => statushouder: not the same thing) and are labelled
   * as related on the results page, not as "same meaning" (decision 254).
   */
  sameMeaning(term: string): string[];
  /** Related terms (not the same thing, but belonging together): found too, ranked lower (decision 172). */
  related(term: string): string[];
  has(term: string): boolean;
  /** Meilisearch's synonyms setting: every term to the terms it also finds, also in plural forms. */
  meiliSynonyms(extra?: Map<string, string[]>): Record<string, string[]>;
};

export function compileThesaurus(entries: ThesaurusEntry[]): CompiledThesaurus {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  const relatedMap = new Map<string, Set<string>>();
  const sameMap = new Map<string, Set<string>>();
  const oneWayMap = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.mode === "oneWay")
      for (const to of entry.terms.slice(1)) {
        add(entry.terms[0]!, to);
        if (entry.terms[0] !== to) oneWayMap.set(entry.terms[0]!, (oneWayMap.get(entry.terms[0]!) ?? new Set<string>()).add(to));
      }
    else if (entry.mode === "related") {
      for (const from of entry.terms) {
        const set = relatedMap.get(from) ?? new Set<string>();
        for (const to of entry.terms) if (from !== to) set.add(to);
        relatedMap.set(from, set);
      }
    } else
      for (const from of entry.terms)
        for (const to of entry.terms) {
          add(from, to);
          if (from === to) continue;
          const set = sameMap.get(from) ?? new Set<string>();
          set.add(to);
          sameMap.set(from, set);
        }
  }
  // Words of the same meaning share what belongs to them (decision 257): when an equivalent entry
  // makes a and b the same, a also finds b's narrower words (one way) and b's related words, as b
  // does. One step, from the entries as written: the equivalence itself is not made transitive
  // (vluchteling = statushouder and statushouder = vergunninghouder do not make vluchteling =
  // vergunninghouder), and an inherited word is never one of the word's own equivalents.
  const inherited = (source: Map<string, Set<string>>) =>
    [...sameMap].map(([from, same]) => {
      const own = source.get(from);
      const gained = [...same]
        .flatMap((other) => [...(source.get(other) ?? [])])
        .filter((to) => to !== from && !same.has(to) && !own?.has(to));
      return [from, gained] as const;
    });
  for (const [from, gained] of inherited(oneWayMap)) for (const to of gained) add(from, to);
  for (const [from, gained] of inherited(relatedMap))
    if (gained.length) relatedMap.set(from, new Set([...(relatedMap.get(from) ?? []), ...gained]));
  const findIn = (source: Map<string, Set<string>>, term: string) => {
    for (const form of lookupForms(normaliseTerm(term))) {
      const found = source.get(form);
      if (found) return found;
    }
    return null;
  };
  const find = (term: string) => findIn(map, term);
  return {
    entries,
    expand: (term) => [...(find(term) ?? [])],
    sameMeaning: (term) => {
      // The same form `expand` found its terms under: a plural looks up the entry its singular has.
      for (const form of lookupForms(normaliseTerm(term))) if (map.has(form)) return [...(sameMap.get(form) ?? [])];
      return [];
    },
    related: (term) => {
      const same = find(term);
      return [...(findIn(relatedMap, term) ?? [])].filter((to) => !same?.has(to) && to !== normaliseTerm(term));
    },
    has: (term) => find(term) !== null || findIn(relatedMap, term) !== null,
    meiliSynonyms(extra = new Map()) {
      // No prototype: terms are moderators' input and may be "constructor".
      const synonyms: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
      // Meilisearch has no weaker kind of synonym: related terms are synonyms there (its ranking
      // rules still put documents with the words as typed first).
      for (const [from, to] of [...map, ...relatedMap, ...extra]) {
        for (const form of new Set([from, `${from}s`, `${from}en`])) synonyms[form] = [...new Set([...(synonyms[form] ?? []), ...to])];
      }
      return synonyms;
    },
  };
}

let cache: { at: number; value: Promise<CompiledThesaurus> } | null = null;

/** The thesaurus in force: shipped entries not switched off, plus the moderators' own. */
export function currentThesaurus(): Promise<CompiledThesaurus> {
  if (!cache || Date.now() - cache.at > THESAURUS_TTL_MS) {
    const value = thesaurusEntries().then(compileThesaurus);
    cache = { at: Date.now(), value };
    value.catch(() => (cache = null));
  }
  return cache.value;
}

/** After a change: the next search in this process compiles the thesaurus again. */
export function forgetThesaurus(): void {
  cache = null;
}

export type ThesaurusRow = { id: string; mode: string; terms: string[]; shippedKey: string | null };

export async function thesaurusEntries(): Promise<ThesaurusEntry[]> {
  const rows = await db().thesaurusEntry.findMany({
    select: { id: true, mode: true, terms: true, shippedKey: true },
    orderBy: { createdAt: "asc" },
  });
  return mergeEntries(rows);
}

export function mergeEntries(rows: ThesaurusRow[]): ThesaurusEntry[] {
  const off = new Set(rows.flatMap((row) => (row.shippedKey ? [row.shippedKey] : [])));
  const own = rows
    .filter((row) => !row.shippedKey)
    .map((row): ThesaurusEntry => ({
      key: row.id,
      mode: asThesaurusMode(row.mode),
      terms: row.terms,
      source: "own",
    }));
  return [...SHIPPED_ENTRIES.filter((entry) => !off.has(entry.key)), ...own];
}
