/**
 * HELD-OUT queries of the search quality benchmark, tenth set: nothing in the
 * search is tuned on these. Written on 6 December 2026 with passages
 * ag01–ag10 (every query judged against every passage, and every older query
 * judged against ag01–ag10), and committed in a commit of its own before any
 * change of the round that follows (decision 249). Like the fifth to ninth
 * sets (decisions 199, 208, 224, 227 and 251) it was written by an outsider to
 * the search code: someone who read only the bench's code and file formats,
 * the passages, the older queries (to judge them against the new passages),
 * decisions 199, 208, 224, 227 and 251 and the seed text, and never the search
 * code, its word data (thesaurus, glossary, word lists, compounds), the other
 * decisions and benchmark notes on search quality, nor ran the benchmark or
 * any search, so the queries do not know which words the search knows. It is
 * written as klantmanagers, HR staff, recruiters, werkcoaches, mentors,
 * newcomers and English-speaking employers would type: short words, inflected
 * and misspelt forms, split compounds, everyday words of the field that the
 * passages do not use, English, unfinished words, phrases, numbers written
 * differently and long questions. 35 of its 60 queries have an older passage
 * (a–af) among their answers, 11 of them only older passages, so that the set
 * measures more than the vocabulary of its own new passages. The benchmark
 * prints only their totals, never per-query results, unless --show-held-out is
 * given for the final report. Grades: 2 = about this, 1 = useful.
 *
 * When passages ah01–ah10 were added with the eleventh held-out set (6
 * December 2026, decision 256, queries-heldout-11.ts, written by an outsider),
 * every query here was judged against them too; none of them answers a query
 * here, so nothing changed.
 *
 * When passages al01–al10 were added with the twelfth held-out set (6 December
 * 2026, decision 265, queries-heldout-12.ts, written by an outsider), every
 * query here was judged against them too: al09 (a transitievergoeding after
 * ontslag bij een reorganisatie) was added to ag-typo-1 and ag-english-1 and
 * al10 (kwetsende grappen, a vertrouwenspersoon) to ag-synonym-7 and ag-
 * typo-5, all at grade 1; nothing else changed. al04 names the
 * vaststellingsovereenkomst in passing and was not added to ag-exact-1.
 *
 * When passages am01–am10 were added with the thirteenth held-out set (7
 * December 2026, decision 311, queries-heldout-13.ts, written by an outsider),
 * every query here was judged against them too: am10 (the UWV or the gemeente
 * pays a jobcoach) was added to ag-typo-6, and am08 (nieuwkomers who work many
 * hours and do not say that it is too much) to ag-near-3 and ag-inflected-4,
 * all at grade 1; nothing else changed. am08 names ongewenst gedrag in passing
 * and was not added to ag-phrase-1.
 *
 * When passages an01–an10 were added with the fourteenth held-out set (7
 * December 2026, decision 318, queries-heldout-14.ts, written by an outsider),
 * every query here was judged against them too: an02 (the vergoeding when the
 * werkgever does not say a month ahead whether a tijdelijk contract is
 * extended) was added to ag-synonym-1, an09 (the functioneringsgesprek, also
 * about scholing) to ag-compound-5, and an10 (agressie of klanten against
 * klantmanagers) to ag-synonym-7, all at grade 1; nothing else changed.
 *
 * When passages ao01–ao10 were added with the fifteenth held-out set (7
 * December 2026, decision 328, queries-heldout-15.ts, written by an outsider),
 * every query here was judged against them too; none of them answers a query
 * here, so nothing changed.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT_10: JudgedQuery[] = [
  { id: "ag-exact-1", kind: "exact", q: "vaststellingsovereenkomst", relevant: { ag01: 2 } },
  { id: "ag-exact-2", kind: "exact", q: "arbeidsuitbuiting", relevant: { ag03: 2, o05: 1 } },
  { id: "ag-exact-3", kind: "exact", q: "staatsexamen NT2", relevant: { ag05: 2 } },
  { id: "ag-exact-4", kind: "exact", q: "Nidos", relevant: { ag08: 2 } },
  { id: "ag-exact-5", kind: "exact", q: "skillspaspoort", relevant: { m06: 2 } },
  { id: "ag-inflected-1", kind: "inflected", q: "jeugdlonen jonge werknemers", relevant: { ag02: 2 } },
  { id: "ag-inflected-2", kind: "inflected", q: "uitgebuite arbeidsmigranten", relevant: { ag03: 2, o05: 1, o02: 1 } },
  { id: "ag-inflected-3", kind: "inflected", q: "uitzendkrachten fasen", relevant: { ag06: 2 } },
  { id: "ag-inflected-4", kind: "inflected", q: "overwerkende nieuwkomers", relevant: { ag07: 2, am08: 1 } },
  { id: "ag-inflected-5", kind: "inflected", q: "fietslessen vrouwen", relevant: { ag04: 2 } },
  { id: "ag-inflected-6", kind: "inflected", q: "tekortberoepen techniek", relevant: { l06: 2, l03: 2, t08: 1, x09: 1 } },
  { id: "ag-typo-1", kind: "typo", q: "transitievergoedig", relevant: { ag01: 2, al09: 1 } },
  { id: "ag-typo-2", kind: "typo", q: "arbeidsuitbuting signalen", relevant: { ag03: 2, o05: 1 } },
  { id: "ag-typo-3", kind: "typo", q: "staatsexaamen nt2", relevant: { ag05: 2 } },
  { id: "ag-typo-4", kind: "typo", q: "vertalapp werkvloer", relevant: { ag09: 2 } },
  { id: "ag-typo-5", kind: "typo", q: "vertrouwenspersoom ongewenst gedrag", relevant: { ag10: 2, c07: 1, al10: 1 } },
  { id: "ag-typo-6", kind: "typo", q: "jobcaoch arbeidsbeperking", relevant: { v04: 2, f08: 1, p03: 1, am10: 1 } },
  { id: "ag-compound-1", kind: "compound", q: "jeugd loon", relevant: { ag02: 2 } },
  { id: "ag-compound-2", kind: "compound", q: "fiets les", relevant: { ag04: 2 } },
  { id: "ag-compound-3", kind: "compound", q: "rust tijd tussen diensten", relevant: { ag07: 2, ae02: 1 } },
  { id: "ag-compound-4", kind: "compound", q: "vertaal app", relevant: { ag09: 2 } },
  { id: "ag-compound-5", kind: "compound", q: "loop baan gesprek", relevant: { k04: 2, an09: 1 } },
  { id: "ag-synonym-1", kind: "synonym", q: "ontslagvergoeding na tijdelijk contract", relevant: { ag01: 2, af07: 1, an02: 1 } },
  { id: "ag-synonym-2", kind: "synonym", q: "mensenhandel op het werk", relevant: { ag03: 2, o05: 1 } },
  { id: "ag-synonym-3", kind: "synonym", q: "vervoer naar werk zonder rijbewijs", relevant: { ag04: 2, y02: 1, u06: 1 } },
  { id: "ag-synonym-4", kind: "synonym", q: "taaltoets voor toelating tot het hbo", relevant: { ag05: 2, x04: 1 } },
  { id: "ag-synonym-5", kind: "synonym", q: "inlenersbeloning", relevant: { ag06: 2 } },
  { id: "ag-synonym-6", kind: "synonym", q: "amv 18 jaar werk", relevant: { ag08: 2, z09: 1, ae07: 1 } },
  {
    id: "ag-synonym-7",
    kind: "synonym",
    q: "grensoverschrijdend gedrag op het werk",
    relevant: { ag10: 2, c07: 1, v08: 1, al10: 1, an10: 1 },
  },
  { id: "ag-synonym-8", kind: "synonym", q: "vakantiebaantje scholieren", relevant: { h08: 2, t20: 1 } },
  { id: "ag-english-1", kind: "english", q: "settlement agreement and severance pay", relevant: { ag01: 2, al09: 1 } },
  { id: "ag-english-2", kind: "english", q: "youth minimum wage", relevant: { ag02: 2, w09: 1 } },
  { id: "ag-english-3", kind: "english", q: "labour exploitation warning signs", relevant: { ag03: 2, o05: 1 } },
  { id: "ag-english-4", kind: "english", q: "cycling lessons for refugee women", relevant: { ag04: 2 } },
  { id: "ag-english-5", kind: "english", q: "Dutch language state exam level B2", relevant: { ag05: 2, g02: 1 } },
  { id: "ag-english-6", kind: "english", q: "temp agency worker phases and job security", relevant: { ag06: 2, x06: 1 } },
  { id: "ag-english-7", kind: "english", q: "maximum working hours and breaks", relevant: { ag07: 2 } },
  { id: "ag-english-8", kind: "english", q: "unaccompanied minors turning 18", relevant: { ag08: 2, ae07: 1 } },
  { id: "ag-english-9", kind: "english", q: "translation app for safety instructions", relevant: { ag09: 2, g08: 1, t15: 1 } },
  { id: "ag-english-10", kind: "english", q: "sexual harassment at work", relevant: { ag10: 2, c07: 1 } },
  { id: "ag-english-11", kind: "english", q: "retaining employees with a migration background", relevant: { k01: 2, k05: 1, q05: 1 } },
  { id: "ag-english-12", kind: "english", q: "skills-based hiring", relevant: { c01: 2, m06: 2 } },
  { id: "ag-prefix-1", kind: "prefix", q: "staatsexa", relevant: { ag05: 2 } },
  { id: "ag-prefix-2", kind: "prefix", q: "intimid", relevant: { ag10: 2 } },
  { id: "ag-prefix-3", kind: "prefix", q: "uitbuit", relevant: { ag03: 2, o05: 1 } },
  { id: "ag-prefix-4", kind: "prefix", q: "jobcarv", relevant: { d09: 2 } },
  { id: "ag-phrase-1", kind: "phrase", q: '"ongewenst gedrag"', relevant: { ag10: 2 } },
  { id: "ag-phrase-2", kind: "phrase", q: '"uit beeld"', relevant: { ag08: 2, z09: 2, ae07: 2, z10: 1 } },
  { id: "ag-phrase-3", kind: "phrase", q: '"leren en werken"', relevant: { b05: 2, v01: 1, l05: 1 } },
  { id: "ag-number-1", kind: "number", q: "14 dagen bedenktijd", relevant: { ag01: 2 } },
  { id: "ag-number-2", kind: "number", q: "loon 20-jarige 80%", relevant: { ag02: 2 } },
  { id: "ag-number-3", kind: "number", q: "tweeënvijftig weken uitzendwerk", relevant: { ag06: 2 } },
  { id: "ag-number-4", kind: "number", q: "dertig minuten pauze", relevant: { ag07: 2 } },
  { id: "ag-number-5", kind: "number", q: "70% werk na een jaar werkervaring jongeren", relevant: { p05: 2 } },
  {
    id: "ag-near-1",
    kind: "near",
    q: "mijn baas wil dat ik een papier teken zodat ik stop met werken krijg ik dan nog een uitkering",
    relevant: { ag01: 2, af07: 1 },
  },
  {
    id: "ag-near-2",
    kind: "near",
    q: "mijn klant heeft werk gevonden in de kassen maar kan er 's ochtends vroeg niet komen zonder auto",
    relevant: { ag04: 2, y02: 1, u06: 1 },
  },
  {
    id: "ag-near-3",
    kind: "near",
    q: "onze nieuwe collega neemt nooit pauze en blijft elke dag langer is dat een probleem",
    relevant: { ag07: 2, am08: 1 },
  },
  {
    id: "ag-near-4",
    kind: "near",
    q: "mijn pupil wordt volgende maand achttien en wil stoppen met school om geld te verdienen voor zijn familie",
    relevant: { ag08: 2, h03: 1, z09: 1 },
  },
  {
    id: "ag-near-5",
    kind: "near",
    q: "een collega raakt mijn klant steeds aan op haar werk maar ze durft niets te zeggen",
    relevant: { ag10: 2, c07: 1 },
  },
  {
    id: "ag-near-6",
    kind: "near",
    q: "sollicitanten met een buitenlandse naam worden bij ons minder vaak uitgenodigd hoe selecteren we eerlijker",
    relevant: { c02: 2, c01: 2, c04: 1, c05: 1, c03: 1 },
  },
];
