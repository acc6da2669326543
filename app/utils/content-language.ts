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
const MAX_WORDS = 80;
/** Fewer function words than this and we do not know. */
const MIN_HITS = 2;
/** The winner needs this many times the other's count (a quote or a loan word does not turn a text). */
const MARGIN = 3;

const WORD = /[\p{L}']+/gu;

/**
 * The language of the samples taken together (a title with its summary or first lines is more
 * certain than the title alone), or `undefined` when the words do not tell.
 */
export function detectContentLanguage(...samples: (string | null | undefined)[]): ContentLanguage | undefined {
  let dutch = 0;
  let english = 0;
  let words = 0;
  for (const sample of samples) {
    if (!sample) continue;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(sample); match !== null && words < MAX_WORDS; match = WORD.exec(sample)) {
      words++;
      const word = match[0].toLowerCase();
      if (DUTCH.has(word)) dutch++;
      else if (ENGLISH.has(word)) english++;
    }
    if (words >= MAX_WORDS) break;
  }
  if (dutch >= MIN_HITS && dutch >= MARGIN * english) return "nl";
  if (english >= MIN_HITS && english >= MARGIN * dutch) return "en";
  return undefined;
}

/** The words of (sanitised) HTML, enough of them for a verdict: tags and entities out, never the whole of a long body. */
export function textOfHtml(html: string): string {
  return html.slice(0, 2_000).replace(/<[^>]*>?/g, " ").replace(/&[#\w]+;/g, " ");
}

/** The `lang` an element of member content needs on a page in `pageLanguage`: only when it differs. */
export function contentLangAttribute(pageLanguage: string, ...samples: (string | null | undefined)[]): ContentLanguage | undefined {
  const language = detectContentLanguage(...samples);
  return language && language !== pageLanguage ? language : undefined;
}
