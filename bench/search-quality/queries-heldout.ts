/**
 * HELD-OUT queries of the search quality benchmark: nothing in the search is
 * tuned on these. They were written and committed before any ranking work,
 * in a commit of their own (see `git log -- bench/search-quality`), and the
 * benchmark prints only their totals, never per-query results, so tuning
 * cannot look at them by accident. Grades: 2 = about this, 1 = useful.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT: JudgedQuery[] = [
  { id: "h-exact-1", kind: "exact", q: "anoniem solliciteren", relevant: { c04: 2, r08: 1 } },
  { id: "h-exact-2", kind: "exact", q: "open hiring", relevant: { d06: 2 } },
  { id: "h-inflected-1", kind: "inflected", q: "mentoren", relevant: { j01: 2, j05: 2, j07: 2, j08: 1, s05: 1 } },
  { id: "h-inflected-2", kind: "inflected", q: "werkervaringsplekken", relevant: { b04: 2, a08: 2 } },
  { id: "h-typo-1", kind: "typo", q: "loonkostensubsdie", relevant: { e01: 2, e02: 2, e07: 1 } },
  { id: "h-typo-2", kind: "typo", q: "discriminatei stage", relevant: { b01: 2, b10: 2, b06: 1 } },
  { id: "h-compound-1", kind: "compound", q: "werkgevers helpdesk", relevant: { d01: 2, d10: 1 } },
  { id: "h-compound-2", kind: "compound", q: "taalcoach", relevant: { g01: 2, r08: 1 } },
  { id: "h-synonym-1", kind: "synonym", q: "vergunninghouders aannemen", relevant: { a09: 2, a02: 1, p06: 1 } },
  { id: "h-synonym-2", kind: "synonym", q: "BPV", relevant: { b02: 2, b03: 2, b07: 1 } },
  { id: "h-english-1", kind: "english", q: "refugees technical background", relevant: { a04: 2 } },
  { id: "h-english-2", kind: "english", q: "employer helpdesk", relevant: { d01: 2, d10: 1, d02: 1 } },
  { id: "h-prefix-1", kind: "prefix", q: "zelfeffect", relevant: { f03: 2, f10: 1 } },
  { id: "h-prefix-2", kind: "prefix", q: "inburger", relevant: { g02: 2, g09: 2, o03: 1, a06: 1 } },
  { id: "h-phrase-1", kind: "phrase", q: '"met behoud van uitkering"', relevant: { b11: 2, e03: 2, b04: 1 } },
  { id: "h-phrase-2", kind: "phrase", q: '"glazen plafond"', relevant: { k03: 2 } },
  { id: "h-number-1", kind: "number", q: "12 maanden werkervaring", relevant: { p05: 2 } },
  { id: "h-near-1", kind: "near", q: "buddy statushouders eerste maanden werkvloer", relevant: { j02: 2 } },
];
