/**
 * A generator of realistic Dutch platform text in the words of the Werkagenda
 * VIA (written for this benchmark; no real people). Deterministic: the same
 * seed gives the same corpus.
 */

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "De werkgever",
  "Een klantmanager van de gemeente",
  "Ons HR-team",
  "De recruiter",
  "Een ervaringsdeskundige",
  "De stagecoördinator van het mbo",
  "Het werkgeversservicepunt",
  "Een jobcoach",
  "Het leerbedrijf",
  "De teamleider",
  "Een praktijkbegeleider",
  "De projectleider van de arbeidsmarktregio",
  "Het UWV",
  "Een onderzoeker",
  "De beleidsmedewerker",
  "Een mentor",
];

const VERBS = [
  "bespreekt",
  "onderzoekt",
  "verbetert",
  "organiseert",
  "evalueert",
  "deelt ervaringen over",
  "start met",
  "begeleidt",
  "ondersteunt",
  "vraagt advies over",
  "zoekt tips voor",
  "werkt aan",
  "meet de resultaten van",
  "schrijft een handreiking over",
];

const OBJECTS = [
  "de werving en selectie",
  "een proefplaatsing",
  "de onboarding van nieuwe collega's",
  "anoniem solliciteren",
  "stageplekken voor mbo-studenten",
  "een leer-werktraject",
  "taalcoaching op de werkvloer",
  "duurzame plaatsing",
  "de doorstroom naar hogere functies",
  "het behoud van medewerkers",
  "discriminatie bij stages",
  "arbeidsmarktdiscriminatie",
  "culturele diversiteit in het team",
  "een inclusieve vacaturetekst",
  "de samenwerking met het onderwijs",
  "begeleiding naar werk",
  "statushouders die willen werken",
  "nieuwkomers in de bijstand",
  "jongeren met een migratieachtergrond",
  "de studiekeuze van jongeren",
  "een gestructureerd sollicitatiegesprek",
  "vooroordelen bij de selectie",
  "de inzet van rolmodellen",
  "mentoring van stagiairs",
  "een buddyprogramma",
  "werkervaringsplaatsen",
  "loopbaanbegeleiding",
  "het Charter Diversiteit",
];

const PLACES = [
  "in de regio",
  "samen met het werkgeversservicepunt",
  "volgens de menukaart",
  "bij een mkb-bedrijf",
  "in de zorg",
  "in de techniek",
  "in de logistiek",
  "in de kinderopvang",
  "bij de gemeente",
  "in het onderwijs",
  "met een vaste begeleider",
  "in kleine groepen",
  "na de zomer",
  "met steun van de Taskforce Werk en Integratie",
];

const ENDINGS = [
  "Dat werkt goed.",
  "Wie heeft hier ervaring mee?",
  "De eerste resultaten zijn veelbelovend.",
  "We delen de lessen graag.",
  "Het kost wel tijd en aandacht.",
  "Collega's reageren positief.",
  "Er is nog weinig onderzoek naar.",
  "Dit past bij de werkagenda.",
  "",
  "",
];

/** Rare words, so some queries are selective (as names of methods and places are in practice). */
const RARE = [
  "jobcarving",
  "open hiring",
  "werkfit",
  "taalmaatje",
  "praktijkroute",
  "banenafspraak",
  "startkwalificatie",
  "loonkostensubsidie",
];

const TITLE_PATTERNS = [
  (o: string) => `Vraag over ${o}`,
  (o: string) => `Ervaringen met ${o}`,
  (o: string, p: string) => `${capital(o)} ${p}`,
  (o: string) => `Verslag: ${o}`,
  (o: string) => `Tips voor ${o}`,
  (o: string, p: string) => `Aanpak ${o} ${p}`,
];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export class Corpus {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = random(seed);
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sentence(): string {
    const object = this.chance(0.02) ? this.pick(RARE) : this.pick(OBJECTS);
    const ending = this.pick(ENDINGS);
    return `${this.pick(SUBJECTS)} ${this.pick(VERBS)} ${object} ${this.pick(PLACES)}.${ending ? ` ${ending}` : ""}`;
  }
  paragraph(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(" ");
  }
  title(): string {
    const object = this.chance(0.03) ? this.pick(RARE) : this.pick(OBJECTS);
    return this.pick(TITLE_PATTERNS)(object, this.pick(PLACES));
  }
  /** A record's kind in the search benches' mix: 70 % messages, 15 % topics, 10 % documents, 5 % library items. */
  recordKind(): RecordKind {
    let roll = this.int(0, 999) / 1000;
    return RECORD_MIX.find(([, share]) => (roll -= share) < 0)?.[0] ?? "message";
  }
  /** How many sentences a record of this kind has: a message is short, a shared document long. */
  recordSentences(kind: RecordKind): number {
    if (kind === "message") return this.int(1, 4);
    if (kind === "topic") return this.int(2, 6);
    if (kind === "document") return this.int(20, 60);
    return this.int(8, 20);
  }
}

type RecordKind = "message" | "topic" | "document" | "library";
const RECORD_MIX: [RecordKind, number][] = [
  ["message", 0.7],
  ["topic", 0.15],
  ["document", 0.1],
  ["library", 0.05],
];
