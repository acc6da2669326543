// Demo content for Praktijkplein, based on the Werkagenda Verdere Integratie
// op de Arbeidsmarkt (VIA), launched on 13 December 2021.
// All people and companies below are fictional. Texts are written in plain
// Dutch (B1). Profiles never record anybody's ethnicity or migration background.

export type SeedTheme = { slug: string; nameNl: string; nameEn: string; summaryNl: string; summaryEn: string; sortOrder: number };
export type SeedUser = {
  key: string; // short stable key used below, e.g. "anouk"
  email: string; // all @praktijkplein.test
  displayName: string;
  organisation: string | null;
  fieldRole:
    "KLANTMANAGER" | "HR_PROFESSIONAL" | "RECRUITER" | "EMPLOYER" | "EDUCATION" | "EXPERIENCE_EXPERT" | "POLICY_RESEARCH" | "OTHER";
  region: string | null; // one of the slugs listed below
  bio: string | null; // 1-3 sentences, first person, Dutch
  globalRole: "MEMBER" | "MODERATOR" | "ADMIN";
  showOrganisation?: boolean;
  showFieldRole?: boolean;
  showRegion?: boolean;
  showBio?: boolean; // default true
};
export type SeedCommunity = {
  slug: string;
  name: string;
  summary: string /* 10-240 chars */;
  about: string /* 2-4 short paragraphs separated by \n\n, max 5000 chars */;
  kind: "LEARNING" | "DO_NETWORK" | "SOUNDING_BOARD";
  accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY";
  themeSlug: string;
  facilitators: string[]; // user keys
  members: string[]; // user keys (not repeating facilitators)
  pendingRequests: { user: string; message: string | null }[];
  invitations: { email: string; role: "MEMBER" | "FACILITATOR" }[];
};

export const themes: SeedTheme[] = [
  {
    slug: "meer-diversiteit-op-het-werk",
    nameNl: "Meer culturele diversiteit op het werk",
    nameEn: "More cultural diversity at work",
    summaryNl:
      "Mensen met een migratieachtergrond krijgen bij gelijke kwalificaties minder kansen bij werving en selectie en bij doorgroei. Dit thema gaat over wat werkgevers, HR-professionals en recruiters kunnen doen voor gelijke kansen op werk, bijvoorbeeld met doe-netwerken, de menukaart en het Charter Diversiteit.",
    summaryEn:
      "With equal qualifications, people with a migration background get fewer chances in recruitment and selection and in career progression. This theme is about what employers, HR professionals and recruiters can do for equal opportunities at work, for example through employer do-networks, the menu of measures and the Diversity Charter.",
    sortOrder: 1,
  },
  {
    slug: "eerste-baan-of-stage",
    nameNl: "Meer kansen op eerste baan of stage voor jongeren",
    nameEn: "More chances of a first job or internship for young people",
    summaryNl:
      "Jongeren met een migratieachtergrond moeten vaker en langer solliciteren om een passende stage of baan te vinden. Dit thema gaat over een beter onderbouwde studiekeuze en over het tegengaan van stage- en arbeidsmarktdiscriminatie, samen met scholen, werkgevers en jongeren.",
    summaryEn:
      "Young people with a migration background have to apply more often and for longer to find a suitable internship or job. This theme is about better-informed study choices and about tackling internship and labour market discrimination, together with schools, employers and young people.",
    sortOrder: 2,
  },
  {
    slug: "arbeidstoeleiding",
    nameNl: "Arbeidstoeleiding: begeleiding vanuit een uitkering naar duurzaam werk",
    nameEn: "Guidance into work: from benefits to sustainable employment",
    summaryNl:
      "Dit thema gaat over wat nodig is om mensen in de bijstand of WW goed te begeleiden naar duurzaam werk. Denk aan leerwerktrajecten, intensieve begeleiding op maat en het vakmanschap van klantmanagers en intercedenten.",
    summaryEn:
      "This theme is about what is needed to guide people on social assistance or unemployment benefits into sustainable work. Think of combined learning-and-working pathways, intensive tailored support and the professional skills of client managers and agency consultants.",
    sortOrder: 3,
  },
  {
    slug: "kennisagenda",
    nameNl: "Kennisagenda",
    nameEn: "Knowledge agenda",
    summaryNl:
      "De kennisagenda bundelt de belangrijkste kennisvragen per thema. Met monitoring en evaluatie zien we of de werkagenda werkt, zodat we hem halfjaarlijks kunnen herijken en waar nodig bijsturen.",
    summaryEn:
      "The knowledge agenda brings together the main research questions for each theme. Through monitoring and evaluation we see whether the work agenda is having an effect, so that we can review it every six months and adjust where needed.",
    sortOrder: 4,
  },
];

export const users: SeedUser[] = [
  {
    key: "anouk",
    email: "admin@praktijkplein.test",
    displayName: "Anouk Verbeek",
    organisation: "Ministerie van SZW, programma Werkagenda VIA",
    fieldRole: "POLICY_RESEARCH",
    region: "haaglanden",
    bio: "Ik werk als beleidsmedewerker aan de Werkagenda VIA. Ik help partijen om samen te doen wat werkt. Op Praktijkplein zorg ik dat alles goed loopt.",
    globalRole: "ADMIN",
  },
  {
    key: "samir",
    email: "moderator@praktijkplein.test",
    displayName: "Samir Benali",
    organisation: "Programmateam Werkagenda VIA",
    fieldRole: "OTHER",
    region: "midden-utrecht",
    bio: "Ik ben communitymanager van Praktijkplein. Ik verbind mensen die van elkaar kunnen leren en let erop dat we respectvol met elkaar omgaan.",
    globalRole: "MODERATOR",
  },
  {
    key: "fatma",
    email: "facilitator@praktijkplein.test",
    displayName: "Fatma Yıldız",
    organisation: "Gemeente Rotterdam, team Werk en Inkomen",
    fieldRole: "KLANTMANAGER",
    region: "rijnmond",
    bio: "Ik ben al tien jaar klantmanager bij de gemeente. Ik geloof in echte aandacht voor wie iemand is en wat iemand kan. Ik deel graag wat werkt in de begeleiding naar werk.",
    globalRole: "MEMBER",
  },
  {
    key: "jeroen",
    email: "werkgever@praktijkplein.test",
    displayName: "Jeroen Smits",
    organisation: "Smits Installatietechniek",
    fieldRole: "EMPLOYER",
    region: "zuidoost-brabant",
    bio: "Ik ben directeur van een installatiebedrijf met zestig mensen. We vinden moeilijk goede monteurs, dus we kijken breder dan vroeger. Ik leer graag van andere werkgevers.",
    globalRole: "MEMBER",
  },
  {
    key: "priya",
    email: "lid@praktijkplein.test",
    displayName: "Priya Ramdin",
    organisation: "FlexPunt Uitzendgroep",
    fieldRole: "RECRUITER",
    region: "groot-amsterdam",
    bio: "Ik werk als recruiter bij een uitzendbureau. Elke dag help ik werkgevers en kandidaten bij elkaar te komen. Ik wil dat iedereen een eerlijke kans krijgt.",
    globalRole: "MEMBER",
  },
  {
    key: "kim",
    email: "nieuw@praktijkplein.test",
    displayName: "Kim Janssen",
    organisation: "Zorggroep Het Baken",
    fieldRole: "HR_PROFESSIONAL",
    region: "zuid-limburg",
    bio: "Ik ben HR-adviseur in de zorg. Ik ben net begonnen op Praktijkplein en kijk eerst rustig rond.",
    globalRole: "MEMBER",
  },
  {
    key: "marloes",
    email: "marloes@praktijkplein.test",
    displayName: "Marloes de Graaf",
    organisation: "Vakcollege Noord (mbo)",
    fieldRole: "EDUCATION",
    region: "groningen",
    bio: "Ik ben stagecoördinator op een mbo-school. Ik help studenten bij het vinden van een goede stageplek en ik spreek leerbedrijven aan als het misgaat.",
    globalRole: "MEMBER",
  },
  {
    key: "nadia",
    email: "nadia@praktijkplein.test",
    displayName: "Nadia Rozendaal",
    organisation: "Stichting Samen Verder",
    fieldRole: "EXPERIENCE_EXPERT",
    region: "drechtsteden",
    bio: "Ik weet uit eigen ervaring hoe het is om lang naar werk te zoeken. Nu denk ik mee over begeleiding die echt helpt.",
    globalRole: "MEMBER",
    showOrganisation: false,
    showRegion: false,
  },
  {
    key: "mehmet",
    email: "mehmet@praktijkplein.test",
    displayName: "Mehmet Aydın",
    organisation: "UWV WERKbedrijf",
    fieldRole: "KLANTMANAGER",
    region: "twente",
    bio: "Ik ben adviseur werk bij UWV. Ik begeleid mensen met een WW-uitkering naar nieuw werk en werk daarbij veel samen met de gemeente.",
    globalRole: "MEMBER",
  },
  {
    key: "lotte",
    email: "lotte@praktijkplein.test",
    displayName: "Lotte van Leeuwen",
    organisation: "Bakkerij Van Leeuwen",
    fieldRole: "EMPLOYER",
    region: "foodvalley",
    bio: "Ik heb een bakkerij met drie winkels en vijfentwintig medewerkers. Ik heb geen HR-afdeling, dus ik zoek praktische tips die ik morgen kan gebruiken.",
    globalRole: "MEMBER",
  },
  {
    key: "meiling",
    email: "meiling@praktijkplein.test",
    displayName: "Mei-Ling Tan",
    organisation: "Kenniscentrum Arbeid en Samenleving",
    fieldRole: "POLICY_RESEARCH",
    region: "midden-utrecht",
    bio: "Ik ben onderzoeker en ik kijk naar wat werkt voor gelijke kansen op de arbeidsmarkt. Ik wil onderzoek zo vertalen dat je er in de praktijk iets aan hebt.",
    globalRole: "MEMBER",
  },
  {
    key: "kofi",
    email: "kofi@praktijkplein.test",
    displayName: "Kofi Mensah",
    organisation: "Hogeschool Rijnstad, Career Centre",
    fieldRole: "EDUCATION",
    region: "holland-rijnland",
    bio: "Ik ben loopbaanadviseur op een hogeschool. Ik help studenten bij hun keuzes en bij de stap naar een eerste baan. Ik vind netwerken en zelfvertrouwen daarbij heel belangrijk.",
    globalRole: "MEMBER",
  },
];

export const communities: SeedCommunity[] = [
  {
    slug: "inclusief-werven-en-selecteren",
    name: "Inclusief werven en selecteren",
    summary:
      "Voor HR-professionals en recruiters die werving en selectie eerlijker willen maken: objectieve selectie, gestructureerde gesprekken en vacatureteksten die iedereen aanspreken.",
    about: [
      "In deze community leren HR-professionals, recruiters en intercedenten van elkaar. We gaan over één vraag: hoe maak je werving en selectie zo eerlijk mogelijk? Want bij gelijke kwalificaties krijgt niet iedereen dezelfde kans. Dat willen we veranderen.",
      "We werken met onderwerpen uit de Werkagenda VIA. Denk aan het objectiveren van werving en selectie, gestructureerde sollicitatiegesprekken met vaste vragen, anoniem selecteren, een langere kennismaking en heldere vacatureteksten. Ook de NVP Sollicitatiecode komt aan bod.",
      "Elke maand is er een online sessie van een uur. Een deelnemer brengt een echte casus in en we denken samen mee. Goede voorbeelden en checklists verzamelen we in de community. Zo vullen we samen de menukaart aan: één handzaam overzicht van wat bewezen werkt.",
      "De community is open. Iedereen die met werving en selectie werkt, is welkom. Ook als je werkt bij een organisatie zonder grote HR-afdeling.",
    ].join("\n\n"),
    kind: "LEARNING",
    accessMode: "OPEN",
    themeSlug: "meer-diversiteit-op-het-werk",
    facilitators: ["samir"],
    members: ["priya", "jeroen", "lotte", "anouk", "meiling"],
    pendingRequests: [],
    invitations: [],
  },
  {
    slug: "doe-netwerk-werkgevers-diversiteit",
    name: "Doe-netwerk werkgevers: culturele diversiteit",
    summary:
      "Een doe-netwerk van werkgevers uit mkb en grootbedrijf. We delen wat werkt voor meer culturele diversiteit in instroom, doorstroom en behoud, en we proberen het direct uit.",
    about: [
      "Dit is een doe-netwerk van werkgevers. De Werkagenda VIA wil dat in 2025 een meerderheid van de werkgevers doet wat bewezen werkt voor gelijke kansen. Niet alleen de voorhoede, maar ook werkgevers die er nog niet zo mee bezig zijn. Daar helpen we elkaar bij.",
      "We werken in rondes van drie maanden. Iedere werkgever kiest één concrete actie voor het eigen bedrijf. Bijvoorbeeld: een vaste lijst met vragen voor sollicitatiegesprekken, een divers selectiepanel, of duidelijke criteria voor doorgroei. Na drie maanden vertellen we elkaar wat het opleverde en wat lastig was.",
      "We komen elke maand online bij elkaar en twee keer per jaar op locatie, bij een van de bedrijven. We gebruiken de menukaart met materialen en verwijzen naar de helpdesk rond het Charter Diversiteit voor vragen die we zelf niet kunnen beantwoorden. Wil je meten hoe divers je organisatie is? Dan kijken we samen naar passende manieren, bijvoorbeeld de Barometer Culturele Diversiteit van het CBS.",
      "Het netwerk is alleen voor werkgevers en mensen die namens een werkgever meedoen. Vraag lidmaatschap aan en vertel kort wie je bent en wat je wilt leren.",
    ].join("\n\n"),
    kind: "DO_NETWORK",
    accessMode: "ON_REQUEST",
    themeSlug: "meer-diversiteit-op-het-werk",
    facilitators: ["jeroen"],
    members: ["lotte", "samir", "mehmet", "anouk"],
    pendingRequests: [
      {
        user: "priya",
        message:
          "Ik werk als recruiter bij een uitzendbureau en help veel mkb-werkgevers. Ik wil graag horen wat bij jullie werkt, zodat ik mijn klanten beter kan adviseren.",
      },
    ],
    invitations: [],
  },
  {
    slug: "stagediscriminatie-tegengaan",
    name: "Stagediscriminatie tegengaan",
    summary:
      "Voor stagecoördinatoren, loopbaanbegeleiders en werkgevers in mbo en hbo. We delen aanpakken tegen stagediscriminatie, van eerlijke stagematching tot steun voor studenten.",
    about: [
      "Sommige studenten moeten veel vaker solliciteren voor een stageplek dan anderen, terwijl ze even goed zijn. Dat is niet eerlijk. In deze community werken stagecoördinatoren, loopbaanbegeleiders en werkgevers samen om stagediscriminatie tegen te gaan.",
      "We praten over wat scholen en leerbedrijven kunnen doen. Bijvoorbeeld: stagematching waarbij de school een grotere rol heeft, oriënterende bedrijfsbezoeken, en een goed gesprek met een leerbedrijf als het misgaat. En hoe je een student steunt die discriminatie meemaakt, zodat die weet waar hij of zij terecht kan.",
      "We sluiten aan bij wat er al is. Denk aan de aanpak van stagediscriminatie in het mbo en het werkprogramma in het hoger onderwijs, het Kennispunt Gelijke Kansen, Diversiteit en Inclusie, en de workshops en tipkaarten van SBB. Werkgevers met vragen over eerlijke werving van stagiairs kunnen ook terecht bij de helpdesk van Diversiteit in Bedrijf bij de SER.",
      "Eén keer per maand is er een online sessie met een casus uit de praktijk. Samen maken we een korte handreiking voor het gesprek met leerbedrijven. De community is open voor iedereen uit het onderwijs en voor werkgevers die stageplekken bieden.",
    ].join("\n\n"),
    kind: "LEARNING",
    accessMode: "OPEN",
    themeSlug: "eerste-baan-of-stage",
    facilitators: ["marloes"],
    members: ["kofi", "priya", "lotte", "jeroen", "meiling"],
    pendingRequests: [],
    invitations: [],
  },
  {
    slug: "studiekeuze-en-loopbaan",
    name: "Studiekeuze en loopbaanbegeleiding",
    summary:
      "Voor decanen, mentoren en loopbaanbegeleiders in vo, mbo en hbo. Samen werken we aan een beter onderbouwde studiekeuze en meer zelfvertrouwen bij jongeren.",
    about: [
      "Een goede studiekeuze helpt jongeren later op de arbeidsmarkt. Maar niet elke jongere gebruikt informatie over kansen op werk. En verwachtingen van school, ouders en omgeving spelen vaak een grote rol, soms zonder dat iemand het merkt. In deze community zoeken we samen naar manieren om jongeren beter te helpen kiezen.",
      "We werken met de vijf loopbaancompetenties: motievenreflectie, kwaliteitenreflectie, werkexploratie, loopbaansturing en netwerken. Extra aandacht gaat naar zelfvertrouwen (self-efficacy) en naar onbewuste verwachtingen van begeleiders. We delen lessen, werkvormen en ervaringen met ouderbetrokkenheid en praktijkervaring.",
      "We zijn een leerwerkgemeenschap. Elke zes weken is er een online bijeenkomst. We sluiten aan bij bestaande kennis, zoals die van het Expertisepunt LOB, en vinden het wiel niet opnieuw uit.",
      "Lidmaatschap gaat op aanvraag. Zo houden we de groep klein genoeg om echt met elkaar in gesprek te gaan.",
    ].join("\n\n"),
    kind: "LEARNING",
    accessMode: "ON_REQUEST",
    themeSlug: "eerste-baan-of-stage",
    facilitators: ["kofi"],
    members: ["marloes", "meiling", "anouk", "nadia"],
    pendingRequests: [],
    invitations: [],
  },
  {
    slug: "klantmanagers-arbeidstoeleiding",
    name: "Klantmanagers: begeleiding naar duurzaam werk",
    summary:
      "Community of practice voor klantmanagers van gemeenten en UWV, en voor intercedenten. We delen lessen over intensieve begeleiding, maatwerk en leerwerktrajecten.",
    about: [
      "Deze community is voor klantmanagers van gemeenten en adviseurs werk van UWV. Intercedenten en jobcoaches zijn ook welkom. We begeleiden allemaal mensen vanuit de bijstand of WW naar werk. Hier delen we wat werkt, en wat niet.",
      "Goede begeleiding begint met echte aandacht. Wat heeft iemand nodig? Kan iemand direct aan de slag, of is eerst een traject beter? Spelen er andere dingen, zoals geld, gezondheid of familie? We bespreken casussen en leren van de VIA-pilots, bijvoorbeeld over leerwerktrajecten waarin je taal en een vak tegelijk leert. We kijken ook naar de aansluiting op het nieuwe inburgeringsstelsel.",
      "Elke maand is er een online intervisie in kleine groepen. We bundelen lessen en bestaande handreikingen op één plek, zodat niemand opnieuw het wiel hoeft uit te vinden. Dat sluit aan bij partijen zoals Divosa, VNG, SAM en UWV.",
      "Lidmaatschap gaat op aanvraag, omdat we vertrouwelijk over casussen praten. Deel nooit namen of andere gegevens waarmee iemand herkenbaar is.",
    ].join("\n\n"),
    kind: "LEARNING",
    accessMode: "ON_REQUEST",
    themeSlug: "arbeidstoeleiding",
    facilitators: ["fatma"],
    members: ["mehmet", "priya", "nadia", "samir"],
    pendingRequests: [
      {
        user: "meiling",
        message:
          "Ik doe onderzoek naar intensieve begeleiding. Ik wil graag meelezen en leren van jullie praktijk. Ik deel nooit iets zonder toestemming.",
      },
    ],
    invitations: [],
  },
  {
    slug: "klankbordgroep-ervaringsdeskundigen",
    name: "Klankbordgroep ervaringsdeskundigen",
    summary:
      "Een kleine, besloten groep ervaringsdeskundigen die meedenkt over begeleiding naar werk. Hun ervaring helpt om plannen en handreikingen beter te maken.",
    about: [
      "De Werkagenda VIA wil de mensen om wie het gaat zelf betrekken. Daarom is er deze klankbordgroep. Ervaringsdeskundigen geven hier hun mening over plannen, handreikingen en nieuwe aanpakken in de begeleiding naar werk.",
      "Een paar keer per jaar leggen de andere communities een vraag voor aan de klankbordgroep. Bijvoorbeeld: is deze uitleg duidelijk? Wat mist er in deze aanpak? We bespreken de vraag in een online sessie en geven samen advies terug.",
      "De groep is besloten en je kunt alleen meedoen na een uitnodiging. Zo is het een veilige plek. Wat je hier vertelt, blijft in de groep. Je bepaalt zelf wat je over jezelf deelt.",
    ].join("\n\n"),
    kind: "SOUNDING_BOARD",
    accessMode: "INVITE_ONLY",
    themeSlug: "arbeidstoeleiding",
    facilitators: ["nadia", "samir"],
    members: ["fatma", "mehmet", "anouk", "meiling"],
    pendingRequests: [],
    invitations: [{ email: "nieuw@praktijkplein.test", role: "MEMBER" }],
  },
  {
    slug: "kennisagenda-via",
    name: "Kennisagenda VIA",
    summary:
      "Over monitoring, onderzoek en de halfjaarlijkse herijking van de werkagenda. Voor onderzoekers, beleidsmakers en iedereen met een kennisvraag uit de praktijk.",
    about: [
      "De Werkagenda VIA is niet in beton gegoten. De horizon is 2025, en elk half jaar kijken we of de agenda nog past en waar we moeten bijsturen. Daarvoor is kennis nodig. In deze community werken we aan de kennisagenda.",
      "We verzamelen kennisvragen uit de drie thema's: meer culturele diversiteit op het werk, meer kansen op een eerste baan of stage, en arbeidstoeleiding. We delen nieuw onderzoek in gewone taal en bespreken hoe we de werkagenda goed kunnen monitoren. Loop je in de praktijk tegen een vraag aan waar nog geen antwoord op is? Zet hem hier neer.",
      "Voor elke halfjaarlijkse herijking organiseren we een online sessie. Daarin bespreken we wat we geleerd hebben en welke vragen nieuw onderzoek nodig hebben.",
      "Lidmaatschap gaat op aanvraag, omdat leden de cijfers op het dashboard van de werkagenda invullen. Vertel in je aanvraag kort wat je meet of onderzoekt. Een kennisvraag stellen kan iedereen met een account, op de pagina Kennisvragen van de werkagenda.",
    ].join("\n\n"),
    kind: "LEARNING",
    // On request: its members record the work agenda's public figures (decisions 075 and 232).
    accessMode: "ON_REQUEST",
    themeSlug: "kennisagenda",
    facilitators: ["meiling"],
    members: ["anouk", "samir", "kofi", "fatma", "jeroen"],
    pendingRequests: [],
    invitations: [],
  },
];
