/**
 * HELD-OUT queries of the search quality benchmark, seventh set: nothing in
 * the search is tuned on these. Written on 6 December 2026 with passages
 * z01–z10 (every query judged against every passage, and every older query
 * judged against z01–z10), and committed in a commit of its own before any
 * change of the round that follows (decision 224). Like the fifth and sixth
 * sets (decisions 199 and 208) it was written by an outsider to the search
 * code: someone who read only the bench's file formats, the passages, the
 * older queries (to judge them against the new passages) and the seed text,
 * and never the search code, its word data (thesaurus, glossary, word lists,
 * compounds), the other decisions and benchmark notes on search quality, nor
 * ran the benchmark or any search, so the queries do not know which words
 * the search knows. It is written as klantmanagers, HR staff, recruiters,
 * stagecoördinatoren, ervaringsdeskundigen, newcomers and English-speaking
 * employers would type: short words, inflected and misspelt forms, split
 * compounds, everyday words of the field that the passages may not use,
 * English, unfinished words, phrases, numbers and long questions. Unlike the
 * fifth and sixth sets, 26 of its 60 queries are answered only by older
 * passages (a–y), so that the set measures more than the vocabulary of its
 * own new passages. The benchmark prints only their totals, never per-query
 * results, unless --show-held-out is given for the final report. Grades:
 * 2 = about this, 1 = useful.
 *
 * When passages ae01–ae10 were added with the eighth held-out set (6 December
 * 2026, decision 227, queries-heldout-8.ts), every query here was judged
 * against them too: ae03 (kinderopvangtoeslag tijdens een traject) was added
 * to z-typo-6 at grade 2; ae04 (a traineeship bij de overheid: a VOG takes
 * longer for someone who has lived here only briefly) to z-exact-3,
 * z-synonym-3 and z-english-4, and ae05 (loonbeslag; verwijzen naar
 * schuldhulpverlening) to z-prefix-3, all at grade 1; nothing else changed.
 *
 * When passages af01–af10 were added with the ninth held-out set (6 December
 * 2026, decision 251, queries-heldout-9.ts), every query here was judged
 * against them too; none of them answers a query here, so nothing changed.
 *
 * When passages ag01–ag10 were added with the tenth held-out set (6 December
 * 2026, decision 249, queries-heldout-10.ts), every query here was judged
 * against them too: ag05 (het staatsexamen NT2; "vraag niet om B2 als B1
 * genoeg is") was added to z-compound-5 at grade 1; nothing else changed.
 *
 * When passages ah01–ah10 were added with the eleventh held-out set (6
 * December 2026, decision 256, queries-heldout-11.ts, written by an outsider),
 * every query here was judged against them too: ah08 (werken bij hitte,
 * "zeker als ze vasten") was added to z-inflected-2 and z-english-3, and ah07
 * (a conflict with the leidinggevende; nieuwkomers who leave instead of
 * talking) to z-near-6, all at grade 1. ah01 names the verblijfsvergunning in
 * passing and was not added to z-prefix-2; nothing else changed.
 *
 * When passages al01–al10 were added with the twelfth held-out set (6 December
 * 2026, decision 265, queries-heldout-12.ts, written by an outsider), every
 * query here was judged against them too; none of them answers a query here,
 * so nothing changed. al07 and al08 name the verblijfsvergunning in passing
 * and were not added to z-prefix-2 or z-typo-1.
 *
 * When passages am01–am10 were added with the thirteenth held-out set (7
 * December 2026, decision 311, queries-heldout-13.ts, written by an outsider),
 * every query here was judged against them too: am09 (pensioen via de
 * werkgever: the pension deduction on the loonstrook is saving, not a loss)
 * was added to z-inflected-1, z-compound-3 and z-english-5 at grade 1; nothing
 * else changed. am06 names the verblijfsvergunning in passing and was not
 * added to z-prefix-2 or z-typo-1.
 *
 * When passages an01–an10 were added with the fourteenth held-out set (7
 * December 2026, decision 318, queries-heldout-14.ts, written by an outsider),
 * every query here was judged against them too: an07 (werk na detentie: a
 * conviction can stand in the way of a VOG, many jobs need none) was added to
 * z-exact-3, z-synonym-3 and z-english-4 at grade 1; nothing else changed.
 * an03 and an07 name the verblijfsvergunning in passing and were not added to
 * z-prefix-2 or z-typo-1.
 *
 * When passages ao01–ao10 were added with the fifteenth held-out set (7
 * December 2026, decision 328, queries-heldout-15.ts, written by an outsider),
 * every query here was judged against them too; none of them answers a query
 * here, so nothing changed. ao04 names the sollicitatiecode and a recruiter
 * who looks a candidate up on sociale media in passing and was not added to
 * z-exact-1 or z-near-2.
 */
import type { JudgedQuery } from "./queries.ts";

export const HELD_OUT_7: JudgedQuery[] = [
  { id: "z-exact-1", kind: "exact", q: "sollicitatiecode", relevant: { z02: 2 } },
  { id: "z-exact-2", kind: "exact", q: "stagematching", relevant: { z01: 2, b03: 1, b12: 1 } },
  { id: "z-exact-3", kind: "exact", q: "VOG", relevant: { z07: 2, ae04: 1, an07: 1 } },
  { id: "z-exact-4", kind: "exact", q: "EVC", relevant: { m03: 2, m06: 1 } },
  { id: "z-exact-5", kind: "exact", q: "premiekorting", relevant: { e10: 2, e07: 1 } },
  { id: "z-inflected-1", kind: "inflected", q: "loonstroken nieuwkomers", relevant: { z06: 2, w09: 1, am09: 1 } },
  { id: "z-inflected-2", kind: "inflected", q: "vastende medewerkers", relevant: { z05: 2, ah08: 1 } },
  { id: "z-inflected-3", kind: "inflected", q: "bezorgers platformen", relevant: { z08: 2 } },
  { id: "z-inflected-4", kind: "inflected", q: "gestructureerd interview", relevant: { c05: 2, y06: 1 } },
  { id: "z-inflected-5", kind: "inflected", q: "buitenlandse verpleegkundigen", relevant: { m02: 2, l04: 1, l01: 1 } },
  { id: "z-inflected-6", kind: "inflected", q: "sollicitanten gediscrimineerd om hun naam", relevant: { c02: 2, c01: 1, c04: 1, b10: 1 } },
  { id: "z-typo-1", kind: "typo", q: "verblijfsvergunnig", relevant: { z04: 2, a05: 1 } },
  { id: "z-typo-2", kind: "typo", q: "jongerenwerkrs", relevant: { h07: 2 } },
  { id: "z-typo-3", kind: "typo", q: "sleutelpersonnen", relevant: { z10: 2 } },
  { id: "z-typo-4", kind: "typo", q: "laaggeletterheid", relevant: { g07: 2 } },
  { id: "z-typo-5", kind: "typo", q: "cultuursensetief", relevant: { f01: 2, q06: 2 } },
  { id: "z-typo-6", kind: "typo", q: "kinderopvangtoesalg", relevant: { s02: 2, ae03: 2 } },
  { id: "z-compound-1", kind: "compound", q: "sollicitatie code", relevant: { z02: 2 } },
  { id: "z-compound-2", kind: "compound", q: "aanbreng premie", relevant: { z03: 2 } },
  { id: "z-compound-3", kind: "compound", q: "loon strook", relevant: { z06: 2, am09: 1 } },
  { id: "z-compound-4", kind: "compound", q: "vroegtijdig school verlaters", relevant: { h03: 2, w02: 1 } },
  { id: "z-compound-5", kind: "compound", q: "taal eis vacature", relevant: { g04: 2, w06: 1, d04: 1, ag05: 1 } },
  { id: "z-synonym-1", kind: "synonym", q: "werven via kennissen van personeel", relevant: { z03: 2, c01: 1, h04: 1 } },
  { id: "z-synonym-2", kind: "synonym", q: "islamitische feestdagen vrij", relevant: { z05: 2, x08: 1 } },
  { id: "z-synonym-3", kind: "synonym", q: "verklaring van goed gedrag", relevant: { z07: 2, ae04: 1, an07: 1 } },
  { id: "z-synonym-4", kind: "synonym", q: "maaltijdbezorger zzp", relevant: { z08: 2, n02: 1 } },
  { id: "z-synonym-5", kind: "synonym", q: "zoekperiode jongeren bijstand", relevant: { z09: 2 } },
  { id: "z-synonym-6", kind: "synonym", q: "bruggenbouwers migrantengemeenschap", relevant: { z10: 2, s06: 1 } },
  { id: "z-synonym-7", kind: "synonym", q: "sociale werkplaats", relevant: { w05: 2, w01: 1 } },
  { id: "z-synonym-8", kind: "synonym", q: "werkstage met uitkering", relevant: { b11: 2, b04: 2, e03: 1 } },
  { id: "z-english-1", kind: "english", q: "employee referral bonus", relevant: { z03: 2 } },
  { id: "z-english-2", kind: "english", q: "right to work check residence permit", relevant: { z04: 2, a05: 1 } },
  { id: "z-english-3", kind: "english", q: "fasting during Ramadan at work", relevant: { z05: 2, ah08: 1 } },
  { id: "z-english-4", kind: "english", q: "certificate of good conduct", relevant: { z07: 2, ae04: 1, an07: 1 } },
  { id: "z-english-5", kind: "english", q: "payslip explained for newcomers", relevant: { z06: 2, w09: 1, am09: 1 } },
  { id: "z-english-6", kind: "english", q: "gig economy delivery riders", relevant: { z08: 2 } },
  { id: "z-english-7", kind: "english", q: "school helps students find an internship", relevant: { z01: 2, b03: 1, b09: 1, b12: 1 } },
  { id: "z-english-8", kind: "english", q: "recognition of prior learning", relevant: { m03: 2, m04: 1, m06: 1 } },
  { id: "z-english-9", kind: "english", q: "unpaid work trial while keeping benefits", relevant: { e03: 2, b11: 1, b04: 1, e07: 1 } },
  { id: "z-english-10", kind: "english", q: "glass ceiling for migrants", relevant: { k03: 2, k02: 1, i04: 1 } },
  { id: "z-english-11", kind: "english", q: "small business without an HR department", relevant: { d05: 2, d02: 1, d10: 1 } },
  { id: "z-english-12", kind: "english", q: "my son dropped out of school where can he get help", relevant: { h03: 2, w02: 1 } },
  { id: "z-prefix-1", kind: "prefix", q: "sollicitatieco", relevant: { z02: 2 } },
  { id: "z-prefix-2", kind: "prefix", q: "verblijfsv", relevant: { z04: 2, a05: 1 } },
  { id: "z-prefix-3", kind: "prefix", q: "schuldhulp", relevant: { u08: 2, u07: 1, ae05: 1 } },
  { id: "z-prefix-4", kind: "prefix", q: "vrijwilligersw", relevant: { a11: 2, v02: 1 } },
  { id: "z-phrase-1", kind: "phrase", q: '"eigen gemeenschap"', relevant: { z10: 2 } },
  { id: "z-phrase-2", kind: "phrase", q: '"arbeid vrij toegestaan"', relevant: { z04: 2 } },
  { id: "z-phrase-3", kind: "phrase", q: '"zonder startkwalificatie"', relevant: { h03: 2, d09: 2, w02: 1 } },
  { id: "z-number-1", kind: "number", q: "600 studenten logistiek stage", relevant: { z01: 2 } },
  { id: "z-number-2", kind: "number", q: "jongeren onder 27 vier weken", relevant: { z09: 2 } },
  { id: "z-number-3", kind: "number", q: "twee weken meelopen bouw", relevant: { q08: 2 } },
  { id: "z-number-4", kind: "number", q: "zes maanden behoud van uitkering", relevant: { b11: 2, b04: 1, e03: 1, y07: 1 } },
  { id: "z-number-5", kind: "number", q: "inclusiemonitor 12 vragen", relevant: { i05: 2 } },
  {
    id: "z-near-1",
    kind: "near",
    q: "mijn medewerker doet aan de ramadan en wil eerder stoppen met werken mag ik dat weigeren",
    relevant: { z05: 2 },
  },
  { id: "z-near-2", kind: "near", q: "mag een werkgever mij googelen voor het sollicitatiegesprek", relevant: { z02: 2 } },
  {
    id: "z-near-3",
    kind: "near",
    q: "mijn klant is 22 en wil bijstand aanvragen waarom moet hij eerst een maand wachten",
    relevant: { z09: 2 },
  },
  {
    id: "z-near-4",
    kind: "near",
    q: "hoe kan de school helpen als een student met een buitenlandse naam geen stageplek vindt",
    relevant: { z01: 2, b01: 2, b03: 1, b06: 1, b09: 1, b10: 1, b12: 1 },
  },
  {
    id: "z-near-5",
    kind: "near",
    q: "werkgever wil iemand uit de bijstand eerst een paar maanden proberen zonder dat het geld kost",
    relevant: { e03: 2, b11: 1, e07: 1 },
  },
  {
    id: "z-near-6",
    kind: "near",
    q: "hoe zorg ik dat mijn nieuwe collega uit Syrië niet na drie maanden weer vertrekt",
    relevant: { k01: 2, q05: 2, j01: 1, j02: 1, q01: 1, q02: 1, q04: 1, f08: 1, ah07: 1 },
  },
];
