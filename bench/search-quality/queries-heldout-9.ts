/**
 * HELD-OUT queries of the search quality benchmark, ninth set: nothing in
 * the search is tuned on these. Written on 6 December 2026 with passages
 * af01–af10 (every query judged against every passage, and every older query
 * judged against af01–af10), and committed in a commit of its own before any
 * change of the round that follows (decision 251). Like the fifth to eighth
 * sets (decisions 199, 208, 224 and 227) it was written by an outsider to the
 * search code: someone who read only the bench's code and file formats, the
 * passages, the older queries (to judge them against the new passages),
 * decisions 199, 208, 224 and 227 and the seed text, and never the search
 * code, its word data (thesaurus, glossary, word lists, compounds), the other
 * decisions and benchmark notes on search quality, nor ran the benchmark or
 * any search, so the queries do not know which words the search knows. It is
 * written as klantmanagers, HR staff, recruiters, stagecoördinatoren,
 * ervaringsdeskundigen, newcomers and English-speaking employers would type:
 * short words, inflected and misspelt forms, split compounds, everyday words
 * of the field that the passages do not use, English, unfinished words,
 * phrases, numbers written differently and long questions. 41 of its 60
 * queries have an older passage (a–ae) among their answers, 12 of them only
 * older passages, so that the set measures more than the vocabulary of its
 * own new passages. The benchmark prints only their totals, never per-query
 * results, unless --show-held-out is given for the final report. Grades:
 * 2 = about this, 1 = useful.
 *
 * When passages ag01–ag10 were added with the tenth held-out set (6 December
 * 2026, decision 249, queries-heldout-10.ts), every query here was judged
 * against them too: ag01 (ontslag; the transitievergoeding when a tijdelijk
 * contract is not renewed; keeping the right to WW) was added to af-synonym-5
 * and af-english-8 at grade 1; nothing else changed.
 *
 * When passages ah01–ah10 were added with the eleventh held-out set (6
 * December 2026, decision 256, queries-heldout-11.ts, written by an outsider),
 * every query here was judged against them too: none of them answers a query
 * here, so nothing changed.
 *
 * When passages al01–al10 were added with the twelfth held-out set (6 December
 * 2026, decision 265, queries-heldout-12.ts, written by an outsider), every
 * query here was judged against them too: al06 (IPS in the ggz, also for
 * vluchtelingen with a posttraumatische stressstoornis) was added to af-
 * exact-4, af-inflected-4, af-synonym-3 and af-english-4 at grade 1; nothing
 * else changed.
 *
 * When passages am01–am10 were added with the thirteenth held-out set (7
 * December 2026, decision 311, queries-heldout-13.ts, written by an outsider),
 * every query here was judged against them too: am02 (geboorteverlof en
 * ouderschapsverlof, also with a small or tijdelijk contract) was added to af-
 * synonym-6, and am05 (a licht verstandelijke beperking: missed appointments
 * taken for onwil, a maatregel that solves nothing) to af-synonym-4 and af-
 * english-7, all at grade 1; nothing else changed.
 *
 * When passages an01–an10 were added with the fourteenth held-out set (7
 * December 2026, decision 318, queries-heldout-14.ts, written by an outsider),
 * every query here was judged against them too: an03 (bezwaar maken tegen een
 * besluit, such as a lower uitkering) was added to af-near-5 at grade 1;
 * nothing else changed. an03 was not added to the other queries on a maatregel
 * (af-synonym-4, af-english-7, af-number-4, af-inflected-2): they ask about
 * the maatregel, not what to do against it. an05 names the borrel in passing
 * and was not added to the af05 queries.
 *
 * When passages ao01–ao10 were added with the fifteenth held-out set (7
 * December 2026, decision 328, queries-heldout-15.ts, written by an outsider),
 * every query here was judged against them too: ao06 (onderhandelen over het
 * loon: the loonschaal in the cao, the same trede for the same experience) was
 * added to af-typo-4, af-compound-1, af-english-5 and af-near-3 at grade 1;
 * nothing else changed.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT_9: JudgedQuery[] = [
  { id: "af-exact-1", kind: "exact", q: "vakantiegeld", relevant: { af01: 2, w09: 1, z06: 1 } },
  { id: "af-exact-2", kind: "exact", q: "DigiD", relevant: { af02: 2 } },
  { id: "af-exact-3", kind: "exact", q: "wekeneis", relevant: { af07: 2 } },
  { id: "af-exact-4", kind: "exact", q: "ggz", relevant: { af03: 2, u10: 1, al06: 1 } },
  { id: "af-exact-5", kind: "exact", q: "crowdfunding", relevant: { u03: 2 } },
  { id: "af-inflected-1", kind: "inflected", q: "personeelsfeesten en borrels", relevant: { af05: 2, q07: 1 } },
  { id: "af-inflected-2", kind: "inflected", q: "gekorte uitkeringen nieuwkomers", relevant: { af06: 2, w06: 1 } },
  { id: "af-inflected-3", kind: "inflected", q: "zwangere werkneemster proeftijd", relevant: { af08: 2, w09: 1 } },
  { id: "af-inflected-4", kind: "inflected", q: "getraumatiseerde vluchtelingen werk", relevant: { af03: 2, u10: 2, al06: 1 } },
  { id: "af-inflected-5", kind: "inflected", q: "nieuwkomers lager ingeschaald", relevant: { af04: 2, c09: 1, a03: 1 } },
  { id: "af-inflected-6", kind: "inflected", q: "vertrekkende medewerkers migratieachtergrond", relevant: { k01: 2, k05: 1 } },
  { id: "af-typo-1", kind: "typo", q: "vakantiegled", relevant: { af01: 2, w09: 1, z06: 1 } },
  { id: "af-typo-2", kind: "typo", q: "burgerservicenumer", relevant: { af02: 2 } },
  { id: "af-typo-3", kind: "typo", q: "zwangerschapsverlov", relevant: { af08: 2 } },
  { id: "af-typo-4", kind: "typo", q: "inschalling cao", relevant: { af04: 2, ao06: 1 } },
  { id: "af-typo-5", kind: "typo", q: "motiverende gespreksvoerig", relevant: { f06: 2, f04: 1 } },
  { id: "af-typo-6", kind: "typo", q: "banenmakrt statushouders", relevant: { af10: 2, b12: 1 } },
  { id: "af-compound-1", kind: "compound", q: "loon kloof", relevant: { c09: 2, af04: 1, ao06: 1 } },
  { id: "af-compound-2", kind: "compound", q: "reken toets", relevant: { af09: 2 } },
  { id: "af-compound-3", kind: "compound", q: "banen markt", relevant: { af10: 2, b12: 1 } },
  { id: "af-compound-4", kind: "compound", q: "vrijdagmiddag borrel", relevant: { af05: 2 } },
  { id: "af-compound-5", kind: "compound", q: "diversiteits beleid", relevant: { i02: 2, d07: 1, y08: 1 } },
  { id: "af-synonym-1", kind: "synonym", q: "vakantietoeslag", relevant: { af01: 2, w09: 1, z06: 1 } },
  { id: "af-synonym-2", kind: "synonym", q: "sofinummer en betaalrekening voor nieuwe baan", relevant: { af02: 2 } },
  { id: "af-synonym-3", kind: "synonym", q: "posttraumatische stress vluchtelingen werk", relevant: { af03: 2, u10: 2, al06: 1 } },
  { id: "af-synonym-4", kind: "synonym", q: "sanctie bijstand afspraak gemist", relevant: { af06: 2, w06: 1, am05: 1 } },
  { id: "af-synonym-5", kind: "synonym", q: "werkloosheidsuitkering als mijn jaarcontract afloopt", relevant: { af07: 2, ag01: 1 } },
  { id: "af-synonym-6", kind: "synonym", q: "moederschapsverlof nieuwe baan", relevant: { af08: 2, am02: 1 } },
  { id: "af-synonym-7", kind: "synonym", q: "vakgenoot als mentor hoogopgeleide vluchteling", relevant: { j05: 2, s05: 1 } },
  { id: "af-synonym-8", kind: "synonym", q: "computerles werkzoekenden", relevant: { t11: 2 } },
  { id: "af-english-1", kind: "english", q: "holiday allowance", relevant: { af01: 2, w09: 1, z06: 1 } },
  { id: "af-english-2", kind: "english", q: "diversity in the boardroom", relevant: { i04: 2, k03: 1 } },
  { id: "af-english-3", kind: "english", q: "bank account and citizen service number for a new job", relevant: { af02: 2 } },
  { id: "af-english-4", kind: "english", q: "PTSD refugees at work", relevant: { af03: 2, u10: 2, al06: 1 } },
  { id: "af-english-5", kind: "english", q: "salary scale foreign work experience", relevant: { af04: 2, c09: 1, a03: 1, ao06: 1 } },
  { id: "af-english-6", kind: "english", q: "company party for employees who do not drink", relevant: { af05: 2, q07: 1 } },
  { id: "af-english-7", kind: "english", q: "benefit sanction for missing appointments", relevant: { af06: 2, w06: 1, am05: 1 } },
  { id: "af-english-8", kind: "english", q: "unemployment benefit after a temporary contract", relevant: { af07: 2, ag01: 1 } },
  { id: "af-english-9", kind: "english", q: "pregnant during probation period", relevant: { af08: 2, w09: 1 } },
  { id: "af-english-10", kind: "english", q: "numeracy skills at work", relevant: { af09: 2, g07: 1 } },
  { id: "af-english-11", kind: "english", q: "job fair speed dating with employers", relevant: { af10: 2, b12: 1, h04: 1 } },
  { id: "af-english-12", kind: "english", q: "becoming self-employed while on welfare", relevant: { n02: 2, n04: 1 } },
  { id: "af-prefix-1", kind: "prefix", q: "vakantieg", relevant: { af01: 2, w09: 1, z06: 1 } },
  { id: "af-prefix-2", kind: "prefix", q: "wekene", relevant: { af07: 2 } },
  { id: "af-prefix-3", kind: "prefix", q: "rekento", relevant: { af09: 2 } },
  { id: "af-prefix-4", kind: "prefix", q: "loonwaard", relevant: { e02: 2, v07: 1, e01: 1 } },
  { id: "af-phrase-1", kind: "phrase", q: '"oud en nieuw"', relevant: { af03: 2 } },
  { id: "af-phrase-2", kind: "phrase", q: '"niet verlengd"', relevant: { af07: 2 } },
  { id: "af-phrase-3", kind: "phrase", q: '"onbewuste vooroordelen"', relevant: { c05: 2, c02: 1, b06: 1 } },
  { id: "af-number-1", kind: "number", q: "8% vakantiegeld", relevant: { af01: 2, w09: 1, z06: 1 } },
  { id: "af-number-2", kind: "number", q: "zesentwintig weken gewerkt WW", relevant: { af07: 2 } },
  { id: "af-number-3", kind: "number", q: "16 weken verlof zwanger", relevant: { af08: 2 } },
  { id: "af-number-4", kind: "number", q: "twintig procent korting bijstand", relevant: { af06: 2, w06: 1 } },
  { id: "af-number-5", kind: "number", q: "4 dagen werken 1 dag school", relevant: { v01: 2, a07: 1 } },
  {
    id: "af-near-1",
    kind: "near",
    q: "mijn klant heeft een baan gevonden maar nog geen bankrekening hoe krijgt ze haar loon",
    relevant: { af02: 2 },
  },
  {
    id: "af-near-2",
    kind: "near",
    q: "mijn collega uit Afghanistan schrikt van harde geluiden en slaapt slecht hoe kan ik hem als leidinggevende helpen",
    relevant: { af03: 2, u10: 1 },
  },
  {
    id: "af-near-3",
    kind: "near",
    q: "ik heb in Irak tien jaar als lasser gewerkt waarom krijg ik hetzelfde salaris als een beginner",
    relevant: { af04: 2, c09: 1, a03: 1, ao06: 1 },
  },
  {
    id: "af-near-4",
    kind: "near",
    q: "mijn medewerker maakt steeds fouten bij meten en tellen maar durft niet te zeggen dat hij het moeilijk vindt",
    relevant: { af09: 2, g07: 1 },
  },
  {
    id: "af-near-5",
    kind: "near",
    q: "ik kreeg een brief dat mijn uitkering lager wordt omdat ik een afspraak miste wat kan ik doen",
    relevant: { af06: 2, w06: 1, an03: 1 },
  },
  {
    id: "af-near-6",
    kind: "near",
    q: "wij willen een vluchteling aannemen maar zijn papieren van school zijn kwijtgeraakt in de oorlog",
    relevant: { w11: 2, m01: 1, m03: 1, m06: 1 },
  },
];
