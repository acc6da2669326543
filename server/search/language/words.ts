/**
 * Small word lists for query analysis: the Dutch stop words (the list of
 * PostgreSQL's `dutch` configuration, so both sides drop the same words) and
 * numbers written as digits or as Dutch words (5 ↔ vijf).
 */
export const DUTCH_STOP_WORDS = new Set(
  (
    "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo " +
    "door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat " +
    "iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt " +
    "wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere"
  ).split(" "),
);

/**
 * Dutch question words that PostgreSQL's list keeps ("welke", "waarom"): in a question of several
 * words they tell nothing about the subject, yet in a small index they are rare and would weigh as
 * much as the subject's words. Dropped when the query has two other words or more (decision 172).
 */
export const DUTCH_QUESTION_WORDS = new Set("welke welk waarom wanneer hoeveel waarmee waarvoor waarover hoelang".split(" "));

/**
 * The scaffolding of a longer question (decision 204): modal verbs and fillers ("mag ik …", "hoe
 * weet ik of …", "wat moet ik eigenlijk …") and prepositions that only tie the subject's words
 * together. Dropped from a query of four words or more (not counting stop words) when two
 * other words remain; a short query keeps them ("ondernemer vanuit uitkering").
 */
export const DUTCH_QUESTION_FILLERS = new Set(
  (
    "mag mogen moeten moest willen wilt wilde zullen zouden kun kunt konden mocht weet weten graag eigenlijk precies gewoon " +
    "even echt misschien wel naast tijdens vanuit via " +
    // Light verbs that carry the question, not its subject ("welke subsidie krijgt een werkgever …").
    "krijg krijgt krijgen ga gaat gaan kom komt komen zit zitten sta staat staan houd houdt houden laat laten " +
    // Pronouns and intensifiers PostgreSQL's list keeps ("hoe kunnen wij …", "is erg bescheiden") (decision 225).
    "wij we jullie onze jou jouw erg heel zeer nogal " +
    // The rest of those closed classes (decision 264): forms of the auxiliaries that PostgreSQL's
    // list lacks (it has wordt, worden, ben, heb, heeft), the answer words, adverbs of time and
    // frequency ("moet ik eerst …", "word nooit uitgenodigd"), and verbs that report what someone
    // says or thinks ("de werkgever zegt nee"). They tell how the question is put, not what about.
    "word bent hebt zult jij hen " +
    "nee oké ok " +
    "eerst meteen nooit soms vaak steeds weer later straks vroeger " +
    "zegt zeggen zei denk denkt denken vind vindt"
  ).split(" "),
);

/**
 * Complex prepositions (decision 273): fixed groups of words that work as one preposition ("met
 * betrekking tot" is "about", "in het kader van" is "as part of") and name no subject. Their content
 * words (betrekking, kader, gebied, verband) are real nouns elsewhere, so without this they weigh as
 * concepts: "betrekking" is a post, "kader" a framework. Dropped from a query, wherever they stand,
 * when another word that is no stop word remains; typed alone or quoted they are searched as typed.
 * The list is that closed class of Dutch grammar, without the ones that carry meaning of their
 * own ("in plaats van", "ondanks", "in tegenstelling tot").
 */
export const DUTCH_COMPLEX_PREPOSITIONS: readonly (readonly string[])[] = [
  "met betrekking tot",
  "ten aanzien van",
  "in het kader van",
  "op het gebied van",
  "op het terrein van",
  "met het oog op",
  "in verband met",
  "ten behoeve van",
  "naar aanleiding van",
  "met behulp van",
  "aan de hand van",
  "op grond van",
  "ten opzichte van",
  "wat betreft",
  "voor wat betreft",
  "inzake",
].map((text) => text.split(" "));

/**
 * The same scaffolding in an English question (decision 264), beside the function words of
 * ENGLISH_STOP_WORDS: indefinite pronouns and the verbs that carry a request ("how can I hire
 * someone …", "I want to know …"). Dropped from an English query of four words or more (not
 * counting stop words) when two other words remain.
 */
export const ENGLISH_QUESTION_FILLERS = new Set(
  (
    "someone somebody something anyone anybody anything everyone everybody " +
    "want wants need needs know knows tell please first always never often sometimes still already"
  ).split(" "),
);

/**
 * English function words, dropped from a query that is English (decision 167): "how do I write
 * a good resume" searches "write", "good" and "resume". Only in an English query, so Dutch words
 * spelled alike ("door", "had", "is") are never dropped from a Dutch one.
 */
export const ENGLISH_STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from into about as than then so not no nor is are was were be been being am " +
    "do does did done have has had having can could will would shall should may might must i me my mine we us our you your he him his " +
    "she her it its they them their this that these those there here what which who whom whose when where why how all any both each " +
    "few more most other some such only own same too very just also get got up down out over under again once what's i'm"
  ).split(" "),
);

/** "één" (one) is left out on purpose: folded it is "een", the article. */
const NUMBER_WORDS: Record<string, string> = {
  2: "twee",
  3: "drie",
  4: "vier",
  5: "vijf",
  6: "zes",
  7: "zeven",
  8: "acht",
  9: "negen",
  10: "tien",
  11: "elf",
  12: "twaalf",
  13: "dertien",
  14: "veertien",
  15: "vijftien",
  16: "zestien",
  17: "zeventien",
  18: "achttien",
  19: "negentien",
  20: "twintig",
  25: "vijfentwintig",
  30: "dertig",
  40: "veertig",
  50: "vijftig",
  60: "zestig",
  70: "zeventig",
  80: "tachtig",
  90: "negentig",
  100: "honderd",
  1000: "duizend",
};
const WORDS_BY_NUMBER = new Map(Object.entries(NUMBER_WORDS));
const NUMBERS_BY_WORD = new Map(Object.entries(NUMBER_WORDS).map(([digits, word]) => [word, digits]));

/** The other way of writing a number: "5" → "vijf", "vijf" → "5"; null when the word is no number we know. */
export function numberAlternative(word: string): string | null {
  // Maps, not object lookups: a query word can be "constructor" or "__proto__".
  return WORDS_BY_NUMBER.get(word) ?? NUMBERS_BY_WORD.get(word) ?? null;
}

/** Every number with its Dutch word (for Meilisearch's synonyms setting). */
export function numberPairs(): [string, string][] {
  return Object.entries(NUMBER_WORDS);
}
