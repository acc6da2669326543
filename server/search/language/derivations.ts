/**
 * Word families the Dutch stemmer keeps apart (decision 166): a noun in -atie
 * and its verb in -eren ("discriminatie", "discriminerende"), a noun in -iteit
 * and its adjective in -ief ("effectiviteit", "effectief"), and separable verbs
 * written apart ("in te burgeren" is "inburgeren"). Snowball already brings
 * -ing and -en together (inburgering, inburgeren), so those need nothing here.
 * Every form offered is a word of the Dutch word list. Pure.
 */
import { dutchDictionary, type Dictionary } from "./dictionary.ts";

/** [ending, other ending]: both directions are tried; the stem before the ending stays. */
const FAMILIES: [string, string][] = [
  ["atie", "eren"],
  ["atie", "erend"],
  ["iviteit", "ief"],
  ["iviteit", "ieve"],
  // A noun in -iteit and its adjective (diversiteit, divers, diverse) (decision 204).
  ["iteit", ""],
  ["iteit", "e"],
  // An adjective in -isch and its noun (technisch, techniek; economisch, economie).
  ["isch", "iek"],
  ["ische", "iek"],
  ["isch", "ie"],
  ["ische", "ie"],
];
const MIN_STEM = 4;
/** A stem this long at least before an empty ending ("divers" + iteit): "kwal" + iteit is no family. */
const MIN_BARE_STEM = 5;
/**
 * A present participle and its verb (werkende, werkend → werken; lerende → leren), which the
 * stemmer keeps apart when the word is short (decision 204). One way: a verb is not offered its
 * participle (the stemmer gives long participles the verb's stem anyway).
 */
const PARTICIPLE = /^(\p{L}{3,})end(e?)$/u;

/** Other members of the word's family (not the word itself), as Dutch words. */
export function derivedForms(word: string, dictionary: Dictionary = dutchDictionary()): string[] {
  const forms = new Set<string>();
  for (const [a, b] of FAMILIES) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      // A participle used as adjective ("discriminerende") is the participle.
      const base = from === "erend" && word.endsWith("erende") ? word.slice(0, -1) : word;
      if (!base.endsWith(from) || base.length - from.length < MIN_STEM) continue;
      // The stemmer gives "discriminerend" and "discrimineren" one stem: offering both adds nothing.
      if (to === "erend") continue;
      const stem = from ? base.slice(0, -from.length) : base;
      if (!from && !to) continue;
      if ((!from || !to) && stem.length < MIN_BARE_STEM) continue;
      const form = stem + to;
      if (form !== word && dictionary.isWord(form)) forms.add(form);
    }
  }
  // A noun in -ie and its adjective in -ief (inclusie, inclusief, inclusieve; selectie, selectief;
  // preventie, preventief), where the stem ends in s, ct or nt: positie and positief are no family (decision 225).
  const adjective = /^(\p{L}{3,}(?:s|ct|nt))(ie|ief|ieve)$/u.exec(word);
  if (adjective)
    // Noun to adjective and back; ief and ieve are the adjective's own forms (otherForms).
    for (const ending of adjective[2] === "ie" ? ["ief", "ieve"] : ["ie"])
      if (dictionary.isWord(adjective[1]! + ending)) forms.add(adjective[1]! + ending);
  const participle = PARTICIPLE.exec(word);
  if (participle) {
    const verb = `${participle[1]!}en`;
    if (dictionary.isWord(verb) || isSeparableVerb(verb, dictionary)) forms.add(verb);
  }
  return [...forms];
}

/**
 * Particles of separable verbs. "in te burgeren", "aan te nemen", "op te doen":
 * particle + "te" + verb is the verb written apart (the infinitive with "te"). The particle also
 * stays in front in a subordinate clause (aanneemt) and the participle (aangenomen) (verbs.ts).
 */
export const PARTICLES = new Set([
  "aan",
  "af",
  "bij",
  "door",
  "in",
  "mee",
  "na",
  "om",
  "op",
  "over",
  "terug",
  "toe",
  "uit",
  "vast",
  "voor",
  "weg",
  "samen",
]);

/** A separable verb the word list lacks ("aannemen"): a particle and a verb of the word list. */
export function isSeparableVerb(word: string, dictionary: Dictionary = dutchDictionary()): boolean {
  for (const particle of PARTICLES)
    if (word.length > particle.length + 3 && word.startsWith(particle) && dictionary.isWord(word.slice(particle.length))) return true;
  return false;
}

/** Separable verbs written apart in a text, joined ("in te burgeren" → "inburgeren"): extra words for the index. */
export function joinedVerbs(text: string, dictionary: Dictionary = dutchDictionary()): string[] {
  const found = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/(?<![\p{L}])(\p{L}+)\s+te\s+(\p{L}+en)(?![\p{L}])/gu)) {
    const [, particle, verb] = match as unknown as [string, string, string];
    if (!PARTICLES.has(particle)) continue;
    // The word list lacks some joined verbs ("aannemen"): the verb on its own must be a word.
    if (dictionary.isWord(particle + verb) || dictionary.isWord(verb)) found.add(particle + verb);
  }
  return [...found];
}
