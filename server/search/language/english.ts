/**
 * English words, so that the compound splitter never cuts one as a Dutch compound: "internships"
 * is no interns + hips, "managers" no mana + gers, "community" no comm + unity, "caseload" no
 * case + load (decision 327). Two sources: the hunspell en-US word list of the npm package
 * `dictionary-en` (its stems in lower case and every form its suffix rules make, about 97,000
 * words; names, written with a capital, are left out) and the domain glossary's English terms
 * with the forms it looks them up by (jobseekers, onboarding). Read once per process, on first
 * use. The index (`compoundParts`) and the query analysis ask the same question through
 * `splitCompound`, so both sides agree (decision 323).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { singleton } from "../../singleton.ts";
import { GLOSSARY } from "../vocabulary.ts";

type SuffixRule = { strip: string; add: string; condition: RegExp | null };

/** The words of a hunspell word list with single-letter flags (en-US): stems and suffixed forms, lower case. */
export function parseEnglishWords(aff: string, dic: string): Set<string> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split("\n")) {
    const fields = line.trim().split(/\s+/);
    // "SFX flag strip add condition"; the header line of a rule group has four fields.
    if (fields[0] !== "SFX" || fields.length < 5) continue;
    const [, flag, strip, add, condition] = fields as [string, string, string, string, string];
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === "0" ? "" : strip,
      add: add === "0" ? "" : add.split("/")[0]!,
      condition: condition === "." ? null : new RegExp(`${condition}$`, "u"),
    });
    rules.set(flag, list);
  }
  const words = new Set<string>();
  for (const line of dic.split("\n").slice(1)) {
    const [stem = "", flags = ""] = line.trim().split("/");
    // Names (a capital) and anything but letters (0th, o'clock) are no words a text splits.
    if (!/^\p{Ll}+$/u.test(stem)) continue;
    words.add(stem);
    for (const flag of flags)
      for (const rule of rules.get(flag) ?? []) {
        if ((rule.condition && !rule.condition.test(stem)) || !stem.endsWith(rule.strip)) continue;
        words.add(stem.slice(0, stem.length - rule.strip.length) + rule.add);
      }
  }
  return words;
}

/** The en-US word list of this process, read from dictionary-en on first use. */
export function englishWordList(): Set<string> {
  return singleton("search-english-words", () => {
    const folder = path.dirname(createRequire(import.meta.url).resolve("dictionary-en"));
    return parseEnglishWords(readFileSync(path.join(folder, "index.aff"), "utf8"), readFileSync(path.join(folder, "index.dic"), "utf8"));
  });
}

/** An English word (lower case): of the en-US word list, or a term of the domain glossary. */
export function isEnglishWord(word: string, words: Set<string> = englishWordList()): boolean {
  return words.has(word) || GLOSSARY.translate(word).length > 0;
}
