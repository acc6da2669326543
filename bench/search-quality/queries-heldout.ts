/**
 * HELD-OUT queries of the search quality benchmark: nothing in the search is
 * tuned on these. This is the second held-out set, written on 5 December 2026
 * (with passages u01–u10) and committed in a commit of its own before any
 * change to the search of that round; the first held-out set had been looked
 * at and moved to queries-tuning.ts (the `h-*` queries). The benchmark prints
 * only their totals, never per-query results, unless --show-held-out is given
 * for the final report. Grades: 2 = about this, 1 = useful.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT: JudgedQuery[] = [
  { id: "n-exact-1", kind: "exact", q: "praktijkverklaring", relevant: { m04: 2 } },
  { id: "n-exact-2", kind: "exact", q: "no-riskpolis", relevant: { e06: 2, e07: 1 } },
  { id: "n-exact-3", kind: "exact", q: "wijkteam", relevant: { u07: 2 } },
  { id: "n-inflected-1", kind: "inflected", q: "leerbedrijven", relevant: { b07: 2, b02: 1 } },
  { id: "n-inflected-2", kind: "inflected", q: "werkloze jongeren", relevant: { h01: 2 } },
  { id: "n-inflected-3", kind: "inflected", q: "motivatie werkzoekenden", relevant: { u02: 2, f04: 1, f06: 1 } },
  { id: "n-inflected-4", kind: "inflected", q: "financiering starters", relevant: { u03: 2, n01: 1, n03: 1 } },
  { id: "n-inflected-5", kind: "inflected", q: "registratie discriminatiemeldingen", relevant: { u05: 2, b10: 1 } },
  { id: "n-typo-1", kind: "typo", q: "tewerkstellingsvergunnig", relevant: { a05: 2 } },
  { id: "n-typo-2", kind: "typo", q: "arbeidsmigarnten huisvesting", relevant: { o02: 2, o01: 1 } },
  { id: "n-typo-3", kind: "typo", q: "intervissie klantmanagers", relevant: { f09: 2 } },
  { id: "n-compound-1", kind: "compound", q: "leer werk traject", relevant: { l05: 2, b05: 1 } },
  { id: "n-compound-2", kind: "compound", q: "vacature teksten", relevant: { d04: 2, c10: 2 } },
  { id: "n-compound-3", kind: "compound", q: "reiskostenvergoeding", relevant: { u06: 2 } },
  { id: "n-synonym-1", kind: "synonym", q: "jobcoach na plaatsing", relevant: { f08: 2, p03: 1 } },
  { id: "n-synonym-2", kind: "synonym", q: "statushouders gezondheid", relevant: { u10: 2 } },
  { id: "n-synonym-3", kind: "synonym", q: "participatiewet eigen bedrijf starten", relevant: { n02: 2, u03: 1 } },
  { id: "n-english-1", kind: "english", q: "anonymous job application", relevant: { c04: 2, r08: 1 } },
  { id: "n-english-2", kind: "english", q: "workplace language coaching", relevant: { g01: 2, r08: 1 } },
  { id: "n-english-3", kind: "english", q: "debts and work", relevant: { u08: 2, u07: 1 } },
  { id: "n-prefix-1", kind: "prefix", q: "stagebeg", relevant: { b09: 2, b06: 1 } },
  { id: "n-prefix-2", kind: "prefix", q: "inwerk", relevant: { q02: 2, q08: 2, q01: 1, k01: 1 } },
  { id: "n-prefix-3", kind: "prefix", q: "praktijkople", relevant: { q03: 2, b02: 2 } },
  { id: "n-prefix-4", kind: "prefix", q: "loopbaan", relevant: { k04: 2, h06: 2, n06: 1 } },
  { id: "n-prefix-5", kind: "prefix", q: "taalnive", relevant: { g04: 2, g02: 1 } },
  { id: "n-phrase-1", kind: "phrase", q: '"eerste baan"', relevant: { a03: 2, l08: 1 } },
  { id: "n-phrase-2", kind: "phrase", q: '"vast aanspreekpunt"', relevant: { d02: 2, a09: 1, d05: 1 } },
  { id: "n-number-1", kind: "number", q: "100 dagen", relevant: { q05: 2 } },
  { id: "n-number-2", kind: "number", q: "16 uur per week", relevant: { u09: 2 } },
  { id: "n-near-1", kind: "near", q: "mbo studenten met migratieachtergrond vinden moeilijk een stageplaats via school", relevant: { b01: 2, b06: 1 } },
  { id: "n-near-2", kind: "near", q: "werkgevers bellen helpdesk met vragen over diversiteit en subsidie", relevant: { d01: 2, d10: 1 } },
];
