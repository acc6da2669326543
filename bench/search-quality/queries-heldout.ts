/**
 * HELD-OUT queries of the search quality benchmark: nothing in the search is
 * tuned on these. This is the fourth held-out set, written on 5 December 2026
 * for round 4 with passages w01–w12 (judged against every passage, and every
 * older query judged against w01–w12), and committed in a commit of its own
 * before anyone working on that round read the search code or its word data
 * (thesaurus, glossary, word list). The first three held-out sets had been
 * looked at query by query and moved to queries-tuning.ts (the `h-*`, `n-*`
 * and `r-*` queries). It is written as klantmanagers, HR staff, recruiters,
 * stagecoördinatoren, newcomers and English-speaking employers would type:
 * short words, inflected and misspelt forms, split compounds, words of the
 * field that the passages do not use, English, unfinished words, phrases,
 * numbers and long questions. The benchmark prints only their totals, never
 * per-query results, unless --show-held-out is given for the final report.
 * Grades: 2 = about this, 1 = useful.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT: JudgedQuery[] = [
  { id: "w-exact-1", kind: "exact", q: "banenafspraak", relevant: { w01: 2 } },
  { id: "w-exact-2", kind: "exact", q: "doelgroepregister", relevant: { w01: 2 } },
  { id: "w-exact-3", kind: "exact", q: "entreeopleiding", relevant: { w02: 2 } },
  { id: "w-exact-4", kind: "exact", q: "proefplaatsing", relevant: { e03: 2, e07: 1 } },
  { id: "w-exact-5", kind: "exact", q: "menukaart interventies", relevant: { r07: 2, d01: 1 } },
  { id: "w-inflected-1", kind: "inflected", q: "stagevergoedingen mbo-studenten", relevant: { w03: 2 } },
  { id: "w-inflected-2", kind: "inflected", q: "uitzendbureau discriminerend verzoek", relevant: { c06: 2, w04: 2 } },
  { id: "w-inflected-3", kind: "inflected", q: "ontheemde Oekraïners", relevant: { a12: 2 } },
  { id: "w-inflected-4", kind: "inflected", q: "werkende moeder kinderopvang", relevant: { s02: 2, s04: 1, s01: 1 } },
  { id: "w-inflected-5", kind: "inflected", q: "rolmodel migratieachtergrond", relevant: { j03: 2, h05: 1 } },
  { id: "w-inflected-6", kind: "inflected", q: "lerend netwerk werkgevers", relevant: { w07: 2, d08: 1 } },
  { id: "w-typo-1", kind: "typo", q: "doelgroepregiser", relevant: { w01: 2 } },
  { id: "w-typo-2", kind: "typo", q: "vrijlatingsregling", relevant: { e05: 2 } },
  { id: "w-typo-3", kind: "typo", q: "praktijkopleidr", relevant: { b02: 2, q03: 2 } },
  { id: "w-typo-4", kind: "typo", q: "mentorprogrma", relevant: { j01: 2, j05: 1, j08: 1 } },
  { id: "w-typo-5", kind: "typo", q: "sollicitatietrainig", relevant: { w08: 2, f10: 2, o04: 1 } },
  { id: "w-compound-1", kind: "compound", q: "taal beleid", relevant: { w10: 2, g10: 1 } },
  { id: "w-compound-2", kind: "compound", q: "stage vergoeding", relevant: { w03: 2 } },
  { id: "w-compound-3", kind: "compound", q: "loonwaarde meting", relevant: { e02: 2, e01: 1, v07: 1 } },
  { id: "w-compound-4", kind: "compound", q: "werkgevers-servicepunt", relevant: { d02: 2, d05: 1 } },
  { id: "w-compound-5", kind: "compound", q: "inwerk programma", relevant: { q08: 2, q01: 1, q02: 1, k01: 1 } },
  { id: "w-synonym-1", kind: "synonym", q: "asielzoekers werk", relevant: { a05: 2, a08: 1 } },
  { id: "w-synonym-2", kind: "synonym", q: "stagiairs vergoeding", relevant: { w03: 2 } },
  { id: "w-synonym-3", kind: "synonym", q: "banen voor arbeidsgehandicapten", relevant: { w01: 2, w05: 2, v04: 1, t13: 1 } },
  { id: "w-synonym-4", kind: "synonym", q: "ondernemer worden vanuit uitkering", relevant: { n02: 2, n04: 1 } },
  { id: "w-synonym-5", kind: "synonym", q: "divers personeelsbeleid", relevant: { i02: 2, d07: 1 } },
  { id: "w-synonym-6", kind: "synonym", q: "Poolse arbeidskrachten", relevant: { o01: 2, o02: 1, o03: 1, o05: 1 } },
  { id: "w-synonym-7", kind: "synonym", q: "taalverplichting bijstand", relevant: { w06: 2 } },
  { id: "w-english-1", kind: "english", q: "sheltered employment", relevant: { w05: 2 } },
  { id: "w-english-2", kind: "english", q: "internship allowance", relevant: { w03: 2 } },
  { id: "w-english-3", kind: "english", q: "temp agency discrimination", relevant: { c06: 2, w04: 2, o05: 1 } },
  { id: "w-english-4", kind: "english", q: "employee rights minimum wage", relevant: { w09: 2 } },
  { id: "w-english-5", kind: "english", q: "recognition of foreign diplomas", relevant: { m01: 2, m02: 2, l04: 1, m05: 1, w11: 1 } },
  { id: "w-english-6", kind: "english", q: "job hunter municipality", relevant: { w12: 2, d02: 1 } },
  { id: "w-english-7", kind: "english", q: "onboarding buddy for refugees", relevant: { j02: 2, q01: 1 } },
  { id: "w-english-8", kind: "english", q: "Dutch lessons in the evening", relevant: { v06: 2, g03: 2 } },
  { id: "w-english-9", kind: "english", q: "how can I hire someone with a refugee status", relevant: { a09: 2, a05: 1 } },
  { id: "w-english-10", kind: "english", q: "job interview training for refugees", relevant: { w08: 2, f10: 1, o04: 1 } },
  { id: "w-english-11", kind: "english", q: "what are my rights as a new employee in the Netherlands", relevant: { w09: 2 } },
  { id: "w-prefix-1", kind: "prefix", q: "banenafspr", relevant: { w01: 2 } },
  { id: "w-prefix-2", kind: "prefix", q: "entreeopl", relevant: { w02: 2 } },
  { id: "w-prefix-3", kind: "prefix", q: "stagevergo", relevant: { w03: 2 } },
  { id: "w-prefix-4", kind: "prefix", q: "jobhun", relevant: { w12: 2 } },
  { id: "w-phrase-1", kind: "phrase", q: '"afstand tot de arbeidsmarkt"', relevant: { p02: 2, w01: 2 } },
  { id: "w-phrase-2", kind: "phrase", q: '"tussen wal en schip"', relevant: { h02: 2 } },
  { id: "w-phrase-3", kind: "phrase", q: '"vast contract"', relevant: { a08: 2 } },
  { id: "w-number-1", kind: "number", q: "drie dagen werken twee dagen les", relevant: { a07: 2, v01: 1 } },
  { id: "w-number-2", kind: "number", q: "420 vergunninghouders", relevant: { a02: 2 } },
  { id: "w-number-3", kind: "number", q: "drie jaar doorstromen logistiek", relevant: { k08: 2 } },
  { id: "w-number-4", kind: "number", q: "96 meldingen", relevant: { b10: 2 } },
  { id: "w-near-1", kind: "near", q: "mijn stagiair krijgt geen vergoeding is dat normaal", relevant: { w03: 2 } },
  {
    id: "w-near-2",
    kind: "near",
    q: "hoe weet ik of een uitzendbureau niet discrimineert bij het sturen van kandidaten",
    relevant: { c06: 2, w04: 2, o05: 1 },
  },
  { id: "w-near-3", kind: "near", q: "welke rechten heeft een nieuwkomer als werknemer bij ontslag", relevant: { w09: 2, o02: 1 } },
  { id: "w-near-4", kind: "near", q: "een jongere zonder diploma wil toch een mbo opleiding doen", relevant: { w02: 2, h03: 1, m04: 1 } },
  { id: "w-near-5", kind: "near", q: "werkgever wil weten welk niveau een diploma uit Syrië heeft", relevant: { m01: 2, w11: 2, m02: 1 } },
];
