/**
 * HELD-OUT queries of the search quality benchmark, fourteenth set: nothing in
 * the search is tuned on these. Written on 7 December 2026 with passages
 * an01–an10 (every query judged against every passage, and every older query
 * judged against an01–an10), and committed in a commit of its own before any
 * change of the round that follows (decision 318). Like the fifth to
 * thirteenth sets (decisions 199, 208, 224, 227, 251, 249, 256, 265 and 311)
 * it was written by an outsider to the search code: someone who read only the
 * bench's code and file formats, the passages, the older queries (to judge
 * them against the new passages), the unit test of the judged set and
 * decision 311, and never the search code, its word data (thesaurus,
 * glossary, lexicon, word lists), the other decisions and benchmark notes on
 * search quality, nor ran the benchmark or any search, so the queries do not
 * know which words the search knows. It is written as klantmanagers,
 * werkcoaches, HR staff, recruiters, stagecoördinatoren, newcomers and
 * English-speaking employers would type: short words, inflected and misspelt
 * forms, split compounds, everyday words of the field that the passages do
 * not use, English, unfinished words, phrases, numbers written differently
 * and long questions. 34 of its 60 queries have an older passage (a–am) among
 * their answers, 10 of them only older passages, so that the set measures
 * more than the vocabulary of its own new passages. The benchmark prints only
 * their totals, never per-query results, unless --show-held-out is given for
 * the final report. Grades: 2 = about this, 1 = useful.
 *
 * When passages ao01–ao10 were added with the fifteenth held-out set (7
 * December 2026, decision 328, queries-heldout-15.ts, written by an outsider),
 * every query here was judged against them too; none of them answers a query
 * here, so nothing changed. ao10 names the aangifte inkomstenbelasting in
 * passing and was not added to an-synonym-7 or an-english-4.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT_14: JudgedQuery[] = [
  { id: "an-exact-1", kind: "exact", q: "opzegtermijn", relevant: { an01: 2, w09: 1 } },
  { id: "an-exact-2", kind: "exact", q: "bezwaarschrift", relevant: { an03: 2, af06: 1 } },
  { id: "an-exact-3", kind: "exact", q: "briefadres", relevant: { an08: 2 } },
  { id: "an-exact-4", kind: "exact", q: "functioneringsgesprek", relevant: { an09: 2, k04: 1 } },
  { id: "an-exact-5", kind: "exact", q: "scholingsbudget", relevant: { v10: 2, y07: 1 } },
  { id: "an-inflected-1", kind: "inflected", q: "werknemers die zelf opzeggen", relevant: { an01: 2 } },
  { id: "an-inflected-2", kind: "inflected", q: "verslaafde collega's", relevant: { an05: 2 } },
  { id: "an-inflected-3", kind: "inflected", q: "veroordeelde sollicitanten VOG", relevant: { an07: 2, z07: 1 } },
  { id: "an-inflected-4", kind: "inflected", q: "agressieve klanten aan de balie", relevant: { an10: 2 } },
  { id: "an-inflected-5", kind: "inflected", q: "terugbetaalde toeslagen", relevant: { an04: 2, ah01: 1, z06: 1 } },
  { id: "an-inflected-6", kind: "inflected", q: "doorstromende medewerkers hogere functies", relevant: { k02: 2, k03: 1 } },
  { id: "an-typo-1", kind: "typo", q: "opzegtermijm", relevant: { an01: 2, w09: 1 } },
  { id: "an-typo-2", kind: "typo", q: "bezwaarschift gemeente", relevant: { an03: 2, af06: 1 } },
  { id: "an-typo-3", kind: "typo", q: "borstvoeding kolfen", relevant: { an06: 2 } },
  { id: "an-typo-4", kind: "typo", q: "functioneringsgeprek", relevant: { an09: 2, k04: 1 } },
  { id: "an-typo-5", kind: "typo", q: "belastingaangifet toeslagen", relevant: { an04: 2, z06: 1, ah01: 1 } },
  { id: "an-typo-6", kind: "typo", q: "vaktaal in de zrog", relevant: { g05: 2 } },
  { id: "an-compound-1", kind: "compound", q: "brief adres dakloze", relevant: { an08: 2 } },
  { id: "an-compound-2", kind: "compound", q: "arbeids contract proeftijd", relevant: { an02: 2, w09: 1 } },
  { id: "an-compound-3", kind: "compound", q: "verslavings zorg werkgever", relevant: { an05: 2 } },
  { id: "an-compound-4", kind: "compound", q: "alarm knop spreekkamer", relevant: { an10: 2 } },
  { id: "an-compound-5", kind: "compound", q: "schoonmaak branche eerste baan", relevant: { l08: 2, a03: 1 } },
  { id: "an-synonym-1", kind: "synonym", q: "ontslag indienen en dan WW", relevant: { an01: 2, af07: 1 } },
  { id: "an-synonym-2", kind: "synonym", q: "ex-gedetineerde werkzoekende", relevant: { an07: 2 } },
  { id: "an-synonym-3", kind: "synonym", q: "kolfruimte", relevant: { an06: 2 } },
  { id: "an-synonym-4", kind: "synonym", q: "thuisloze klant zonder postadres", relevant: { an08: 2 } },
  { id: "an-synonym-5", kind: "synonym", q: "jaargesprek", relevant: { an09: 2, k04: 1 } },
  { id: "an-synonym-6", kind: "synonym", q: "dreigende klant aan het loket", relevant: { an10: 2 } },
  { id: "an-synonym-7", kind: "synonym", q: "belastingteruggave eerste jaar in Nederland", relevant: { an04: 2 } },
  { id: "an-synonym-8", kind: "synonym", q: "etniciteit van personeel registreren", relevant: { i03: 2, i01: 1 } },
  { id: "an-english-1", kind: "english", q: "resigning from a job and losing unemployment benefit", relevant: { an01: 2, af07: 1 } },
  { id: "an-english-2", kind: "english", q: "employment contract probation period rules", relevant: { an02: 2, w09: 1 } },
  { id: "an-english-3", kind: "english", q: "how to appeal a municipal benefit decision", relevant: { an03: 2, af06: 1 } },
  { id: "an-english-4", kind: "english", q: "filing a tax return as a newcomer", relevant: { an04: 2 } },
  { id: "an-english-5", kind: "english", q: "alcohol problems at work", relevant: { an05: 2 } },
  { id: "an-english-6", kind: "english", q: "breastfeeding at work lactation room", relevant: { an06: 2 } },
  { id: "an-english-7", kind: "english", q: "hiring people with a criminal record", relevant: { an07: 2, z07: 1 } },
  { id: "an-english-8", kind: "english", q: "homeless job seekers without a fixed address", relevant: { an08: 2, z09: 1 } },
  { id: "an-english-9", kind: "english", q: "annual performance review with foreign employees", relevant: { an09: 2, ah07: 1 } },
  { id: "an-english-10", kind: "english", q: "dealing with aggressive clients at the front desk", relevant: { an10: 2 } },
  { id: "an-english-11", kind: "english", q: "job search help for partners of highly skilled migrants", relevant: { o04: 2 } },
  { id: "an-english-12", kind: "english", q: "employer-paid training and study time", relevant: { k06: 2, ah05: 1 } },
  { id: "an-prefix-1", kind: "prefix", q: "functionerin", relevant: { an09: 2 } },
  { id: "an-prefix-2", kind: "prefix", q: "borstvoe", relevant: { an06: 2 } },
  { id: "an-prefix-3", kind: "prefix", q: "verslavin", relevant: { an05: 2 } },
  { id: "an-prefix-4", kind: "prefix", q: "welkomstpak", relevant: { q01: 2 } },
  { id: "an-phrase-1", kind: "phrase", q: '"voorlopige voorziening"', relevant: { an03: 2 } },
  { id: "an-phrase-2", kind: "phrase", q: '"onder invloed"', relevant: { an05: 2 } },
  { id: "an-phrase-3", kind: "phrase", q: '"nul uren"', relevant: { an02: 2, x06: 1 } },
  { id: "an-number-1", kind: "number", q: "bezwaar maken binnen 6 weken", relevant: { an03: 2, af06: 1 } },
  { id: "an-number-2", kind: "number", q: "3 tijdelijke contracten in 3 jaar", relevant: { an02: 2, ag06: 1 } },
  { id: "an-number-3", kind: "number", q: "25% van de werktijd kolven", relevant: { an06: 2 } },
  { id: "an-number-4", kind: "number", q: "1 maand opzegtermijn bij zelf ontslag", relevant: { an01: 2 } },
  { id: "an-number-5", kind: "number", q: "50% van de statushouders werkt na 5 jaar", relevant: { e08: 2, p07: 1 } },
  {
    id: "an-near-1",
    kind: "near",
    q: "mijn klant wil morgen stoppen bij de schoonmaak omdat een neef hem ander werk belooft krijgt hij dan nog een uitkering",
    relevant: { an01: 2 },
  },
  {
    id: "an-near-2",
    kind: "near",
    q: "de gemeente wil 3000 euro terug van mijn klant omdat zijn zoon bij hem woont wat kan hij daartegen doen",
    relevant: { an03: 2, al03: 1 },
  },
  {
    id: "an-near-3",
    kind: "near",
    q: "een medewerker komt na het weekend vaak niet en ruikt naar drank hoe begin ik dat gesprek",
    relevant: { an05: 2, ae06: 1 },
  },
  {
    id: "an-near-4",
    kind: "near",
    q: "mijn klant zit nu vast en komt over twee maanden vrij hoe regelen we dan een uitkering en werk",
    relevant: { an07: 2 },
  },
  {
    id: "an-near-5",
    kind: "near",
    q: "onze medewerker uit Syrië zegt in het jaarlijkse gesprek niets terug en is daarna dagen van slag",
    relevant: { an09: 2, ah07: 1, q06: 1 },
  },
  {
    id: "an-near-6",
    kind: "near",
    q: "in onze wijk willen veel moeders werken maar niet ver van huis is daar een project voor",
    relevant: { s04: 2, s01: 1 },
  },
];
