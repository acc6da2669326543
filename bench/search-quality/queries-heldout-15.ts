/**
 * HELD-OUT queries of the search quality benchmark, fifteenth set: nothing in
 * the search is tuned on these. Written on 7 December 2026 with passages
 * ao01–ao10 (every query judged against every passage, and every older query
 * judged against ao01–ao10), and committed in a commit of its own before any
 * change of the round that follows (decision 328). Like the fifth to
 * fourteenth sets (decisions 199, 208, 224, 227, 251, 249, 256, 265, 311 and
 * 318) it was written by an outsider to the search code: someone who read only
 * the bench's file formats and set-wiring lines, the passages, the older
 * queries (to judge them against the new passages and to avoid repeating
 * them), the unit test of the judged set and decision 318, and never the
 * search code, its word data (thesaurus, glossary, lexicon, word lists), the
 * other decisions and benchmark notes on search quality, nor ran the benchmark
 * or any search before these grades were committed, so the queries do not
 * know which words the search knows. It is written as klantmanagers,
 * werkcoaches, HR staff, recruiters, stagecoördinatoren, newcomers and
 * English-speaking employers would type: short words, inflected and misspelt
 * forms, split compounds, everyday words of the field that the passages do not
 * use, English, unfinished words, phrases, numbers written differently and
 * long questions. 35 of its 60 queries have an older passage (a–an) among
 * their answers, 11 of them only older passages, so that the set measures more
 * than the vocabulary of its own new passages. The benchmark prints only their
 * totals, never per-query results, unless --show-held-out is given for the
 * final report. Grades: 2 = about this, 1 = useful.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT_15: JudgedQuery[] = [
  { id: "ao-exact-1", kind: "exact", q: "inlichtingenplicht", relevant: { ao02: 2 } },
  { id: "ao-exact-2", kind: "exact", q: "referenties", relevant: { ao04: 2, z02: 1 } },
  { id: "ao-exact-3", kind: "exact", q: "dresscode", relevant: { ao08: 2 } },
  { id: "ao-exact-4", kind: "exact", q: "loonheffingskorting", relevant: { ao10: 2, z06: 1, ah10: 1 } },
  { id: "ao-exact-5", kind: "exact", q: "regionale werkbedrijven", relevant: { r03: 2 } },
  { id: "ao-inflected-1", kind: "inflected", q: "huisbezoeken bij samenwonende klanten", relevant: { ao01: 2, al03: 1 } },
  { id: "ao-inflected-2", kind: "inflected", q: "geërfd geld en de bijstand", relevant: { ao03: 2, ao02: 1 } },
  { id: "ao-inflected-3", kind: "inflected", q: "afgewezen sollicitanten feedback geven", relevant: { ao05: 2, z02: 1 } },
  { id: "ao-inflected-4", kind: "inflected", q: "getatoeëerde medewerkers", relevant: { ao08: 2 } },
  { id: "ao-inflected-5", kind: "inflected", q: "autistische collega's", relevant: { ao09: 2, am10: 1 } },
  { id: "ao-inflected-6", kind: "inflected", q: "verzorgende met buitenlandse diploma's", relevant: { l04: 2, l01: 1, m02: 1, m01: 1 } },
  { id: "ao-typo-1", kind: "typo", q: "huisbezeok bijstand", relevant: { ao01: 2 } },
  { id: "ao-typo-2", kind: "typo", q: "vermogesgrens", relevant: { ao03: 2 } },
  { id: "ao-typo-3", kind: "typo", q: "afwijzing sollicitatie feedbak", relevant: { ao05: 2, z02: 1 } },
  { id: "ao-typo-4", kind: "typo", q: "onderhandlen over loon", relevant: { ao06: 2, af04: 1 } },
  { id: "ao-typo-5", kind: "typo", q: "dyslexsie op het werk", relevant: { ao09: 2 } },
  { id: "ao-typo-6", kind: "typo", q: "aanjaagtem arbeidsmigranten", relevant: { o05: 2 } },
  { id: "ao-compound-1", kind: "compound", q: "wijzigings formulier bijstand", relevant: { ao02: 2 } },
  { id: "ao-compound-2", kind: "compound", q: "referentie check", relevant: { ao04: 2, z02: 1 } },
  { id: "ao-compound-3", kind: "compound", q: "loon schaal cao", relevant: { ao06: 2, af04: 1 } },
  { id: "ao-compound-4", kind: "compound", q: "heffings korting uitkering en werk", relevant: { ao10: 2, z06: 1, ah10: 1 } },
  { id: "ao-compound-5", kind: "compound", q: "netwerk organisaties professionals", relevant: { j06: 2 } },
  { id: "ao-synonym-1", kind: "synonym", q: "controle aan huis door de sociale recherche", relevant: { ao01: 2, ao02: 1 } },
  { id: "ao-synonym-2", kind: "synonym", q: "huis in het thuisland en bijstand", relevant: { ao03: 2 } },
  { id: "ao-synonym-3", kind: "synonym", q: "ghosting van sollicitanten", relevant: { ao05: 2 } },
  { id: "ao-synonym-4", kind: "synonym", q: "om meer geld vragen bij een baanaanbod", relevant: { ao06: 2, af04: 1 } },
  { id: "ao-synonym-5", kind: "synonym", q: "mobieltje op de werkvloer", relevant: { ao07: 2, ag09: 1 } },
  { id: "ao-synonym-6", kind: "synonym", q: "PBM's wie betaalt", relevant: { ao08: 2, t15: 1 } },
  { id: "ao-synonym-7", kind: "synonym", q: "naheffing belasting door twee werkgevers", relevant: { ao10: 2, z06: 1, ah10: 1, an04: 1 } },
  { id: "ao-synonym-8", kind: "synonym", q: "autonomie van werkzoekenden in hun traject", relevant: { f04: 2, f06: 1 } },
  { id: "ao-english-1", kind: "english", q: "unannounced home visit by the benefits office", relevant: { ao01: 2 } },
  {
    id: "ao-english-2",
    kind: "english",
    q: "reporting changes in circumstances while on welfare",
    relevant: { ao02: 2, al07: 1, al03: 1 },
  },
  { id: "ao-english-3", kind: "english", q: "savings limit for social assistance", relevant: { ao03: 2 } },
  {
    id: "ao-english-4",
    kind: "english",
    q: "checking references of refugees whose former employer is abroad",
    relevant: { ao04: 2, af04: 1 },
  },
  { id: "ao-english-5", kind: "english", q: "how to reject job applicants and give feedback", relevant: { ao05: 2, z02: 1 } },
  { id: "ao-english-6", kind: "english", q: "salary negotiation for newcomers", relevant: { ao06: 2, af04: 1 } },
  { id: "ao-english-7", kind: "english", q: "phone use and social media rules at work", relevant: { ao07: 2, ag09: 1 } },
  { id: "ao-english-8", kind: "english", q: "can an employer ban a headscarf with a uniform", relevant: { ao08: 2, x08: 2 } },
  { id: "ao-english-9", kind: "english", q: "employees with ADHD or autism", relevant: { ao09: 2, am10: 1 } },
  { id: "ao-english-10", kind: "english", q: "payroll tax credit with two jobs", relevant: { ao10: 2, z06: 1, ah10: 1, an04: 1 } },
  { id: "ao-english-11", kind: "english", q: "women from migrant backgrounds in paid work", relevant: { s01: 2, s05: 1 } },
  { id: "ao-english-12", kind: "english", q: "network for female entrepreneurs with a migrant background", relevant: { n05: 2, n01: 1 } },
  { id: "ao-prefix-1", kind: "prefix", q: "vermogensgr", relevant: { ao03: 2 } },
  { id: "ao-prefix-2", kind: "prefix", q: "neurodiv", relevant: { ao09: 2 } },
  { id: "ao-prefix-3", kind: "prefix", q: "personeelshand", relevant: { ao07: 2 } },
  { id: "ao-prefix-4", kind: "prefix", q: "kennismakingsro", relevant: { q07: 2 } },
  { id: "ao-phrase-1", kind: "phrase", q: '"de klik"', relevant: { ao05: 2 } },
  { id: "ao-phrase-2", kind: "phrase", q: '"privé bellen"', relevant: { ao07: 2 } },
  { id: "ao-phrase-3", kind: "phrase", q: '"algemene heffingskorting"', relevant: { ao10: 2 } },
  { id: "ao-number-1", kind: "number", q: "8000 euro spaargeld bijstand alleenstaande", relevant: { ao03: 2 } },
  { id: "ao-number-2", kind: "number", q: "loongesprek na 6 maanden", relevant: { ao06: 2 } },
  { id: "ao-number-3", kind: "number", q: "1 op 6 mensen neurodivers", relevant: { ao09: 2 } },
  { id: "ao-number-4", kind: "number", q: "inclusief werven in 5 stappen", relevant: { d03: 2, p08: 1, d04: 1 } },
  { id: "ao-number-5", kind: "number", q: "buitenlandse arts 1 tot 3 jaar aanvullend traject", relevant: { m05: 2, m02: 1 } },
  {
    id: "ao-near-1",
    kind: "near",
    q: "er staan twee mensen van de gemeente voor de deur van mijn klant en ze willen in de slaapkamer kijken moet hij ze binnenlaten",
    relevant: { ao01: 2 },
  },
  {
    id: "ao-near-2",
    kind: "near",
    q: "mijn klant kreeg 500 euro van zijn broer in Duitsland voor een bruiloft moet hij dat melden bij de gemeente",
    relevant: { ao02: 2, ao03: 1 },
  },
  {
    id: "ao-near-3",
    kind: "near",
    q: "mijn klant heeft dertig keer gesolliciteerd en krijgt alleen standaardmails terug hoe kom ik erachter waarom",
    relevant: { ao05: 2 },
  },
  {
    id: "ao-near-4",
    kind: "near",
    q: "mijn klant krijgt een baan als lasser aangeboden voor 14 euro per uur mag hij om meer vragen of is dat onbeleefd",
    relevant: { ao06: 2, af04: 1 },
  },
  {
    id: "ao-near-5",
    kind: "near",
    q: "mijn klant werkt nu 20 uur naast de bijstand en moet 900 euro terugbetalen aan de belastingdienst hoe kan dat",
    relevant: { ao10: 2, z06: 1, ah10: 1, an04: 1 },
  },
  {
    id: "ao-near-6",
    kind: "near",
    q: "we krijgen dit jaar veel statushouders hoe zorgen we dat ze vanaf de eerste maand met taal en werk beginnen",
    relevant: { a01: 2, a07: 1, g09: 1 },
  },
];
