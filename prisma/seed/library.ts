/**
 * Demo library: interventions for the menukaart, employers' cases in the
 * do-network, a toolkit, a study and frequently asked questions, in several
 * states of curation. All organisations are fictional unless they are public
 * bodies named in the Werkagenda; cases describe organisations and
 * approaches, never anyone's origin (docs/decisions/004).
 */
import type {
  CostLevelValue,
  EvidenceLevelValue,
  LibraryKindValue,
  LibraryPhaseValue,
  LibrarySectorValue,
  LibrarySizeValue,
  LibraryStatusValue,
  LibraryTargetGroupValue,
} from "../../app/shared/library.ts";
import { slugify } from "../../server/library/commands.ts";
import { db, type Prisma } from "../../server/db.ts";
import { ARTICLE_LIMITS, plainText, richTextFromPlainText } from "../../server/richtext/index.ts";
import type { SeedContext } from "./demo.ts";

export type SeedLibraryItem = {
  kind: LibraryKindValue;
  status: LibraryStatusValue;
  title: string;
  summary: string;
  body: string;
  themes: string[];
  tags?: string[];
  author: string;
  community?: string;
  phases?: LibraryPhaseValue[];
  targetGroups?: LibraryTargetGroupValue[];
  sectors?: LibrarySectorValue[];
  sizes?: LibrarySizeValue[];
  evidence?: EvidenceLevelValue;
  sources?: string[];
  /** Months from now; negative is in the past (the review list). */
  reviewInMonths?: number;
  cost?: CostLevelValue;
  effort?: string;
  howToStart?: string;
  contact?: string;
  organisationName?: string;
  anonymous?: boolean;
  region?: string;
  challenge?: string;
  approach?: string;
  results?: string;
  resultsMeasurement?: string;
  lessons?: string;
  contactOptIn?: boolean;
  externalUrl?: string;
  publisher?: string;
  publicationYear?: number;
  featured?: boolean;
  goodExample?: boolean;
  publicOnWeb?: boolean;
  returnComment?: string;
  /** Days ago it was submitted (queue order) or published. */
  daysAgo: number;
};

const DIVERSITEIT = "meer-diversiteit-op-het-werk";
const STAGE = "eerste-baan-of-stage";
const TOELEIDING = "arbeidstoeleiding";
const KENNIS = "kennisagenda";
const DOE_NETWERK = "doe-netwerk-werkgevers-diversiteit";
const ALL_SIZES: LibrarySizeValue[] = ["MKB", "GROOTBEDRIJF", "PUBLIEK"];

export const libraryItems: SeedLibraryItem[] = [
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Gestructureerde sollicitatiegesprekken",
    summary:
      "Stel alle kandidaten dezelfde vragen, in dezelfde volgorde, en beoordeel de antwoorden met vaste criteria. Zo hangt de uitkomst minder af van een onderbuikgevoel.",
    body: [
      "In een open gesprek kijken we vaak, zonder dat we het merken, naar wie op ons lijkt. Een gestructureerd gesprek helpt daartegen. Je bepaalt vooraf welke competenties nodig zijn voor de functie en welke vragen daarbij horen.",
      "Iedere kandidaat krijgt dezelfde vragen. De gesprekvoerders geven elk antwoord apart een score op een vaste schaal, nog voordat ze met elkaar overleggen. Pas daarna bespreek je de scores samen.",
      "De aanpak werkt het best in combinatie met een divers selectiepanel en een duidelijke functie-eis vooraf.",
    ].join("\n\n"),
    themes: [DIVERSITEIT],
    tags: ["sollicitatiegesprek", "objectief selecteren", "competenties"],
    author: "samir",
    phases: ["WERVING_SELECTIE"],
    targetGroups: ["WERKGEVERS", "HR_RECRUITERS", "LEIDINGGEVENDEN"],
    sectors: ["ZORG_WELZIJN", "OVERHEID", "TECHNIEK_INDUSTRIE", "LOGISTIEK", "FINANCIEEL_ZAKELIJK", "ICT", "HANDEL_RETAIL"],
    sizes: ALL_SIZES,
    evidence: "EFFECTIEF",
    sources: [
      "Werkagenda VIA (2021): objectiveren van werving en selectie",
      "Overzichtsstudies naar de voorspellende waarde van selectiemethoden",
    ],
    reviewInMonths: 20,
    cost: "LAAG",
    effort: "Een dagdeel om de vragen en de scorelijst te maken; daarna geen extra tijd per gesprek.",
    howToStart:
      "Kies één vacature. Schrijf vijf vragen die passen bij wat de functie echt vraagt, met een scorelijst van 1 tot 5. Gebruik ze in elk gesprek en vergelijk pas daarna.",
    contact: "Helpdesk Charter Diversiteit, Diversiteit in Bedrijf (SER)",
    featured: true,
    publicOnWeb: true,
    daysAgo: 120,
  },
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Anoniem solliciteren in de eerste selectieronde",
    summary:
      "Haal naam, foto, leeftijd en adres weg uit de brief en het cv voordat iemand de eerste selectie doet. De selecteur kijkt dan alleen naar ervaring en vaardigheden.",
    body: [
      "Bij anoniem solliciteren ziet de eerste selecteur geen gegevens die niets met de functie te maken hebben. Een collega of het sollicitatiesysteem haalt die gegevens weg. Pas bij de uitnodiging voor een gesprek wordt de naam zichtbaar.",
      "Anoniem solliciteren helpt vooral in de eerste ronde. Voor het gesprek zelf zijn andere maatregelen nodig, zoals vaste vragen en een divers panel.",
    ].join("\n\n"),
    themes: [DIVERSITEIT],
    tags: ["cv", "anoniem", "eerste selectie"],
    author: "samir",
    phases: ["WERVING_SELECTIE"],
    targetGroups: ["WERKGEVERS", "HR_RECRUITERS"],
    sectors: ["OVERHEID", "ZORG_WELZIJN", "FINANCIEEL_ZAKELIJK", "UITZENDBRANCHE"],
    sizes: ["GROOTBEDRIJF", "PUBLIEK"],
    evidence: "GOED_BESCHREVEN",
    sources: ["Werkagenda VIA (2021): anoniem selecteren als onderdeel van objectieve werving"],
    reviewInMonths: 10,
    cost: "LAAG",
    effort: "Een instelling in het sollicitatiesysteem, of vijf minuten per brief als je het met de hand doet.",
    howToStart: "Spreek af wie de gegevens weghaalt. Begin met één afdeling en kijk na een half jaar wie er op gesprek kwam.",
    contact: "De eigen HR-afdeling of het uitzendbureau",
    publicOnWeb: true,
    daysAgo: 100,
  },
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Stagematching met regie van de school",
    summary:
      "De school koppelt studenten aan erkende leerbedrijven, in plaats van dat studenten zelf eindeloos moeten solliciteren. Zo krijgt iedereen een eerlijke kans op een stageplek.",
    body: [
      "Sommige studenten moeten veel vaker solliciteren voor een stage dan anderen. Bij stagematching met regie van de school maakt de stagecoördinator samen met de student een profiel en zoekt de school een passend leerbedrijf.",
      "Het leerbedrijf spreekt vooraf af dat het studenten kiest op motivatie en leerdoelen. Gaat het mis, dan spreekt de school het leerbedrijf daarop aan.",
    ].join("\n\n"),
    themes: [STAGE],
    tags: ["stage", "mbo", "leerbedrijf", "stagediscriminatie"],
    author: "marloes",
    community: "stagediscriminatie-tegengaan",
    phases: ["STAGE_BPV"],
    targetGroups: ["ONDERWIJS", "JONGEREN", "WERKGEVERS"],
    sectors: ["ZORG_WELZIJN", "TECHNIEK_INDUSTRIE", "HANDEL_RETAIL", "HORECA_RECREATIE"],
    sizes: ALL_SIZES,
    evidence: "GOED_ONDERBOUWD",
    sources: ["Aanpak stagediscriminatie mbo", "Werkagenda VIA (2021), thema eerste baan of stage"],
    reviewInMonths: 14,
    cost: "MIDDEN",
    effort: "Ongeveer twee uur per student voor profiel en koppeling.",
    howToStart: "Begin met één opleiding. Maak afspraken met vijf vaste leerbedrijven over hoe zij stagiairs kiezen.",
    contact: "SBB, via de adviseur praktijkleren in de regio",
    publicOnWeb: true,
    daysAgo: 80,
  },
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Werkgeversbenadering vanuit één regionaal werkgeversservicepunt",
    summary:
      "Gemeenten en UWV benaderen werkgevers samen, met één aanspreekpunt. De werkgever krijgt kandidaten die passen en hulp bij begeleiding, in plaats van telefoontjes van vijf loketten.",
    body: [
      "Werkgevers raken het overzicht kwijt als meerdere organisaties hen bellen over dezelfde vacature. Een regionaal werkgeversservicepunt bundelt dat. Accountmanagers kennen de werkgever en zijn vacatures, en zoeken samen met klantmanagers naar kandidaten.",
      "Belangrijk is dat de accountmanager ook na de plaatsing contact houdt. Zo kan de werkgever hulp vragen als het even niet goed gaat.",
    ].join("\n\n"),
    themes: [TOELEIDING],
    tags: ["werkgeversdienstverlening", "accountmanagement", "uwv", "gemeente"],
    author: "fatma",
    community: "klantmanagers-arbeidstoeleiding",
    phases: ["BEGELEIDING_NAAR_WERK", "BEHOUD"],
    targetGroups: ["WERKGEVERS", "PROFESSIONALS_WERK_INKOMEN", "WERKZOEKENDEN"],
    sectors: ["LOGISTIEK", "TECHNIEK_INDUSTRIE", "ZORG_WELZIJN", "SCHOONMAAK_FACILITAIR", "HORECA_RECREATIE"],
    sizes: ["MKB", "GROOTBEDRIJF"],
    evidence: "GOED_ONDERBOUWD",
    sources: ["Divosa en VNG: handreikingen werkgeversdienstverlening", "Werkagenda VIA (2021), thema arbeidstoeleiding"],
    reviewInMonths: 8,
    cost: "MIDDEN",
    effort: "Structurele inzet van accountmanagers; vraagt afspraken tussen gemeenten en UWV.",
    howToStart:
      "Maak met de partners in de arbeidsmarktregio een lijst van de twintig grootste werkgevers en spreek per werkgever één vast aanspreekpunt af.",
    contact: "Het werkgeversservicepunt in je arbeidsmarktregio",
    daysAgo: 70,
  },
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Leerwerktraject: taal en vak tegelijk leren",
    summary:
      "Deelnemers werken een paar dagen per week bij een werkgever en leren tegelijk de taal en het vak. Ze hoeven niet eerst de taal helemaal te kennen voordat ze aan het werk kunnen.",
    body: [
      "Wie eerst een lange taalcursus moet afmaken, staat lang aan de kant. In een leerwerktraject leer je de taal op de werkvloer, met woorden die je in je werk nodig hebt. Een docent komt langs op de werkplek en een vaste collega is aanspreekpunt.",
      "Het traject eindigt met een vakcertificaat en waar mogelijk een contract.",
    ].join("\n\n"),
    themes: [TOELEIDING],
    tags: ["taal", "leerwerktraject", "vakcertificaat"],
    author: "mehmet",
    phases: ["LEERWERKTRAJECT", "BEGELEIDING_NAAR_WERK"],
    targetGroups: ["WERKZOEKENDEN", "PROFESSIONALS_WERK_INKOMEN", "WERKGEVERS"],
    sectors: ["ZORG_WELZIJN", "TECHNIEK_INDUSTRIE", "LOGISTIEK", "SCHOONMAAK_FACILITAIR"],
    sizes: ["MKB", "GROOTBEDRIJF"],
    evidence: "GOED_BESCHREVEN",
    sources: ["Lessen uit de VIA-pilots over leerwerktrajecten"],
    // Deliberately past: it shows up in the moderators' review list.
    reviewInMonths: -1,
    cost: "HOOG",
    effort: "Zes tot twaalf maanden, met een docent en een werkbegeleider.",
    howToStart: "Zoek een werkgever met meerdere vacatures in één functie en een opleider die op de werkplek les kan geven.",
    contact: "Klantmanagers van de gemeente of het leerwerkloket in de regio",
    daysAgo: 400,
  },
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Een divers selectiepanel",
    summary:
      "Laat kandidaten niet door één persoon kiezen, maar door een klein panel met verschillende achtergronden en functies. Verschillende blikken vangen elkaars blinde vlekken op.",
    body: "Een panel van drie mensen uit verschillende teams en met verschillende ervaring kiest samen. Iedereen scoort eerst apart. Het panel bespreekt de verschillen en legt uit waarom een kandidaat wel of niet verder gaat.",
    themes: [DIVERSITEIT],
    tags: ["selectiecommissie", "panel"],
    author: "jeroen",
    phases: ["WERVING_SELECTIE", "DOORSTROOM"],
    targetGroups: ["WERKGEVERS", "LEIDINGGEVENDEN", "HR_RECRUITERS"],
    sectors: ["BOUW_INSTALLATIE", "TECHNIEK_INDUSTRIE", "ICT"],
    sizes: ["MKB", "GROOTBEDRIJF"],
    evidence: "PRAKTIJKERVARING",
    reviewInMonths: 18,
    cost: "LAAG",
    effort: "Een uur extra per selectieronde voor de panelleden.",
    howToStart: "Vraag bij de volgende vacature twee collega's van buiten het team om mee te beslissen.",
    daysAgo: 60,
  },
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Buddy voor nieuwe medewerkers",
    summary:
      "Elke nieuwe medewerker krijgt de eerste drie maanden een vaste collega als buddy. De buddy helpt met ongeschreven regels en is er voor vragen die je niet aan je leidinggevende stelt.",
    body: "Nieuwe medewerkers vertrekken vaak in het eerste jaar, soms omdat ze zich niet thuis voelen. Een buddy helpt om snel de weg te vinden. De buddy krijgt een korte training en een uur per week om af te spreken.",
    themes: [DIVERSITEIT],
    tags: ["inwerken", "buddy", "behoud"],
    author: "lotte",
    phases: ["ONBOARDING", "BEHOUD"],
    targetGroups: ["WERKGEVERS", "LEIDINGGEVENDEN"],
    sectors: ["HANDEL_RETAIL", "AGRO_FOOD", "HORECA_RECREATIE", "ZORG_WELZIJN"],
    sizes: ["MKB", "GROOTBEDRIJF", "PUBLIEK"],
    evidence: "GOED_BESCHREVEN",
    reviewInMonths: 16,
    cost: "LAAG",
    effort: "Een uur per week van de buddy, drie maanden lang.",
    howToStart: "Vraag twee enthousiaste collega's om buddy te zijn en koppel ze aan de volgende nieuwe medewerkers.",
    publicOnWeb: true,
    daysAgo: 45,
  },
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Oriënterende bedrijfsbezoeken bij de studiekeuze",
    summary:
      "Leerlingen bezoeken in de bovenbouw drie bedrijven uit verschillende sectoren. Ze zien zo wat een beroep echt inhoudt en ontmoeten professionals met wie ze zich kunnen vergelijken.",
    body: "Jongeren kiezen vaak een opleiding op basis van wat ze kennen uit hun omgeving. Bedrijfsbezoeken verbreden dat beeld. Na elk bezoek praat de mentor met de leerling over wat hij of zij zag en wat bij hem of haar past.",
    themes: [STAGE],
    tags: ["loopbaanoriëntatie", "lob", "studiekeuze"],
    author: "kofi",
    phases: ["STUDIEKEUZE"],
    targetGroups: ["JONGEREN", "ONDERWIJS"],
    sectors: ["TECHNIEK_INDUSTRIE", "ZORG_WELZIJN", "ICT", "FINANCIEEL_ZAKELIJK"],
    sizes: ALL_SIZES,
    evidence: "GOED_ONDERBOUWD",
    sources: ["Expertisepunt LOB: loopbaancompetenties"],
    reviewInMonths: 22,
    cost: "MIDDEN",
    effort: "Drie dagdelen per leerling, plus voorbereiding door de mentor.",
    howToStart: "Vraag drie bedrijven uit het netwerk van de school om elk een klas te ontvangen.",
    daysAgo: 30,
  },
  {
    kind: "INTERVENTIE",
    status: "SUBMITTED",
    title: "Vacatureteksten in eenvoudige taal",
    summary:
      "Schrijf vacatures op B1-niveau en noem alleen eisen die echt nodig zijn. Zo solliciteren ook mensen die zichzelf anders te snel afschrijven.",
    body: "Lange lijsten met eisen schrikken af. Kijk per eis of die echt nodig is op de eerste werkdag, of dat iemand het ook kan leren. Laat de tekst lezen door iemand buiten de organisatie.",
    themes: [DIVERSITEIT],
    tags: ["vacaturetekst", "b1"],
    author: "priya",
    community: "inclusief-werven-en-selecteren",
    phases: ["WERVING_SELECTIE"],
    targetGroups: ["WERKGEVERS", "HR_RECRUITERS"],
    sectors: ["UITZENDBRANCHE", "HANDEL_RETAIL"],
    sizes: ["MKB"],
    cost: "LAAG",
    howToStart: "Neem je laatste vacature en schrap elke eis die iemand in de eerste maanden kan leren.",
    daysAgo: 6,
  },
  {
    kind: "PRAKTIJKCASE",
    status: "PUBLISHED",
    title: "Smits Installatietechniek: vaste vragen in elk sollicitatiegesprek",
    summary:
      "Een installatiebedrijf met zestig medewerkers stelde vaste vragen op voor alle gesprekken met monteurs. Er kwamen meer kandidaten door de selectie en minder nieuwe mensen vertrokken in het eerste jaar.",
    body: "We deden mee aan een ronde van het doe-netwerk en kozen één actie: vaste vragen. Dat bleek minder werk dan gedacht.",
    themes: [DIVERSITEIT],
    tags: ["mkb", "monteurs", "sollicitatiegesprek"],
    author: "jeroen",
    community: DOE_NETWERK,
    phases: ["WERVING_SELECTIE"],
    targetGroups: ["WERKGEVERS"],
    sectors: ["BOUW_INSTALLATIE"],
    sizes: ["MKB"],
    organisationName: "Smits Installatietechniek",
    region: "zuidoost-brabant",
    challenge:
      "We vonden moeilijk goede monteurs. In gesprekken kozen we vaak iemand die 'goed in het team paste', maar dat bleek weinig te zeggen over vakmanschap.",
    approach:
      "We schreven zes vaste vragen over vakkennis, veiligheid en samenwerken, met een scorelijst. Twee mensen voeren elk gesprek en scoren eerst apart. Ook letten we erop dat we niet vragen naar zaken die niets met het werk te maken hebben.",
    results:
      "In 2023 namen we 14 monteurs aan, tegen 8 het jaar ervoor. Van hen werkten er na een jaar nog 13, eerder was dat ongeveer twee op de drie.",
    resultsMeasurement: "Eigen personeelsadministratie: aantal aannames en wie na twaalf maanden nog in dienst was.",
    lessons: "Begin klein, met één functie. Bespreek de scores altijd pas na het gesprek, anders neemt de eerste spreker de rest mee.",
    contactOptIn: true,
    goodExample: true,
    featured: true,
    publicOnWeb: true,
    daysAgo: 50,
  },
  {
    kind: "PRAKTIJKCASE",
    status: "PUBLISHED",
    title: "Bakkerij Van Leeuwen: een meeloopdag in plaats van een sollicitatiebrief",
    summary:
      "Een bakkerij met drie winkels vraagt geen brief meer. Kandidaten lopen een ochtend mee. Zo ziet de bakker wat iemand kan, en ziet de kandidaat of het werk past.",
    body: "Zonder HR-afdeling zocht ik iets eenvoudigs dat ik morgen kon doen.",
    themes: [DIVERSITEIT],
    tags: ["meeloopdag", "mkb", "zonder brief"],
    author: "lotte",
    community: DOE_NETWERK,
    phases: ["WERVING_SELECTIE", "ONBOARDING"],
    targetGroups: ["WERKGEVERS", "WERKZOEKENDEN"],
    sectors: ["AGRO_FOOD"],
    sizes: ["MKB"],
    organisationName: "Bakkerij Van Leeuwen",
    region: "foodvalley",
    challenge: "Op vacatures reageerden weinig mensen, en sterke kandidaten vielen af omdat hun brief niet goed was.",
    approach:
      "Iedereen die reageert, mag een ochtend meelopen in de bakkerij of de winkel. Na afloop praten we een kwartier met vaste vragen.",
    results: "Vijf van de zes mensen die in 2023 begonnen, werken er nog. Het aantal reacties op een vacature verdubbelde ongeveer.",
    resultsMeasurement: "Eigen telling van reacties en van wie na een jaar nog werkt.",
    lessons: "Plan de meeloopdag op een rustige ochtend. Zeg vooraf eerlijk wat het werk inhoudt, ook de vroege diensten.",
    contactOptIn: true,
    goodExample: true,
    daysAgo: 40,
  },
  {
    kind: "PRAKTIJKCASE",
    status: "PUBLISHED",
    title: "Een logistiek bedrijf maakt doorgroei zichtbaar",
    summary:
      "Een groot logistiek bedrijf maakte de criteria voor doorgroei naar teamleider openbaar. Meer medewerkers van de werkvloer solliciteerden intern en de teams werden gemengder.",
    body: "Het bedrijf wil liever niet met naam genoemd worden.",
    themes: [DIVERSITEIT],
    tags: ["doorstroom", "teamleider", "interne vacatures"],
    author: "mehmet",
    community: DOE_NETWERK,
    phases: ["DOORSTROOM"],
    targetGroups: ["WERKGEVERS", "LEIDINGGEVENDEN"],
    sectors: ["LOGISTIEK"],
    sizes: ["GROOTBEDRIJF"],
    anonymous: true,
    region: "twente",
    challenge: "Teamleiders werden vooral gevraagd door hun eigen leidinggevende. Wie niet opviel, kwam niet in beeld.",
    approach: "Elke teamleidersfunctie wordt nu intern opengesteld, met vaste criteria en een korte leergang die iedereen mag volgen.",
    results: "Het aantal interne sollicitaties op teamleidersfuncties steeg van gemiddeld 2 naar 7 per vacature.",
    resultsMeasurement: "Registratie van interne sollicitaties door de afdeling HR, 2022 en 2023.",
    lessons: "Leg de criteria vast voordat de vacature open gaat, en laat afgewezen kandidaten weten wat ze kunnen leren.",
    daysAgo: 25,
  },
  {
    kind: "PRAKTIJKCASE",
    status: "RETURNED",
    title: "Stageplekken in de winkel voor mbo-studenten",
    summary: "Onze winkels bieden elk jaar stageplekken voor studenten retail. We kiezen op motivatie, niet op cv.",
    body: "",
    themes: [STAGE],
    tags: ["stage", "retail"],
    author: "lotte",
    community: DOE_NETWERK,
    phases: ["STAGE_BPV"],
    targetGroups: ["JONGEREN", "WERKGEVERS"],
    sectors: ["HANDEL_RETAIL"],
    sizes: ["MKB"],
    organisationName: "Bakkerij Van Leeuwen",
    region: "foodvalley",
    challenge: "Studenten vonden moeilijk een stageplek in de buurt.",
    approach: "We nemen elke student die reageert uit voor een kort gesprek en kiezen op motivatie.",
    returnComment:
      "Mooi voorbeeld! Kun je iets vertellen over de resultaten, bijvoorbeeld hoeveel studenten een stage afrondden? Haal ook de voornaam van de stagiair uit de aanpak, zodat niemand herkenbaar is.",
    daysAgo: 9,
  },
  {
    kind: "PRAKTIJKCASE",
    status: "SUBMITTED",
    title: "Smits Installatietechniek: leerwerkplekken voor zij-instromers",
    summary: "We bieden zij-instromers een leerwerkplek van een jaar, samen met een opleider en de gemeente.",
    body: "",
    themes: [TOELEIDING],
    tags: ["zij-instroom", "leerwerkplek"],
    author: "jeroen",
    community: DOE_NETWERK,
    phases: ["LEERWERKTRAJECT"],
    targetGroups: ["WERKZOEKENDEN", "WERKGEVERS"],
    sectors: ["BOUW_INSTALLATIE"],
    sizes: ["MKB"],
    organisationName: "Smits Installatietechniek",
    region: "zuidoost-brabant",
    challenge: "Er zijn te weinig gediplomeerde monteurs.",
    approach:
      "Samen met de gemeente zoeken we werkzoekenden met technische interesse. Ze werken vier dagen en leren één dag bij een opleider.",
    results: "Vier zij-instromers begonnen in 2024; drie ronden het eerste jaar af.",
    resultsMeasurement: "Eigen administratie.",
    daysAgo: 3,
  },
  {
    kind: "HANDREIKING",
    status: "PUBLISHED",
    title: "Checklist voor een inclusieve vacaturetekst",
    summary: "Tien vragen om je vacaturetekst na te lopen voordat je hem plaatst. Handig voor werkgevers zonder HR-afdeling.",
    body: [
      "1. Staat er alleen in wat echt nodig is op de eerste werkdag?",
      "2. Is de tekst op B1-niveau?",
      "3. Vermijd je woorden die een bepaalde groep aanspreken, zoals 'jong team'?",
      "4. Staat erin dat je kijkt naar wat iemand kan, en hoe de selectie gaat?",
      "5. Kun je ook zonder brief reageren, bijvoorbeeld met een telefoontje of een meeloopdag?",
    ].join("\n"),
    themes: [DIVERSITEIT],
    tags: ["vacaturetekst", "checklist", "mkb"],
    author: "samir",
    community: "inclusief-werven-en-selecteren",
    phases: ["WERVING_SELECTIE"],
    targetGroups: ["WERKGEVERS", "HR_RECRUITERS"],
    publicOnWeb: true,
    featured: true,
    daysAgo: 35,
  },
  {
    kind: "HANDREIKING",
    status: "PUBLISHED",
    title: "Handreiking: het gesprek met een leerbedrijf bij stagediscriminatie",
    summary: "Een stappenplan voor stagecoördinatoren: hoe je een melding serieus neemt, het leerbedrijf aanspreekt en de student steunt.",
    body: [
      "Stap 1. Luister naar de student en schrijf op wat er gebeurde, met data.",
      "Stap 2. Bespreek met de student wat hij of zij wil: een gesprek, een melding, of alleen een andere plek.",
      "Stap 3. Maak een afspraak met het leerbedrijf en vertel wat je gehoord hebt, zonder te oordelen.",
      "Stap 4. Maak afspraken en leg ze vast. Spreek af wanneer je terugkomt.",
      "Stap 5. Meld het bij SBB als het leerbedrijf niet wil meewerken.",
    ].join("\n\n"),
    themes: [STAGE],
    tags: ["stagediscriminatie", "leerbedrijf", "stappenplan"],
    author: "marloes",
    community: "stagediscriminatie-tegengaan",
    phases: ["STAGE_BPV"],
    targetGroups: ["ONDERWIJS"],
    publicOnWeb: true,
    daysAgo: 20,
  },
  {
    kind: "ONDERZOEK",
    status: "PUBLISHED",
    title: "Barometer Culturele Diversiteit",
    summary:
      "Het CBS meet voor werkgevers die meedoen hoe cultureel divers hun personeel is, zonder dat de werkgever zelf gegevens over afkomst hoeft te verzamelen.",
    body: "Werkgevers mogen zelf geen gegevens over afkomst van medewerkers vastleggen. De Barometer laat het CBS dat doen op basis van bestaande statistieken, en de werkgever krijgt alleen totalen te zien. Zo kun je volgen of je aanpak effect heeft.",
    themes: [DIVERSITEIT, KENNIS],
    tags: ["meten", "monitoring", "cbs"],
    author: "meiling",
    community: "kennisagenda-via",
    externalUrl: "https://www.cbs.nl",
    publisher: "Centraal Bureau voor de Statistiek (CBS)",
    publicationYear: 2022,
    sources: ["CBS, Barometer Culturele Diversiteit"],
    publicOnWeb: true,
    daysAgo: 90,
  },
  {
    kind: "VEELGESTELDE_VRAAG",
    status: "PUBLISHED",
    title: "Mag ik als werkgever registreren welke afkomst mijn medewerkers hebben?",
    summary:
      "Nee. Gegevens over afkomst zijn bijzondere persoonsgegevens. Wil je meten hoe divers je organisatie is, gebruik dan een anonieme meting zoals de Barometer Culturele Diversiteit.",
    body: "Nee, dat mag in de regel niet. Afkomst is een bijzonder persoonsgegeven onder de AVG. Wil je weten of je aanpak werkt? Kijk dan naar wat je wel mag meten: hoeveel mensen solliciteren, wie doorstroomt en wie blijft. Voor een meting van culturele diversiteit kun je meedoen aan de Barometer Culturele Diversiteit van het CBS.",
    themes: [DIVERSITEIT],
    tags: ["avg", "meten", "privacy"],
    author: "anouk",
    publicOnWeb: true,
    daysAgo: 110,
  },
  {
    kind: "VEELGESTELDE_VRAAG",
    status: "PUBLISHED",
    title: "Wat is het verschil tussen anoniem en objectief selecteren?",
    summary:
      "Anoniem selecteren haalt gegevens weg uit het cv. Objectief selecteren gaat verder: vaste criteria en vragen in de hele procedure.",
    body: "Anoniem selecteren is één maatregel in de eerste ronde. Objectief selecteren is de hele aanpak: je bepaalt vooraf wat de functie vraagt, je gebruikt vaste vragen en een scorelijst, en je kiest met meerdere mensen. Op de menukaart vind je beide.",
    themes: [DIVERSITEIT],
    tags: ["anoniem", "objectief selecteren"],
    author: "samir",
    publicOnWeb: true,
    daysAgo: 15,
  },
  // Public items on words that practitioners search by (statushouder, werkervaringsplek, bpv,
  // loonkostensubsidie, arbeidsmarktdiscriminatie, werkgevers-helpdesk, zelfeffectiviteit), so that
  // search on a demo instance shows what it finds for them, also to visitors (decision 235).
  {
    kind: "INTERVENTIE",
    status: "PUBLISHED",
    title: "Statushouders vanaf de start: inburgering en werk tegelijk",
    summary:
      "Statushouders, ook wel vergunninghouders genoemd, beginnen al tijdens de inburgering met werk, een werkervaringsplek of een opleiding. Wie wacht tot na het taalexamen, verliest vaak jaren.",
    body: [
      "Volgens cijfers van het CBS die de Werkagenda VIA noemt, had maar 16 procent van de statushouders na vijf jaar werk. Veel nieuwkomers staan ook na hun inburgering nog langs de zijlijn. Sinds januari 2022 kan de gemeente taal en werk in de inburgering eerder combineren.",
      "In deze aanpak maakt de klantmanager in de eerste maand samen met de statushouder een plan: welke taal, welk werk en welke opleiding. De statushouder leert de taal op een werkervaringsplek of in een leerwerktraject, met een vaste begeleider op de werkvloer. De werkgever heeft één aanspreekpunt bij de gemeente.",
      "Vluchtelingen brengen vaak werkervaring en diploma's mee. Laat een diploma waarderen en kijk naar wat iemand al kan, niet alleen naar het taalniveau.",
    ].join("\n\n"),
    themes: [TOELEIDING],
    tags: ["statushouders", "inburgering", "nieuwkomers", "werkervaringsplek"],
    author: "fatma",
    community: "klantmanagers-arbeidstoeleiding",
    phases: ["BEGELEIDING_NAAR_WERK", "LEERWERKTRAJECT"],
    targetGroups: ["PROFESSIONALS_WERK_INKOMEN", "WERKZOEKENDEN", "WERKGEVERS"],
    sectors: ["ZORG_WELZIJN", "TECHNIEK_INDUSTRIE", "LOGISTIEK", "SCHOONMAAK_FACILITAIR"],
    sizes: ALL_SIZES,
    evidence: "GOED_BESCHREVEN",
    sources: ["Werkagenda VIA (2021), thema arbeidstoeleiding", "Wet inburgering 2021 (in werking sinds januari 2022)"],
    reviewInMonths: 12,
    cost: "MIDDEN",
    effort: "Een plan in de eerste maand, daarna een vaste klantmanager en een werkbegeleider bij de werkgever.",
    howToStart:
      "Kies de statushouders die dit kwartaal in je gemeente komen wonen. Plan voor ieder binnen vier weken een gesprek over werk, en zoek twee werkgevers die een werkervaringsplek met taalbegeleiding willen bieden.",
    contact: "Klantmanagers van de gemeente; VluchtelingenWerk Nederland; UAF voor hoger opgeleide vluchtelingen",
    publicOnWeb: true,
    daysAgo: 18,
  },
  {
    kind: "HANDREIKING",
    status: "PUBLISHED",
    title: "Een werkervaringsplek goed afspreken",
    summary:
      "Op een werkervaringsplek doet iemand zonder baan een tijd ervaring op bij een werkgever, met behoud van uitkering. Met deze vijf stappen wordt het een opstap naar betaald werk.",
    body: [
      "Stap 1. Spreek vooraf af wat iemand gaat leren, en schrijf het op.",
      "Stap 2. Leg vast hoe lang de werkervaringsplek duurt, meestal drie tot zes maanden.",
      "Stap 3. Kies een vaste werkbegeleider die tijd heeft voor vragen.",
      "Stap 4. De werkervaringsplek komt naast het vaste personeel, niet in de plaats van een betaalde baan.",
      "Stap 5. Bespreek halverwege wat daarna komt: een contract, een leerwerktraject of een andere plek. Kan iemand door een arbeidsbeperking niet het minimumloon verdienen? Vraag de gemeente dan naar loonkostensubsidie.",
    ].join("\n\n"),
    themes: [TOELEIDING],
    tags: ["werkervaringsplek", "werkervaring", "stappenplan"],
    author: "mehmet",
    community: "klantmanagers-arbeidstoeleiding",
    phases: ["BEGELEIDING_NAAR_WERK"],
    targetGroups: ["PROFESSIONALS_WERK_INKOMEN", "WERKGEVERS", "WERKZOEKENDEN"],
    publicOnWeb: true,
    daysAgo: 12,
  },
  {
    kind: "VEELGESTELDE_VRAAG",
    status: "PUBLISHED",
    title: "Wat is loonkostensubsidie?",
    summary:
      "Loonkostensubsidie (LKS) is geld van de gemeente voor een werkgever die iemand aanneemt die door een arbeidsbeperking niet het minimumloon kan verdienen. De werkgever betaalt het hele loon; de gemeente vult aan.",
    body: "Loonkostensubsidie hoort bij de Participatiewet. Een deskundige stelt op de werkplek de loonwaarde vast: hoeveel procent van het gewone werk iemand kan doen. De werkgever betaalt het volledige loon en krijgt van de gemeente het verschil tussen de loonwaarde en het wettelijk minimumloon, plus een vaste vergoeding voor de werkgeverslasten. De loonwaarde wordt na een tijd opnieuw bekeken. Het werkgeversservicepunt in je regio vertelt hoe je het aanvraagt.",
    themes: [TOELEIDING],
    tags: ["loonkostensubsidie", "participatiewet", "loonwaarde"],
    author: "fatma",
    publicOnWeb: true,
    daysAgo: 16,
  },
  {
    kind: "HANDREIKING",
    status: "PUBLISHED",
    title: "Beroepspraktijkvorming: eerlijke afspraken met het leerbedrijf",
    summary:
      "In het mbo heet de stage beroepspraktijkvorming, kortweg bpv. Zo verdelen school en leerbedrijf de bpv-plekken eerlijk en begeleiden ze de student goed.",
    body: [
      "Elke mbo-student loopt bpv bij een erkend leerbedrijf. SBB erkent de leerbedrijven. School, student en leerbedrijf tekenen samen een praktijkovereenkomst met de leerdoelen.",
      "Studenten met een migratieachtergrond moeten vaker en langer solliciteren voor een stageplek. Spreek daarom met het leerbedrijf af hoe het studenten kiest: op motivatie en leerdoelen, niet op naam of afkomst.",
      "Wat helpt: laat de school de eerste koppeling maken, vraag het leerbedrijf om vaste vragen in het kennismakingsgesprek, en kijk na elke periode samen wie een plek kreeg en wie niet.",
    ].join("\n\n"),
    themes: [STAGE],
    tags: ["bpv", "leerbedrijf", "praktijkovereenkomst"],
    author: "marloes",
    community: "stagediscriminatie-tegengaan",
    phases: ["STAGE_BPV"],
    targetGroups: ["ONDERWIJS", "WERKGEVERS", "JONGEREN"],
    publicOnWeb: true,
    daysAgo: 14,
  },
  {
    kind: "VEELGESTELDE_VRAAG",
    status: "PUBLISHED",
    title: "Hoe weten we dat er arbeidsmarktdiscriminatie is?",
    summary:
      "Onderzoek met gelijkwaardige cv's laat het steeds weer zien: met dezelfde ervaring krijgen kandidaten met een migratieachtergrond minder vaak een uitnodiging. Discriminatie op de arbeidsmarkt is bekend; het gaat nu om wat je eraan doet.",
    body: [
      "Onderzoekers sturen twee cv's die even goed zijn naar echte vacatures of stages. Alleen bijvoorbeeld de naam verschilt. Zo zie je of beide kandidaten even vaak een reactie krijgen. Zulke cv-onderzoeken laten in Nederland al jaren hetzelfde zien.",
      "Wat kun je als werkgever doen? Selecteer objectief: bepaal vooraf wat de functie vraagt, stel iedereen dezelfde vragen en kies met meer mensen samen. Anoniem solliciteren in de eerste ronde helpt ook. Op de menukaart vind je deze aanpakken.",
    ].join("\n\n"),
    themes: [DIVERSITEIT],
    tags: ["arbeidsmarktdiscriminatie", "cv-onderzoek", "objectief selecteren"],
    author: "meiling",
    sources: ["Werkagenda VIA (2021)", "Studies met fictieve, gelijkwaardige cv's op echte vacatures en stages"],
    publicOnWeb: true,
    daysAgo: 22,
  },
  {
    kind: "VEELGESTELDE_VRAAG",
    status: "PUBLISHED",
    title: "Waar kan ik als werkgever terecht met vragen over diversiteit?",
    summary:
      "Bij de werkgevers-helpdesk van Diversiteit in Bedrijf (SER), rond het Charter Diversiteit. Je kunt er met praktische vragen terecht, ook als je net begint.",
    body: "De Werkagenda VIA wil dat steeds meer werkgevers doen wat werkt voor gelijke kansen, niet alleen de voorhoede. Daarvoor is er een helpdesk voor werkgevers bij Diversiteit in Bedrijf, het netwerk rond het Charter Diversiteit van de SER. Je kunt er vragen stellen als: hoe schrijf ik een vacature die iedereen aanspreekt? Wat mag ik wel en niet meten? Waar begin ik als klein bedrijf? Wil je liever van andere werkgevers leren? Doe dan mee met het doe-netwerk werkgevers, of kijk op de menukaart welke aanpakken werken.",
    themes: [DIVERSITEIT],
    tags: ["helpdesk", "charter diversiteit", "mkb"],
    author: "samir",
    publicOnWeb: true,
    daysAgo: 28,
  },
  {
    kind: "HANDREIKING",
    status: "PUBLISHED",
    title: "Zelfeffectiviteit: vertrouwen in eigen kunnen bij de studiekeuze",
    summary:
      "Jongeren die erop vertrouwen dat ze iets kunnen, kiezen beter en zoeken langer door. Zo versterk je als mentor of loopbaanbegeleider die zelfeffectiviteit, en let je op je eigen verwachtingen.",
    body: [
      "Zelfeffectiviteit is het vertrouwen dat je iets kunt. Dat vertrouwen, en wat school, ouders en omgeving van een jongere verwachten, spelen een grote rol bij de studiekeuze. Soms zonder dat iemand het merkt: een docent raadt 'voor de zekerheid' een lager niveau aan.",
      "Wat helpt: laat jongeren benoemen wat hun lukte en waardoor. Laat ze praten met rolmodellen die op hen lijken. Vraag jezelf af of je van deze leerling minder verwacht dan van een ander, en waarom. En laat ouders meedenken, want zij hebben veel invloed op de keuze.",
    ].join("\n\n"),
    themes: [STAGE],
    tags: ["zelfeffectiviteit", "loopbaanbegeleiding", "verwachtingen"],
    author: "kofi",
    community: "studiekeuze-en-loopbaan",
    phases: ["STUDIEKEUZE"],
    targetGroups: ["ONDERWIJS", "JONGEREN"],
    sources: ["Werkagenda VIA (2021), thema eerste baan of stage: self-efficacy en verwachtingspatronen"],
    publicOnWeb: true,
    daysAgo: 26,
  },
  {
    kind: "VEELGESTELDE_VRAAG",
    status: "DRAFT",
    title: "Hoe vraag ik een leerbedrijf naar zijn selectiecriteria?",
    summary: "Een concept voor een veelgestelde vraag over het gesprek met leerbedrijven.",
    body: "Nog uitwerken.",
    themes: [STAGE],
    author: "priya",
    daysAgo: 2,
  },
];

const DAY = 24 * 60 * 60 * 1000;

function monthsFromNow(months: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, now.getUTCDate()));
}

export async function seedLibrary(context: SeedContext): Promise<void> {
  const moderator = context.userId("samir");
  await db().$transaction(
    async (tx) => {
      for (const seed of libraryItems) {
        const at = new Date(Date.now() - seed.daysAgo * DAY);
        const body = seed.body ? richTextFromPlainText(seed.body, ARTICLE_LIMITS) : null;
        const authorId = context.userId(seed.author);
        const published = seed.status === "PUBLISHED";
        const submitted = seed.status !== "DRAFT";
        const item = await tx.libraryItem.create({
          data: {
            slug: slugify(seed.title),
            kind: seed.kind,
            status: seed.status,
            title: seed.title,
            summary: seed.summary,
            body: (body ?? {
              root: { type: "root", version: 1, direction: null, format: "", indent: 0, children: [] },
            }) as unknown as Prisma.InputJsonValue,
            bodyText: body ? plainText(body) : "",
            tags: seed.tags ?? [],
            phases: seed.phases ?? [],
            targetGroups: seed.targetGroups ?? [],
            sectors: seed.sectors ?? [],
            organisationSizes: seed.sizes ?? [],
            evidenceLevel: seed.evidence ?? null,
            sourceReferences: seed.sources ?? [],
            reviewDate: seed.reviewInMonths !== undefined ? monthsFromNow(seed.reviewInMonths) : null,
            costLevel: seed.cost ?? null,
            effort: seed.effort ?? null,
            howToStart: seed.howToStart ?? null,
            contact: seed.contact ?? null,
            organisationName: seed.anonymous ? null : (seed.organisationName ?? null),
            anonymous: seed.anonymous ?? false,
            region: seed.region ?? null,
            challenge: seed.challenge ?? null,
            approach: seed.approach ?? null,
            results: seed.results ?? null,
            resultsMeasurement: seed.resultsMeasurement ?? null,
            lessons: seed.lessons ?? null,
            contactOptIn: seed.contactOptIn ?? false,
            externalUrl: seed.externalUrl ?? null,
            publisher: seed.publisher ?? null,
            publicationYear: seed.publicationYear ?? null,
            featured: seed.featured ?? false,
            goodExample: seed.goodExample ?? false,
            publicOnWeb: seed.publicOnWeb ?? false,
            returnComment: seed.returnComment ?? null,
            authorId,
            communityId: seed.community ? context.communityId(seed.community) : null,
            submittedAt: submitted ? at : null,
            publishedAt: published ? at : null,
            createdAt: new Date(at.getTime() - DAY),
            themes: { create: seed.themes.map((slug) => ({ themeId: context.themeId(slug) })) },
          },
          select: { id: true },
        });
        const revisions: Prisma.LibraryRevisionCreateManyInput[] = [
          {
            itemId: item.id,
            actorId: authorId,
            action: "created",
            changes: { status: { from: null, to: "DRAFT" } },
            createdAt: new Date(at.getTime() - DAY),
          },
        ];
        if (submitted)
          revisions.push({
            itemId: item.id,
            actorId: authorId,
            action: "submitted",
            changes: { status: { from: "DRAFT", to: "SUBMITTED" } },
            createdAt: at,
          });
        if (seed.status === "RETURNED") {
          revisions.push({
            itemId: item.id,
            actorId: moderator,
            action: "returned",
            changes: { status: { from: "SUBMITTED", to: "RETURNED" } },
            comment: seed.returnComment ?? null,
            createdAt: new Date(at.getTime() + DAY),
          });
        }
        if (published)
          revisions.push({
            itemId: item.id,
            actorId: moderator,
            action: "published",
            changes: { status: { from: "SUBMITTED", to: "PUBLISHED" } },
            createdAt: new Date(at.getTime() + 60 * 60 * 1000),
          });
        await tx.libraryRevision.createMany({ data: revisions });
      }
    },
    { timeout: 60_000 },
  );
  context.log(`seeded ${libraryItems.length} library items`);
}
