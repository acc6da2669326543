/**
 * HELD-OUT queries of the search quality benchmark, eighth set: nothing in
 * the search is tuned on these. Written on 6 December 2026 with passages
 * ae01–ae10 (every query judged against every passage, and every older query
 * judged against ae01–ae10), and committed in a commit of its own before any
 * change of the round that follows (decision 227). Like the fifth, sixth and
 * seventh sets (decisions 199, 208 and 224) it was written by an outsider to
 * the search code: someone who read only the bench's code and file formats,
 * the passages, the older queries (to judge them against the new passages),
 * decisions 199, 208 and 224 and the seed text, and never the search code,
 * its word data (thesaurus, glossary, word lists, compounds), the other
 * decisions and benchmark notes on search quality, nor ran the benchmark or
 * any search, so the queries do not know which words the search knows. It is
 * written as klantmanagers, HR staff, recruiters, stagecoördinatoren,
 * ervaringsdeskundigen, newcomers and English-speaking employers would type:
 * short words, inflected and misspelt forms, split compounds, everyday words
 * of the field that the passages do not use, English, unfinished words,
 * phrases, numbers written differently and long questions. 34 of its 60
 * queries have an older passage (a–z) among their answers, 19 of them only
 * older passages, so that the set measures more than the vocabulary of its
 * own new passages. The benchmark prints only their totals, never per-query
 * results, unless --show-held-out is given for the final report. Grades:
 * 2 = about this, 1 = useful.
 *
 * When passages af01–af10 were added with the ninth held-out set (6 December
 * 2026, decision 251, queries-heldout-9.ts), every query here was judged
 * against them too; none of them answers a query here, so nothing changed.
 *
 * When passages ag01–ag10 were added with the tenth held-out set (6 December
 * 2026, decision 249, queries-heldout-10.ts), every query here was judged
 * against them too: ag09 (vertaalapps; veiligheidsinstructies checked by
 * someone who speaks both languages) was added to ae-near-6 and ag08
 * (alleenstaande minderjarige vluchtelingen who leave school for work) to
 * ae-english-12, both at grade 1; nothing else changed.
 *
 * When passages ah01–ah10 were added with the eleventh held-out set (6
 * December 2026, decision 256, queries-heldout-11.ts, written by an outsider),
 * every query here was judged against them too: ah02 (bhv; oefen de
 * ontruiming with pictogrammen for those who do not understand an announcement)
 * was added to ae-near-6 at grade 1; nothing else changed.
 *
 * When passages al01–al10 were added with the twelfth held-out set (6 December
 * 2026, decision 265, queries-heldout-12.ts, written by an outsider), every
 * query here was judged against them too: al05 (twee jaar ziek: the
 * probleemanalyse of the bedrijfsarts and the plan van aanpak) was added to
 * ae-phrase-2 at grade 2 and to ae-exact-3 and ae-english-6 at grade 1; al08
 * (het zoekjaar leads to work as a kennismigrant) to ae-prefix-3 and al10 (an
 * antidiscriminatievoorziening) to ae-typo-5, both at grade 1.
 *
 * When passages am01–am10 were added with the thirteenth held-out set (7
 * December 2026, decision 311, queries-heldout-13.ts, written by an outsider),
 * every query here was judged against them too: am09 (pensioen via de
 * werkgever for older nieuwkomers whose AOW is not complete) was added to ae-
 * exact-2, ae-english-1, ae-synonym-1 and ae-near-1; am08 (werkstress en burn-
 * out: the open spreekuur of the bedrijfsarts, werkdruk) to ae-exact-3 and ae-
 * typo-4; am07 (a warme overdracht from school to work, also after the ISK) to
 * ae-phrase-1 and ae-english-12; am04 (zorg voor een ziek familielid as a good
 * reason to refuse work in the bijstand) to ae-synonym-3, all at grade 1;
 * nothing else changed.
 *
 * When passages an01–an10 were added with the fourteenth held-out set (7
 * December 2026, decision 318, queries-heldout-14.ts, written by an outsider),
 * every query here was judged against them too; none of them answers a query
 * here, so nothing changed. an05 names the bedrijfsarts in passing and was not
 * added to ae-exact-3.
 *
 * When passages ao01–ao10 were added with the fifteenth held-out set (7
 * December 2026, decision 328, queries-heldout-15.ts, written by an outsider),
 * every query here was judged against them too; none of them answers a query
 * here, so nothing changed.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT_8: JudgedQuery[] = [
  { id: "ae-exact-1", kind: "exact", q: "beslagvrije voet", relevant: { ae05: 2 } },
  { id: "ae-exact-2", kind: "exact", q: "AOW", relevant: { ae01: 2, am09: 1 } },
  { id: "ae-exact-3", kind: "exact", q: "bedrijfsarts", relevant: { ae06: 2, al05: 1, am08: 1 } },
  { id: "ae-exact-4", kind: "exact", q: "snuffelstage", relevant: { b08: 2, h06: 1 } },
  { id: "ae-exact-5", kind: "exact", q: "ISK", relevant: { ae07: 2 } },
  { id: "ae-inflected-1", kind: "inflected", q: "ploegendiensten nieuwkomers", relevant: { ae02: 2 } },
  { id: "ae-inflected-2", kind: "inflected", q: "mantelzorgende werkzoekende", relevant: { ae08: 2 } },
  { id: "ae-inflected-3", kind: "inflected", q: "video-interviews sollicitanten", relevant: { ae09: 2 } },
  { id: "ae-inflected-4", kind: "inflected", q: "gereglementeerd beroep", relevant: { m02: 2, m05: 1, l04: 1 } },
  { id: "ae-inflected-5", kind: "inflected", q: "familiebedrijf opvolger", relevant: { n06: 2 } },
  { id: "ae-inflected-6", kind: "inflected", q: "inburgerende moeders kinderopvang", relevant: { ae03: 2, s02: 1, s01: 1 } },
  { id: "ae-typo-1", kind: "typo", q: "mantelzrog", relevant: { ae08: 2 } },
  { id: "ae-typo-2", kind: "typo", q: "linkdin profiel", relevant: { ae10: 2 } },
  { id: "ae-typo-3", kind: "typo", q: "mikrokrediet", relevant: { n03: 2, u03: 1 } },
  { id: "ae-typo-4", kind: "typo", q: "duurzame inzetbaarhied", relevant: { k07: 2, am08: 1 } },
  { id: "ae-typo-5", kind: "typo", q: "antidiscriminatievoorzienig", relevant: { c07: 2, u05: 2, al10: 1 } },
  { id: "ae-typo-6", kind: "typo", q: "internationale schakelkals", relevant: { ae07: 2 } },
  { id: "ae-compound-1", kind: "compound", q: "ploegen dienst", relevant: { ae02: 2 } },
  { id: "ae-compound-2", kind: "compound", q: "loon beslag", relevant: { ae05: 2, u08: 1 } },
  { id: "ae-compound-3", kind: "compound", q: "taal scan", relevant: { g07: 2 } },
  { id: "ae-compound-4", kind: "compound", q: "beeld taal werkinstructies", relevant: { g08: 2 } },
  { id: "ae-compound-5", kind: "compound", q: "schakel klas mbo", relevant: { ae07: 2, w02: 1 } },
  { id: "ae-synonym-1", kind: "synonym", q: "ouderdomspensioen vluchtelingen", relevant: { ae01: 2, am09: 1 } },
  { id: "ae-synonym-2", kind: "synonym", q: "onregelmatige werktijden inburgering", relevant: { ae02: 2, g09: 1, g03: 1, v06: 1 } },
  { id: "ae-synonym-3", kind: "synonym", q: "ontheffing arbeidsverplichting zorg voor familielid", relevant: { ae08: 2, am04: 1 } },
  { id: "ae-synonym-4", kind: "synonym", q: "leerbaan rijksoverheid statushouders", relevant: { ae04: 2, b04: 1 } },
  { id: "ae-synonym-5", kind: "synonym", q: "blind solliciteren", relevant: { c04: 2, r08: 1 } },
  { id: "ae-synonym-6", kind: "synonym", q: "allochtone ondernemers lening", relevant: { u03: 2, n01: 2, n03: 1 } },
  { id: "ae-synonym-7", kind: "synonym", q: "eenvoudige taal in personeelsadvertentie", relevant: { d04: 2, d03: 1, c10: 1 } },
  { id: "ae-synonym-8", kind: "synonym", q: "oppas tijdens taalles", relevant: { ae03: 2, s02: 1 } },
  { id: "ae-english-1", kind: "english", q: "state pension gap for refugees", relevant: { ae01: 2, am09: 1 } },
  { id: "ae-english-2", kind: "english", q: "shift work and language classes", relevant: { ae02: 2, g03: 1, v06: 1, g09: 1 } },
  { id: "ae-english-3", kind: "english", q: "childcare subsidy while in a reintegration programme", relevant: { ae03: 2, s02: 1 } },
  { id: "ae-english-4", kind: "english", q: "civil service graduate programme for refugees", relevant: { ae04: 2, b04: 1, y07: 1 } },
  { id: "ae-english-5", kind: "english", q: "wage garnishment", relevant: { ae05: 2, u08: 1 } },
  { id: "ae-english-6", kind: "english", q: "company doctor sick leave", relevant: { ae06: 2, q04: 1, al05: 1 } },
  { id: "ae-english-7", kind: "english", q: "informal caregiver looking for work", relevant: { ae08: 2 } },
  { id: "ae-english-8", kind: "english", q: "one-way video interview bias", relevant: { ae09: 2, c08: 1, c05: 1 } },
  { id: "ae-english-9", kind: "english", q: "LinkedIn profile help for refugees", relevant: { ae10: 2 } },
  { id: "ae-english-10", kind: "english", q: "taster internship for teenagers", relevant: { b08: 2, h06: 1 } },
  { id: "ae-english-11", kind: "english", q: "microcredit for refugee entrepreneurs", relevant: { n03: 2, n04: 2, u03: 1, n01: 1 } },
  {
    id: "ae-english-12",
    kind: "english",
    q: "school to work transition for migrant youth",
    relevant: { h01: 2, h02: 1, h04: 1, x01: 1, ag08: 1, am07: 1 },
  },
  { id: "ae-prefix-1", kind: "prefix", q: "beslagvr", relevant: { ae05: 2 } },
  { id: "ae-prefix-2", kind: "prefix", q: "mantelz", relevant: { ae08: 2 } },
  { id: "ae-prefix-3", kind: "prefix", q: "kennismigr", relevant: { o04: 2, al08: 1 } },
  { id: "ae-prefix-4", kind: "prefix", q: "ploegend", relevant: { ae02: 2 } },
  { id: "ae-phrase-1", kind: "phrase", q: '"warme overdracht"', relevant: { ae07: 2, am07: 1 } },
  { id: "ae-phrase-2", kind: "phrase", q: '"plan van aanpak"', relevant: { ae06: 2, al05: 2 } },
  { id: "ae-phrase-3", kind: "phrase", q: '"via via"', relevant: { h04: 2, u01: 2 } },
  { id: "ae-number-1", kind: "number", q: "2% AOW per jaar", relevant: { ae01: 2 } },
  { id: "ae-number-2", kind: "number", q: "dertig trainees overheid", relevant: { ae04: 2 } },
  { id: "ae-number-3", kind: "number", q: "30 seconden bedenktijd video", relevant: { ae09: 2 } },
  { id: "ae-number-4", kind: "number", q: "half jaar jobcoach na de start", relevant: { p03: 2, f08: 1, v04: 1 } },
  { id: "ae-number-5", kind: "number", q: "2 jaar na inburgering aan het werk", relevant: { p07: 2, e08: 1 } },
  {
    id: "ae-near-1",
    kind: "near",
    q: "mijn vader is 60 en woont pas drie jaar in Nederland krijgt hij later wel AOW",
    relevant: { ae01: 2, am09: 1 },
  },
  {
    id: "ae-near-2",
    kind: "near",
    q: "er ligt beslag op het loon van mijn medewerker wat moet ik als werkgever doen",
    relevant: { ae05: 2, u08: 1 },
  },
  {
    id: "ae-near-3",
    kind: "near",
    q: "mijn klant werkt nachtdiensten en haalt haar taallessen niet wat kan ik doen",
    relevant: { ae02: 2, g03: 1, v06: 1, g09: 1 },
  },
  {
    id: "ae-near-4",
    kind: "near",
    q: "hoe maak ik een linkedin profiel als ik net in Nederland ben en geen netwerk heb",
    relevant: { ae10: 2, j05: 1, j06: 1, u01: 1 },
  },
  {
    id: "ae-near-5",
    kind: "near",
    q: "ik ben ziek en moet naar de dokter van het bedrijf vertelt die alles aan mijn baas",
    relevant: { ae06: 2 },
  },
  {
    id: "ae-near-6",
    kind: "near",
    q: "onze nieuwe Eritrese collega's begrijpen de veiligheidsinstructies niet goed",
    relevant: { g08: 2, t15: 1, q08: 1, w10: 1, u04: 1, ag09: 1, ah02: 1 },
  },
];
