/**
 * Which language a member's text is in, Dutch or English, from the most common words of each
 * (decision 230). Screen readers pronounce text in the page's language unless an element says
 * otherwise (WCAG 3.1.2): Dutch titles and messages in the English interface, and English ones in
 * the Dutch interface, get a `lang` of their own.
 *
 * Cheap on purpose: it looks at the first words of the sample only, and counts function words,
 * which make up a large share of any running text. Words spelled alike in both languages
 * ("in", "is", "was", "over", "door", "we", "had", "die", "ben") count for neither. Names and
 * short titles have too few such words: the answer is then `undefined` and nothing is marked,
 * rather than a guess a screen reader would mispronounce with confidence.
 *
 * Beside function words, a word spelled the way only one of the two languages spells counts too
 * ("ij", "oe", "aa", "uu", "sch" in Dutch; "th", "wh", "tion" in English): it makes a short
 * title with one function word certain ("Erkende leerbedrijven die de workshop volgden"). Such
 * words count only next to a function word, so a name on its own ("Van Dijk") is never marked.
 */
export type ContentLanguage = "nl" | "en";

const DUTCH = new Set(
  (
    "ik de het een en van dat niet zijn op aan met als voor er maar om dan zou wat mijn dit zo bij ook tot je mij uit naar heb hoe " +
    "heeft hebben deze u want nog zal zij nu geen omdat iets worden toch al waren veel meer doen toen moet zonder kan hun dus " +
    "alles onder ja eens hier wie werd altijd wordt kunnen ons zelf tegen na niets uw iemand andere wij jullie onze jouw " +
    "welke wanneer waarom waar daarom kunt wil willen gaat gaan krijgen wel nee goed zoals tussen binnen samen elke " +
    "elk vaak echt graag nieuwe eerste mensen werkgever werkgevers werkzoekenden medewerkers ervaring ervaringen werk"
  ).split(" "),
);

const ENGLISH = new Set(
  (
    "the and of to a that for it with as on are be this by not or from have an they which you at can how what their has will " +
    "our about more there been would who do if but all these when into also your his her its than then them were does did " +
    "should could just only other some such very most many where why while because through between each after before being " +
    "those my she he him any new first people employer employers employees work working experience"
  ).split(" "),
);

/** Words looked at: enough for a paragraph's verdict, and a bound on the cost of a long body. */
const MAX_WORDS = 60;
/** Fewer words than this (a name, a label) and we do not know, whatever they are. */
const MIN_WORDS = 4;
/** Fewer function words than this and we do not know. */
const MIN_HITS = 2;
/** The winner needs this many times the other's count (a quote or a loan word does not turn a text). */
const MARGIN = 3;

/** Characters looked at per sample: about MAX_WORDS words, so a long body costs what a paragraph does. */
const MAX_CHARS = 600;

function isLetter(code: number): boolean {
  // a–z after lower-casing, the apostrophe of "zo'n" and "don't", and letters beyond ASCII (é, ë, ĳ),
  // but not the typographic quotes and dashes of General Punctuation.
  return (code >= 97 && code <= 122) || code === 39 || (code >= 0xc0 && (code < 0x2000 || code > 0x206f));
}

const dutchSpelling = (word: string) =>
  word.includes("ij") || word.includes("oe") || word.includes("aa") || word.includes("uu") || word.includes("sch");
const englishSpelling = (word: string) => word.includes("th") || word.includes("wh") || word.includes("tion");

/** Answers kept per process, by the samples' text; past it the memory starts again (as the translator's, app/utils/translation.ts). */
export const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, ContentLanguage | null>();

/**
 * The language of the samples taken together (a title with its summary or first lines is more
 * certain than the title alone), or `undefined` when the words do not tell. Remembered by text:
 * the same titles come back on every page view, and looking one up costs a tenth of deciding it
 * (bench/content-language.ts). Keyed by what is read, so an edited text is decided afresh.
 */
export function detectContentLanguage(...samples: (string | null | undefined)[]): ContentLanguage | undefined {
  let key = "";
  for (const sample of samples) key += `${sample ? (sample.length > MAX_CHARS ? sample.slice(0, MAX_CHARS) : sample) : ""}\u0000`;
  const known = remembered.get(key);
  if (known !== undefined) return known ?? undefined;
  const language = decide(samples);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, language ?? null);
  return language;
}

function decide(samples: (string | null | undefined)[]): ContentLanguage | undefined {
  let dutch = 0;
  let english = 0;
  let words = 0;
  let dutchSpelled = 0;
  let englishSpelled = 0;
  for (const sample of samples) {
    if (!sample) continue;
    const text = (sample.length > MAX_CHARS ? sample.slice(0, MAX_CHARS) : sample).toLowerCase();
    let start = -1;
    for (let i = 0; i <= text.length && words < MAX_WORDS; i++) {
      if (i < text.length && isLetter(text.charCodeAt(i))) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      const word = text.slice(start, i);
      start = -1;
      words++;
      if (DUTCH.has(word)) dutch++;
      else if (ENGLISH.has(word)) english++;
      else if (dutchSpelling(word)) dutchSpelled++;
      else if (englishSpelling(word)) englishSpelled++;
    }
    if (words >= MAX_WORDS) break;
  }
  if (words < MIN_WORDS) return undefined;
  if (dutch + english > 0) {
    dutch += dutchSpelled;
    english += englishSpelled;
  }
  if (dutch >= MIN_HITS && dutch >= MARGIN * english) return "nl";
  if (english >= MIN_HITS && english >= MARGIN * dutch) return "en";
  return undefined;
}

/** The words of (sanitised) HTML, enough of them for a verdict: tags and entities out, never the whole of a long body. */
export function textOfHtml(html: string): string {
  return html
    .slice(0, 1_200)
    .replace(/<[^>]*>?/g, " ")
    .replace(/&[#\w]+;/g, " ");
}

/** The `lang` an element of member content needs on a page in `pageLanguage`: only when it differs. */
export function contentLangAttribute(pageLanguage: string, ...samples: (string | null | undefined)[]): ContentLanguage | undefined {
  const language = detectContentLanguage(...samples);
  return language && language !== pageLanguage ? language : undefined;
}
