/**
 * HELD-OUT queries of the search quality benchmark: nothing in the search is
 * tuned on these. This is the third held-out set, written on 5 December 2026
 * for round 3 (with passages v01–v10, judged against every query) and
 * committed in a commit of its own before any change to the search of that
 * round; the first two held-out sets had been looked at and moved to
 * queries-tuning.ts (the `h-*` and `n-*` queries). It has more of what
 * practitioners and English-speaking newcomers type: longer questions in
 * plain Dutch and English. The benchmark prints only their totals, never
 * per-query results, unless --show-held-out is given for the final report.
 * Grades: 2 = about this, 1 = useful.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT: JudgedQuery[] = [
  { id: "r-exact-1", kind: "exact", q: "bbl", relevant: { v01: 2 } },
  { id: "r-exact-2", kind: "exact", q: "loondispensatie", relevant: { v07: 2 } },
  { id: "r-exact-3", kind: "exact", q: "meldpunt", relevant: { b01: 2, b10: 2 } },
  { id: "r-inflected-1", kind: "inflected", q: "mentor nieuwkomer", relevant: { j05: 2, s05: 1 } },
  { id: "r-inflected-2", kind: "inflected", q: "gemotiveerde werkzoekende", relevant: { u02: 2, f04: 1 } },
  { id: "r-inflected-3", kind: "inflected", q: "leerbedrijf erkenning", relevant: { b07: 2, v01: 1 } },
  { id: "r-typo-1", kind: "typo", q: "loondispensasie", relevant: { v07: 2 } },
  { id: "r-typo-2", kind: "typo", q: "schuldhulpverlenig", relevant: { u08: 2 } },
  { id: "r-typo-3", kind: "typo", q: "stagediscrimnatie", relevant: { b01: 2, b10: 2 } },
  { id: "r-compound-1", kind: "compound", q: "beroeps begeleidende leerweg", relevant: { v01: 2 } },
  { id: "r-compound-2", kind: "compound", q: "werk fit traject", relevant: { v09: 2 } },
  { id: "r-compound-3", kind: "compound", q: "taal cursus werkgever", relevant: { e09: 2, v06: 1, g03: 1 } },
  { id: "r-synonym-1", kind: "synonym", q: "vluchtelingen cv", relevant: { v02: 2 } },
  { id: "r-synonym-2", kind: "synonym", q: "consulent schulden", relevant: { u07: 2, u08: 1 } },
  { id: "r-synonym-3", kind: "synonym", q: "Participatiewet bijverdienen", relevant: { e05: 2, e04: 1 } },
  { id: "r-english-1", kind: "english", q: "debt counselling", relevant: { u08: 2, u07: 1 } },
  { id: "r-english-2", kind: "english", q: "apprenticeship", relevant: { v01: 2, b05: 1, h03: 1 } },
  { id: "r-english-3", kind: "english", q: "wage subsidy for employers", relevant: { e01: 2, e02: 2, e07: 1, v07: 1 } },
  { id: "r-english-4", kind: "english", q: "how do I write a good resume", relevant: { t07: 2, v02: 1 } },
  { id: "r-english-5", kind: "english", q: "job coach for employees with a disability", relevant: { v04: 2, p03: 1, f08: 1 } },
  { id: "r-english-6", kind: "english", q: "civic integration and work at the same time", relevant: { g09: 2, g02: 1, a07: 1 } },
  { id: "r-english-7", kind: "english", q: "discrimination at work report", relevant: { c07: 2, v08: 1, u05: 1 } },
  { id: "r-english-8", kind: "english", q: "language course for employees", relevant: { e09: 2, v06: 1, g07: 1 } },
  { id: "r-english-9", kind: "english", q: "my manager makes jokes about my background what can I do", relevant: { v08: 2, c07: 1 } },
  { id: "r-prefix-1", kind: "prefix", q: "loondisp", relevant: { v07: 2 } },
  { id: "r-prefix-2", kind: "prefix", q: "sollicitatiebr", relevant: { v03: 2 } },
  { id: "r-prefix-3", kind: "prefix", q: "werkfi", relevant: { v09: 2 } },
  { id: "r-prefix-4", kind: "prefix", q: "arbeidsbeperk", relevant: { e06: 2, v04: 2, e10: 1, t13: 1 } },
  { id: "r-phrase-1", kind: "phrase", q: '"op tijd komen"', relevant: { q04: 2, v09: 2 } },
  { id: "r-phrase-2", kind: "phrase", q: '"eigen bedrijf"', relevant: { n01: 2, n04: 2, u03: 1 } },
  { id: "r-number-1", kind: "number", q: "twee avonden per week", relevant: { v06: 2 } },
  { id: "r-number-2", kind: "number", q: "veertig klanten per klantmanager", relevant: { f05: 2, f02: 1 } },
  { id: "r-near-1", kind: "near", q: "hoe help ik een statushouder met schulden aan een baan", relevant: { u08: 2, u07: 1 } },
  {
    id: "r-near-2",
    kind: "near",
    q: "welke subsidie krijgt een werkgever als hij iemand met een arbeidsbeperking aanneemt",
    relevant: { e01: 2, e10: 2, e06: 1, e07: 1, v07: 1 },
  },
  {
    id: "r-near-3",
    kind: "near",
    q: "nieuwkomers leren de taal op de werkvloer tijdens het werk",
    relevant: { g01: 2, a07: 2, g08: 1, g05: 1 },
  },
  {
    id: "r-near-4",
    kind: "near",
    q: "werkzoekenden die bang zijn hun uitkering kwijt te raken als ze gaan werken",
    relevant: { v05: 2, e05: 1 },
  },
];
