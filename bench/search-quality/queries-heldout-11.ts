/**
 * HELD-OUT queries of the search quality benchmark, eleventh set: nothing in
 * the search is tuned on these. Written on 6 December 2026 with passages
 * ah01–ah10 (every query judged against every passage, and every older query
 * judged against ah01–ah10), and committed in a commit of its own before any
 * change of the round that follows (decision 256). Like the fifth to tenth
 * sets (decisions 199, 208, 224, 227, 251 and 249) it was written by an
 * outsider to the search code: someone who read only the bench's code and file
 * formats, the passages, the older queries (to judge them against the new
 * passages), decisions 199, 208, 224, 227, 249 and 251 and the seed text, and
 * never the search code, its word data (thesaurus, glossary, lexicon, word
 * lists), the other decisions and benchmark notes on search quality, nor ran
 * the benchmark or any search, so the queries do not know which words the
 * search knows. It is written as klantmanagers, werkcoaches, HR staff,
 * recruiters, stagecoördinatoren, newcomers and English-speaking employers
 * would type: short words, inflected and misspelt forms, split compounds,
 * everyday words of the field that the passages do not use, English,
 * unfinished words, phrases, numbers written differently and long questions.
 * 27 of its 60 queries have an older passage (a–ag) among their answers, 11 of
 * them only older passages, so that the set measures more than the vocabulary
 * of its own new passages. The benchmark prints only their totals, never
 * per-query results, unless --show-held-out is given for the final report.
 * Grades: 2 = about this, 1 = useful.
 *
 * When passages al01–al10 were added with the twelfth held-out set (6 December
 * 2026, decision 265, queries-heldout-12.ts, written by an outsider), every
 * query here was judged against them too; none of them answers a query here,
 * so nothing changed.
 *
 * When passages am01–am10 were added with the thirteenth held-out set (7
 * December 2026, decision 311, queries-heldout-13.ts, written by an outsider),
 * every query here was judged against them too; none of them answers a query
 * here, so nothing changed.
 *
 * When passages an01–an10 were added with the fourteenth held-out set (7
 * December 2026, decision 318, queries-heldout-14.ts, written by an outsider),
 * every query here was judged against them too: an04 (toeslagen are paid on an
 * estimated income and paid back when the income was higher) was added to ah-
 * near-1 at grade 2, since it answers that question directly; nothing else
 * changed. an02 names a verbod op een tweede baan in passing and was not added
 * to ah-synonym-7 or ah-english-10.
 *
 * When passages ao01–ao10 were added with the fifteenth held-out set (7
 * December 2026, decision 328, queries-heldout-15.ts, written by an outsider),
 * every query here was judged against them too: ao10 (de loonheffingskorting
 * with one werkgever only, also with two jobs) was added to ah-synonym-7 and
 * ah-english-10 at grade 1; nothing else changed. ao10 is about the belasting,
 * not the toeslagen, and was not added to ah-near-1.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT_11: JudgedQuery[] = [
  { id: "ah-exact-1", kind: "exact", q: "eigen risico", relevant: { ah01: 2 } },
  { id: "ah-exact-2", kind: "exact", q: "ontslag op staande voet", relevant: { ah03: 2 } },
  { id: "ah-exact-3", kind: "exact", q: "payrolling", relevant: { ah04: 2 } },
  { id: "ah-exact-4", kind: "exact", q: "Veilig Thuis", relevant: { ah09: 2 } },
  { id: "ah-exact-5", kind: "exact", q: "Tel mee met Taal", relevant: { e09: 2 } },
  { id: "ah-inflected-1", kind: "inflected", q: "ontruimingen oefenen", relevant: { ah02: 2 } },
  { id: "ah-inflected-2", kind: "inflected", q: "studiekosten terugbetaald", relevant: { ah05: 2 } },
  { id: "ah-inflected-3", kind: "inflected", q: "gedetacheerde medewerkers", relevant: { ah04: 2 } },
  {
    id: "ah-inflected-4",
    kind: "inflected",
    q: "arbeidsongevallen nieuwe medewerkers",
    relevant: { ah06: 2, g08: 1, q08: 1, t15: 1 },
  },
  { id: "ah-inflected-5", kind: "inflected", q: "conflicten met leidinggevenden", relevant: { ah07: 2, q06: 1 } },
  {
    id: "ah-inflected-6",
    kind: "inflected",
    q: "startende ondernemers met een migratieachtergrond",
    relevant: { n01: 2, u03: 2, n02: 1, n03: 1, n04: 1, n05: 1 },
  },
  { id: "ah-typo-1", kind: "typo", q: "zorgverzekring eigen risco", relevant: { ah01: 2 } },
  { id: "ah-typo-2", kind: "typo", q: "ontslag op staande voed", relevant: { ah03: 2 } },
  { id: "ah-typo-3", kind: "typo", q: "hitteprotocl", relevant: { ah08: 2 } },
  { id: "ah-typo-4", kind: "typo", q: "mediaton conflict", relevant: { ah07: 2 } },
  { id: "ah-typo-5", kind: "typo", q: "studiekostenbedign", relevant: { ah05: 2 } },
  { id: "ah-typo-6", kind: "typo", q: "comunities of practice", relevant: { r05: 2, w07: 1 } },
  { id: "ah-compound-1", kind: "compound", q: "bedrijfs hulp verlening", relevant: { ah02: 2 } },
  { id: "ah-compound-2", kind: "compound", q: "neven werkzaamheden", relevant: { ah10: 2 } },
  { id: "ah-compound-3", kind: "compound", q: "werk ongeval", relevant: { ah06: 2, g08: 1, t15: 1 } },
  { id: "ah-compound-4", kind: "compound", q: "hitte plan", relevant: { ah08: 2, z05: 1 } },
  { id: "ah-compound-5", kind: "compound", q: "taal akkoord", relevant: { g10: 2 } },
  { id: "ah-synonym-1", kind: "synonym", q: "ziektekostenverzekering statushouder", relevant: { ah01: 2 } },
  { id: "ah-synonym-2", kind: "synonym", q: "uitlenen van personeel", relevant: { ah04: 2, ag06: 1 } },
  { id: "ah-synonym-3", kind: "synonym", q: "scholingskosten terugvragen bij vertrek", relevant: { ah05: 2, k06: 1 } },
  { id: "ah-synonym-4", kind: "synonym", q: "ruzie met de baas", relevant: { ah07: 2 } },
  { id: "ah-synonym-5", kind: "synonym", q: "warmte op de werkvloer", relevant: { ah08: 2, z05: 1 } },
  { id: "ah-synonym-6", kind: "synonym", q: "partnergeweld", relevant: { ah09: 2 } },
  { id: "ah-synonym-7", kind: "synonym", q: "bijbaan naast vast contract", relevant: { ah10: 2, z06: 1, ao10: 1 } },
  { id: "ah-synonym-8", kind: "synonym", q: "gastsprekers met een migratieachtergrond op het mbo", relevant: { h05: 2, j03: 1 } },
  { id: "ah-english-1", kind: "english", q: "health insurance deductible", relevant: { ah01: 2 } },
  { id: "ah-english-2", kind: "english", q: "first aid officer and evacuation drill", relevant: { ah02: 2, ah06: 1 } },
  { id: "ah-english-3", kind: "english", q: "summary dismissal without notice", relevant: { ah03: 2, w09: 1 } },
  { id: "ah-english-4", kind: "english", q: "payroll company or secondment", relevant: { ah04: 2, ag06: 1 } },
  { id: "ah-english-5", kind: "english", q: "training cost repayment clause", relevant: { ah05: 2, k06: 1 } },
  { id: "ah-english-6", kind: "english", q: "workplace accident reporting", relevant: { ah06: 2 } },
  { id: "ah-english-7", kind: "english", q: "conflict with my manager mediation", relevant: { ah07: 2 } },
  { id: "ah-english-8", kind: "english", q: "working in extreme heat", relevant: { ah08: 2, z05: 1 } },
  { id: "ah-english-9", kind: "english", q: "domestic violence signs at work", relevant: { ah09: 2 } },
  { id: "ah-english-10", kind: "english", q: "is a second job allowed", relevant: { ah10: 2, z06: 1, ao10: 1 } },
  { id: "ah-english-11", kind: "english", q: "younger colleague mentors a senior manager", relevant: { j04: 2 } },
  { id: "ah-english-12", kind: "english", q: "dual track language and work programme", relevant: { a07: 2, g03: 1, g09: 1 } },
  { id: "ah-prefix-1", kind: "prefix", q: "payrol", relevant: { ah04: 2 } },
  { id: "ah-prefix-2", kind: "prefix", q: "bedrijfshulpv", relevant: { ah02: 2 } },
  { id: "ah-prefix-3", kind: "prefix", q: "nevenwerkz", relevant: { ah10: 2 } },
  { id: "ah-prefix-4", kind: "prefix", q: "gezinsmig", relevant: { a10: 2, x03: 1 } },
  { id: "ah-phrase-1", kind: "phrase", q: '"op staande voet"', relevant: { ah03: 2 } },
  { id: "ah-phrase-2", kind: "phrase", q: '"eerste hulp"', relevant: { ah02: 2, ah06: 2 } },
  { id: "ah-phrase-3", kind: "phrase", q: '"stap terug"', relevant: { a03: 2 } },
  { id: "ah-number-1", kind: "number", q: "eigen risico €385", relevant: { ah01: 2 } },
  { id: "ah-number-2", kind: "number", q: "ongeval meer dan 3 werkdagen verzuim", relevant: { ah06: 2 } },
  { id: "ah-number-3", kind: "number", q: "ontslag aanvechten binnen 2 maanden", relevant: { ah03: 2 } },
  { id: "ah-number-4", kind: "number", q: "0800 2000", relevant: { ah09: 2 } },
  { id: "ah-number-5", kind: "number", q: "havenbedrijf 3 maanden opleiding statushouders", relevant: { p06: 2 } },
  {
    id: "ah-near-1",
    kind: "near",
    q: "mijn klant heeft een baan gevonden en moet nu zorgtoeslag terugbetalen hoe kan dat",
    relevant: { ah01: 2, z06: 2, ag02: 1, an04: 2 },
  },
  {
    id: "ah-near-2",
    kind: "near",
    q: "de werkgever wil dat mijn klant 2000 euro terugbetaalt voor de heftruckcursus nu hij weggaat",
    relevant: { ah05: 2, v10: 1 },
  },
  {
    id: "ah-near-3",
    kind: "near",
    q: "mijn klant mag van zijn baas niet ook 's avonds bij een ander bedrijf werken",
    relevant: { ah10: 2 },
  },
  {
    id: "ah-near-4",
    kind: "near",
    q: "onze medewerker heeft vaak blauwe plekken en haar man haalt haar steeds op wat kunnen wij doen",
    relevant: { ah09: 2 },
  },
  {
    id: "ah-near-5",
    kind: "near",
    q: "een statushouder werd weggestuurd omdat hij twee dagen niet kwam zonder te bellen krijgt hij nu nog een uitkering",
    relevant: { ah03: 2, ae06: 1, af07: 1 },
  },
  {
    id: "ah-near-6",
    kind: "near",
    q: "wij willen een vluchteling aannemen maar weten niet of hij met zijn verblijfspapieren al mag werken",
    relevant: { z04: 2, a05: 1 },
  },
];
