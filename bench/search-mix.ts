/**
 * The query mix of `npm run bench:search`, shared with its side-by-side A/B
 * (`npm run bench:search-ab`) so both measure the same searches.
 */

/** Results-page queries: exact, phrase, typo, compound, exclusion, OR, multi-word and long ones. */
export const MIX = [
  "werkgever",
  "stage",
  "inclusief werven",
  "taalcoaching werkvloer",
  `"anoniem solliciteren"`,
  "discriminatei",
  "jobcarving",
  "jongeren -stage",
  "mentoring OR buddyprogramma",
  "statushouders zorg",
  "onboarding nieuwe collega's",
  "vooroordelen bij de selectie",
];

/** Results pages with a filter or another order (query strings of /zoeken). */
export const FILTERED = [
  "q=werkgever&kind=message",
  "q=stage&period=year",
  "q=duurzame+plaatsing&sort=newest",
  "q=werving&community=community-21",
  "q=mentoring&kind=library&evidence=effective",
];

/** What someone has typed so far: suggestions while typing. */
export const PREFIXES = ["werkg", "discrim", "inclusief wer", "taalcoa", "statush", "mento"];
