/**
 * TUNING queries of the search quality benchmark: the search may be tuned on
 * these (the benchmark prints them one by one). Judged before tuning, like
 * the held-out set. Grades: 2 = about this, 1 = useful.
 *
 * The `h-*` queries were the first held-out set (4 December 2026). Their
 * per-query results were looked at for the report of that round, so they are
 * no longer held out: on 5 December 2026 they moved here, unchanged, and a new
 * held-out set was written (queries-heldout.ts). When passages u01–u10 were
 * added, every older query was judged against them too: u10 (refugees) and
 * u07 (klantmanager) were added to t-english-4 and t-inflected-4 at grade 1.
 *
 * The `n-*` queries were the second held-out set (5 December 2026, round 2).
 * Their per-query results were printed for the report of that round, so in
 * round 3 (5 December 2026, decision 167) they moved here, unchanged, and a
 * third held-out set was written (queries-heldout.ts) with passages v01–v10.
 * Every older query was judged against v01–v10 too: v01 (bbl, erkend
 * leerbedrijf) was added to h-synonym-2 and n-inflected-1, v04 (jobcoach) to
 * n-synonym-1 and v02 (nieuwkomers, vrijwilligerswerk) to t-synonym-1, all at
 * grade 1.
 *
 * The `r-*` queries were the third held-out set (5 December 2026, round 3).
 * Their per-query results were printed for the report of that round, so in
 * round 4 (5 December 2026, decision 171) they moved here, unchanged except
 * for the new passages, and a fourth held-out set was written
 * (queries-heldout.ts) with passages w01–w12. Every older query was judged
 * against w01–w12 too: w07 (leer- en doe-netwerken van werkgevers) was added
 * to t-inflected-3 at grade 2; w03 (stagevergoeding mbo) to t-inflected-2 and
 * h-synonym-2, w04 (uitzendbureaus, gelijke behandeling) to t-compound-1 and
 * t-compound-2, w11 (indicatie onderwijsniveau, vluchtelingen) to t-english-4
 * and t-exact-4, w06 (taaleis, taalniveau) to n-prefix-5, all at grade 1; and
 * w01 (banenafspraak, arbeidsbeperking) at grade 2 and w05 (beschut werk) at
 * grade 1 to r-prefix-4.
 *
 * The `w-*` queries were the fourth held-out set (5 December 2026, round 4).
 * Their per-query results were printed for the report of that round, so in
 * round 5 (5 December 2026, decision 199) they moved here, unchanged except
 * for the new passages, and a fifth held-out set was written by an outsider
 * (queries-heldout.ts) with passages x01–x10. Every older query was judged
 * against x01–x10 too: x09 (kosten van een leerwerktraject) was added to
 * n-compound-1 at grade 2; x05 (leeftijdsdiscriminatie) and x08 (hoofddoek)
 * to t-compound-1 and t-compound-2, x05 to n-compound-2 (vacatureteksten),
 * x04 (vluchtelingen die studeren) to t-english-4, x01 (studiekeuze,
 * loopbaanbegeleiders) to n-prefix-4, x07 (eerst werken, taalles naast de
 * baan) to r-english-6 and x10 (mbo-certificaat) to w-near-4, all at grade 1.
 *
 * When passages y01–y10 were added with the sixth held-out set (6 December
 * 2026, decision 208, queries-heldout-6.ts, written by an outsider), every
 * older query was judged against them too: y04 (Module Arbeidsmarkt en
 * Participatie in de inburgering) was added to t-typo-3 and h-prefix-2 at
 * grade 2 and to r-english-6 and w-english-10 at grade 1; y01 (social
 * return, "afstand tot de arbeidsmarkt") to w-phrase-1 at grade 2 and to
 * w-synonym-3 at grade 1; y08 (ondernemingsraad, diversiteitsbeleid) to
 * t-prefix-2 and w-synonym-5, y01 (the werkgeversservicepunt finds
 * candidates for social return) to w-compound-4, y03 (tolk bij het
 * klantgesprek) to t-inflected-4, y05 (selectietests die vooral taal meten)
 * to t-english-2 and y07 (omscholing van vluchtelingen) to t-english-4, all
 * at grade 1.
 *
 * When passages z01–z10 were added with the seventh held-out set (6 December
 * 2026, decision 224, queries-heldout-7.ts, written by an outsider), every
 * older query was judged against them too: z01 (stagematching: de school
 * zoekt een stageplek mee, ook na afwijzing om een naam) was added to
 * n-near-1 at grade 2 and to t-inflected-2, t-compound-5, t-english-1,
 * h-typo-2, r-typo-3, h-synonym-2 and n-inflected-1 at grade 1; z04 (mag
 * deze kandidaat werken: verblijfsvergunning, tewerkstellingsvergunning) to
 * w-english-9 at grade 2 and to h-synonym-1, w-synonym-1 and n-typo-1 at
 * grade 1; z02 (de NVP Sollicitatiecode) to t-phrase-1, z06 (de eerste
 * loonstrook, vakantiegeld) to w-english-11, z08 (platformwerk; klantmanagers)
 * to t-inflected-4 and z09 (de zoektermijn voor jongeren in de bijstand) to
 * n-inflected-2, all at grade 1.
 *
 * When passages ae01–ae10 were added with the eighth held-out set (6 December
 * 2026, decision 227, queries-heldout-8.ts, written by an outsider), every
 * older query was judged against them too: ae05 (loonbeslag, schulden van een
 * medewerker) was added to n-english-3 at grade 2 and to r-english-1, r-typo-2
 * and r-synonym-2 at grade 1; ae02 (ploegendienst naast de inburgering, lessen
 * in de avond) to w-english-8, r-english-6, h-prefix-2 and t-typo-3; ae03
 * (kinderopvangtoeslag tijdens een traject of de inburgering) to
 * w-inflected-4, h-prefix-2 and t-typo-3; ae04 (een traineeship bij de
 * overheid voor statushouders) to t-english-4, h-synonym-1 and w-english-9;
 * ae07 (van de internationale schakelklas naar het mbo, een entreeopleiding
 * met extra taal) to w-exact-3, w-prefix-2 and w-near-4; ae01 (het AOW-gat;
 * klantmanagers, een vluchteling) to t-inflected-4 and t-english-4; ae08
 * (mantelzorg; the klant in the gesprek) to t-inflected-4; and ae06 (regels bij
 * ziekte, de bedrijfsarts) to w-english-11, all at grade 1.
 *
 * When passages af01–af10 were added with the ninth held-out set (6 December
 * 2026, decision 251, queries-heldout-9.ts, written by an outsider), every
 * older query was judged against them too: af01 (vakantiegeld en
 * vakantiedagen, rights of a new employee) was added to w-english-4 and
 * w-english-11; af03 (trauma en psychische klachten bij gevluchte
 * medewerkers) to n-synonym-2 and t-english-4; af04 (inschaling: buitenlandse
 * werkervaring, paid less than a colleague with the same experience) to
 * t6-synonym-1 and t6-english-1; af06 (een maatregel in de bijstand, the
 * klantmanager hears the klant) to w-synonym-7 and t-inflected-4; and af07
 * (WW na een tijdelijk contract) to w-near-3, all at grade 1.
 *
 * When passages ag01–ag10 were added with the tenth held-out set (6 December
 * 2026, decision 249, queries-heldout-10.ts, written by an outsider), every
 * older query was judged against them too: ag01 (ontslag met een
 * vaststellingsovereenkomst, the transitievergoeding, WW) was added to
 * w-near-3 at grade 2; ag02 (het minimumjeugdloon, a right of young
 * employees) to w-english-4 and w-english-11; ag07 (werktijden, pauze is a
 * right) to w-english-11; ag05 (het staatsexamen NT2; do not ask for B2 when
 * B1 is enough) to n-prefix-5 and t-english-2; ag06 (uitzendwerk: "hun eerste
 * baan via een uitzendbureau", the same pay as colleagues in vaste dienst) to
 * n-phrase-1, t6-synonym-1 and t6-english-1; and ag08 (alleenstaande
 * minderjarige vluchtelingen) to t-english-4, the others at grade 1. ag02
 * and ag08 name the bbl in passing and were judged not useful for the bbl
 * queries.
 *
 * When passages ah01–ah10 were added with the eleventh held-out set (6
 * December 2026, decision 256, queries-heldout-11.ts, written by an outsider),
 * every older query was judged against them too: ah03 (ontslag op staande
 * voet: the reason on paper, the kantonrechter within two months, no WW) was
 * added to w-near-3 at grade 2 and to w-english-11 at grade 1; nothing else
 * changed.
 *
 * When passages al01–al10 were added with the twelfth held-out set (6 December
 * 2026, decision 265, queries-heldout-12.ts, written by an outsider), every
 * query here was judged against them too: al09 (ontslag bij een reorganisatie
 * via het UWV: the order, the transitievergoeding, WW, nieuwkomers first in
 * line) was added to w-near-3 at grade 2 and al02 (een faillissement: the
 * curator dismisses, the UWV pays the wages) and al04 (de vakbond helps with
 * an ontslag) to it at grade 1; al06 (IPS: a ggz trajectbegeleider who keeps
 * supporting after the start, also for vluchtelingen with a posttraumatische
 * stressstoornis) to t-english-4, n-synonym-1, n-synonym-2 and r-english-5;
 * al03 (de kostendelersnorm: a child who starts working fears the parents lose
 * their bijstand) to r-near-4; al04 (vakbond and cao) to w-english-11; al10
 * (lhbti+ collega's: a vertrouwenspersoon, an antidiscriminatievoorziening) to
 * r-english-7; al08 (het zoekjaar: work without a tewerkstellingsvergunning;
 * loopbaancentra) to n-typo-1 and n-prefix-4, all at grade 1.
 *
 * When passages am01–am10 were added with the thirteenth held-out set (7
 * December 2026, decision 311, queries-heldout-13.ts, written by an outsider),
 * every query here was judged against them too: am07 (van praktijkonderwijs of
 * vso naar werk: leerlingen in the doelgroepregister count for the
 * banenafspraak) was added to w-exact-1, w-exact-2, w-typo-1, w-prefix-1 and
 * w-synonym-3, and am10 (aanpassingen op de werkplek bij een beperking: the
 * UWV or the gemeente pays voorzieningen such as a jobcoach) to w-synonym-3,
 * r-prefix-4, r-english-5 and r-near-2, all at grade 1; nothing else changed.
 * am05 names the banenafspraak in passing and was not added.
 *
 * When passages an01–an10 were added with the fourteenth held-out set (7
 * December 2026, decision 318, queries-heldout-14.ts, written by an outsider),
 * every query here was judged against them too: an01 (zelf ontslag nemen: the
 * opzegtermijn, the eindafrekening and what it means for the WW) was added to
 * w-near-3, and an02 (het arbeidscontract lezen: the proeftijd, tijdelijke
 * contracten that become a vast contract) to w-english-11 and w-phrase-3, all
 * at grade 1; nothing else changed. an02 names the studiekostenbeding and nul
 * uren in passing and was not added elsewhere.
 *
 * When passages ao01–ao10 were added with the fifteenth held-out set (7
 * December 2026, decision 328, queries-heldout-15.ts, written by an outsider),
 * every query here was judged against them too: ao06 (onderhandelen over het
 * loon: nieuwkomers with the same experience on the same trede as their
 * colleagues) was added to t6-english-1 and t6-synonym-1, ao08 (werkkleding en
 * een dresscode: rules on a hoofddoek not without a good reason, a hoofddoek
 * in the colour of the uniform) to t6-english-8 and t6-near-1, ao09 (dyslexie:
 * instructions on paper, software that reads texts aloud) to t6-near-2 and
 * ao02 (de inlichtingenplicht: every income, also a few hours, is reported) to
 * t6-near-3, all at grade 1; nothing else changed. ao10 names the loonstrook
 * and ao06 the minimumloon in passing and were not added.
 */
import type { JudgedQuery } from "./queries.ts";

export const TUNING: JudgedQuery[] = [
  { id: "t-exact-1", kind: "exact", q: "loonkostensubsidie", relevant: { e01: 2, e02: 2, e07: 1 } },
  { id: "t-exact-2", kind: "exact", q: "jobcarving", relevant: { d09: 2 } },
  { id: "t-exact-3", kind: "exact", q: "zij-instroom zorg", relevant: { l01: 2, l04: 1, l05: 1 } },
  { id: "t-exact-4", kind: "exact", q: "diplomawaardering", relevant: { m01: 2, w11: 1 } },
  { id: "t-inflected-1", kind: "inflected", q: "statushouders buddy", relevant: { j02: 2 } },
  { id: "t-inflected-2", kind: "inflected", q: "stages mbo", relevant: { b01: 2, b12: 1, b02: 1, b06: 1, w03: 1, z01: 1 } },
  { id: "t-inflected-3", kind: "inflected", q: "werkgevers netwerken", relevant: { d08: 2, h04: 1, w07: 2 } },
  {
    id: "t-inflected-4",
    kind: "inflected",
    q: "klantmanager",
    relevant: { f01: 2, f05: 2, f09: 2, f04: 1, a01: 1, u07: 1, y03: 1, z08: 1, ae01: 1, ae08: 1, af06: 1 },
  },
  { id: "t-typo-1", kind: "typo", q: "arbeidsmarktdiscrimantie", relevant: { c01: 2, c02: 2 } },
  { id: "t-typo-2", kind: "typo", q: "zelfefectiviteit", relevant: { f03: 2, f10: 1 } },
  { id: "t-typo-3", kind: "typo", q: "inburgring", relevant: { g02: 2, g09: 2, a06: 1, o03: 1, p07: 1, y04: 2, ae02: 1, ae03: 1 } },
  { id: "t-typo-4", kind: "typo", q: "taalcoahcing", relevant: { g01: 2, r08: 1 } },
  {
    id: "t-compound-1",
    kind: "compound",
    q: "arbeidsmarktdiscriminatie",
    relevant: { c01: 2, c02: 2, c03: 1, c06: 1, w04: 1, x05: 1, x08: 1 },
  },
  {
    id: "t-compound-2",
    kind: "compound",
    q: "discriminatie op de arbeidsmarkt",
    relevant: { c01: 2, c02: 2, c03: 1, c06: 1, w04: 1, x05: 1, x08: 1 },
  },
  { id: "t-compound-3", kind: "compound", q: "zelf effectiviteit", relevant: { f03: 2, f10: 1 } },
  { id: "t-compound-4", kind: "compound", q: "werkgevers-helpdesk", relevant: { d01: 2, d10: 1 } },
  { id: "t-compound-5", kind: "compound", q: "stage discriminatie", relevant: { b01: 2, b10: 2, z01: 1 } },
  { id: "t-synonym-1", kind: "synonym", q: "statushouder vrijwilligerswerk", relevant: { a11: 2, v02: 1 } },
  { id: "t-synonym-2", kind: "synonym", q: "nieuwkomers technische achtergrond", relevant: { a04: 2, b05: 1 } },
  { id: "t-synonym-3", kind: "synonym", q: "LKS", relevant: { e01: 2, e02: 2, e07: 1 } },
  { id: "t-synonym-4", kind: "synonym", q: "werkervaringsplek", relevant: { b04: 2, a08: 2, b11: 1, b05: 1 } },
  { id: "t-synonym-5", kind: "synonym", q: "consulent caseload", relevant: { f05: 2, f02: 1 } },
  { id: "t-synonym-6", kind: "synonym", q: "beroepspraktijkvorming zorg", relevant: { b03: 2, b02: 1 } },
  { id: "t-english-1", kind: "english", q: "internship discrimination", relevant: { b01: 2, b10: 2, b06: 1, z01: 1 } },
  { id: "t-english-2", kind: "english", q: "employers language requirement", relevant: { g04: 2, y05: 1, ag05: 1 } },
  { id: "t-english-3", kind: "english", q: "mentoring new employees", relevant: { j01: 2, q01: 1, k01: 1 } },
  {
    id: "t-english-4",
    kind: "english",
    q: "refugees",
    relevant: { a04: 2, a10: 1, u10: 1, w11: 1, x04: 1, y07: 1, ae01: 1, ae04: 1, af03: 1, ag08: 1, al06: 1 },
  },
  { id: "t-prefix-1", kind: "prefix", q: "werkgeversser", relevant: { d02: 2 } },
  { id: "t-prefix-2", kind: "prefix", q: "diversiteitsb", relevant: { i02: 2, d07: 1, y08: 1 } },
  { id: "t-prefix-3", kind: "prefix", q: "loonkosten", relevant: { e01: 2, e06: 1, e07: 1, e02: 1 } },
  { id: "t-phrase-1", kind: "phrase", q: '"werving en selectie"', relevant: { c03: 2, c08: 2, z02: 1 } },
  { id: "t-phrase-2", kind: "phrase", q: '"duaal traject"', relevant: { a07: 2, p04: 1 } },
  { id: "t-number-1", kind: "number", q: "tien werkgevers inclusie", relevant: { p02: 2 } },
  { id: "t-number-2", kind: "number", q: "vijftig banen haven", relevant: { p06: 2 } },
  { id: "t-number-3", kind: "number", q: "acht stappen inclusieve organisatie", relevant: { p08: 2 } },
  { id: "t-near-1", kind: "near", q: "taalcoaching op de werkvloer voor statushouders", relevant: { g01: 2 } },
  // The first held-out set (4 December 2026), tuning queries since 5 December 2026:
  { id: "h-exact-1", kind: "exact", q: "anoniem solliciteren", relevant: { c04: 2, r08: 1 } },
  { id: "h-exact-2", kind: "exact", q: "open hiring", relevant: { d06: 2 } },
  { id: "h-inflected-1", kind: "inflected", q: "mentoren", relevant: { j01: 2, j05: 2, j07: 2, j08: 1, s05: 1 } },
  { id: "h-inflected-2", kind: "inflected", q: "werkervaringsplekken", relevant: { b04: 2, a08: 2 } },
  { id: "h-typo-1", kind: "typo", q: "loonkostensubsdie", relevant: { e01: 2, e02: 2, e07: 1 } },
  { id: "h-typo-2", kind: "typo", q: "discriminatei stage", relevant: { b01: 2, b10: 2, b06: 1, z01: 1 } },
  { id: "h-compound-1", kind: "compound", q: "werkgevers helpdesk", relevant: { d01: 2, d10: 1 } },
  { id: "h-compound-2", kind: "compound", q: "taalcoach", relevant: { g01: 2, r08: 1 } },
  { id: "h-synonym-1", kind: "synonym", q: "vergunninghouders aannemen", relevant: { a09: 2, a02: 1, p06: 1, z04: 1, ae04: 1 } },
  { id: "h-synonym-2", kind: "synonym", q: "BPV", relevant: { b02: 2, b03: 2, b07: 1, v01: 1, w03: 1, z01: 1 } },
  { id: "h-english-1", kind: "english", q: "refugees technical background", relevant: { a04: 2 } },
  { id: "h-english-2", kind: "english", q: "employer helpdesk", relevant: { d01: 2, d10: 1, d02: 1 } },
  { id: "h-prefix-1", kind: "prefix", q: "zelfeffect", relevant: { f03: 2, f10: 1 } },
  { id: "h-prefix-2", kind: "prefix", q: "inburger", relevant: { g02: 2, g09: 2, o03: 1, a06: 1, y04: 2, ae02: 1, ae03: 1 } },
  { id: "h-phrase-1", kind: "phrase", q: '"met behoud van uitkering"', relevant: { b11: 2, e03: 2, b04: 1 } },
  { id: "h-phrase-2", kind: "phrase", q: '"glazen plafond"', relevant: { k03: 2 } },
  { id: "h-number-1", kind: "number", q: "12 maanden werkervaring", relevant: { p05: 2 } },
  { id: "h-near-1", kind: "near", q: "buddy statushouders eerste maanden werkvloer", relevant: { j02: 2 } },
  // The second held-out set (5 December 2026, round 2), tuning queries since round 3:
  { id: "n-exact-1", kind: "exact", q: "praktijkverklaring", relevant: { m04: 2 } },
  { id: "n-exact-2", kind: "exact", q: "no-riskpolis", relevant: { e06: 2, e07: 1 } },
  { id: "n-exact-3", kind: "exact", q: "wijkteam", relevant: { u07: 2 } },
  { id: "n-inflected-1", kind: "inflected", q: "leerbedrijven", relevant: { b07: 2, b02: 1, v01: 1, z01: 1 } },
  { id: "n-inflected-2", kind: "inflected", q: "werkloze jongeren", relevant: { h01: 2, z09: 1 } },
  { id: "n-inflected-3", kind: "inflected", q: "motivatie werkzoekenden", relevant: { u02: 2, f04: 1, f06: 1 } },
  { id: "n-inflected-4", kind: "inflected", q: "financiering starters", relevant: { u03: 2, n01: 1, n03: 1 } },
  { id: "n-inflected-5", kind: "inflected", q: "registratie discriminatiemeldingen", relevant: { u05: 2, b10: 1 } },
  { id: "n-typo-1", kind: "typo", q: "tewerkstellingsvergunnig", relevant: { a05: 2, z04: 1, al08: 1 } },
  { id: "n-typo-2", kind: "typo", q: "arbeidsmigarnten huisvesting", relevant: { o02: 2, o01: 1 } },
  { id: "n-typo-3", kind: "typo", q: "intervissie klantmanagers", relevant: { f09: 2 } },
  { id: "n-compound-1", kind: "compound", q: "leer werk traject", relevant: { l05: 2, b05: 1, x09: 2 } },
  { id: "n-compound-2", kind: "compound", q: "vacature teksten", relevant: { d04: 2, c10: 2, x05: 1 } },
  { id: "n-compound-3", kind: "compound", q: "reiskostenvergoeding", relevant: { u06: 2 } },
  { id: "n-synonym-1", kind: "synonym", q: "jobcoach na plaatsing", relevant: { f08: 2, p03: 1, v04: 1, al06: 1 } },
  { id: "n-synonym-2", kind: "synonym", q: "statushouders gezondheid", relevant: { u10: 2, af03: 1, al06: 1 } },
  { id: "n-synonym-3", kind: "synonym", q: "participatiewet eigen bedrijf starten", relevant: { n02: 2, u03: 1 } },
  { id: "n-english-1", kind: "english", q: "anonymous job application", relevant: { c04: 2, r08: 1 } },
  { id: "n-english-2", kind: "english", q: "workplace language coaching", relevant: { g01: 2, r08: 1 } },
  { id: "n-english-3", kind: "english", q: "debts and work", relevant: { u08: 2, u07: 1, ae05: 2 } },
  { id: "n-prefix-1", kind: "prefix", q: "stagebeg", relevant: { b09: 2, b06: 1 } },
  { id: "n-prefix-2", kind: "prefix", q: "inwerk", relevant: { q02: 2, q08: 2, q01: 1, k01: 1 } },
  { id: "n-prefix-3", kind: "prefix", q: "praktijkople", relevant: { q03: 2, b02: 2 } },
  { id: "n-prefix-4", kind: "prefix", q: "loopbaan", relevant: { k04: 2, h06: 2, n06: 1, x01: 1, al08: 1 } },
  { id: "n-prefix-5", kind: "prefix", q: "taalnive", relevant: { g04: 2, g02: 1, w06: 1, ag05: 1 } },
  { id: "n-phrase-1", kind: "phrase", q: '"eerste baan"', relevant: { a03: 2, l08: 1, ag06: 1 } },
  { id: "n-phrase-2", kind: "phrase", q: '"vast aanspreekpunt"', relevant: { d02: 2, a09: 1, d05: 1 } },
  { id: "n-number-1", kind: "number", q: "100 dagen", relevant: { q05: 2 } },
  { id: "n-number-2", kind: "number", q: "16 uur per week", relevant: { u09: 2 } },
  {
    id: "n-near-1",
    kind: "near",
    q: "mbo studenten met migratieachtergrond vinden moeilijk een stageplaats via school",
    relevant: { b01: 2, b06: 1, z01: 2 },
  },
  { id: "n-near-2", kind: "near", q: "werkgevers bellen helpdesk met vragen over diversiteit en subsidie", relevant: { d01: 2, d10: 1 } },
  // The third held-out set (5 December 2026, round 3), tuning queries since round 4:
  { id: "r-exact-1", kind: "exact", q: "bbl", relevant: { v01: 2 } },
  { id: "r-exact-2", kind: "exact", q: "loondispensatie", relevant: { v07: 2 } },
  { id: "r-exact-3", kind: "exact", q: "meldpunt", relevant: { b01: 2, b10: 2 } },
  { id: "r-inflected-1", kind: "inflected", q: "mentor nieuwkomer", relevant: { j05: 2, s05: 1 } },
  { id: "r-inflected-2", kind: "inflected", q: "gemotiveerde werkzoekende", relevant: { u02: 2, f04: 1 } },
  { id: "r-inflected-3", kind: "inflected", q: "leerbedrijf erkenning", relevant: { b07: 2, v01: 1 } },
  { id: "r-typo-1", kind: "typo", q: "loondispensasie", relevant: { v07: 2 } },
  { id: "r-typo-2", kind: "typo", q: "schuldhulpverlenig", relevant: { u08: 2, ae05: 1 } },
  { id: "r-typo-3", kind: "typo", q: "stagediscrimnatie", relevant: { b01: 2, b10: 2, z01: 1 } },
  { id: "r-compound-1", kind: "compound", q: "beroeps begeleidende leerweg", relevant: { v01: 2 } },
  { id: "r-compound-2", kind: "compound", q: "werk fit traject", relevant: { v09: 2 } },
  { id: "r-compound-3", kind: "compound", q: "taal cursus werkgever", relevant: { e09: 2, v06: 1, g03: 1 } },
  { id: "r-synonym-1", kind: "synonym", q: "vluchtelingen cv", relevant: { v02: 2 } },
  { id: "r-synonym-2", kind: "synonym", q: "consulent schulden", relevant: { u07: 2, u08: 1, ae05: 1 } },
  { id: "r-synonym-3", kind: "synonym", q: "Participatiewet bijverdienen", relevant: { e05: 2, e04: 1 } },
  { id: "r-english-1", kind: "english", q: "debt counselling", relevant: { u08: 2, u07: 1, ae05: 1 } },
  { id: "r-english-2", kind: "english", q: "apprenticeship", relevant: { v01: 2, b05: 1, h03: 1 } },
  { id: "r-english-3", kind: "english", q: "wage subsidy for employers", relevant: { e01: 2, e02: 2, e07: 1, v07: 1 } },
  { id: "r-english-4", kind: "english", q: "how do I write a good resume", relevant: { t07: 2, v02: 1 } },
  {
    id: "r-english-5",
    kind: "english",
    q: "job coach for employees with a disability",
    relevant: { v04: 2, p03: 1, f08: 1, al06: 1, am10: 1 },
  },
  {
    id: "r-english-6",
    kind: "english",
    q: "civic integration and work at the same time",
    relevant: { g09: 2, g02: 1, a07: 1, x07: 1, y04: 1, ae02: 1 },
  },
  { id: "r-english-7", kind: "english", q: "discrimination at work report", relevant: { c07: 2, v08: 1, u05: 1, al10: 1 } },
  { id: "r-english-8", kind: "english", q: "language course for employees", relevant: { e09: 2, v06: 1, g07: 1 } },
  { id: "r-english-9", kind: "english", q: "my manager makes jokes about my background what can I do", relevant: { v08: 2, c07: 1 } },
  { id: "r-prefix-1", kind: "prefix", q: "loondisp", relevant: { v07: 2 } },
  { id: "r-prefix-2", kind: "prefix", q: "sollicitatiebr", relevant: { v03: 2 } },
  { id: "r-prefix-3", kind: "prefix", q: "werkfi", relevant: { v09: 2 } },
  { id: "r-prefix-4", kind: "prefix", q: "arbeidsbeperk", relevant: { e06: 2, v04: 2, e10: 1, t13: 1, w01: 2, w05: 1, am10: 1 } },
  { id: "r-phrase-1", kind: "phrase", q: '"op tijd komen"', relevant: { q04: 2, v09: 2 } },
  { id: "r-phrase-2", kind: "phrase", q: '"eigen bedrijf"', relevant: { n01: 2, n04: 2, u03: 1 } },
  { id: "r-number-1", kind: "number", q: "twee avonden per week", relevant: { v06: 2 } },
  { id: "r-number-2", kind: "number", q: "veertig klanten per klantmanager", relevant: { f05: 2, f02: 1 } },
  { id: "r-near-1", kind: "near", q: "hoe help ik een statushouder met schulden aan een baan", relevant: { u08: 2, u07: 1 } },
  {
    id: "r-near-2",
    kind: "near",
    q: "welke subsidie krijgt een werkgever als hij iemand met een arbeidsbeperking aanneemt",
    relevant: { e01: 2, e10: 2, e06: 1, e07: 1, v07: 1, am10: 1 },
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
    relevant: { v05: 2, e05: 1, al03: 1 },
  },
  // The fourth held-out set (5 December 2026, round 4), tuning queries since round 5:
  { id: "w-exact-1", kind: "exact", q: "banenafspraak", relevant: { w01: 2, am07: 1 } },
  { id: "w-exact-2", kind: "exact", q: "doelgroepregister", relevant: { w01: 2, am07: 1 } },
  { id: "w-exact-3", kind: "exact", q: "entreeopleiding", relevant: { w02: 2, ae07: 1 } },
  { id: "w-exact-4", kind: "exact", q: "proefplaatsing", relevant: { e03: 2, e07: 1 } },
  { id: "w-exact-5", kind: "exact", q: "menukaart interventies", relevant: { r07: 2, d01: 1 } },
  { id: "w-inflected-1", kind: "inflected", q: "stagevergoedingen mbo-studenten", relevant: { w03: 2 } },
  { id: "w-inflected-2", kind: "inflected", q: "uitzendbureau discriminerend verzoek", relevant: { c06: 2, w04: 2 } },
  { id: "w-inflected-3", kind: "inflected", q: "ontheemde Oekraïners", relevant: { a12: 2 } },
  { id: "w-inflected-4", kind: "inflected", q: "werkende moeder kinderopvang", relevant: { s02: 2, s04: 1, s01: 1, ae03: 1 } },
  { id: "w-inflected-5", kind: "inflected", q: "rolmodel migratieachtergrond", relevant: { j03: 2, h05: 1 } },
  { id: "w-inflected-6", kind: "inflected", q: "lerend netwerk werkgevers", relevant: { w07: 2, d08: 1 } },
  { id: "w-typo-1", kind: "typo", q: "doelgroepregiser", relevant: { w01: 2, am07: 1 } },
  { id: "w-typo-2", kind: "typo", q: "vrijlatingsregling", relevant: { e05: 2 } },
  { id: "w-typo-3", kind: "typo", q: "praktijkopleidr", relevant: { b02: 2, q03: 2 } },
  { id: "w-typo-4", kind: "typo", q: "mentorprogrma", relevant: { j01: 2, j05: 1, j08: 1 } },
  { id: "w-typo-5", kind: "typo", q: "sollicitatietrainig", relevant: { w08: 2, f10: 2, o04: 1 } },
  { id: "w-compound-1", kind: "compound", q: "taal beleid", relevant: { w10: 2, g10: 1 } },
  { id: "w-compound-2", kind: "compound", q: "stage vergoeding", relevant: { w03: 2 } },
  { id: "w-compound-3", kind: "compound", q: "loonwaarde meting", relevant: { e02: 2, e01: 1, v07: 1 } },
  { id: "w-compound-4", kind: "compound", q: "werkgevers-servicepunt", relevant: { d02: 2, d05: 1, y01: 1 } },
  { id: "w-compound-5", kind: "compound", q: "inwerk programma", relevant: { q08: 2, q01: 1, q02: 1, k01: 1 } },
  { id: "w-synonym-1", kind: "synonym", q: "asielzoekers werk", relevant: { a05: 2, a08: 1, z04: 1 } },
  { id: "w-synonym-2", kind: "synonym", q: "stagiairs vergoeding", relevant: { w03: 2 } },
  {
    id: "w-synonym-3",
    kind: "synonym",
    q: "banen voor arbeidsgehandicapten",
    relevant: { w01: 2, w05: 2, v04: 1, t13: 1, y01: 1, am07: 1, am10: 1 },
  },
  { id: "w-synonym-4", kind: "synonym", q: "ondernemer worden vanuit uitkering", relevant: { n02: 2, n04: 1 } },
  { id: "w-synonym-5", kind: "synonym", q: "divers personeelsbeleid", relevant: { i02: 2, d07: 1, y08: 1 } },
  { id: "w-synonym-6", kind: "synonym", q: "Poolse arbeidskrachten", relevant: { o01: 2, o02: 1, o03: 1, o05: 1 } },
  { id: "w-synonym-7", kind: "synonym", q: "taalverplichting bijstand", relevant: { w06: 2, af06: 1 } },
  { id: "w-english-1", kind: "english", q: "sheltered employment", relevant: { w05: 2 } },
  { id: "w-english-2", kind: "english", q: "internship allowance", relevant: { w03: 2 } },
  { id: "w-english-3", kind: "english", q: "temp agency discrimination", relevant: { c06: 2, w04: 2, o05: 1 } },
  { id: "w-english-4", kind: "english", q: "employee rights minimum wage", relevant: { w09: 2, af01: 1, ag02: 1 } },
  { id: "w-english-5", kind: "english", q: "recognition of foreign diplomas", relevant: { m01: 2, m02: 2, l04: 1, m05: 1, w11: 1 } },
  { id: "w-english-6", kind: "english", q: "job hunter municipality", relevant: { w12: 2, d02: 1 } },
  { id: "w-english-7", kind: "english", q: "onboarding buddy for refugees", relevant: { j02: 2, q01: 1 } },
  { id: "w-english-8", kind: "english", q: "Dutch lessons in the evening", relevant: { v06: 2, g03: 2, ae02: 1 } },
  { id: "w-english-9", kind: "english", q: "how can I hire someone with a refugee status", relevant: { a09: 2, a05: 1, z04: 2, ae04: 1 } },
  { id: "w-english-10", kind: "english", q: "job interview training for refugees", relevant: { w08: 2, f10: 1, o04: 1, y04: 1 } },
  {
    id: "w-english-11",
    kind: "english",
    q: "what are my rights as a new employee in the Netherlands",
    relevant: { w09: 2, z06: 1, ae06: 1, af01: 1, ag02: 1, ag07: 1, ah03: 1, al04: 1, an02: 1 },
  },
  { id: "w-prefix-1", kind: "prefix", q: "banenafspr", relevant: { w01: 2, am07: 1 } },
  { id: "w-prefix-2", kind: "prefix", q: "entreeopl", relevant: { w02: 2, ae07: 1 } },
  { id: "w-prefix-3", kind: "prefix", q: "stagevergo", relevant: { w03: 2 } },
  { id: "w-prefix-4", kind: "prefix", q: "jobhun", relevant: { w12: 2 } },
  { id: "w-phrase-1", kind: "phrase", q: '"afstand tot de arbeidsmarkt"', relevant: { p02: 2, w01: 2, y01: 2 } },
  { id: "w-phrase-2", kind: "phrase", q: '"tussen wal en schip"', relevant: { h02: 2 } },
  { id: "w-phrase-3", kind: "phrase", q: '"vast contract"', relevant: { a08: 2, an02: 1 } },
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
  {
    id: "w-near-3",
    kind: "near",
    q: "welke rechten heeft een nieuwkomer als werknemer bij ontslag",
    relevant: { w09: 2, o02: 1, af07: 1, ag01: 2, ah03: 2, al09: 2, al02: 1, al04: 1, an01: 1 },
  },
  {
    id: "w-near-4",
    kind: "near",
    q: "een jongere zonder diploma wil toch een mbo opleiding doen",
    relevant: { w02: 2, h03: 1, m04: 1, x10: 1, ae07: 1 },
  },
  { id: "w-near-5", kind: "near", q: "werkgever wil weten welk niveau een diploma uit Syrië heeft", relevant: { m01: 2, w11: 2, m02: 1 } },
  // t6-*: 15 tuning queries added in round 6 (decision 204), written and judged against all 224
  // passages before any change of that round, for the weakest kinds (synonym, English, long
  // questions) in everyday words of the field. Tuning only: they were read while tuning. Named
  // `y-*` on their branch and renamed `t6-*` at the merge, where the sixth held-out set took `y-*`;
  // judged then against its passages y01–y10 too (none answers any of them). "headscarf at work"
  // is also a query of the fifth held-out set (x-english-1), written independently: one more
  // reason why the fifth set is no longer an honest measure after this round (decision 204).
  { id: "t6-synonym-1", kind: "synonym", q: "gelijk loon", relevant: { c09: 2, af04: 1, ag06: 1, ao06: 1 } },
  { id: "t6-synonym-2", kind: "synonym", q: "krapte op de arbeidsmarkt", relevant: { l02: 2, l03: 2, l06: 1 } },
  { id: "t6-synonym-3", kind: "synonym", q: "analfabetisme werknemers", relevant: { g07: 2 } },
  { id: "t6-english-1", kind: "english", q: "equal pay", relevant: { c09: 2, af04: 1, ag06: 1, ao06: 1 } },
  { id: "t6-english-2", kind: "english", q: "seasonal work", relevant: { o06: 2 } },
  { id: "t6-english-3", kind: "english", q: "part-time work", relevant: { s03: 2, p07: 1, e05: 1 } },
  { id: "t6-english-4", kind: "english", q: "early school leavers", relevant: { h03: 2 } },
  { id: "t6-english-5", kind: "english", q: "low literacy employees", relevant: { g07: 2 } },
  { id: "t6-english-6", kind: "english", q: "labour shortage", relevant: { l02: 2, l03: 2, l06: 1 } },
  { id: "t6-english-7", kind: "english", q: "older workers", relevant: { t09: 2, e10: 2 } },
  { id: "t6-english-8", kind: "english", q: "headscarf at work", relevant: { x08: 2, ao08: 1 } },
  { id: "t6-near-1", kind: "near", q: "mag mijn werkgever een hoofddoek verbieden", relevant: { x08: 2, ao08: 1 } },
  {
    id: "t6-near-2",
    kind: "near",
    q: "wat kan een werkgever doen als medewerkers slecht kunnen lezen en schrijven",
    relevant: { g07: 2, ao09: 1 },
  },
  { id: "t6-near-3", kind: "near", q: "hoeveel mag ik bijverdienen naast mijn bijstandsuitkering", relevant: { e05: 2, v05: 1, ao02: 1 } },
  { id: "t6-near-4", kind: "near", q: "hoe houd ik seizoenswerkers langer vast", relevant: { o06: 2 } },
];
