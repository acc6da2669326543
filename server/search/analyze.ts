/**
 * From the parsed query to what the engines search (decisions 125–128): each
 * word (or OR group, or "phrase") is a concept with alternatives — the word
 * itself and its inflections, its compound parts, the other way of writing a
 * number (literal alternatives), and the thesaurus' synonyms, English
 * translations and spelling corrections (expansions, which rank lower).
 *
 * A word is only "corrected" when it is a word of neither the Dutch word list
 * nor the index the searcher may read (nor a thesaurus or glossary term, nor
 * a number); a word that only starts readable words ("werkg") is searched as
 * a prefix instead. Corrections are an offer ("Bedoelde je …?"): they are
 * searched too, but below every literal match.
 */
import type { ExpansionReason } from "~/shared/search.ts";
import { dutchDictionary, hasFlag, type Dictionary } from "./language/dictionary.ts";
import { splitCompound, unfinishedCompound } from "./language/compounds.ts";
import { derivedForms, isSeparableVerb } from "./language/derivations.ts";
import { senseForms } from "./language/senses.ts";
import { verbForms } from "./language/verbs.ts";
import {
  DUTCH_COMPLEX_PREPOSITIONS,
  DUTCH_QUESTION_FILLERS,
  DUTCH_QUESTION_WORDS,
  DUTCH_STOP_WORDS,
  ENGLISH_QUESTION_FILLERS,
  ENGLISH_STOP_WORDS,
  numberAlternative,
} from "./language/words.ts";
import { foldWord, type ParsedQuery, type Term } from "./query.ts";
import type { CompiledThesaurus, Glossary } from "./thesaurus.ts";

export type AlternativeMode = "words" | "phrase" | "prefix";

export type Alternative = {
  /** Words (all must match), a phrase (in this order), or a prefix (words, all must match, the last as a prefix). */
  text: string;
  mode: AlternativeMode;
  /** The searcher's own word in another form; false for synonyms, translations and corrections. */
  literal: boolean;
  /**
   * How strongly a match counts in ranking: 1 for the searcher's own words, 0.5 for a direct
   * synonym, translation or correction, less for what is one step further away.
   */
  weight: number;
  /** From the thesaurus: does not count when telling how rare a word is. */
  synonym?: boolean;
};

export type Concept = { label: string; alternatives: Alternative[] };

export type { ExpansionReason };
export type Expansion = { word: string; reason: ExpansionReason; words: string[] };

export type QueryPlan = {
  /** Every concept should match; documents that match all but one are still found, ranked lower. */
  concepts: Concept[];
  exclude: Alternative[];
  /** The searcher's words in order, for the phrase boost (null for one word or an explicit phrase). */
  phrase: string | null;
  /** What was searched besides the words as typed ("results say which words were searched"). */
  expansions: Expansion[];
  /** The query with every unknown word replaced by its best correction, or null. */
  didYouMean: string | null;
};

export const EMPTY_PLAN: QueryPlan = { concepts: [], exclude: [], phrase: null, expansions: [], didYouMean: null };

/** What the analysis asks the engine about the index the searcher may read. */
export type Lexicon = {
  /** Which words occur (stemmed) in readable documents, and which only begin readable words. */
  lookup(words: string[]): Promise<{ known: Set<string>; prefixes: Set<string> }>;
  /** Readable words close to each word (typos); with `prefix`, words that begin like it. */
  similar(words: string[], options?: { prefix?: boolean }): Promise<Record<string, string[]>>;
  /** The readable words each unfinished word most often begins, to name them (none: "werkg…"). */
  complete?(words: string[]): Promise<Record<string, string[]>>;
};

export type AnalyzeOptions = {
  lexicon: Lexicon;
  thesaurus: CompiledThesaurus;
  glossary: Glossary;
  /** The interface is English: translate every glossary word, Dutch or not. */
  english?: boolean;
  /**
   * Also take a compound of the word list's parts that is no word itself ("vertrouwenspersson":
   * vertrouwens + persson) for a possible typo: looked up, and corrected when no readable document
   * holds it. The search asks for this only when it found nothing without (decision 225).
   */
  compoundTypos?: boolean;
  dictionary?: Dictionary;
};

const MIN_TYPO_LENGTH = 5;
const MIN_LOOKUP_LENGTH = 4;
const MAX_CORRECTIONS = 3;
/** Each step away from the searcher's own word (synonym, translation, correction) halves its weight. */
const STEP = 0.5;
/** The head of a compound ("discriminatie" in "arbeidsmarktdiscriminatie") counts for less, and only when long. */
const HEAD_WEIGHT = 0.3;
const MIN_HEAD_LENGTH = 8;
const MIN_ROOT_WORD = 11;
const ROOT_WEIGHT = 0.15;
/** Another member of the word's family (effectiviteit, effectief): the searcher's meaning, another word (decision 166). */
const DERIVED_WEIGHT = 0.8;
/**
 * The last unquoted word may be unfinished ("zelfeffect" for zelfeffectiviteit) even on the
 * results page: unless it is a word of the word list, it is searched as a prefix too, below the
 * word itself (decision 166). Short prefixes are left out: they match too many words.
 */
const COMPLETION_WEIGHT = 0.6;
const MIN_COMPLETION = 5;
/** Synonyms of a compound's head searched with its other parts ("taal drempel" for taalbarrière), at most. */
const MAX_HEAD_SYNONYMS = 3;
/** Phrases with another form of one of their words ("duale trajecten" for "duaal traject"), at most this many. */
const MAX_PHRASE_FORMS = 4;

const isPlainWord = (word: string) => /^\p{L}+$/u.test(word);
/**
 * A typo changes a few letters, not the length: a correction much shorter or longer than the typed
 * word is a part of it or a longer word that shares its trigrams ("werkgevers" for
 * "werkgeversservicpunt"), not what was meant (decision 225).
 */
const typoLength = (correction: string, typed: string) =>
  Math.abs(correction.length - typed.length) <= Math.max(2, Math.floor(typed.length / 5));
const isStopWord = (word: string) => DUTCH_STOP_WORDS.has(word);

/**
 * needsLookup: not a word of any list, so maybe a typo or an unfinished word. loanword: an English
 * glossary word that the Dutch word list holds too ("employee", "wage"), translated when no
 * readable document holds it (decision 204).
 */
type Draft = {
  term: Term;
  folded: string;
  concept: Concept;
  needsLookup: boolean;
  loanword?: boolean;
  /** The last word, a compound typed halfway: its readings as parts, the last one unfinished (decision 310). */
  unfinished?: string[][];
};

export async function analyzeQuery(typed: ParsedQuery, options: AnalyzeOptions): Promise<QueryPlan> {
  const query = withoutComplexPrepositions(typed);
  const dictionary = options.dictionary ?? dutchDictionary();
  const { thesaurus, glossary } = options;
  const expansions: Expansion[] = [];
  const expansionKeys = new Set<string>();
  const note = (word: string, reason: ExpansionReason, words: string[]) => {
    const fresh = words.filter((w) => w !== foldWord(word) && !expansionKeys.has(`${word}|${reason}|${w}`));
    if (!fresh.length) return;
    for (const w of fresh) expansionKeys.add(`${word}|${reason}|${w}`);
    const existing = expansions.find((e) => e.word === word && e.reason === reason);
    if (existing) existing.words.push(...fresh);
    else expansions.push({ word, reason, words: fresh });
  };

  /**
   * The thesaurus' terms for the "also searched for" line: "same meaning" only for what an
   * equivalent entry makes the same; a one-way entry's terms (asielzoeker => statushouder) are
   * related, not the same thing (decision 254). Only the label: what is searched stays the same.
   */
  const noteSynonyms = (label: string, folded: string, synonyms: string[]) => {
    const same = new Set(thesaurus.sameMeaning(folded));
    note(
      label,
      "synonym",
      synonyms.filter((term) => same.has(term)),
    );
    note(
      label,
      "oneWay",
      synonyms.filter((term) => !same.has(term)),
    );
  };

  /** Alternatives of a compound split deeper whose first part is no word of the list: added when a readable document holds it. */
  const pendingFronts: { front: string; add: () => void }[] = [];
  const isDutch = (word: string) => dictionary.isWord(word) || splitCompound(word, dictionary, { strict: true }) !== null;
  const translatable = (word: string) => glossary.translate(word).length > 0;
  // A glossary word the Dutch word list lacks: English, even when Dutch parts make it up ("internships": interns + hips).
  const englishOnly = (word: string) => translatable(word) && !dictionary.isWord(word);

  /**
   * Alternatives every form of a word brings: itself, inflections, compound parts (and the
   * compound's head, which names what it is a kind of), numbers, synonyms (a step further away).
   */
  const expandWord = (word: string, label: string, weight: number, into: Alternative[], fromThesaurus = false) => {
    const literal = weight === 1;
    const push = (text: string, mode: AlternativeMode, w: number, synonym = fromThesaurus) => {
      const existing = into.find((a) => a.text === text && a.mode === mode);
      if (existing) existing.weight = Math.max(existing.weight, w);
      else into.push({ text, mode, literal: literal && w === weight, weight: w, ...(synonym ? { synonym } : {}) });
    };
    push(word, "words", weight);
    const folded = foldWord(word);
    if (folded.includes("-")) {
      // Hyphens and spaces alike: "werkgevers-helpdesk" is "werkgevers helpdesk" and "werkgevershelpdesk".
      const parts = folded.split("-").filter(Boolean);
      push(parts.join(" "), "words", weight);
      push(parts.join(""), "words", weight);
      if (literal) note(label, "compound", [parts.join(" ")]);
    } else {
      // An English glossary word is no Dutch compound: "internship" is not interns + hip.
      const parts = englishOnly(folded) ? null : splitCompound(folded, dictionary);
      if (parts) {
        push(parts.join(" "), "words", weight);
        // A part that is itself a compound: the split at its last part too, "reiskostenvergoeding"
        // (reis + kostenvergoeding) is also reiskosten + vergoeding, and so finds "de reiskosten
        // vergoeden" (decision 167). Not every part on its own: those may lie anywhere in a text.
        // Only a split of the head into words of four letters or more ("manager" is no mana + ger), and
        // only when the new first part is a word: of the word list, or else held by a readable
        // document (asked with the lookup, see pendingFronts); "klantmana ger" matches nothing (decision 317).
        const deep = parts.flatMap((part) => splitCompound(part, dictionary, { strict: true }) ?? [part]);
        if (deep.length > parts.length) {
          const front = deep.slice(0, -1).join("");
          const text = `${front} ${deep.at(-1)!}`;
          if (dictionary.isWord(front)) push(text, "words", weight);
          else pendingFronts.push({ front, add: () => push(text, "words", weight) });
        }
        // The head names what the compound is a kind of (arbeidsmarktdiscriminatie is discriminatie).
        const head = parts[parts.length - 1]!;
        if (head.length >= MIN_HEAD_LENGTH && !isStopWord(head)) push(head, "words", weight * HEAD_WEIGHT);
        // The head in other words: a "taalbarrière" is also "taal" and "drempel" (barrière, drempel)
        // (decision 225). Every part must match, so a short head is no risk.
        for (const synonym of thesaurus
          .expand(head)
          .filter((term) => !term.includes(" "))
          .slice(0, MAX_HEAD_SYNONYMS))
          push([...parts.slice(0, -1), synonym].join(" "), "words", weight * STEP, true);
        // The head's family: zelfeffectiviteit is also "zelf effectief".
        for (const form of derivedForms(head, dictionary)) {
          push([...parts.slice(0, -1), form].join(" "), "words", weight * DERIVED_WEIGHT);
          if (head.length >= MIN_HEAD_LENGTH) push(form, "words", weight * HEAD_WEIGHT * DERIVED_WEIGHT);
        }
        // Worth saying for a compound of one's own making, not for every dictionary word (werkgever).
        if (literal && !dictionary.isWord(folded)) note(label, "compound", [parts.join(" + ")]);
      }
      const forms = otherForms(folded, dictionary);
      for (const form of forms) push(form, "words", weight);
      // The family of the word and of its other forms: discrimineert → discrimineren → discriminatie.
      for (const form of new Set([folded, ...forms].flatMap((f) => derivedForms(f, dictionary))))
        if (form !== folded) push(form, "words", weight * DERIVED_WEIGHT);
      // Derived words share a root the stemmer does not find (discriminatie, discriminerende): the
      // start of a long word that is no compound, as a prefix, counting least of all.
      if (!parts && folded.length >= MIN_ROOT_WORD && isPlainWord(folded))
        push(folded.slice(0, Math.max(7, folded.length - 5)), "prefix", weight * ROOT_WEIGHT);
    }
    const number = numberAlternative(folded);
    if (number) {
      push(number, "words", weight);
      if (literal) note(label, "number", [number]);
    }
    const synonyms = thesaurus.expand(folded);
    for (const synonym of synonyms) {
      const multi = synonym.includes(" ");
      push(synonym, multi ? "phrase" : "words", weight * STEP, true);
      if (!multi) for (const form of otherForms(synonym, dictionary)) push(form, "words", weight * STEP, true);
    }
    noteSynonyms(label, folded, synonyms);
    // Related terms (loonkostensubsidie ~ loondispensatie): found too, a step further away still.
    const related = thesaurus.related(folded).filter((term) => !synonyms.includes(term));
    for (const term of related) pushRelated(term, into, weight);
    if (related.length) note(label, "related", related);
  };

  /** A related term, two steps away: as a phrase when it has several words; no further expansion. */
  const pushRelated = (term: string, into: Alternative[], weight = 1) => {
    const mode: AlternativeMode = term.includes(" ") ? "phrase" : "words";
    const w = weight * STEP * STEP;
    const existing = into.find((a) => a.text === term && a.mode === mode);
    if (existing) existing.weight = Math.max(existing.weight, w);
    else into.push({ text: term, mode, literal: false, weight: w, synonym: true });
  };

  // An English query: some word is English only (in the glossary, not Dutch), and at least half
  // of the words are glossary words. Then every glossary word is translated, also "new" or
  // "stage", which are Dutch words too. With the English interface always.
  const plainWords = query.groups.flatMap((group) => group.filter((t) => !t.phrase && !t.prefix).map((t) => foldWord(t.text)));
  // Words of a glossary term of several words ("labour market") count as glossary words too (decision 204).
  const inGlossaryTerm = new Set<number>();
  for (let i = 0; i < plainWords.length; i += 1)
    for (let n = 2; n <= 3 && i + n <= plainWords.length; n += 1)
      if (translatable(plainWords.slice(i, i + n).join(" "))) for (let j = i; j < i + n; j += 1) inGlossaryTerm.add(j);
  const glossaryWords = plainWords.filter((word, i) => isPlainWord(word) && (translatable(word) || inGlossaryTerm.has(i)));
  // English function words ("how", "the", "for") count for neither side (decision 167).
  const contentWords = plainWords.filter((w) => !isStopWord(w) && !ENGLISH_STOP_WORDS.has(w));
  // Words of the question's subject: question words and fillers are dropped only when two remain.
  const substantive = contentWords.filter((w) => !DUTCH_QUESTION_WORDS.has(w) && !DUTCH_QUESTION_FILLERS.has(w)).length;
  const englishSubstantive = contentWords.filter((w) => !ENGLISH_QUESTION_FILLERS.has(w)).length;
  // "the" counts although the word list has it (thé, tea): no Dutch query says "the".
  const englishFunctionWords = plainWords.filter((w) => ENGLISH_STOP_WORDS.has(w) && (!isDutch(w) || w === "the")).length;
  // Words of neither language (not Dutch, no glossary or thesaurus term: "avoid", "unpaid") count
  // for neither side: an English sentence has more of them than the glossary knows (decision 225).
  const judged = plainWords.filter(
    (w, i) =>
      !isStopWord(w) &&
      !ENGLISH_STOP_WORDS.has(w) &&
      (!isPlainWord(w) || isDutch(w) || translatable(w) || thesaurus.has(w) || inGlossaryTerm.has(i)),
  );
  const englishQuery =
    options.english === true ||
    (glossaryWords.some((word) => !isDutch(word)) && glossaryWords.length * 2 >= judged.length) ||
    // A question in English: several English function words and an English glossary word.
    (englishFunctionWords >= 2 && glossaryWords.some((word) => !isDutch(word))) ||
    // Three English function words make a sentence English even when its glossary words are also
    // loanwords of the Dutch word list ("my manager makes jokes about my background") (decision 172).
    (englishFunctionWords >= 3 && glossaryWords.length > 0);

  const lastGroup = query.groups.at(-1);
  const lastTerm = lastGroup?.length === 1 && !lastGroup[0]!.phrase && !lastGroup[0]!.prefix ? lastGroup[0]! : null;
  const drafts: Draft[] = [];
  const conceptFor = (group: Term[]): Concept | null => {
    const label = group.map((term) => term.text).join(" OF ");
    const concept: Concept = { label, alternatives: [] };
    for (const term of group) {
      const folded = foldWord(term.text);
      if (term.phrase) {
        // Words that form a term of the thesaurus or glossary ("discriminatie op de arbeidsmarkt"):
        // the words anywhere count as the searcher's own, as they did before they were merged, and
        // the term's synonyms bring their parts and heads (arbeidsmarktdiscriminatie) (decision 172).
        const merged = mergedTerms.has(term);
        if (merged) concept.alternatives.push({ text: term.text, mode: "words", literal: true, weight: 1 });
        concept.alternatives.push({ text: term.text, mode: "phrase", literal: true, weight: 1 });
        // The phrase with another form of one word: "duaal traject" also finds "duale trajecten".
        const phraseWords = folded.split(" ");
        const forms = phraseWords.flatMap((word, index) =>
          (isStopWord(word) ? [] : otherForms(word, dictionary)).map((form) =>
            phraseWords.map((w, i) => (i === index ? form : w)).join(" "),
          ),
        );
        for (const form of forms.slice(0, MAX_PHRASE_FORMS))
          concept.alternatives.push({ text: form, mode: "phrase", literal: true, weight: 1 });
        const synonyms = thesaurus.expand(folded);
        for (const synonym of synonyms) {
          // A synonym, not the searcher's word: it does not count when telling how rare the term is (decision 225).
          if (merged && !synonym.includes(" ")) expandWord(synonym, term.text, STEP, concept.alternatives, true);
          else concept.alternatives.push({ text: synonym, mode: synonym.includes(" ") ? "phrase" : "words", literal: false, weight: STEP });
        }
        noteSynonyms(term.text, folded, synonyms);
        // Related terms of the term ("divers personeelsbeleid" ~ diversiteitsbeleid), as for a word:
        // a merged term that no document holds word for word still finds what belongs with it.
        const related = thesaurus.related(folded).filter((t) => !synonyms.includes(t));
        for (const t of related) pushRelated(t, concept.alternatives);
        if (related.length) note(term.text, "related", related);
        const dutch = glossary.translate(folded);
        // Several words that form an English glossary term ("minimum wage") are English even when
        // each is also in the Dutch word list (decision 204).
        if (dutch.length && (englishQuery || merged || !folded.split(" ").every(isDutch))) {
          note(term.text, "translation", dutch);
          for (const word of dutch) expandWord(word, term.text, STEP, concept.alternatives);
        }
        continue;
      }
      if (term.prefix) {
        concept.alternatives.push({ text: folded, mode: "prefix", literal: true, weight: 1 });
        drafts.push({ term, folded, concept, needsLookup: folded.length >= MIN_LOOKUP_LENGTH && isPlainWord(folded) && !isDutch(folded) });
        continue;
      }
      if (group.length === 1 && isStopWord(folded) && !thesaurus.has(folded)) return null;
      if (group.length === 1 && DUTCH_QUESTION_WORDS.has(folded) && contentWords.length >= 3 && substantive >= 2) return null;
      if (group.length === 1 && DUTCH_QUESTION_FILLERS.has(folded) && contentWords.length >= 4 && substantive >= 2) return null;
      if (group.length === 1 && englishQuery && ENGLISH_STOP_WORDS.has(folded) && !translatable(folded)) return null;
      if (group.length === 1 && englishQuery && ENGLISH_QUESTION_FILLERS.has(folded) && contentWords.length >= 4 && englishSubstantive >= 2)
        return null;
      expandWord(term.text, term.text, 1, concept.alternatives);
      const plain = isPlainWord(folded);
      // Read after the lookup: the readings of a compound typed halfway whose last part is unfinished too.
      let unfinished: string[][] = [];
      // A word of the word list is taken as finished: its stem as a prefix would find other words
      // ("praktijkleren": leren → ler… → lerende).
      if (
        term === lastTerm &&
        plain &&
        folded.length >= MIN_COMPLETION &&
        !dictionary.isWord(folded) &&
        numberAlternative(folded) === null
      ) {
        concept.alternatives.push({ text: folded, mode: "prefix", literal: true, weight: COMPLETION_WEIGHT });
        // An unfinished compound: its parts, the last one as a prefix ("zelfeffect": zelf + effect…);
        // when the last part is itself typed halfway ("taalnive": taal + nive…), after the lookup.
        const parts = englishOnly(folded) ? null : splitCompound(folded, dictionary);
        if (parts) concept.alternatives.push({ text: parts.join(" "), mode: "prefix", literal: true, weight: COMPLETION_WEIGHT });
        else if (!englishOnly(folded)) unfinished = unfinishedCompound(folded, dictionary);
      }
      // A hyphenated glossary term ("part-time") is translated like a word.
      const hyphenated = /^\p{L}+(?:-\p{L}+)+$/u.test(folded);
      const english = (plain || hyphenated) && translatable(folded) && (englishQuery || !isDutch(folded));
      const needsLookup =
        plain &&
        folded.length >= MIN_LOOKUP_LENGTH &&
        !(options.compoundTypos ? dictionary.isWord(folded) : isDutch(folded)) &&
        !thesaurus.has(folded) &&
        !translatable(folded) &&
        numberAlternative(folded) === null;
      if (english) {
        const dutch = glossary.translate(folded);
        note(term.text, "translation", dutch);
        for (const word of dutch) expandWord(word, term.text, STEP, concept.alternatives);
      }
      const loanword = plain && !english && translatable(folded) && glossary.translate(folded).some((word) => word !== folded);
      drafts.push({ term, folded, concept, needsLookup, loanword, ...(unfinished.length && needsLookup ? { unfinished } : {}) });
    }
    return concept.alternatives.length ? concept : null;
  };

  // Words that form a thesaurus or glossary term ("wet inburgering", "labour market", "discriminatie
  // op de arbeidsmarkt") are one concept.
  const mergedTerms = new Set<Term>();
  const groups = mergeTerms(query.groups, (text) => thesaurus.has(text) || glossary.translate(text).length > 0, mergedTerms);
  const conceptOf = new Map<Term[], Concept>();
  const concepts = groups.flatMap((group): Concept[] => {
    const [term] = group;
    const wholeTerm = (text: string) => thesaurus.has(foldWord(text)) || translatable(foldWord(text));
    if (group.length === 1 && !term!.phrase && !term!.prefix && term!.text.includes("-") && !wholeTerm(term!.text)) {
      // Hyphens and spaces alike: "werkgevers-helpdesk" is two words, and a document holding the
      // hyphenated or the joined word ("werkgevershelpdesk") matches both.
      const whole = [term!.text, term!.text.replaceAll("-", "")];
      const parts = term!.text.split("-").filter((part) => part && !isStopWord(foldWord(part)));
      const split = parts.flatMap((part) => {
        const concept = conceptFor([{ text: part, phrase: false, prefix: false }]);
        if (!concept) return [];
        for (const text of whole)
          if (!concept.alternatives.some((a) => a.text === text))
            concept.alternatives.push({ text, mode: "words", literal: true, weight: 1 });
        return [{ ...concept, label: term!.text }];
      });
      if (split.length) {
        note(term!.text, "compound", [parts.join(" ")]);
        return split;
      }
    }
    const concept = conceptFor(group);
    if (concept) conceptOf.set(group, concept);
    return concept ? [concept] : [];
  });
  joinWrittenApart(groups, conceptOf, dictionary, note);

  const toCheck = [...new Set(drafts.filter((draft) => draft.needsLookup || draft.loanword).map((draft) => draft.folded))];
  let didYouMean: string | null = null;
  // The first parts of deeper compound splits that are no words of the list ("reiskosten") are
  // asked with the same lookup: the alternative is searched only when a readable document holds it.
  const fronts = pendingFronts.splice(0);
  const asked = [...new Set([...toCheck, ...fronts.map((pending) => pending.front)])];
  const looked = asked.length ? await options.lexicon.lookup(asked) : null;
  for (const pending of fronts) if (looked?.known.has(pending.front)) pending.add();
  if (toCheck.length && looked) {
    const { known, prefixes } = looked;
    const typing = drafts.filter(
      (draft) => draft.needsLookup && draft.term.prefix && !prefixes.has(draft.folded) && !known.has(draft.folded),
    );
    const unknown = drafts.filter(
      (draft) =>
        draft.needsLookup &&
        !draft.term.prefix &&
        !known.has(draft.folded) &&
        !prefixes.has(draft.folded) &&
        draft.folded.length >= MIN_TYPO_LENGTH,
    );
    const completing: typeof drafts = [];
    for (const draft of drafts) {
      // An English word that is also in the Dutch word list but in no readable document ("employee
      // rights"): the searcher meant the English word.
      if (draft.loanword && !known.has(draft.folded)) {
        const dutch = glossary.translate(draft.folded);
        note(draft.term.text, "translation", dutch);
        for (const word of dutch) expandWord(word, draft.term.text, STEP, draft.concept.alternatives);
      }
      if (draft.needsLookup && !draft.term.prefix && !known.has(draft.folded) && prefixes.has(draft.folded)) {
        // "werkg" on the results page: a word being typed, not a typo.
        draft.concept.alternatives.push({ text: draft.folded, mode: "prefix", literal: true, weight: 1 });
        completing.push(draft);
      }
    }
    const [completions, corrections, prefixCorrections] = await Promise.all([
      completing.length && options.lexicon.complete
        ? options.lexicon.complete([...new Set(completing.map((d) => d.folded))])
        : Promise.resolve({} as Record<string, string[]>),
      unknown.length
        ? options.lexicon.similar([...new Set(unknown.map((d) => d.folded))])
        : Promise.resolve({} as Record<string, string[]>),
      typing.length
        ? options.lexicon.similar([...new Set(typing.map((d) => d.folded))], { prefix: true })
        : Promise.resolve({} as Record<string, string[]>),
    ]);
    // The words it completes to, named (decision 246); "werkg…" when none are known.
    for (const draft of completing) {
      const words = Object.hasOwn(completions, draft.folded) ? completions[draft.folded]! : [];
      note(draft.term.text, "prefix", words.length ? words : [`${draft.folded}…`]);
    }
    const replaced = new Map<string, string>();
    for (const draft of unknown) {
      const found = (Object.hasOwn(corrections, draft.folded) ? corrections[draft.folded]! : [])
        .filter((word) => typoLength(word, draft.folded))
        .slice(0, MAX_CORRECTIONS);
      if (!found.length) continue;
      note(draft.term.text, "spelling", found);
      for (const word of found) expandWord(word, draft.term.text, STEP, draft.concept.alternatives);
      replaced.set(draft.term.text, found[0]!);
    }
    // A compound typed halfway ("taalnive"): its parts, the unfinished last one as a prefix, so that a
    // text writing the parts apart is found too (decision 310). Only for a word being typed (it begins
    // readable words) or one nothing corrects: a word that readable documents hold as typed is
    // finished, and a typo ("discriminatei") is no compound (disc + riminatei…).
    for (const draft of drafts)
      if (draft.unfinished && !known.has(draft.folded) && (prefixes.has(draft.folded) || !replaced.has(draft.term.text)))
        for (const parts of draft.unfinished)
          draft.concept.alternatives.push({ text: parts.join(" "), mode: "prefix", literal: true, weight: COMPLETION_WEIGHT });
    for (const draft of typing) {
      const found = (Object.hasOwn(prefixCorrections, draft.folded) ? prefixCorrections[draft.folded]! : []).slice(0, MAX_CORRECTIONS);
      for (const word of found) draft.concept.alternatives.push({ text: word, mode: "prefix", literal: false, weight: STEP });
    }
    if (replaced.size) didYouMean = rewrite(typed, replaced);
  }
  // Corrections and translations added after the lookup may bring such first parts too.
  if (pendingFronts.length) {
    const late = pendingFronts.splice(0);
    const { known } = await options.lexicon.lookup([...new Set(late.map((pending) => pending.front))]);
    for (const pending of late) if (known.has(pending.front)) pending.add();
  }

  const exclude = query.exclude.map((term): Alternative => ({
    text: term.text,
    mode: term.phrase ? "phrase" : "words",
    literal: true,
    weight: 1,
  }));
  const wordsOnly = query.groups.length > 1 && query.groups.every((group) => group.length === 1 && !group[0]!.phrase && !group[0]!.prefix);
  const phrase = wordsOnly ? query.groups.map((group) => group[0]!.text).join(" ") : null;
  return { concepts, exclude, phrase, expansions, didYouMean };
}

/**
 * The closed class of Dutch nouns with a plural in -eren, both ways. Left out: goed/goederen (goed is
 * mostly the adjective), been (benen, legs, is the commoner plural), lam and rad (also adjectives
 * or rare) (decision 273).
 */
const EREN_PLURALS = new Map<string, string>(
  (
    [
      ["kind", "kinderen"],
      ["ei", "eieren"],
      ["lied", "liederen"],
      ["blad", "bladeren"],
      ["volk", "volkeren"],
      ["kalf", "kalveren"],
      ["rund", "runderen"],
      ["gemoed", "gemoederen"],
      ["hoen", "hoenderen"],
      ["gelid", "gelederen"],
      ["spaan", "spaanderen"],
    ] as const
  ).flatMap(([singular, plural]) => [
    [singular, plural],
    [plural, singular],
  ]),
);

/**
 * Forms of a word that the Dutch stemmer does not bring together: loanwords with an s plural
 * ("stage" is stemmed to stag, "stages" stays) and open syllables ("duaal"/"duale",
 * "jaar"/"jaren"). Only forms that are Dutch words themselves.
 */
export function otherForms(word: string, dictionary: Dictionary): string[] {
  // A word with a lexeme of its own (ouderen, oudere: not ouders) has its group's words as forms (decision 264).
  const forms: string[] = [...senseForms(word)];
  // The few neuter nouns with a plural in -eren (kind/kinderen, volk/volkeren): the stemmer keeps
  // kind and kinder apart (decision 273).
  const eren = EREN_PLURALS.get(word);
  if (eren) forms.push(eren);
  // A compound in -man has its plural in -mensen or -lieden besides -mannen (vakman, vakmensen,
  // vaklieden; raadsman, raadslieden), which the stemmer keeps apart (decision 293).
  const man = /^(\p{L}{3,})(man|mannen|mensen|lieden)$/u.exec(word);
  if (man) forms.push(...["man", "mannen", "mensen", "lieden"].map((ending) => man[1]! + ending));
  // The spelling rules below guess a form from the letters; the word list says whether the guess is
  // a form of the same word: it must share a stem with the word ("boven" is no plural of bof, "les"
  // no form of le) (decision 317).
  const guessed = forms.length;
  if (word.endsWith("e")) forms.push(`${word}s`);
  if (word.endsWith("es")) forms.push(word.slice(0, -1));
  // An s plural after another vowel, which the stemmer keeps (uitzendbureau/uitzendbureaus,
  // programma/programmas) (decision 204).
  // A short vowel keeps its syllable closed by doubling the consonant before -en, which the
  // stemmer does not undo (les/lessen, cursus/cursussen, stap/stappen, model/modellen).
  const closed = /[^aeiouy][aeiou]([bdfgklmnprst])$/u.exec(word);
  if (closed) forms.push(`${word}${closed[1]}en`, `${word}${closed[1]}e`);
  if (/([bdfgklmnprst])\1en$/u.test(word)) forms.push(word.slice(0, -3));
  if (/([bdfgklmnprst])\1e$/u.test(word)) forms.push(word.slice(0, -2));
  // An adjective in -f takes -ve (inclusief/inclusieve, intensief/intensieve): the stemmer keeps them apart.
  if (/[aeiouy]f$/u.test(word)) forms.push(`${word.slice(0, -1)}ve`);
  if (/[aeiouy]ve$/u.test(word)) forms.push(`${word.slice(0, -2)}f`);
  // A singular in -s after a consonant and its plural in -sen (kans/kansen, mens/mensen, arts/artsen):
  // the stemmer takes the s off the singular only, so the two never meet (decision 225).
  if (/[^aeiouy]s$/u.test(word) && word.length >= 4) forms.push(`${word}en`);
  if (/[^aeiouys]sen$/u.test(word) && word.length >= 6) forms.push(word.slice(0, -2));
  if (/[aiouy]$/u.test(word)) forms.push(`${word}s`);
  if (/[aiouy]s$/u.test(word) && word.length > 4) forms.push(word.slice(0, -1));
  const long = /([aeou])\1([^aeiouy])$/u.exec(word);
  if (long) {
    const base = word.slice(0, long.index) + long[1] + long[2];
    forms.push(`${base}e`, `${base}en`);
  }
  const short = /([^aeiouy])([aeou])([^aeiouy])(e|en)$/u.exec(word);
  if (short) forms.push(`${word.slice(0, short.index)}${short[1]}${short[2]}${short[2]}${short[3]}`);
  // A long vowel before s or f voices them when it opens (werkloos/werkloze/werklozen, braaf/brave,
  // doof/dove): the stemmer keeps werklos and werkloz apart (decision 264).
  const voiced = /([aeou])\1([sf])$/u.exec(word);
  if (voiced) {
    const base = word.slice(0, voiced.index) + voiced[1] + (voiced[2] === "s" ? "z" : "v");
    forms.push(`${base}e`, `${base}en`);
  }
  const unvoiced = /([^aeiouy])([aeou])([zv])(e|en)$/u.exec(word);
  if (unvoiced) forms.push(`${word.slice(0, unvoiced.index)}${unvoiced[1]}${unvoiced[2]}${unvoiced[2]}${unvoiced[3] === "z" ? "s" : "f"}`);
  // f/v and s/z alternate before an ending (decision 167): bedrijf/bedrijven, brief/brieven,
  // huis/huizen, reis/reizen. The stemmer keeps them apart (bedrijf, bedrijv).
  if (/[aeiouyj]ven$/u.test(word)) forms.push(`${word.slice(0, -3)}f`);
  if (/[aeiouyj]zen$/u.test(word)) forms.push(`${word.slice(0, -3)}s`);
  if (/[aeiouyj]f$/u.test(word)) forms.push(`${word.slice(0, -1)}ven`);
  if (/(?:[aeiouy]{2}|ij)s$/u.test(word)) forms.push(`${word.slice(0, -1)}zen`);
  // A verb in the third person (krijgt, werkt, vindt, aanneemt) and its infinitive, which the
  // stemmer keeps apart; a long vowel opens before the ending (neemt → nemen), f and s voice
  // (schrijft → schrijven) (decision 172). The word list lacks some separable verbs (aannemen).
  const verbs: string[] = [];
  if (/[^aeiouyt]t$/u.test(word) && word.length >= 5) {
    const stem = word.slice(0, -1);
    const open = /([aeou])\1([^aeiouy])$/u.exec(stem);
    if (open) verbs.push(`${stem.slice(0, open.index)}${open[1]}${open[2]}en`);
    else if (/[aeiouyj]f$/u.test(stem)) verbs.push(`${stem.slice(0, -1)}ven`);
    else if (/(?:[aeiouy]{2}|ij)s$/u.test(stem)) verbs.push(`${stem.slice(0, -1)}zen`);
    else verbs.push(`${stem}en`);
  }
  const isVerb = (form: string) => dictionary.isWord(form) || isSeparableVerb(form, dictionary);
  // Every form of a verb: koppelen ↔ koppelt, koppelde, gekoppeld; nemen ↔ nam, genomen (decision 293).
  // Two steps of stems: a stem can itself be a form of another ("werklozen" of werkloze, of werkloos).
  const stemsOf = (w: string) => [...new Set(dictionary.stemsOf(w).flatMap((stem) => [stem, ...dictionary.stemsOf(stem)]))];
  const stems = stemsOf(word);
  // Verbs are listed twice: the stem (flag V3, "leer", "lees") and the infinitive (Vi, "leren", "lezen").
  const verbFlag = (w: string, flag: string) => hasFlag(dictionary.stemFlags(w) ?? "", flag);
  // A form listed with compound flags only (Cc, C1…) is an irregular form listed on its own ("uren", "glazen").
  const listedAlone = (w: string) => {
    const flags = dictionary.stemFlags(w);
    return flags !== undefined && flags.length > 0 && /^(?:C.)+$/u.test(flags);
  };
  const sameWord = (form: string) =>
    stemsOf(form).some((stem) => stems.includes(stem)) ||
    (verbFlag(form, "V3") && verbFlag(word, "Vi") && regularInfinitive(form) === word) ||
    (verbFlag(form, "Vi") && verbFlag(word, "V3") && regularInfinitive(word) === form) ||
    listedAlone(form) ||
    listedAlone(word);
  return [
    ...forms.filter((form, index) => dictionary.isWord(form) && (index < guessed || sameWord(form))),
    ...verbs.filter(isVerb),
    ...verbForms(word, dictionary),
  ].filter((form, index, all) => form !== word && all.indexOf(form) === index);
}

/**
 * The infinitive of a weak verb's stem as spelling makes it: a long vowel opens (leer → leren, lees →
 * lezen), a short one doubles the consonant (les → lessen, bof → boffen), f and s voice after a long
 * vowel (schrijf → schrijven). Used only to tell whether a stem and an infinitive of the word list
 * belong together (decision 317).
 */
function regularInfinitive(stem: string): string {
  const voice = (c: string) => (c === "f" ? "v" : c === "s" ? "z" : c);
  const long = /([aeou])\1([^aeiouy])$/u.exec(stem);
  if (long) return `${stem.slice(0, long.index)}${long[1]}${voice(long[2]!)}en`;
  const short = /(?:^|[^aeiouy])[aeiou]([^aeiouyw])$/u.exec(stem);
  if (short) return `${stem}${short[1]}en`;
  if (/(?:ij|ie|ui|ei|ou|eu|oe|au)[fs]$/u.test(stem)) return `${stem.slice(0, -1)}${voice(stem.at(-1)!)}en`;
  return `${stem}en`;
}

/**
 * Two neighbouring words that together are a word of the word list ("rij lessen", "web
 * ontwikkelaar", "taal les"): a compound written apart, as many searchers do. Each of the two
 * concepts also finds the compound and its forms as the searcher's own words, so a document that
 * writes it joined matches both (decision 225); documents with the words apart match as before.
 */
function joinWrittenApart(
  groups: Term[][],
  conceptOf: Map<Term[], Concept>,
  dictionary: Dictionary,
  note: (word: string, reason: ExpansionReason, words: string[]) => void,
) {
  for (let index = 0; index + 1 < groups.length; index += 1) {
    const pair = [groups[index]!, groups[index + 1]!];
    const concepts = pair.map((group) => conceptOf.get(group));
    const terms = pair.map((group) => (group.length === 1 && !group[0]!.phrase && !group[0]!.prefix ? group[0]! : null));
    if (!terms[0] || !terms[1] || !concepts[0] || !concepts[1]) continue;
    const joined = foldWord(terms[0].text) + foldWord(terms[1].text);
    if (!isPlainWord(joined) || !dictionary.isWord(joined)) continue;
    for (const concept of concepts)
      for (const form of [joined, ...otherForms(joined, dictionary)])
        if (!concept!.alternatives.some((a) => a.text === form && a.mode === "words"))
          concept!.alternatives.push({ text: form, mode: "words", literal: true, weight: 1 });
    note(`${terms[0].text} ${terms[1].text}`, "compound", [joined]);
  }
}

/** The longest run of two to four single words that is a term: first and last not stop words (decision 172). */
const MAX_TERM_WORDS = 4;

function mergeTerms(groups: Term[][], isTerm: (text: string) => boolean, merged: Set<Term>): Term[][] {
  const result: Term[][] = [];
  const single = (group: Term[] | undefined) => group?.length === 1 && !group[0]!.phrase && !group[0]!.prefix;
  for (let index = 0; index < groups.length; index += 1) {
    let taken = 0;
    for (let size = Math.min(MAX_TERM_WORDS, groups.length - index); size >= 2 && !taken; size -= 1) {
      const run = groups.slice(index, index + size);
      if (!run.every(single)) continue;
      const words = run.map((group) => foldWord(group[0]!.text));
      if (isStopWord(words[0]!) || isStopWord(words.at(-1)!) || !isTerm(words.join(" "))) continue;
      const term: Term = { text: run.map((group) => group[0]!.text).join(" "), phrase: true, prefix: false };
      merged.add(term);
      result.push([term]);
      taken = size;
    }
    if (taken) index += taken - 1;
    else result.push(groups[index]!);
  }
  return result;
}

/**
 * The query without its complex prepositions ("met betrekking tot", "in het kader van"): words
 * typed apart, not quoted, in that order; only when a word that is no stop word remains
 * (decision 273).
 */
export function withoutComplexPrepositions(query: ParsedQuery): ParsedQuery {
  const word = (group: Term[] | undefined) =>
    group?.length === 1 && !group[0]!.phrase && !group[0]!.prefix ? foldWord(group[0]!.text) : null;
  const kept: Term[][] = [];
  let dropped = false;
  for (let index = 0; index < query.groups.length;) {
    const found = DUTCH_COMPLEX_PREPOSITIONS.find((words) => words.every((w, i) => word(query.groups[index + i]) === w));
    if (found) {
      dropped = true;
      index += found.length;
      continue;
    }
    kept.push(query.groups[index]!);
    index += 1;
  }
  if (!dropped) return query;
  const substantive = kept.some((group) => group.some((term) => term.phrase || term.prefix || !isStopWord(foldWord(term.text))));
  return substantive ? { ...query, groups: kept } : query;
}

/** The query text with corrected words replaced (for the "Bedoelde je …?" link). */
function rewrite(query: ParsedQuery, replaced: Map<string, string>): string {
  const text = (term: Term) => (term.phrase ? `"${term.text}"` : (replaced.get(term.text) ?? term.text));
  const parts = query.groups.map((group) => group.map(text).join(" OR "));
  for (const term of query.exclude) parts.push(`-${text(term)}`);
  return parts.join(" ");
}
