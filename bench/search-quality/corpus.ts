/**
 * The passages of the search quality benchmark (npm run bench:search-quality):
 * short Dutch texts on the themes of the Werkagenda VIA, written for this
 * benchmark (they paraphrase common practice in the field, not the agenda
 * text). Judgments are in queries-*.ts. Written before any tuning of the
 * search; see docs/decisions/125 and 166 for how the set is kept honest.
 */
export type Passage = { id: string; title: string; body: string };

const p = (id: string, title: string, body: string): Passage => ({ id, title, body });

export const PASSAGES: Passage[] = [
  // A — statushouders, vergunninghouders, nieuwkomers, vluchtelingen
  p(
    "a01",
    "Statushouders sneller aan het werk",
    "Gemeenten begeleiden statushouders vanaf de eerste maand naar werk. Een vaste klantmanager maakt samen met de statushouder een plan met taal, werkervaring en scholing.",
  ),
  p(
    "a02",
    "Vergunninghouders in de regio Utrecht",
    "In de regio Utrecht kregen vorig jaar 420 vergunninghouders een woning. De gemeente koppelt elke vergunninghouder aan een werkcoach die ook de werkgever bezoekt.",
  ),
  p(
    "a03",
    "Nieuwkomers en de eerste baan",
    "Voor nieuwkomers is de eerste baan vaak een stap terug in niveau. Een goede intake laat zien welke ervaring iemand al meebrengt uit het land van herkomst.",
  ),
  p(
    "a04",
    "Vluchtelingen met een technische achtergrond",
    "Veel vluchtelingen uit Syrië en Eritrea hebben een technische achtergrond. Installatiebedrijven in Brabant werven gericht onder deze groep en bieden een leerbaan aan.",
  ),
  p(
    "a05",
    "Asielzoekers die al mogen werken",
    "Asielzoekers mogen onder voorwaarden al werken terwijl hun procedure loopt. Werkgevers hebben dan een tewerkstellingsvergunning nodig; het UWV geeft uitleg over de regels.",
  ),
  p(
    "a06",
    "Het brede intakegesprek met de statushouder",
    "Tijdens de brede intake bespreekt de gemeente opleiding, werkervaring, gezondheid en gezinssituatie. De uitkomst bepaalt de leerroute binnen de Wet inburgering.",
  ),
  p(
    "a07",
    "Duale trajecten: taal en werk tegelijk",
    "In een duaal traject leren nieuwkomers de taal op de werkvloer en in de klas tegelijk. Deelnemers werken drie dagen en volgen twee dagen les.",
  ),
  p(
    "a08",
    "Ervaringsverhaal: van azc naar vaste baan",
    "Ahmad woonde acht maanden in een azc. Via een werkervaringsplek bij een drukkerij kreeg hij na een jaar een vast contract als operator.",
  ),
  p(
    "a09",
    "Werkgevers over het aannemen van statushouders",
    "Werkgevers noemen taal en onbekendheid met regelingen als grootste drempel bij het aannemen van statushouders. Een vast aanspreekpunt bij de gemeente helpt.",
  ),
  p(
    "a10",
    "Gezinsmigranten vergeten in het beleid",
    "Niet alleen vluchtelingen, ook gezinsmigranten hebben steun nodig op weg naar werk. Zij vallen vaak buiten de begeleiding die gemeenten aan statushouders bieden.",
  ),
  p(
    "a11",
    "Vergunninghouders en vrijwilligerswerk",
    "Vrijwilligerswerk kan voor vergunninghouders een opstap zijn naar betaald werk, mits het niet te lang duurt en er een plan voor doorstroom is.",
  ),
  p(
    "a12",
    "Oekraïense ontheemden op de arbeidsmarkt",
    "Ontheemden uit Oekraïne mogen direct werken. Veel van hen werken onder hun niveau, in de logistiek en de schoonmaak.",
  ),

  // B — stage, bpv, werkervaringsplek, leerwerkplek
  p(
    "b01",
    "Stagediscriminatie in het mbo",
    "Studenten met een migratieachtergrond vinden moeilijker een stageplaats. Scholen en bedrijven spraken af dat stagediscriminatie altijd gemeld kan worden bij een meldpunt.",
  ),
  p(
    "b02",
    "Beroepspraktijkvorming goed begeleiden",
    "De beroepspraktijkvorming is een verplicht deel van elke mbo-opleiding. Een praktijkopleider in het leerbedrijf begeleidt de student en beoordeelt de voortgang.",
  ),
  p(
    "b03",
    "BPV-plaatsen in de zorg",
    "Zorginstellingen in Twente bieden samen 300 bpv-plaatsen per jaar aan. Een gezamenlijk loket verdeelt de plaatsen eerlijk over de studenten.",
  ),
  p(
    "b04",
    "Werkervaringsplekken bij de gemeente",
    "De gemeente zelf biedt werkervaringsplekken aan bij de buitendienst en in de administratie. Deelnemers houden hun uitkering en krijgen een getuigschrift.",
  ),
  p(
    "b05",
    "Leerwerkplekken in de techniek",
    "Een leerwerkplek combineert leren en werken in één traject. Technische bedrijven bieden leerwerkplekken aan voor nieuwkomers met ervaring in de bouw.",
  ),
  p(
    "b06",
    "Stages voor hbo-studenten met een migratieachtergrond",
    "Ook hbo-studenten merken dat hun naam uitmaakt bij het vinden van stages. Hogescholen trainen stagebegeleiders in het herkennen van vooroordelen.",
  ),
  p(
    "b07",
    "Erkend leerbedrijf worden",
    "Een bedrijf dat studenten wil opleiden moet erkend leerbedrijf zijn bij de SBB. De erkenning is gratis en geldt voor de opleidingen die bij het bedrijf passen.",
  ),
  p(
    "b08",
    "Snuffelstages voor jongeren",
    "In een snuffelstage loopt een jongere een paar dagen mee in een bedrijf. Zo ontdekken jongeren beroepen die ze niet kenden.",
  ),
  p(
    "b09",
    "Stagebegeleiding vanuit school",
    "De stagebegeleider van school bezoekt de student minstens twee keer per periode. Problemen op de stageplek komen zo vroeg op tafel.",
  ),
  p(
    "b10",
    "Meldpunt stagediscriminatie: eerste resultaten",
    "In het eerste jaar kwamen 96 meldingen binnen bij het meldpunt. In een derde van de gevallen ging het om een afwijzing na het noemen van een achternaam.",
  ),
  p(
    "b11",
    "Werkervaring opdoen met behoud van uitkering",
    "Wie een bijstandsuitkering heeft, kan werkervaring opdoen met behoud van uitkering. De duur is beperkt tot zes maanden, zodat het geen verdringing wordt.",
  ),
  p(
    "b12",
    "Stagemarkt voor statushouders",
    "Op de stagemarkt ontmoeten statushouders die een mbo-opleiding volgen bedrijven uit de regio. Vorig jaar vonden 45 studenten zo een plek.",
  ),

  // C — arbeidsmarktdiscriminatie
  p(
    "c01",
    "Arbeidsmarktdiscriminatie aanpakken",
    "Arbeidsmarktdiscriminatie begint vaak bij de selectie van cv's. Werkgevers die werven op vaardigheden in plaats van op naam en netwerk, zien een diverser aanbod.",
  ),
  p(
    "c02",
    "Discriminatie op de arbeidsmarkt in cijfers",
    "Uit praktijktests blijkt dat sollicitanten met een Arabisch klinkende naam minder vaak worden uitgenodigd. Discriminatie op de arbeidsmarkt is hardnekkig en vaak onbewust.",
  ),
  p(
    "c03",
    "Wet toezicht gelijke kansen bij werving en selectie",
    "De wet verplicht werkgevers met 25 of meer werknemers een werkwijze te hebben tegen discriminatie bij werving en selectie. De Arbeidsinspectie houdt toezicht.",
  ),
  p(
    "c04",
    "Anoniem solliciteren: werkt het?",
    "Bij anoniem solliciteren ziet de selectiecommissie geen naam, leeftijd of foto. Onderzoek laat gemengde resultaten zien: het helpt in de eerste ronde, maar daarna niet altijd.",
  ),
  p(
    "c05",
    "Vooroordelen in het sollicitatiegesprek",
    "Onbewuste vooroordelen spelen vooral in het gesprek. Gestructureerde interviews met vaste vragen en een scoreformulier verkleinen de invloed ervan.",
  ),
  p(
    "c06",
    "Uitzendbureaus en discriminerende verzoeken",
    "Uitzendbureaus krijgen soms het verzoek om geen kandidaten met een migratieachtergrond te sturen. Medewerkers leren zulke verzoeken te weigeren en te melden.",
  ),
  p(
    "c07",
    "Discriminatie op de werkvloer melden",
    "Wie discriminatie op de werkvloer meemaakt, kan terecht bij een vertrouwenspersoon of een antidiscriminatievoorziening. Een klachtenregeling hoort bij elk bedrijf.",
  ),
  p(
    "c08",
    "Algoritmes bij werving en selectie",
    "Software die cv's selecteert kan discriminatie versterken als ze leert van oude keuzes. Werkgevers laten hun algoritmes daarom toetsen.",
  ),
  p(
    "c09",
    "Gelijke beloning voor gelijk werk",
    "Medewerkers met een migratieachtergrond verdienen gemiddeld minder, ook bij gelijke opleiding. Een loonkloofanalyse maakt zichtbaar waar het verschil zit.",
  ),
  p(
    "c10",
    "Campagne tegen uitsluiting bij werving",
    "Een landelijke campagne roept werkgevers op om eerlijk te werven. De campagne deelt voorbeelden van bedrijven die hun vacatureteksten herschreven.",
  ),

  // D — werkgevers: helpdesk, servicepunt, inclusief werven
  p(
    "d01",
    "De werkgevershelpdesk diversiteit",
    "Werkgevers met vragen over diversiteit kunnen bellen met de helpdesk. De helpdesk voor werkgevers verwijst door naar regelingen, trainingen en de menukaart van interventies.",
  ),
  p(
    "d02",
    "Werkgeversservicepunt als vast aanspreekpunt",
    "Het werkgeversservicepunt in de regio bundelt de dienstverlening van gemeenten en UWV. Werkgevers hebben één contactpersoon voor alle vragen over personeel.",
  ),
  p(
    "d03",
    "Inclusief werven in vijf stappen",
    "Inclusief werven begint bij een heldere functie-eis. In vijf stappen leert een werkgever vacatures te schrijven die meer mensen aanspreken.",
  ),
  p(
    "d04",
    "Vacatureteksten zonder drempels",
    "Lange eisenlijsten schrikken kandidaten af. Schrijf in begrijpelijke taal, noem alleen wat echt nodig is en vermeld dat iedereen welkom is.",
  ),
  p(
    "d05",
    "Werkgevers in het mkb zoeken hulp",
    "Kleine werkgevers hebben geen HR-afdeling. Voor hen is een vast aanspreekpunt bij de gemeente of het werkgeversservicepunt extra belangrijk.",
  ),
  p(
    "d06",
    "Open hiring in een bakkerij",
    "Bij open hiring neemt de werkgever iedereen aan die zich meldt, zonder gesprek of cv. Een bakkerij in Nijmegen werkt zo en houdt 80 procent van de nieuwe medewerkers vast.",
  ),
  p(
    "d07",
    "Diversiteit in Bedrijf: het charter",
    "Organisaties die het charter ondertekenen, beloven een diversiteitsbeleid met meetbare doelen. Zij rapporteren jaarlijks over hun voortgang.",
  ),
  p(
    "d08",
    "Werkgeversnetwerk inclusief ondernemen",
    "In het werkgeversnetwerk delen ondernemers wat werkt bij het aannemen van nieuwe groepen. Elke maand is er een ontbijtbijeenkomst bij een van de leden.",
  ),
  p(
    "d09",
    "Jobcarving: functies opnieuw verdelen",
    "Bij jobcarving haalt een werkgever eenvoudige taken uit bestaande functies en maakt daar een nieuwe functie van. Zo ontstaat werk voor mensen zonder startkwalificatie.",
  ),
  p(
    "d10",
    "Helpdesk voor ondernemers met personeelsvragen",
    "Ondernemers kunnen met vragen over personeel en regelingen terecht bij het ondernemersloket. Het loket is bereikbaar per telefoon en chat.",
  ),

  // E — loonkostensubsidie, proefplaatsing, Participatiewet, bijstand
  p(
    "e01",
    "Loonkostensubsidie uitgelegd",
    "Met loonkostensubsidie compenseert de gemeente een werkgever voor de lagere loonwaarde van een medewerker. De subsidie hoort bij de Participatiewet.",
  ),
  p(
    "e02",
    "LKS en de loonwaardemeting",
    "Voor LKS stelt een deskundige op de werkplek de loonwaarde vast. De werkgever betaalt het volledige loon en krijgt het verschil vergoed.",
  ),
  p(
    "e03",
    "Proefplaatsing zonder risico",
    "Tijdens een proefplaatsing werkt iemand twee maanden onbetaald met behoud van uitkering. Zo kan de werkgever zien of het werk past voordat er een contract komt.",
  ),
  p(
    "e04",
    "De Participatiewet in het kort",
    "De Participatiewet regelt de bijstand en de ondersteuning naar werk voor iedereen die kan werken maar daar hulp bij nodig heeft. Gemeenten voeren de wet uit.",
  ),
  p(
    "e05",
    "Bijstand en bijverdienen",
    "Wie in de bijstand zit en parttime gaat werken, mag een deel van het inkomen houden. Die vrijlatingsregeling maakt kleine banen aantrekkelijker.",
  ),
  p(
    "e06",
    "No-riskpolis bij ziekte",
    "De no-riskpolis dekt de loonkosten als een medewerker met een arbeidsbeperking ziek wordt. Werkgevers kennen de regeling vaak niet.",
  ),
  p(
    "e07",
    "Regelingen voor werkgevers op een rij",
    "Loonkostensubsidie, no-riskpolis, proefplaatsing en mobiliteitsbonus: de regelingen voor werkgevers staan op één overzicht.",
  ),
  p(
    "e08",
    "Uitstroom uit de bijstand van statushouders",
    "Na vijf jaar heeft ongeveer de helft van de statushouders betaald werk. Velen blijven deels afhankelijk van een bijstandsuitkering.",
  ),
  p(
    "e09",
    "Subsidie voor taalcursus op het werk",
    "Werkgevers kunnen subsidie krijgen voor een taalcursus van hun medewerkers. De regeling Tel mee met Taal vergoedt een deel van de kosten.",
  ),
  p(
    "e10",
    "Premiekorting bij het aannemen van ouderen",
    "De premiekorting helpt oudere werkzoekenden aan een baan. Ook voor mensen met een arbeidsbeperking bestaat een korting op de premie.",
  ),

  // F — klantmanagers, consulenten, zelfeffectiviteit
  p(
    "f01",
    "Klantmanagers met kennis van culturen",
    "Klantmanagers die de achtergrond van hun klanten kennen, bouwen sneller vertrouwen op. De gemeente traint alle klantmanagers in cultuursensitief werken.",
  ),
  p(
    "f02",
    "De rol van de werkconsulent",
    "De consulent werk en inkomen helpt werkzoekenden bij het vinden van een baan. Een consulent heeft gemiddeld 80 klanten, te veel voor intensieve begeleiding.",
  ),
  p(
    "f03",
    "Zelfeffectiviteit versterken",
    "Zelfeffectiviteit is het vertrouwen dat je een taak aankunt. Werkzoekenden met een hoge zelfeffectiviteit solliciteren vaker en houden het langer vol.",
  ),
  p(
    "f04",
    "Eigen regie in het re-integratietraject",
    "Werkzoekenden die zelf keuzes maken in hun traject, zijn gemotiveerder. De klantmanager stelt vragen in plaats van opdrachten te geven.",
  ),
  p(
    "f05",
    "Caseload van klantmanagers verlagen",
    "Met een caseload van 40 in plaats van 120 klanten kunnen klantmanagers elke klant vaker zien. Een proef in Amsterdam liet meer uitstroom naar werk zien.",
  ),
  p(
    "f06",
    "Motiverende gespreksvoering",
    "Motiverende gespreksvoering helpt consulenten om mensen zelf te laten ontdekken wat ze willen. De methode is goed onderzocht.",
  ),
  p(
    "f07",
    "Vertrouwen in eigen kunnen bij jongeren",
    "Jongeren die niet geloven dat ze werk kunnen vinden, geven sneller op. Trainingen die het zelfvertrouwen vergroten helpen hen verder.",
  ),
  p(
    "f08",
    "Werkcoaches na plaatsing",
    "Ook na de plaatsing blijft een werkcoach betrokken. Zo komen problemen op het werk of thuis vroeg in beeld en blijft de baan behouden.",
  ),
  p(
    "f09",
    "Intervisie voor klantmanagers",
    "Klantmanagers bespreken elke maand lastige situaties met collega's. Intervisie helpt om van elkaar te leren en werkdruk te delen.",
  ),
  p(
    "f10",
    "Zelf effectief solliciteren: een training",
    "In de training leren deelnemers hun sterke kanten te benoemen en een sollicitatiegesprek voor te bereiden. Na de training voelen zij zich zelfverzekerder.",
  ),

  // G — taal, taalcoaching, inburgering
  p(
    "g01",
    "Taalcoaching op de werkvloer",
    "Een taalcoach helpt medewerkers de taal te leren tijdens het werk. Collega's krijgen tips om duidelijk te praten en geduldig te zijn.",
  ),
  p(
    "g02",
    "De Wet inburgering 2021",
    "Sinds de Wet inburgering 2021 regelen gemeenten de inburgering van nieuwkomers. Taalniveau B1 is het uitgangspunt, met werk als belangrijk doel.",
  ),
  p(
    "g03",
    "NT2-lessen combineren met werk",
    "Lessen Nederlands als tweede taal in de avond maken het mogelijk om overdag te werken. Sommige werkgevers geven lessen in werktijd.",
  ),
  p(
    "g04",
    "Taalniveau als drempel bij sollicitaties",
    "Werkgevers vragen vaak een hoger taalniveau dan het werk vereist. Kijk kritisch naar de taaleis in een vacature.",
  ),
  p(
    "g05",
    "Vaktaal leren in de zorg",
    "Zorgmedewerkers die Nederlands als tweede taal hebben, leren vaktaal met een app en korte lessen op de afdeling.",
  ),
  p(
    "g06",
    "Taalmaatjes voor nieuwkomers",
    "Vrijwillige taalmaatjes oefenen wekelijks met een nieuwkomer. Ze praten over alledaagse onderwerpen en over werk.",
  ),
  p(
    "g07",
    "Laaggeletterdheid onder medewerkers",
    "Ook medewerkers die in Nederland zijn opgegroeid kunnen moeite hebben met lezen en schrijven. Een taalscan laat zien wie baat heeft bij een cursus.",
  ),
  p(
    "g08",
    "Werkplekleren met beeldtaal",
    "Werkinstructies met pictogrammen en foto's helpen medewerkers die de taal nog leren. Fouten en ongevallen nemen zo af.",
  ),
  p(
    "g09",
    "Inburgeren en werken tegelijk",
    "De leerroute in de inburgering kan gecombineerd worden met een baan. Gemeenten stemmen de lestijden af met werkgevers.",
  ),
  p(
    "g10",
    "Het taalakkoord van werkgevers",
    "Bedrijven die het taalakkoord tekenen, beloven hun medewerkers te helpen bij het verbeteren van hun taal.",
  ),

  // H — jongeren, mbo, schoolverlaters
  p(
    "h01",
    "Jongeren met een migratieachtergrond en de overgang naar werk",
    "De overgang van school naar werk is voor jongeren met een migratieachtergrond lastiger. Zij zijn vaker werkloos na hun diploma, ook met hetzelfde niveau.",
  ),
  p(
    "h02",
    "Mbo-studenten begeleiden naar een baan",
    "Mbo-scholen houden na het diploma nog een jaar contact met hun oud-studenten. Zo vallen minder jongeren tussen wal en schip.",
  ),
  p(
    "h03",
    "Voortijdig schoolverlaters terug naar school",
    "Jongeren zonder startkwalificatie krijgen hulp om terug te gaan naar school of een leerbaan te vinden. De RMC-regio houdt bij wie uitvalt.",
  ),
  p(
    "h04",
    "Netwerk als kans voor jongeren",
    "Jongeren zonder netwerk missen vacatures die via via worden ingevuld. Netwerkbijeenkomsten met werkgevers maken het verschil.",
  ),
  p(
    "h05",
    "Gastlessen door rolmodellen",
    "Professionals met een migratieachtergrond geven gastlessen op het mbo. Studenten zien zo wat mogelijk is.",
  ),
  p(
    "h06",
    "Loopbaanoriëntatie in het vmbo",
    "Goede loopbaanoriëntatie begint al op het vmbo. Leerlingen bezoeken bedrijven en praten met ouders over hun keuze.",
  ),
  p(
    "h07",
    "Jongerenwerk en werkgevers",
    "Jongerenwerkers kennen de jongeren in de wijk en brengen hen in contact met werkgevers die openstaan voor een kans.",
  ),
  p(
    "h08",
    "Zomerbanen voor scholieren",
    "Een zomerbaan geeft scholieren eerste werkervaring. Gemeenten helpen jongeren uit wijken met weinig netwerk aan een zomerbaan.",
  ),

  // I — culturele diversiteit meten
  p(
    "i01",
    "Culturele diversiteit meten met de CBS-barometer",
    "Met de barometer culturele diversiteit van het CBS ziet een werkgever hoe divers het personeel is, zonder dat medewerkers iets hoeven in te vullen.",
  ),
  p(
    "i02",
    "Diversiteitsbeleid met meetbare doelen",
    "Een diversiteitsbeleid werkt beter met doelen die je kunt meten. Kies een startpunt, een streefcijfer en een moment om terug te kijken.",
  ),
  p(
    "i03",
    "Privacy bij het meten van diversiteit",
    "Gegevens over afkomst zijn gevoelig. Het meten van diversiteit gebeurt daarom met geanonimiseerde gegevens en op het niveau van de organisatie.",
  ),
  p(
    "i04",
    "Diversiteit in de top van organisaties",
    "In raden van bestuur zijn mensen met een migratieachtergrond sterk ondervertegenwoordigd. Een streefcijfer voor de top helpt.",
  ),
  p(
    "i05",
    "Een monitor voor inclusie",
    "Naast diversiteit meet een inclusiemonitor of medewerkers zich welkom en gehoord voelen. De monitor bestaat uit twaalf vragen.",
  ),
  p(
    "i06",
    "Cultuur en inclusie in teams",
    "Een inclusieve teamcultuur vraagt om leidinggevenden die verschillen benutten. Teams waar iedereen meedenkt, presteren beter.",
  ),
  p(
    "i07",
    "Benchmark diversiteit per sector",
    "Sectoren verschillen sterk in culturele diversiteit. De benchmark laat zien hoe een organisatie scoort ten opzichte van de sector.",
  ),
  p(
    "i08",
    "Rapporteren over diversiteit in het jaarverslag",
    "Steeds meer organisaties rapporteren in hun jaarverslag over diversiteit en inclusie, met cijfers over werving, doorstroom en uitstroom.",
  ),

  // J — mentoring, buddy, rolmodellen
  p(
    "j01",
    "Mentorprogramma voor nieuwe medewerkers",
    "Een mentor uit het bedrijf begeleidt nieuwe medewerkers het eerste jaar. Mentoring vergroot het behoud van nieuwe collega's.",
  ),
  p(
    "j02",
    "Buddy's voor statushouders op het werk",
    "Een buddy is een collega die de weg wijst in het bedrijf. Voor statushouders is een buddy vaak de belangrijkste steun in de eerste maanden.",
  ),
  p(
    "j03",
    "Rolmodellen zichtbaar maken",
    "Zichtbare rolmodellen met een migratieachtergrond inspireren anderen. Organisaties zetten hun verhalen op de website en in vacatures.",
  ),
  p(
    "j04",
    "Reverse mentoring",
    "Bij reverse mentoring leert een leidinggevende van een jongere collega met een andere achtergrond. Zo krijgt de top zicht op drempels in de organisatie.",
  ),
  p(
    "j05",
    "Mentoren voor hoogopgeleide nieuwkomers",
    "Hoogopgeleide nieuwkomers krijgen een mentor uit hun eigen vakgebied. De mentor helpt met netwerk en kennis van de Nederlandse werkcultuur.",
  ),
  p(
    "j06",
    "Netwerkorganisaties voor professionals",
    "Netwerkorganisaties brengen professionals met een migratieachtergrond samen. Leden helpen elkaar aan stages, banen en opdrachten.",
  ),
  p("j07", "Training voor mentoren", "Mentoren volgen een korte training over luisteren, feedback geven en grenzen stellen."),
  p(
    "j08",
    "Mentoring in het onderwijs",
    "Studenten in het hoger onderwijs krijgen een mentor uit het bedrijfsleven. Het programma verkleint de kloof tussen studie en arbeidsmarkt.",
  ),

  // K — behoud, doorstroom, loopbaan
  p(
    "k01",
    "Behoud van medewerkers met een migratieachtergrond",
    "Medewerkers met een migratieachtergrond vertrekken vaker in het eerste jaar. Een goede inwerkperiode en een vaste begeleider verbeteren het behoud.",
  ),
  p(
    "k02",
    "Doorstroom naar hogere functies",
    "Doorstroom naar leidinggevende functies blijft achter. Een talentprogramma met open selectie geeft iedereen een eerlijke kans.",
  ),
  p(
    "k03",
    "Het glazen plafond doorbreken",
    "Vrouwen en mensen met een migratieachtergrond stuiten vaak op een glazen plafond. Transparante promotiecriteria helpen om het te doorbreken.",
  ),
  p(
    "k04",
    "Loopbaangesprekken met alle medewerkers",
    "Jaarlijkse loopbaangesprekken met alle medewerkers voorkomen dat talent onopgemerkt blijft.",
  ),
  p(
    "k05",
    "Exitgesprekken als bron van informatie",
    "In exitgesprekken hoort een werkgever waarom mensen vertrekken. Vaak gaat het om sfeer, uitsluiting of gebrek aan groei.",
  ),
  p(
    "k06",
    "Scholing tijdens het werk",
    "Medewerkers die tijdens het werk een opleiding volgen, blijven langer. Werkgevers betalen de opleiding en geven studietijd.",
  ),
  p(
    "k07",
    "Duurzame inzetbaarheid",
    "Duurzame inzetbaarheid betekent dat medewerkers gezond, gemotiveerd en bekwaam blijven. Dat vraagt aandacht voor werkdruk en ontwikkeling.",
  ),
  p(
    "k08",
    "Talent ontwikkelen in de logistiek",
    "Een logistiek bedrijf leidt orderpickers op tot teamleider. Binnen drie jaar stroomden 14 medewerkers door.",
  ),

  // L — zorg, zij-instroom, tekortsectoren
  p(
    "l01",
    "Zij-instroom in de zorg",
    "Via zij-instroom starten mensen uit een andere sector een opleiding in de zorg met een baan erbij. Nieuwkomers met een zorgdiploma uit het buitenland komen zo sneller aan de slag.",
  ),
  p(
    "l02",
    "Personeelstekort in de kinderopvang",
    "De kinderopvang kampt met een groot tekort aan personeel. Werven onder nieuwe groepen is een van de oplossingen.",
  ),
  p(
    "l03",
    "Tekortsectoren en onbenut talent",
    "In de techniek, zorg en het onderwijs zijn duizenden vacatures. Tegelijk blijft het talent van veel mensen met een migratieachtergrond onbenut.",
  ),
  p(
    "l04",
    "Verzorgenden met een buitenlands diploma",
    "Verzorgenden met een buitenlands diploma moeten hun diploma laten erkennen. Een aanvullende opleiding van zes maanden is vaak genoeg.",
  ),
  p(
    "l05",
    "Leerwerktraject in de thuiszorg",
    "In het leerwerktraject werken deelnemers in de thuiszorg en halen ze tegelijk hun diploma helpende zorg en welzijn.",
  ),
  p(
    "l06",
    "Techniek zoekt vakmensen",
    "Installateurs en monteurs zijn schaars. Technische bedrijven werken samen met scholen om zij-instromers op te leiden.",
  ),
  p(
    "l07",
    "Werken in het onderwijs als zij-instromer",
    "Wie een hbo- of wo-diploma heeft, kan als zij-instromer leraar worden. Er is subsidie voor de scholing.",
  ),
  p(
    "l08",
    "Schoonmaakbranche als eerste stap",
    "De schoonmaakbranche is voor veel nieuwkomers een eerste baan. Met opleiding kunnen zij doorgroeien tot voorman of planner.",
  ),

  // M — diploma's erkennen
  p(
    "m01",
    "Diploma's uit het buitenland laten waarderen",
    "Het IDW geeft een diplomawaardering: een advies over het niveau van een buitenlands diploma in Nederland. Werkgevers begrijpen zo beter wat iemand heeft gestudeerd.",
  ),
  p(
    "m02",
    "Erkenning van beroepskwalificaties",
    "Voor gereglementeerde beroepen, zoals arts of verpleegkundige, is erkenning van de beroepskwalificatie nodig. De procedure duurt vaak lang.",
  ),
  p(
    "m03",
    "Ervaring erkennen met een EVC-traject",
    "Met een EVC-traject worden eerder verworven competenties erkend. Mensen zonder diploma kunnen zo aantonen wat ze kunnen.",
  ),
  p(
    "m04",
    "Praktijkverklaring in het mbo",
    "Een praktijkverklaring laat zien welke werkprocessen iemand beheerst. Het is een eerste stap voor wie geen volledig diploma kan halen.",
  ),
  p(
    "m05",
    "Buitenlandse artsen aan het werk",
    "Artsen met een buitenlands diploma moeten een assessment doen. Daarna volgt vaak een aanvullend traject van één tot drie jaar.",
  ),
  p(
    "m06",
    "Certificaten en skills paspoort",
    "Een skillspaspoort maakt zichtbaar welke vaardigheden iemand heeft, ook zonder diploma. Werkgevers selecteren steeds vaker op vaardigheden.",
  ),

  // N — ondernemerschap
  p(
    "n01",
    "Ondernemers met een migratieachtergrond",
    "Veel mensen met een migratieachtergrond starten een eigen bedrijf. Ze lopen vaker tegen problemen met financiering aan.",
  ),
  p(
    "n02",
    "Starten als zzp'er vanuit de bijstand",
    "Wie vanuit de bijstand een bedrijf wil starten, kan hulp krijgen via het Besluit bijstandverlening zelfstandigen. Een adviseur beoordeelt het ondernemingsplan.",
  ),
  p(
    "n03",
    "Microkredieten voor starters",
    "Starters zonder toegang tot de bank kunnen een microkrediet aanvragen. Een coach helpt met het ondernemingsplan.",
  ),
  p(
    "n04",
    "Statushouders die ondernemer worden",
    "Sommige statushouders hadden in hun land van herkomst een eigen bedrijf. Een starterstraject helpt hen om in Nederland opnieuw te beginnen.",
  ),
  p(
    "n05",
    "Netwerk voor ondernemende vrouwen",
    "Een netwerk voor vrouwelijke ondernemers met een migratieachtergrond organiseert workshops en mentorgesprekken.",
  ),
  p(
    "n06",
    "Familiebedrijven en opvolging",
    "In familiebedrijven van migranten is de opvolging een grote vraag. De tweede generatie kiest vaak een andere loopbaan.",
  ),

  // O — arbeidsmigranten
  p(
    "o01",
    "Arbeidsmigranten uit Midden- en Oost-Europa",
    "Arbeidsmigranten uit Polen, Roemenië en Bulgarije werken vaak via uitzendbureaus in de logistiek en land- en tuinbouw.",
  ),
  p(
    "o02",
    "Huisvesting van arbeidsmigranten",
    "Goede huisvesting los van het contract voorkomt dat arbeidsmigranten bij ontslag ook hun woning verliezen.",
  ),
  p(
    "o03",
    "Taallessen voor EU-werknemers",
    "EU-werknemers hoeven niet in te burgeren, maar taallessen helpen hen wel om door te groeien in hun werk.",
  ),
  p(
    "o04",
    "Kennismigranten en hun partners",
    "Partners van kennismigranten vinden moeilijk werk op hun niveau. Een programma helpt hen met netwerk en sollicitatietraining.",
  ),
  p(
    "o05",
    "Aanjaagteam bescherming arbeidsmigranten",
    "Het aanjaagteam deed voorstellen om de positie van arbeidsmigranten te verbeteren, zoals certificering van uitzendbureaus.",
  ),
  p(
    "o06",
    "Seizoenswerk in de tuinbouw",
    "In het seizoen werken duizenden mensen tijdelijk in de kassen. Werkgevers zoeken naar manieren om hen langer te binden.",
  ),

  // P — getallen, plannen en cijfers
  p(
    "p01",
    "Drie thema's van de werkagenda",
    "De werkagenda heeft drie thema's: meer culturele diversiteit op het werk, een betere aansluiting van onderwijs op de arbeidsmarkt, en duurzaam werk voor nieuwkomers.",
  ),
  p(
    "p02",
    "Tien werkgevers tekenen voor inclusie",
    "In Rotterdam tekenden 10 werkgevers een intentieverklaring om samen 200 mensen met een afstand tot de arbeidsmarkt aan te nemen.",
  ),
  p(
    "p03",
    "Zes maanden begeleiding na de start",
    "Nieuwe medewerkers krijgen 6 maanden begeleiding door een jobcoach. Daarna volgt een evaluatie met werkgever en medewerker.",
  ),
  p(
    "p04",
    "Vier lessen uit de pilot",
    "De pilot met duale trajecten leverde 4 lessen op: begin klein, betrek de werkvloer, plan de taalles in werktijd en evalueer vaak.",
  ),
  p(
    "p05",
    "Twaalf maanden werkervaring",
    "Het programma biedt jongeren twaalf maanden werkervaring met een opleiding erbij. Na afloop had 70 procent werk.",
  ),
  p(
    "p06",
    "Vijftig banen in de haven",
    "Een havenbedrijf stelde 50 banen open voor statushouders met technische ervaring, met een opleiding van drie maanden vooraf.",
  ),
  p(
    "p07",
    "Twee jaar na de inburgering",
    "Twee jaar na het afronden van de inburgering werkt een derde van de nieuwkomers. De helft van hen werkt in deeltijd.",
  ),
  p(
    "p08",
    "Acht stappen naar een inclusieve organisatie",
    "Het stappenplan telt 8 stappen, van visie en leiderschap tot werving, onboarding en meten.",
  ),

  // Q — onboarding, inwerken, vakmanschap
  p(
    "q01",
    "Onboarding van nieuwe collega's",
    "Een goede onboarding begint voor de eerste werkdag. Nieuwe collega's krijgen een welkomstpakket, een buddy en een inwerkplan.",
  ),
  p(
    "q02",
    "Inwerken met een vaste begeleider",
    "Tijdens het inwerken heeft elke nieuwe medewerker een vaste begeleider. Die legt de werkafspraken uit en is aanspreekpunt voor vragen.",
  ),
  p(
    "q03",
    "Vakmanschap van de praktijkopleider",
    "Een praktijkopleider combineert vakmanschap met didactische vaardigheden. Opleiders krijgen tijd om studenten goed te begeleiden.",
  ),
  p(
    "q04",
    "Werkcultuur uitleggen aan nieuwkomers",
    "Ongeschreven regels over op tijd komen, ziek melden en overleg zijn niet vanzelfsprekend. Leg ze uit in de eerste week.",
  ),
  p(
    "q05",
    "De eerste honderd dagen",
    "In de eerste honderd dagen beslist een nieuwe medewerker vaak of hij blijft. Regelmatige gesprekken met de leidinggevende helpen.",
  ),
  p(
    "q06",
    "Cultuursensitief leidinggeven",
    "Leidinggevenden die cultuursensitief werken, vragen door en oordelen niet te snel. Ze maken verwachtingen expliciet.",
  ),
  p(
    "q07",
    "Welkom op de werkvloer",
    "Collega's spelen een grote rol bij het welkom. Een gezamenlijke lunch of een kennismakingsronde helpt nieuwe medewerkers op weg.",
  ),
  p(
    "q08",
    "Inwerkprogramma in de bouw",
    "In de bouw krijgen nieuwe medewerkers eerst een veiligheidstraining en lopen ze twee weken mee met een ervaren vakman.",
  ),

  // R — monitoring, doelstellingen 2025, samenwerking
  p(
    "r01",
    "Doelstellingen voor 2025",
    "In 2025 moet een meerderheid van de werkgevers actief werken aan culturele diversiteit. De voortgang wordt elk half jaar gemeten.",
  ),
  p(
    "r02",
    "Halfjaarlijkse voortgangsrapportage",
    "Elk half jaar rapporteren de partners over de acties van de werkagenda. De rapportage laat zien wat loopt en wat achterblijft.",
  ),
  p(
    "r03",
    "Samenwerking tussen gemeenten en UWV",
    "Gemeenten en UWV werken samen in de regionale werkbedrijven. Ze verdelen de taken bij de dienstverlening aan werkgevers.",
  ),
  p(
    "r04",
    "Een lerende aanpak",
    "De werkagenda kiest voor een lerende aanpak: wat werkt wordt opgeschaald, wat niet werkt wordt bijgesteld.",
  ),
  p(
    "r05",
    "Communities of practice",
    "In communities of practice delen professionals kennis en ervaringen. Zij ontwikkelen samen nieuwe aanpakken en toetsen die in de praktijk.",
  ),
  p(
    "r06",
    "De doelgroep betrekken",
    "Mensen met een migratieachtergrond denken mee over de acties van de werkagenda. Een klankbordgroep van ervaringsdeskundigen geeft advies.",
  ),
  p(
    "r07",
    "De menukaart met interventies",
    "De menukaart bevat interventies waarvan bekend is dat ze werken, met uitleg over de onderbouwing en praktijkervaringen.",
  ),
  p(
    "r08",
    "Kennisvragen voor onderzoek",
    "Partners formuleren kennisvragen voor onderzoek, bijvoorbeeld over de effecten van anoniem solliciteren en van taalcoaching.",
  ),

  // S — vrouwen, deeltijd, kinderopvang
  p(
    "s01",
    "Vrouwen met een migratieachtergrond aan het werk",
    "Vrouwen met een migratieachtergrond werken minder vaak betaald. Kinderopvang, netwerk en taal spelen een rol.",
  ),
  p(
    "s02",
    "Kinderopvang als voorwaarde voor werk",
    "Zonder betaalbare kinderopvang is werk voor veel ouders niet haalbaar. Gemeenten helpen met de aanvraag van de toeslag.",
  ),
  p(
    "s03",
    "Deeltijdwerk en economische zelfstandigheid",
    "Wie in kleine deeltijd werkt, is vaak niet economisch zelfstandig. Meer uren werken levert op termijn meer op.",
  ),
  p(
    "s04",
    "Moeders naar werk in de wijk",
    "In een wijkproject vinden moeders werk in de buurt, bij scholen, zorg en winkels. Ze leren elkaar kennen in een wekelijkse groep.",
  ),
  p(
    "s05",
    "Hoogopgeleide vrouwen uit het buitenland",
    "Hoogopgeleide vrouwen met een buitenlands diploma werken vaak onder hun niveau. Een mentor uit hetzelfde vak helpt.",
  ),
  p(
    "s06",
    "Ervaringsdeskundigen als voorlichters",
    "Vrouwen die zelf de weg naar werk vonden, geven voorlichting aan anderen. Hun verhaal maakt de stap kleiner.",
  ),

  // T — varia en afleiders
  p(
    "t01",
    "Interne memo over de verbouwing",
    "De verbouwing van de tweede verdieping duurt tot maart. Vergaderruimtes zijn tijdelijk op de begane grond.",
  ),
  p(
    "t02",
    "Stage in de stad: een tentoonstelling",
    "Het stadsmuseum toont foto's van podia en theaters. De tentoonstelling over het toneel loopt tot de zomer.",
  ),
  p(
    "t03",
    "Vergadering van het bestuur",
    "Het bestuur vergaderde over de begroting en de jaarplanning. Het verslag is op te vragen bij het secretariaat.",
  ),
  p("t04", "Werk en inkomen in cijfers", "De werkloosheid daalde vorig jaar naar 3,5 procent. Het aantal vacatures bleef hoog."),
  p(
    "t05",
    "Interne opleidingen voor leidinggevenden",
    "Het interne opleidingsaanbod voor leidinggevenden bevat trainingen over coachen, feedback en verandermanagement.",
  ),
  p("t06", "Werken bij de gemeente", "De gemeente is een grote werkgever met functies in beleid, uitvoering en dienstverlening."),
  p(
    "t07",
    "Vijf tips voor een goed cv",
    "Houd het cv kort, begin met je ervaring, noem resultaten, laat een ander meelezen en pas het aan per vacature.",
  ),
  p(
    "t08",
    "Werkgevers en de energietransitie",
    "Werkgevers in de installatietechniek zoeken mensen voor de energietransitie, zoals het plaatsen van warmtepompen.",
  ),
  p(
    "t09",
    "Pensioen en ouderen op de arbeidsmarkt",
    "Oudere werknemers blijven langer doorwerken. Werkgevers passen taken en roosters aan.",
  ),
  p(
    "t10",
    "Thuiswerken en samenwerking",
    "Sinds de pandemie werken veel kantoormedewerkers deels thuis. Teams maken afspraken over overleg en bereikbaarheid.",
  ),
  p("t11", "Digitale vaardigheden", "Steeds meer functies vragen digitale vaardigheden. Bibliotheken bieden gratis cursussen aan."),
  p("t12", "Vrijwilligers in het buurthuis", "Het buurthuis zoekt vrijwilligers voor de koffieochtend en de huiswerkbegeleiding."),
  p(
    "t13",
    "Bedrijfsbezoek bij een drukkerij",
    "Leden van het netwerk bezochten een drukkerij die werkt met mensen met een arbeidsbeperking.",
  ),
  p("t14", "Jaarverslag van de stichting", "De stichting verwelkomde vorig jaar drie nieuwe bestuursleden en opende een tweede vestiging."),
  p(
    "t15",
    "Veiligheid op de bouwplaats",
    "Op de bouwplaats gelden strenge regels voor helmen, schoenen en valbeveiliging. Instructies zijn er in meerdere talen.",
  ),
  p("t16", "Intern overleg over de planning", "Het team bespreekt wekelijks de planning en de bezetting van de diensten."),
  p(
    "t17",
    "Subsidie voor verduurzaming",
    "Ondernemers kunnen subsidie krijgen voor het verduurzamen van hun pand, zoals isolatie en zonnepanelen.",
  ),
  p(
    "t18",
    "Stageplaatsen voor hbo ict",
    "Een ict-bedrijf biedt stageplaatsen voor studenten informatica en begeleidt hen met een vaste mentor.",
  ),
  p("t19", "Klantcontact in de winkel", "Winkelmedewerkers volgen een training in klantvriendelijkheid en omgaan met klachten."),
  p(
    "t20",
    "Werkervaring in de horeca",
    "Horecabedrijven bieden jongeren werkervaring in de keuken en de bediening, vaak met een bijbaan als start.",
  ),
  // U — added 5 December 2026 with the second held-out set (queries-heldout.ts): words of one family
  // written in different forms (werkwoord, zelfstandig naamwoord), and a few new subjects
  p(
    "u01",
    "Participatie van nieuwkomers in de wijk",
    "Nieuwkomers die meedoen aan activiteiten in de wijk, bouwen sneller een netwerk op. Wie actief participeert in een sportclub of buurthuis, vindt vaak via via een baan.",
  ),
  p(
    "u02",
    "Wat drijft werkzoekenden?",
    "Wie gemotiveerd is, houdt de zoektocht naar werk langer vol. Een consulent vraagt daarom eerst wat iemand drijft en wat hij of zij wil bereiken.",
  ),
  p(
    "u03",
    "Een eigen bedrijf financieren",
    "Starters met een migratieachtergrond krijgen minder vaak een lening van de bank. Crowdfunding en kredietunies zijn andere manieren om een bedrijf te financieren.",
  ),
  p(
    "u04",
    "Duidelijk communiceren in een divers team",
    "In een team met veel talen is het belangrijk om eenvoudig te communiceren. Spreek rustig, check of de boodschap is aangekomen en schrijf afspraken op.",
  ),
  p(
    "u05",
    "Meldingen van discriminatie registreren",
    "Antidiscriminatievoorzieningen registreren elke melding op dezelfde manier. Zo kunnen gemeenten de cijfers per jaar vergelijken.",
  ),
  p(
    "u06",
    "Reiskosten en werk",
    "Voor werkzoekenden met een kleine baan kunnen reiskosten een drempel zijn. Sommige gemeenten vergoeden de reiskosten in de eerste maanden.",
  ),
  p(
    "u07",
    "Samenwerken met het wijkteam",
    "Het wijkteam kent de gezinnen in de buurt. Als de klantmanager en het wijkteam samenwerken, komen schulden, zorg en werk samen op tafel.",
  ),
  p(
    "u08",
    "Schulden als belemmering voor werk",
    "Mensen met problematische schulden kunnen zich moeilijk op werk richten. Schuldhulpverlening en een vaste werkcoach gaan daarom samen op.",
  ),
  p(
    "u09",
    "Zestien uur per week als start",
    "Een baan van zestien uur per week is voor veel statushouders een goede start. Daarna breiden zij de uren stap voor stap uit.",
  ),
  p(
    "u10",
    "Gezondheid en arbeidsparticipatie",
    "Een slechte gezondheid remt de arbeidsparticipatie van vluchtelingen. Aandacht voor trauma en stress hoort bij de begeleiding naar werk.",
  ),
  // V — added 5 December 2026 (round 3) with the third held-out set (queries-heldout.ts): subjects that
  // practitioners and English-speaking newcomers ask about (bbl, cv, jobcoach, uitkering, cursus)
  p(
    "v01",
    "De bbl: werken en leren in het mbo",
    "In de beroepsbegeleidende leerweg (bbl) werkt een student vier dagen bij een erkend leerbedrijf en gaat hij één dag naar school. De werkgever betaalt een salaris.",
  ),
  p(
    "v02",
    "Gaten in het cv van nieuwkomers",
    "Nieuwkomers hebben vaak gaten in hun cv door de vlucht en de asielprocedure. Een werkcoach helpt om die periode positief te beschrijven, bijvoorbeeld met vrijwilligerswerk.",
  ),
  p(
    "v03",
    "Hulp bij de sollicitatiebrief",
    "In de bibliotheek helpen vrijwilligers werkzoekenden met hun sollicitatiebrief en met het invullen van online formulieren.",
  ),
  p(
    "v04",
    "Jobcoaching bij een arbeidsbeperking",
    "Een jobcoach ondersteunt werknemers met een arbeidsbeperking op de werkplek. UWV of de gemeente betaalt de jobcoaching, soms jarenlang.",
  ),
  p(
    "v05",
    "Van uitkering naar werk zonder inkomensval",
    "Wie vanuit een WW- of bijstandsuitkering gaat werken, is vaak bang het inkomen kwijt te raken. De gemeente rekent vooraf uit wat iemand netto overhoudt.",
  ),
  p(
    "v06",
    "Avondcursus Nederlands voor werkende nieuwkomers",
    "Werkende nieuwkomers volgen twee avonden per week een cursus Nederlands bij het roc. De werkgever betaalt het lesgeld.",
  ),
  p(
    "v07",
    "Loondispensatie en loonwaarde",
    "Bij loondispensatie betaalt de werkgever alleen de loonwaarde en vult UWV het inkomen aan. Dat geldt voor jongeren met een Wajong-uitkering.",
  ),
  p(
    "v08",
    "Grappen over afkomst op de werkvloer",
    "Medewerkers met een migratieachtergrond krijgen vaker te maken met grappen over hun afkomst. Leidinggevenden moeten ingrijpen en zorgen voor een veilige werkplek.",
  ),
  p(
    "v09",
    "Werkfit voordat je solliciteert",
    "In een werkfit-traject oefenen deelnemers met ritme, samenwerken en op tijd komen voordat zij gaan solliciteren.",
  ),
  p(
    "v10",
    "Scholingsbudget voor werkzoekenden",
    "Gemeenten geven werkzoekenden een scholingsbudget voor een korte opleiding, zoals een heftruckcertificaat of een VCA-diploma.",
  ),
  // W — added 5 December 2026 (round 4) with the fourth held-out set (queries-heldout.ts), written before
  // any tuning of that round: subjects that klantmanagers, recruiters, stagecoördinatoren and newcomers ask
  // about (banenafspraak, entreeopleiding, stagevergoeding, uitzendbureaus, beschut werk, taaleis, rechten)
  p(
    "w01",
    "De banenafspraak en het doelgroepregister",
    "Met de banenafspraak beloven werkgevers extra banen voor mensen met een arbeidsbeperking. Wie in het doelgroepregister van UWV staat, telt mee; zo krijgen mensen met een afstand tot de arbeidsmarkt een gewone baan.",
  ),
  p(
    "w02",
    "De entreeopleiding als opstap",
    "De entreeopleiding is er voor jongeren zonder diploma van het vmbo. In een jaar leren zij een vak op niveau 1 en daarna kunnen zij doorstromen naar niveau 2 voor een startkwalificatie.",
  ),
  p(
    "w03",
    "Stagevergoeding voor mbo-studenten",
    "Niet elke student krijgt tijdens de stage een vergoeding. Bedrijven die mbo-studenten een stagevergoeding betalen, vinden makkelijker kandidaten; studenten zonder vergoeding haken vaker af.",
  ),
  p(
    "w04",
    "Uitzendbureaus getoetst op gelijke behandeling",
    "Uitzendbureaus met een keurmerk van de branche worden gecontroleerd op gelijke behandeling. Met mystery calls wordt getest of intercedenten een verzoek om alleen Nederlandse kandidaten weigeren.",
  ),
  p(
    "w05",
    "Beschut werk bij het sociaal ontwikkelbedrijf",
    "Beschut werk is bedoeld voor mensen die door een beperking veel begeleiding en aanpassing nodig hebben. Het sociaal ontwikkelbedrijf biedt deze plekken aan, met eenvoudige taken en een vaste begeleider.",
  ),
  p(
    "w06",
    "De taaleis in de bijstand",
    "Wie bijstand aanvraagt, moet voldoende Nederlands spreken en schrijven. Is het taalniveau te laag, dan spreekt de gemeente een taaltraject af; wie niet meewerkt, kan gekort worden op de uitkering.",
  ),
  p(
    "w07",
    "Leer- en doe-netwerken van werkgevers",
    "In leer- en doe-netwerken proberen werkgevers samen nieuwe manieren van werven en behouden uit. Ze delen wat werkt, en onderzoekers meten of het effect heeft.",
  ),
  p(
    "w08",
    "Sollicitatietraining voor statushouders",
    "In een sollicitatietraining oefenen statushouders het gesprek met een werkgever: zichzelf voorstellen, vragen stellen en uitleggen wat ze kunnen. Rollenspellen met recruiters uit de regio maken het echt.",
  ),
  p(
    "w09",
    "Rechten van nieuwe werknemers",
    "Nieuwkomers kennen hun rechten als werknemer vaak niet: het minimumloon, vakantiegeld, de proeftijd en de opzegtermijn bij ontslag. Een informatiekaart in meerdere talen legt het uit.",
  ),
  p(
    "w10",
    "Meertaligheid op de werkvloer",
    "Sommige bedrijven verbieden medewerkers hun eigen taal te spreken. Een taalbeleid dat andere talen in de pauze toestaat en Nederlands afspreekt bij veiligheid en overleg, werkt beter.",
  ),
  p(
    "w11",
    "Geen diploma bij de hand",
    "Vluchtelingen die hun diploma's niet kunnen laten zien, kunnen bij het IDW een indicatie onderwijsniveau aanvragen. Die beschrijft op basis van een interview welk niveau iemand waarschijnlijk heeft.",
  ),
  p(
    "w12",
    "De jobhunter van de gemeente",
    "Een jobhunter zoekt actief naar vacatures bij werkgevers in de regio, ook naar vacatures die nooit online komen. Hij kent de kandidaten van de werkcoaches en stelt gericht iemand voor.",
  ),
  // X — added 5 December 2026 (round 5) with the fifth held-out set (queries-heldout.ts), written by an
  // outsider before any tuning of that round: subjects of the work agenda not yet covered (studiekeuze,
  // ouders, nareizigers, vluchtelingstudenten, leeftijd, oproepcontracten, eerst werken, geloof, kosten
  // van een leerwerktraject, mbo-certificaat)
  p(
    "x01",
    "Studiekeuze met zicht op werk",
    "Jongeren met een migratieachtergrond kiezen vaker een opleiding met weinig kansen op werk. Loopbaanbegeleiders laten daarom per opleiding zien hoeveel afgestudeerden een baan vinden en wat ze verdienen, voordat een leerling kiest.",
  ),
  p(
    "x02",
    "Ouders betrekken bij de keuze voor een opleiding",
    "Ouders hebben veel invloed op de studiekeuze van hun kind, maar kennen het Nederlandse onderwijs niet altijd. Voor meer ouderbetrokkenheid organiseren scholen ouderavonden in meerdere talen over beroepen met toekomst.",
  ),
  p(
    "x03",
    "Nareizigers intensief begeleiden",
    "Nareizigers komen via gezinshereniging naar Nederland, vaak vrouwen die hun man later volgen. In Almere krijgt elke nareiziger een eigen begeleider die taal, geldzaken en werk samen oppakt, ook als er geen uitkering is.",
  ),
  p(
    "x04",
    "Studeren als vluchteling",
    "Hoogopgeleide vluchtelingen die in Nederland willen studeren, kunnen steun krijgen van het UAF. Het UAF helpt met een schakeljaar, de kosten van de studie en de weg naar een baan op niveau.",
  ),
  p(
    "x05",
    "Leeftijdsdiscriminatie bij sollicitaties",
    "Sollicitanten boven de vijftig worden minder vaak uitgenodigd, zeker als zij ook een migratieachtergrond hebben. Vraag in een vacature niet om een 'jong team' en laat de geboortedatum buiten de eerste selectie.",
  ),
  p(
    "x06",
    "Van oproepcontract naar vaste uren",
    "Veel nieuwkomers werken met een oproepcontract of in uitzendwerk, zonder zekerheid over hun uren en inkomen. Gemeenten spreken met werkgevers af dat goede krachten na een jaar een contract met vaste uren krijgen.",
  ),
  p(
    "x07",
    "Eerst werken, dan leren",
    "Niet iedere kandidaat heeft eerst een traject nodig. Bij de aanpak eerst werken begint iemand direct bij een werkgever en volgt hij de scholing en de taalles naast de baan.",
  ),
  p(
    "x08",
    "Een hoofddoek op het werk",
    "Vrouwen met een hoofddoek worden vaker afgewezen als zij solliciteren. Een werkgever mag een hoofddoek alleen verbieden met een goede reden, zoals veiligheid, en dan voor alle geloofsuitingen gelijk. Veel bedrijven hebben ook een stille ruimte voor gebed.",
  ),
  p(
    "x09",
    "Wat kost een leerwerktraject de werkgever?",
    "Een werkgever die iemand opleidt in een leerwerktraject, betaalt het loon en de begeleiding. Een deel komt terug via het opleidingsfonds van de sector en de subsidie praktijkleren, en een vacature in een tekortberoep wordt gevuld.",
  ),
  p(
    "x10",
    "Het mbo-certificaat",
    "Wie geen volledig mbo-diploma kan halen, kan een mbo-certificaat halen voor een deel van een beroep, zoals orderpicker of schoonmaker. Het certificaat telt later mee als iemand toch het hele diploma haalt.",
  ),
  // Y — added 6 December 2026 with the sixth held-out set (queries-heldout-6.ts), written by an outsider
  // before any tuning of that round: longer practitioner texts on subjects of the work agenda not yet
  // covered (social return, rijbewijs, tolk, MAP in de inburgering, selectietests, zelfpresentatie in het
  // gesprek, ict-omscholing, ondernemingsraad, lang verlof, kansrijke koppeling van statushouders)
  p(
    "y01",
    "Social return bij aanbestedingen",
    "Gemeenten en provincies vragen bij aanbestedingen steeds vaker om social return. Een bedrijf dat een opdracht wint, besteedt dan een deel van de opdrachtwaarde, vaak 5 procent, aan werk voor mensen met een afstand tot de arbeidsmarkt. Dat kan met een leerbaan, een werkervaringsplek of een vaste aanstelling van iemand uit de bijstand. Ook inkoop bij een sociale onderneming telt mee. Een bouwbedrijf in Zwolle vulde zijn verplichting in met drie statushouders die een opleiding tot timmerman volgden. Het werkgeversservicepunt helpt bedrijven aan kandidaten en controleert of de afspraken worden nagekomen. Zonder die controle blijft social return vaak een belofte op papier.",
  ),
  p(
    "y02",
    "Het rijbewijs als drempel naar werk",
    "In veel vacatures in de bouw, de thuiszorg en de installatietechniek staat: rijbewijs B vereist. Voor nieuwkomers is dat een flinke drempel. Een rijbewijs uit een land buiten de Europese Unie kan vaak niet zomaar worden omgewisseld, dus moeten zij opnieuw lessen nemen en examen doen bij het CBR. Dat kost al snel 2000 euro. Sommige gemeenten betalen de rijlessen uit het re-integratiebudget als er een baan in zicht is, of geven een lening die de werknemer terugbetaalt uit het loon. Klantmanagers vragen werkgevers ook of het rijbewijs echt nodig is, of dat een collega kan rijden.",
  ),
  p(
    "y03",
    "Een tolk bij het klantgesprek",
    "Als een klant de taal nog niet goed spreekt, zet de klantmanager een professionele tolk in. Dat kan via de telefoon of met een tolk die bij het gesprek aanwezig is. Laat kinderen, buren of familie niet tolken: zij vertalen niet altijd alles, en de klant vertelt dan minder over geld, gezondheid of problemen thuis. Spreek vooraf met de tolk af dat alles letterlijk wordt vertaald. Praat tegen de klant, niet tegen de tolk, en gebruik korte zinnen. Tijdens de inburgering betaalt de gemeente de tolkkosten; daarna verschilt het per gemeente. Een tolk bij de eerste gesprekken voorkomt misverstanden over rechten en plichten in de bijstand.",
  ),
  p(
    "y04",
    "De Module Arbeidsmarkt en Participatie",
    "In de Wet inburgering 2021 hoort de Module Arbeidsmarkt en Participatie (MAP) bij elke inburgering. In de MAP onderzoekt een nieuwkomer welk werk bij hem of haar past, en leert hij hoe de Nederlandse arbeidsmarkt werkt en hoe je solliciteert. Veel gemeenten combineren de MAP met een werkervaringsplek of een gesprek met een werkgever, zodat het niet bij theorie blijft. Samen met het participatieverklaringstraject en de taallessen staat de MAP in het persoonlijk plan inburgering en participatie (PIP), dat de klantmanager met de inburgeraar opstelt. Een goede MAP sluit aan op wat iemand al kan, en niet op een vast lesboek.",
  ),
  p(
    "y05",
    "Capaciteitentests en persoonlijkheidstests bij selectie",
    "Veel werkgevers laten sollicitanten een capaciteitentest of een persoonlijkheidstest maken. Zulke assessments meten vaak vooral hoe goed iemand Nederlands leest en hoe snel hij onder tijdsdruk werkt. Kandidaten die de taal nog leren of nooit eerder zo'n test deden, scoren lager dan ze kunnen. Een recruiter kan de test laten afnemen in het Engels of in de eigen taal, extra tijd geven, of een proefopdracht in het werk zelf laten doen. Vraag het testbureau ook of de test is gecontroleerd op verschillen tussen groepen. Zo blijft de selectie eerlijk en verliest de werkgever geen goede kandidaten in de eerste ronde.",
  ),
  p(
    "y06",
    "Bescheiden in het sollicitatiegesprek",
    "In een Nederlands sollicitatiegesprek wordt verwacht dat je jezelf verkoopt: je noemt je successen en kijkt de ander recht aan. In veel culturen is dat juist onbeleefd. Een kandidaat die bescheiden is, weinig oogcontact maakt of steeds 'wij' zegt in plaats van 'ik', komt dan over als onzeker of ongemotiveerd. Wie selecteert, kan beter vragen naar concrete voorbeelden: wat deed u precies, en wat was het resultaat? Sommige kandidaten geven geen hand, om geloofsredenen of uit gewoonte; beoordeel daar niemand op. Recruiters die deze verschillen kennen, kijken naar wat iemand kan en niet naar de manier waarop hij zich presenteert.",
  ),
  p(
    "y07",
    "Omscholing tot webontwikkelaar voor vluchtelingen",
    "Een stichting in Amsterdam leidt vluchtelingen en andere nieuwkomers in zes maanden op tot webontwikkelaar. De lessen zijn in het Engels, zodat deelnemers niet hoeven te wachten tot hun Nederlands goed genoeg is. Vrijwilligers uit ict-bedrijven geven les in de avond en het weekend. Na de opleiding volgt een traineeship van een jaar bij een bedrijf, met begeleiding door een ervaren programmeur. Van de laatste groep van 24 deelnemers werkt nu twee derde als ontwikkelaar of tester. Gemeenten kunnen de opleiding betalen uit het scholingsbudget; de deelnemer houdt tijdens de opleiding zijn uitkering.",
  ),
  p(
    "y08",
    "De ondernemingsraad en inclusief personeelsbeleid",
    "De ondernemingsraad heeft instemmingsrecht bij regels over het aannemen, bevorderen en ontslaan van personeel. Zo kan de OR meepraten over de manier waarop het bedrijf werft en selecteert, en over het diversiteitsbeleid. Een OR kan ook zelf om cijfers vragen: wie solliciteert er, wie wordt aangenomen en wie stroomt door? In een zorginstelling in Den Haag stelde de OR een commissie diversiteit in, met leden uit verschillende afdelingen. Die commissie bespreekt elk jaar de uitkomsten van het medewerkersonderzoek en adviseert de bestuurder. Ook vakbonden praten in de cao-onderhandelingen steeds vaker over gelijke kansen.",
  ),
  p(
    "y09",
    "Lang verlof voor familiebezoek",
    "Medewerkers met familie in het buitenland willen soms vier of zes weken achter elkaar vrij om hun ouders te bezoeken. Voor een kleine werkgever is dat lastig te regelen, zeker in de zomer. Sommige bedrijven maken daarom afspraken over het sparen van vakantiedagen over twee jaar, of over onbetaald verlof naast de gewone vakantie. Bespreek zo'n wens ruim van tevoren en leg de afspraak schriftelijk vast. Bij een ernstig zieke ouder of een overlijden in het buitenland kan een werknemer kort calamiteitenverlof opnemen. Een duidelijke regeling voorkomt conflicten en voorkomt dat medewerkers ontslag nemen om te kunnen reizen.",
  ),
  p(
    "y10",
    "Kansrijke koppeling: wonen waar werk is",
    "Het COA koppelt elke statushouder aan een gemeente waar hij of zij gaat wonen. Bij een kansrijke koppeling kijkt het COA naar opleiding, werkervaring en een eventuele baan, zodat iemand terechtkomt in een regio met werk dat past. Een lasser gaat dan liever naar een gemeente met metaalbedrijven dan naar een dorp zonder openbaar vervoer. Wie vanuit het azc al een werkgever heeft gevonden, kan dat melden, zodat de koppeling daar rekening mee houdt. Gemeenten vragen wel dat de gegevens uit het azc goed worden overgedragen, zodat de brede intake niet helemaal opnieuw begint.",
  ),
  // Z — added 6 December 2026 with the seventh held-out set (queries-heldout-7.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of the work agenda not yet covered
  // (stagematching, de NVP Sollicitatiecode, werven via het eigen personeel, het verblijfsdocument bij
  // indiensttreding, ramadan en feestdagen, de loonstrook, de VOG, platformwerk, de zoektermijn voor
  // jongeren, sleutelpersonen)
  p(
    "z01",
    "Stagematching: de school zoekt mee",
    "Op veel mbo-scholen zoeken studenten zelf een stageplek. Wie geen netwerk heeft of wordt afgewezen na het noemen van zijn naam, blijft dan achter. Bij stagematching neemt de school die zoektocht voor een deel over. De stagecoördinator kent de leerbedrijven, bespreekt met de student welke plek bij hem past en stelt hem rechtstreeks voor aan het bedrijf. Het leerbedrijf kiest dan niet uit een stapel brieven, maar maakt kennis met de kandidaat die de school voordraagt. Een roc in Rotterdam koppelt zo elk jaar 600 studenten van de opleiding logistiek. Wie liever zelf zoekt, mag dat, en kan na zes weken zonder plek alsnog bij de school terecht.",
  ),
  p(
    "z02",
    "De NVP Sollicitatiecode",
    "De NVP Sollicitatiecode beschrijft wat een sollicitant mag verwachten van een eerlijke procedure. Een werkgever die de code volgt, noemt in de vacature de functie-eisen en hoe de selectie verloopt. Hij vraagt alleen naar gegevens die nodig zijn voor de functie en zoekt een kandidaat niet zomaar op internet en sociale media op; doet hij dat wel, dan bespreekt hij wat hij vond. Referenties worden alleen nagebeld als de kandidaat daar toestemming voor geeft. Wie wordt afgewezen, krijgt op verzoek een reden. Wie vindt dat de code niet is nageleefd, kan klagen bij de organisatie zelf. Zo wordt de selectie voorspelbaarder en minder afhankelijk van onderbuikgevoel.",
  ),
  p(
    "z03",
    "Medewerkers werven medewerkers",
    "Veel bedrijven vullen vacatures via hun eigen personeel: wie een nieuwe collega aanbrengt, krijgt een premie van een paar honderd euro. Dat werkt snel, en zulke nieuwe medewerkers blijven vaak langer. Maar het team wordt er meestal niet diverser van, want medewerkers dragen vooral mensen voor die op henzelf lijken, uit dezelfde opleiding, buurt of vriendenkring. Een bedrijf dat dit wil doorbreken, zet elke vacature ook open op plekken waar andere groepen zoeken, bijvoorbeeld via het werkgeversservicepunt of een migrantenorganisatie. Een installatiebedrijf in Tilburg vroeg juist zijn collega's met een migratieachtergrond om kandidaten aan te dragen, en maakte de aanbrenger het eerste halfjaar het maatje van de nieuwe collega.",
  ),
  p(
    "z04",
    "Mag deze kandidaat in Nederland werken?",
    "Een werkgever moet bij indiensttreding het identiteitsbewijs van een nieuwe werknemer controleren en een kopie in de administratie bewaren. Bij iemand van buiten de Europese Unie staat op de verblijfsvergunning of hij mag werken. Staat er 'arbeid vrij toegestaan, TWV niet vereist', dan mag een statushouder aan de slag zoals iedereen. Een asielzoeker met een W-document mag alleen werken als de werkgever een tewerkstellingsvergunning heeft aangevraagd. Wie iemand zonder de juiste papieren laat werken, riskeert een boete van de Arbeidsinspectie van duizenden euro's per werknemer. Twijfelt een HR-medewerker, dan kan hij het document laten controleren of het werkgeversservicepunt bellen. Wijs niemand af alleen omdat het document er onbekend uitziet.",
  ),
  p(
    "z05",
    "Ramadan en feestdagen op het werk",
    "Tijdens de ramadan vasten veel moslimmedewerkers een maand lang van zonsopgang tot zonsondergang. Dat vraagt overleg. Sommige medewerkers beginnen liever vroeg en slaan de lunchpauze over, zodat ze eerder naar huis kunnen; anderen staan na zonsondergang liever niet in de avonddienst. Let bij zwaar of gevaarlijk werk in de hitte op vermoeidheid. Voor het Suikerfeest en het Offerfeest nemen veel medewerkers een vrije dag op. Een werkgever hoeft daar geen extra verlof voor te geven, maar een goed rooster maakt het mogelijk, bijvoorbeeld door te ruilen met collega's die met Kerst vrij willen. Een kalender met de feestdagen van alle geloven helpt leidinggevenden om op tijd te plannen.",
  ),
  p(
    "z06",
    "De eerste loonstrook uitgelegd",
    "Veel nieuwkomers krijgen hun eerste loonstrook en begrijpen niet waarom er veel minder op hun rekening staat dan het brutoloon in hun contract. Leg uit wat er wordt ingehouden, zoals loonheffing en soms pensioenpremie, en wat erbij komt, zoals een ploegentoeslag. Het vakantiegeld komt meestal in mei in één keer. Een veelgemaakte fout: wie twee banen heeft, laat de loonheffingskorting door beide werkgevers toepassen. Een jaar later volgt dan een aanslag van de Belastingdienst van soms honderden euro's. Ook de toeslagen moeten worden aangepast als het inkomen verandert, anders moet er later geld terug. Een werkcoach die de eerste loonstrook samen met de nieuwe werknemer doorloopt, voorkomt zo schulden.",
  ),
  p(
    "z07",
    "Een VOG voor een nieuwe baan",
    "In de zorg, de kinderopvang, het onderwijs en het taxivervoer vraagt de werkgever om een Verklaring Omtrent het Gedrag (VOG). Daarmee verklaart Justis dat iemand geen strafbare feiten op zijn naam heeft die bezwaarlijk zijn voor de functie. De werkgever zet de aanvraag online klaar, de kandidaat logt in met DigiD en betaalt de kosten, tenzij de werkgever die vergoedt. Meestal is de VOG er binnen een week, soms pas na een maand. De VOG kijkt alleen naar justitiële gegevens in Nederland. Een verklaring uit het land van herkomst is voor vluchtelingen meestal niet te krijgen; vraag er dan niet om. Vraag de VOG vroeg aan, zodat niemand weken thuis zit.",
  ),
  p(
    "z08",
    "Bezorgen voor een app: platformwerk",
    "Maaltijden of boodschappen bezorgen via een app is voor veel jonge nieuwkomers een snelle manier om geld te verdienen. Er is geen sollicitatiegesprek en er is weinig Nederlands nodig. Maar wie als zelfstandige voor een platform werkt, is niet verzekerd bij ziekte of een ongeluk, bouwt geen pensioen op en moet zelf belasting betalen. Soms is het eigenlijk schijnzelfstandigheid en heeft de bezorger recht op een arbeidscontract. Wie een uitkering heeft, moet elke verdienste doorgeven aan de gemeente. Klantmanagers zien platformwerk liever als bijbaan naast een opleiding dan als eindpunt. Help de klant bij de inschrijving bij de Kamer van Koophandel en met het bijhouden van uren en inkomsten.",
  ),
  p(
    "z09",
    "De zoektermijn van vier weken voor jongeren",
    "Jongeren onder de 27 die bijstand aanvragen, moeten eerst vier weken zelf zoeken naar werk of een opleiding. Pas daarna beoordeelt de gemeente de aanvraag. Het idee is dat een jongere beter terug kan naar school dan in een uitkering terechtkomt. Voor jongeren die net uit het azc komen, dakloos zijn of schulden hebben, is die wachttijd zwaar: ze hebben geen inkomen en raken uit beeld. Veel gemeenten maken daarom een uitzondering of bieden in die weken een vaste contactpersoon. Statushouders onder de 27 die nog inburgeren, hebben meer aan een leerroute die werk en school combineert.",
  ),
  p(
    "z10",
    "Sleutelpersonen uit de eigen gemeenschap",
    "Een sleutelpersoon is iemand uit bijvoorbeeld de Eritrese, Syrische of Afghaanse gemeenschap die zelf de weg in Nederland heeft gevonden en beide talen spreekt. Gemeenten zetten sleutelpersonen in om nieuwkomers te bereiken die niet op brieven reageren of instanties wantrouwen. Een sleutelpersoon gaat mee naar een eerste gesprek met de werkcoach, legt uit waarom een werkervaringsplek geen uitbuiting is, of praat met een vader die niet wil dat zijn dochter in de zorg gaat werken. Sleutelpersonen krijgen een training en een vergoeding, maar de gemeente blijft verantwoordelijk voor de begeleiding. Zo groeit het vertrouwen, en verdwijnen minder mensen uit beeld na de inburgering.",
  ),
  // AE — added 6 December 2026 with the eighth held-out set (queries-heldout-8.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of the work agenda and of everyday
  // practice not yet covered (het AOW-gat, ploegendienst naast de inburgering, kinderopvang tijdens een
  // traject, een traineeship bij de overheid, loonbeslag, verzuim en de bedrijfsarts, de internationale
  // schakelklas, mantelzorg, het video-interview, een LinkedIn-profiel)
  p(
    "ae01",
    "Het AOW-gat van oudere nieuwkomers",
    "De AOW bouw je op in de vijftig jaar voor je AOW-leeftijd: 2 procent voor elk jaar dat je in Nederland woont of werkt. Een vluchteling die op zijn vijftigste naar Nederland komt, krijgt later dus maar ongeveer een derde van de volledige AOW. Dat tekort heet het AOW-gat. Wie geen ander inkomen of vermogen heeft, kan bij de Sociale Verzekeringsbank een aanvullende inkomensvoorziening ouderen (AIO) aanvragen, zodat het inkomen op bijstandsniveau komt. Voor oudere nieuwkomers is werk daarom meer dan meedoen: elk jaar bij een werkgever met een pensioenregeling telt mee voor later. Klantmanagers bespreken dit vroeg, ook met klanten boven de 55 die denken dat werk voor hen niet meer hoeft.",
  ),
  p(
    "ae02",
    "Werken in ploegendienst naast de inburgering",
    "In de productie, de logistiek en de zorg wordt veel in ploegen gewerkt: vroege dienst, late dienst en nachtdienst, vaak met een wisselend rooster. Voor nieuwkomers is ploegendienst aantrekkelijk door de ploegentoeslag, maar het botst vaak met de inburgering. Taallessen zijn meestal overdag en op vaste dagen, en na een nachtdienst leert niemand goed. Spreek met de werkgever af dat de cursist op lesdagen geen nachtdienst draait, of zoek een taalaanbieder met lessen in de avond of online. Let ook op het gezin: wie kinderen naar school brengt, kan moeilijk om zes uur beginnen. Een vast rooster met twee ploegen is voor veel mensen beter vol te houden dan een volcontinu rooster.",
  ),
  p(
    "ae03",
    "Kinderopvang tijdens een traject naar werk",
    "Ouders die een re-integratietraject volgen of inburgeren, kunnen vaak kinderopvangtoeslag krijgen, ook als ze nog geen baan hebben. De gemeente moet dan verklaren dat de ouder bij een doelgroep hoort, bijvoorbeeld iemand in de bijstand met een traject naar werk of een inburgeraar die lessen volgt. Vaak betaalt de gemeente ook de eigen bijdrage. In de praktijk gaat het toch mis: ouders weten het niet, het kindercentrum heeft een wachtlijst, of de aanvraag duurt weken. Moeders haken dan af bij de taalles of de werkervaringsplek. Regel de opvang daarom voordat het traject begint, en kijk ook naar een gastouder in de buurt. Vraag na wanneer de toeslag stopt als het traject eindigt.",
  ),
  p(
    "ae04",
    "Een traineeship bij de overheid voor statushouders",
    "Ministeries, provincies en waterschappen zoeken personeel en willen een afspiegeling van de samenleving zijn. In een traineeship voor statushouders werken hoogopgeleide nieuwkomers een jaar bij een overheidsorganisatie, met een arbeidsovereenkomst en een salaris volgens de cao. Daarnaast volgen ze lessen Nederlands op hbo-niveau en een training over hoe beleid wordt gemaakt. Elke trainee heeft een leidinggevende en een coach van buiten de eigen afdeling. Een aandachtspunt is de screening: voor veel functies bij de overheid is een VOG of een veiligheidsonderzoek nodig, en dat duurt langer als iemand nog maar kort in Nederland woont. Van de eerste lichting van 30 trainees kreeg twee derde daarna een vaste aanstelling als beleidsmedewerker, adviseur of projectleider.",
  ),
  p(
    "ae05",
    "Loonbeslag: wat doet de werkgever?",
    "Als een medewerker schulden heeft, kan een deurwaarder beslag leggen op het loon. De werkgever krijgt dan een brief en moet een deel van het loon rechtstreeks aan de deurwaarder betalen. Wat de medewerker zelf houdt, heet de beslagvrije voet; die ligt rond 95 procent van de bijstandsnorm. Een loonbeslag kost de werkgever administratie en de medewerker vaak rust: wie tijdens het werk met schuldeisers belt of niet slaapt van de zorgen, valt eerder uit. Werkgevers die het vroeg merken, kunnen verwijzen naar schuldhulpverlening van de gemeente of met een budgetcoach een voorschot geven. Ontslag vanwege een loonbeslag mag niet. Komen er meerdere beslagen tegelijk, dan spreken de deurwaarders onderling af wie voorgaat.",
  ),
  p(
    "ae06",
    "Verzuim en de bedrijfsarts",
    "Nieuwe medewerkers die kort in Nederland wonen, kennen de regels bij ziekte vaak niet. Wie ziek is, meldt zich voor een afgesproken tijd af bij de leidinggevende, niet bij een collega en niet achteraf met een berichtje. Daarna neemt de werkgever of de arbodienst contact op. Duurt de ziekte langer, dan volgt een gesprek met de bedrijfsarts. Veel nieuwkomers denken dat de bedrijfsarts voor de werkgever werkt en vertellen daarom weinig, of zijn bang hun baan te verliezen. Leg uit dat de bedrijfsarts een beroepsgeheim heeft en geen diagnose doorgeeft, alleen wat iemand wel en niet kan. Bij langdurig verzuim maken werkgever en medewerker samen een plan van aanpak voor de terugkeer.",
  ),
  p(
    "ae07",
    "Van de internationale schakelklas naar het mbo",
    "Jongeren van 12 tot 18 jaar die net in Nederland zijn, beginnen vaak in een internationale schakelklas (ISK). Daar leren ze in één tot twee jaar Nederlands en de vakken voor het vervolgonderwijs. De overstap daarna is kwetsbaar. Wie 18 wordt, moet de ISK verlaten, ook als het Nederlands nog niet goed genoeg is voor een mbo-opleiding op niveau 2. Sommige roc's hebben daarom een taalschakeltraject of een entreeopleiding met extra taal. Een warme overdracht helpt: de mentor van de ISK gaat mee naar de intake op het roc en vertelt wat de leerling al kan. Zonder die overdracht vallen veel jonge nieuwkomers uit, en verdwijnen ze uit beeld bij school en gemeente.",
  ),
  p(
    "ae08",
    "Mantelzorg naast werk of een traject",
    "Veel nieuwkomers zorgen voor een zieke ouder, een partner met trauma of een kind met een beperking. Die mantelzorg blijft vaak onzichtbaar, omdat mensen het vanzelfsprekend vinden en er in hun eigen taal geen woord voor hebben. Een klant die steeds afspraken mist of stopt met een werkervaringsplek, kan thuis overbelast zijn. Vraag er in het gesprek naar. In de bijstand kan de gemeente tijdelijk ontheffing geven van de plicht om te werken of te solliciteren, of het traject aanpassen aan de zorgtaken. Een werkgever kan helpen met flexibele werktijden, zorgverlof of thuiswerken. Verwijs ook naar het steunpunt mantelzorg en de wijkverpleging, zodat de zorg niet op één persoon blijft liggen.",
  ),
  p(
    "ae09",
    "Solliciteren met een video-interview",
    "Steeds meer werkgevers en uitzendbureaus vragen kandidaten om een video-interview op te nemen. De kandidaat krijgt een link, ziet een vraag op het scherm en heeft dan bijvoorbeeld 30 seconden om na te denken en twee minuten om te antwoorden. Er is geen gesprekspartner die doorvraagt of geruststelt. Voor kandidaten die de taal nog leren, thuis geen rustige plek hebben of geen goede laptop en internet, is dat een extra drempel. Ook beoordelaars laten zich sneller leiden door een accent, de kamer in beeld of de kleding. Werkgevers kunnen een gewoon gesprek als alternatief aanbieden, de vragen vooraf delen en beoordelen met een vast scoreformulier. Laat software nooit zelf beslissen wie doorgaat.",
  ),
  p(
    "ae10",
    "Een LinkedIn-profiel voor nieuwkomers",
    "Recruiters zoeken kandidaten steeds vaker op LinkedIn, en sommige vacatures worden nergens anders geplaatst. Nieuwkomers hebben er vaak geen profiel, of een profiel in de taal van hun land van herkomst. In een workshop in de bibliotheek maken deelnemers een profiel in het Nederlands en het Engels, met een foto, een korte samenvatting en hun werkervaring, ook die uit het buitenland. Ze leren hoe ze oud-collega's en mensen uit hun eigen vak uitnodigen, en hoe ze een vriendelijk bericht sturen aan iemand die ze willen spreken. Zo groeit hun netwerk, ook zonder vrienden of familie in Nederland. Een vrijwilliger uit het bedrijfsleven kijkt het profiel na en geeft tips.",
  ),
  // AF — added 6 December 2026 with the ninth held-out set (queries-heldout-9.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of the work agenda and of everyday
  // practice not yet covered (vakantiegeld en vakantiedagen, BSN, DigiD en een bankrekening, trauma op het werk,
  // inschaling met buitenlandse werkervaring, de vrijdagmiddagborrel, een maatregel in de bijstand, WW na een
  // tijdelijk contract, zwanger tijdens de proeftijd, rekenen op de werkvloer, de banenmarkt)
  p(
    "af01",
    "Vakantiegeld en vakantiedagen uitgelegd",
    "Nieuwkomers die voor het eerst in loondienst werken, kennen de Nederlandse regels over vakantie vaak niet. Iedere werknemer bouwt vakantiegeld op: minstens 8 procent van het brutoloon, meestal in mei of juni in één keer uitbetaald. Daarnaast heeft iedereen recht op vakantiedagen: minimaal vier keer het aantal uren dat iemand per week werkt. Bij een contract van 24 uur zijn dat 96 vakantie-uren per jaar. Vraag vakantie ruim van tevoren aan, want in de zomer is het druk. Wettelijke dagen die niet zijn opgenomen, vervallen een half jaar na het einde van het jaar. Bij uitzendwerk en oproepwerk komt het vakantiegeld soms elke week met het loon mee; dat staat op de loonstrook.",
  ),
  p(
    "af02",
    "BSN, DigiD en een bankrekening voor de eerste werkdag",
    "De werkgever heeft het burgerservicenummer (BSN) nodig voor de loonadministratie, en het loon gaat alleen naar een Nederlandse bankrekening op naam van de werknemer. Statushouders krijgen hun BSN bij de inschrijving in de gemeente, maar een bankrekening openen lukt niet altijd meteen: de bank vraagt een geldig identiteitsbewijs en soms een vast adres. Ga daarom in het eerste gesprek met de werkcoach na of alles klaar is, anders wordt het eerste salaris weken later betaald. DigiD is nodig voor de Belastingdienst, de toeslagen en het UWV. Vraag het aan zodra iemand een adres heeft en oefen samen met de app. Laat nooit een ander met de inlogcodes inloggen, ook geen behulpzaam familielid.",
  ),
  p(
    "af03",
    "Trauma en psychische klachten bij gevluchte medewerkers",
    "Veel vluchtelingen hebben oorlog, geweld of een zware reis meegemaakt. Slecht slapen, moeite met concentreren, schrikken van harde geluiden of plotseling boos worden kunnen daar het gevolg van zijn. Op het werk lijkt dat op ongemotiveerd zijn of slordig werken. Een leidinggevende hoeft geen hulpverlener te zijn, maar kan wel vragen hoe het gaat en rust bieden: een vaste werkplek, een voorspelbaar rooster en geen onverwachte veranderingen. Praten over psychische problemen is in veel families een taboe. Verwijs naar de huisarts, die kan doorverwijzen naar de ggz of een behandelaar die de taal spreekt. Rond oud en nieuw, met vuurwerk, of na slecht nieuws uit het land van herkomst is extra aandacht goed.",
  ),
  p(
    "af04",
    "Inschaling: werkervaring uit het buitenland meetellen",
    "Bij een nieuwe baan bepaalt de werkgever in welke salarisschaal en op welke trede iemand begint. In veel cao's telt relevante werkervaring mee voor een hogere trede. Werkervaring uit het buitenland wordt vaak vergeten of niet geloofd, omdat er geen getuigschrift of referentie is. Zo verdient een ervaren elektricien uit Syrië jarenlang minder dan een Nederlandse collega met evenveel ervaring. Vraag bij de inschaling naar alle werkjaren, ook die van voor de vlucht, en laat de kandidaat ze beschrijven met taken, machines en verantwoordelijkheden. HR kan de eerste maanden gebruiken om het niveau te toetsen en daarna de trede aanpassen. Een kandidaat die niet weet dat onderhandelen mag, vraagt er zelf niet om.",
  ),
  p(
    "af05",
    "Het personeelsfeest en de vrijdagmiddagborrel",
    "Veel contact tussen collega's ontstaat buiten het werk: bij de vrijdagmiddagborrel, het kerstdiner of het jaarlijkse bedrijfsuitje. Wie daar niet bij is, mist informatie en bouwt minder band op met collega's. Voor medewerkers die geen alcohol drinken, halal eten of 's avonds voor hun kinderen zorgen, is zo'n moment niet vanzelfsprekend. Een personeelsvereniging in Tilburg vroeg daarom alle medewerkers wat zij leuk vinden. Nu is er naast de borrel een lunch op vrijdag, staan er altijd frisdrank en vegetarische of halal hapjes klaar, en vindt het uitje overdag plaats. Nodig nieuwe collega's persoonlijk uit en leg uit wat de bedoeling is: meedoen is niet verplicht, maar wel welkom, ook zonder te drinken.",
  ),
  p(
    "af06",
    "Een maatregel in de bijstand: gekort op de uitkering",
    "Wie bijstand krijgt, heeft plichten: solliciteren, meewerken aan een traject en op afspraken komen. Komt iemand een plicht niet na, dan kan de gemeente een maatregel opleggen: de uitkering wordt een of meer maanden verlaagd, bijvoorbeeld met 20 procent. Bij nieuwkomers ligt dat vaak niet aan onwil. Zij begrijpen een brief niet, weten niet dat een afspraak verplicht was of dachten dat de taalles voorging. Daarom hoort de klantmanager eerst de klant en gaat hij na of het verwijtbaar is. Leg de plichten uit in begrijpelijke taal en bevestig afspraken op papier. Tegen een maatregel kan de klant binnen zes weken bezwaar maken. Een korting leidt al snel tot huurachterstand en schulden.",
  ),
  p(
    "af07",
    "WW na een tijdelijk contract",
    "Veel nieuwkomers beginnen met een tijdelijk contract van een half jaar of een jaar. Wordt dat niet verlengd, dan hebben ze soms recht op een WW-uitkering van het UWV. Daarvoor moet iemand in de laatste 36 weken minstens 26 weken hebben gewerkt: de wekeneis. De WW duurt dan drie maanden en is eerst 75 procent van het loon, later 70 procent. Vraag de WW aan binnen een week na de laatste werkdag, op de website van het UWV met DigiD. Tijdens de WW moet iemand blijven solliciteren. Werkcoaches bespreken het einde van een contract liefst ruim van tevoren, zodat er zonder gat een nieuwe baan komt.",
  ),
  p(
    "af08",
    "Zwanger tijdens de proeftijd of het traject",
    "Een vrouw die zwanger wordt tijdens een traject naar werk of kort na de start van een nieuwe baan, is vaak bang om het te vertellen. Een werkgever mag niemand afwijzen of ontslaan omdat ze zwanger is, ook niet in de proeftijd. Wel loopt een tijdelijk contract gewoon af. Een werknemer heeft recht op zwangerschaps- en bevallingsverlof van minstens zestien weken, met een uitkering via het UWV, en de partner krijgt geboorteverlof. Voor controles bij de verloskundige mag zij onder werktijd weg. In de bijstand kan de gemeente de sollicitatieplicht tijdelijk aanpassen. Bespreek samen wanneer het traject of de taalles weer verdergaat, en zet haar op tijd op de wachtlijst voor kinderopvang.",
  ),
  p(
    "af09",
    "Rekenen op de werkvloer",
    "Bij taal denken werkgevers meteen aan lezen en schrijven, maar ook rekenen is op de werkvloer overal nodig: een bestelling tellen, een mengverhouding afmeten, met een meetlint werken, wisselgeld teruggeven of een rooster in uren omzetten. Medewerkers die weinig naar school zijn geweest, hebben daar moeite mee en schamen zich vaak. Fouten worden dan voor slordigheid aangezien. Een bouwbedrijf in Zwolle laat nieuwe medewerkers daarom een korte rekentoets doen, naast de taaltest. Wie dat nodig heeft, krijgt op de bouwplaats les met echte materialen: tegels tellen, een oppervlakte berekenen, millimeters omrekenen naar centimeters. Zulke cursussen vallen vaak onder de regelingen voor basisvaardigheden, samen met taal en digitale vaardigheden.",
  ),
  p(
    "af10",
    "De banenmarkt: in een paar minuten kennismaken",
    "Op een banenmarkt of een speeddate ontmoeten werkzoekenden in één middag tien of meer werkgevers. Elk gesprek duurt een paar minuten, zonder sollicitatiebrief vooraf. Voor nieuwkomers kan dat een snelle weg naar een baan zijn, maar alleen met voorbereiding. Oefen vooraf een korte voorstelling van een minuut: wie ben je, wat kun je en wat zoek je. Neem een paar cv's mee en schrijf na elk gesprek op met wie je sprak. Werkgevers komen eerder als de gemeente vooraf kandidaten selecteert die bij hun vacatures passen. Een werkcoach loopt mee en maakt na afloop afspraken over een meeloopdag of een tweede gesprek. Bel binnen een week terug; daarna weet niemand meer wie je was.",
  ),
  // AG — added 6 December 2026 with the tenth held-out set (queries-heldout-10.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of everyday practice not yet covered
  // (ontslag met een vaststellingsovereenkomst, het jeugdloon, arbeidsuitbuiting, fietsles, het staatsexamen
  // NT2, de fasen van uitzendwerk, werktijden en pauzes, alleenstaande minderjarige vluchtelingen die 18
  // worden, vertaalapps op de werkvloer, ongewenst gedrag en seksuele intimidatie)
  p(
    "ag01",
    "Ontslag in overleg: de vaststellingsovereenkomst",
    "Soms stelt een werkgever voor om een contract in overleg te beëindigen. De werknemer krijgt dan een vaststellingsovereenkomst om te tekenen. Nieuwkomers tekenen zo'n papier vaak meteen, omdat ze denken dat het moet of omdat ze de tekst niet begrijpen. Daarmee kunnen ze hun recht op een WW-uitkering verliezen. In de overeenkomst moet staan dat het initiatief bij de werkgever ligt en dat de werknemer niets ernstigs wordt verweten. Na het tekenen heeft de werknemer veertien dagen bedenktijd en mag hij zijn handtekening nog intrekken. Wie wordt ontslagen of van wie het tijdelijke contract niet wordt verlengd door de werkgever, heeft ook recht op een transitievergoeding: een derde maandsalaris voor elk jaar dat hij in dienst was, vanaf de eerste dag. Werkcoaches raden aan om de overeenkomst eerst te laten lezen door het Juridisch Loket of een vakbond. Een werkgever die daar geen tijd voor geeft, handelt niet zorgvuldig.",
  ),
  p(
    "ag02",
    "Jeugdloon: minder loon voor jonge werknemers",
    "Werknemers onder de 21 jaar hebben recht op het minimumjeugdloon, en dat is een stuk lager dan het gewone minimumloon. Een werknemer van 18 verdient ongeveer de helft, iemand van 20 ongeveer 80 procent. Pas vanaf 21 jaar geldt het volledige minimumloon. Veel jonge statushouders schrikken daarvan. Zij wonen zelfstandig, betalen huur en sturen soms geld naar familie in het buitenland, en kunnen van een jeugdloon niet rondkomen. Kijk daarom samen naar huurtoeslag en zorgtoeslag, en vraag de gemeente of aanvullende bijstand mogelijk is als er geen ouders in Nederland zijn. Sommige cao's betalen het volledige loon al eerder, bijvoorbeeld wanneer iemand een vakdiploma heeft. Een leerbaan in de bbl levert nu minder op, maar wel een diploma waarmee iemand later meer verdient. Leg jongeren ook uit dat hun loon elk jaar op hun verjaardag omhooggaat, en controleer samen de loonstrook.",
  ),
  p(
    "ag03",
    "Arbeidsuitbuiting herkennen",
    "Niet elk slecht betaald baantje is uitbuiting, maar soms gaat het veel verder. Signalen zijn: de werkgever houdt het paspoort of de verblijfspas in, het loon wordt contant en onder het minimumloon betaald, iemand werkt zes of zeven dagen per week zonder contract, of de huur van een kamer via de werkgever gaat van het loon af. Vaak heeft de werknemer ook een schuld bij degene die hem aan het werk hielp, en durft hij daarom niets te zeggen. Nieuwkomers die de regels niet kennen en weinig Nederlands spreken, lopen extra risico. Een werkcoach die iets merkt, stelt open vragen en luistert zonder te oordelen. Spreek de werkgever niet aan waar de klant bij is, want dat kan hem in gevaar brengen. Meld het bij de Nederlandse Arbeidsinspectie, of vraag advies bij FairWork, dat slachtoffers helpt. Bij direct gevaar belt u de politie.",
  ),
  p(
    "ag04",
    "Fietsles als stap naar werk",
    "Veel nieuwkomers, vooral vrouwen, hebben nooit leren fietsen. Zonder fiets is werk vaak niet bereikbaar: schoonmaakwerk begint om zes uur 's ochtends, en de bus rijdt dan nog niet naar het bedrijventerrein of de kassen. In een fietsproject in Ede leren deelnemers in tien lessen fietsen op een afgesloten plein. Daarna oefenen ze in het verkeer en leren ze de verkeersregels. De lessen worden gegeven door vrijwilligers, vaak vrouwen die zelf pas als volwassene leerden fietsen. Wie klaar is, kan via de fietsbank een opgeknapte fiets met slot kopen voor een klein bedrag. De gemeente betaalt het project uit het re-integratiebudget, omdat het de kans op een baan vergroot. Deelnemers zeggen dat ze ook zelfstandiger worden: ze brengen de kinderen zelf naar school en gaan alleen naar de taalles. Vraag in de intake daarom altijd hoe iemand naar het werk kan komen.",
  ),
  p(
    "ag05",
    "Het staatsexamen NT2: programma I of II",
    "Het staatsexamen Nederlands als tweede taal (NT2) laat zien hoe goed iemand Nederlands leest, luistert, schrijft en spreekt. Er zijn twee programma's. Programma I is op niveau B1 en past bij veel werk en bij een mbo-opleiding. Programma II is op niveau B2 en is nodig voor het hbo, de universiteit en veel functies in de zorg en het onderwijs. Elk onderdeel is een apart examen, zodat iemand een onderdeel kan overdoen zonder de rest opnieuw te maken. De kandidaat meldt zich aan bij DUO, en er zijn een paar examens per jaar. Hoogopgeleide nieuwkomers doen het examen vaak te vroeg, omdat ze snel verder willen, en zakken dan voor schrijven. Een proefexamen op de website helpt om in te schatten of iemand klaar is. Werkgevers mogen in een vacature om een diploma staatsexamen vragen, maar vraag niet om B2 als B1 genoeg is voor het werk.",
  ),
  p(
    "ag06",
    "Uitzendwerk: de fasen en meer zekerheid",
    "Veel nieuwkomers vinden hun eerste baan via een uitzendbureau. In de cao voor uitzendkrachten staat een systeem met fasen. In fase A, de eerste 52 gewerkte weken, kan het werk direct stoppen als de opdrachtgever geen werk meer heeft; dat heet het uitzendbeding. In fase B krijgt de uitzendkracht contracten voor bepaalde tijd, en betaalt het uitzendbureau het loon door als er even geen werk is. In fase C volgt een contract voor onbepaalde tijd bij het uitzendbureau. Een uitzendkracht heeft recht op hetzelfde loon als collega's in vaste dienst die hetzelfde werk doen. Let op: wie langer dan een half jaar niet via het bureau werkt, begint soms weer bij het begin van fase A. Werkcoaches vragen daarom welke fase op het contract staat, en bespreken met het uitzendbureau wanneer iemand in dienst kan komen bij de opdrachtgever zelf.",
  ),
  p(
    "ag07",
    "Werktijden, pauzes en overwerk",
    "De Arbeidstijdenwet regelt hoe lang iemand mag werken. Een dienst duurt hoogstens 12 uur en een werkweek hoogstens 60 uur; gemiddeld over 16 weken is het maximum 48 uur per week. Wie meer dan 5,5 uur werkt, heeft recht op een halfuur pauze, die ook in twee keer een kwartier mag. Tussen twee diensten zit minstens 11 uur rust. Voor jongeren onder de 18 gelden strengere regels. Nieuwkomers zeggen vaak ja tegen overwerk, omdat ze het geld nodig hebben of bang zijn hun baan te verliezen. Sommigen slaan hun pauze over om een goede indruk te maken. Leg uit dat pauze een recht is en geen teken van luiheid, en dat moe worden tot fouten en ongelukken leidt. In de cao staat of overuren extra worden betaald of als vrije tijd worden gecompenseerd. Wie elke week veel meer uren maakt dan in het contract staat, kan vragen om een contract met meer uren.",
  ),
  p(
    "ag08",
    "Alleenstaande minderjarige vluchtelingen worden 18",
    "Jongeren die zonder ouders naar Nederland zijn gevlucht, krijgen tot hun achttiende een voogd van Nidos. Ze wonen in een kleine woonvoorziening of een opvanggezin en gaan naar school. Op hun achttiende verjaardag stopt de voogdij. Dan moeten ze zelf een kamer huren en hun geldzaken regelen, en vaak verhuizen ze naar een andere gemeente. Veel van deze jongeren willen meteen werken om geld naar familie te sturen of de schuld voor de reis af te betalen, en stoppen met school. Zonder diploma blijven ze dan hangen in tijdelijk werk. Gemeenten die het goed doen, beginnen een half jaar voor de achttiende verjaardag met de overdracht: de voogd, de mentor van school en de klantmanager zitten samen aan tafel. Een bbl-opleiding, waarin de jongere leert en loon krijgt, is vaak een goede oplossing. Een vaste contactpersoon tot 21 jaar helpt om niet uit beeld te raken.",
  ),
  p(
    "ag09",
    "Vertaalapps op de werkvloer",
    "Veel medewerkers die Nederlands leren, gebruiken een vertaalapp op hun telefoon. Dat helpt bij een snelle vraag aan een collega of om een werkbriefje te begrijpen. Maar een app maakt fouten, vooral bij vaktaal, afkortingen en lange zinnen. Een verkeerd vertaalde instructie over een machine of een schoonmaakmiddel kan gevaarlijk zijn. Laat veiligheidsinstructies daarom vertalen door een vertaler en controleer ze met een medewerker die beide talen spreekt. Leer collega's om korte, eenvoudige zinnen in de app te typen en het antwoord terug te laten vertalen, om te zien of het klopt. Zet geen namen, adressen of medische gegevens van klanten of collega's in een gratis app: de tekst gaat dan naar een bedrijf buiten de organisatie. Sommige werkgevers verbieden de telefoon op de werkvloer; spreek dan af waar en wanneer de app wel mag. Een app is een hulpmiddel en geen vervanging van taalles.",
  ),
  p(
    "ag10",
    "Ongewenst gedrag en seksuele intimidatie op het werk",
    "Ongewenste aanrakingen, seksuele opmerkingen, pesten en schelden komen op elke werkvloer voor. Medewerkers die nieuw zijn in Nederland, een tijdelijk contract hebben of 's avonds alleen werken, bijvoorbeeld in de schoonmaak of de horeca, melden het minder vaak. Ze weten niet dat het niet mag, of ze zijn bang hun baan te verliezen. Sommigen denken zelfs dat een melding hun verblijfsvergunning in gevaar brengt, en dat is niet zo. Een werkgever moet volgens de Arbowet beleid hebben tegen ongewenst gedrag, en een vertrouwenspersoon aanstellen of inhuren. Vertel nieuwe medewerkers in de eerste week wie dat is en hoe ze die kunnen bereiken, ook in hun eigen taal. Wie iets meemaakt, schrijft op wat er gebeurde, wanneer en wie het zag. Een leidinggevende die een melding krijgt, neemt die serieus, beschermt de melder en zoekt uit wat er is gebeurd. Bij aanranding kan de medewerker aangifte doen bij de politie.",
  ),
  // AH — added 6 December 2026 with the eleventh held-out set (queries-heldout-11.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of everyday practice not yet covered
  // (de zorgverzekering en het eigen risico, bhv en ehbo, ontslag op staande voet, detachering en payrolling,
  // het studiekostenbeding, een arbeidsongeval, een conflict met de leidinggevende, werken bij hitte,
  // huiselijk geweld, een tweede baan)
  p(
    "ah01",
    "De zorgverzekering: verplicht, met een eigen risico",
    "Iedereen die in Nederland woont of werkt, moet een basisverzekering voor zorg afsluiten, ook wie net een verblijfsvergunning heeft gekregen. Wie dat niet binnen vier maanden doet, krijgt een boete en wordt later toch verzekerd. Statushouders die uit het azc verhuizen, vallen niet meer onder de regeling voor asielzoekers en moeten zelf een verzekeraar kiezen. Elke maand betaalt de verzekerde premie, en elk jaar geldt een eigen risico van 385 euro: de eerste kosten van bijvoorbeeld het ziekenhuis of medicijnen betaalt iemand zelf. De huisarts valt daar niet onder. Wie weinig verdient, krijgt zorgtoeslag van de Belastingdienst; die moet omlaag als het inkomen stijgt door een nieuwe baan, anders volgt een terugvordering. Sommige werkgevers bieden korting bij een collectieve verzekering. Werkcoaches lopen de polis in de eerste weken samen door en wijzen op een gespreide betaling van het eigen risico, zodat een rekening niet tot schulden leidt.",
  ),
  p(
    "ah02",
    "BHV en EHBO op de werkvloer",
    "Elke werkgever moet zorgen voor bedrijfshulpverlening: medewerkers die bij brand of een ongeluk eerste hulp geven, alarm slaan en het gebouw laten ontruimen. Dat zijn de bhv'ers. Hoeveel er nodig zijn, hangt af van de risico's en het aantal mensen dat er tegelijk werkt. Een bhv-cursus duurt meestal twee dagen en moet elk jaar worden herhaald. Nieuwe medewerkers moeten in de eerste week weten waar de nooduitgangen zijn, wat het alarm betekent en waar ze zich verzamelen. Wie de taal nog leert, begrijpt een omroepbericht niet altijd: oefen de ontruiming daarom echt, met pictogrammen en een vaste collega als maatje. Nieuwkomers die in hun land arts, verpleegkundige of brandweerman waren, zijn vaak goede bhv'ers; de cursus is een mooie kans om mee te doen en Nederlandse woorden te leren. Een EHBO-diploma of een reanimatiecursus is een plus op het cv.",
  ),
  p(
    "ah03",
    "Ontslag op staande voet",
    "Bij ontslag op staande voet eindigt het contract meteen, zonder opzegtermijn. Dat mag alleen bij een dringende reden, zoals diefstal, geweld, ernstige bedreiging of langdurig wegblijven zonder bericht. De werkgever moet de reden direct noemen en het ontslag snel geven, meestal binnen een paar dagen nadat hij ervan hoorde. De werknemer krijgt dan geen WW-uitkering en geen transitievergoeding. Nieuwkomers begrijpen vaak niet wat er gebeurt als een leidinggevende zegt dat ze niet meer hoeven te komen. Vraag altijd om de reden op papier. Wie het niet eens is met het ontslag, kan binnen twee maanden naar de kantonrechter; het Juridisch Loket of een vakbond helpt daarbij gratis of goedkoop. Ook een te laat gemelde ziekte of een misverstand over een vrije dag leidt soms tot ontslag, terwijl een waarschuwing beter was geweest. Werkcoaches bespreken daarom vooraf welke regels het bedrijf echt streng neemt.",
  ),
  p(
    "ah04",
    "Detachering en payrolling: wie is de werkgever?",
    "Niet iedereen werkt in dienst van het bedrijf waar hij elke dag naartoe gaat. Bij detachering heeft de medewerker een contract met een detacheerder, die hem voor een project of een vaste periode uitleent aan een opdrachtgever. Bij payrolling kiest het bedrijf zelf de medewerker, maar staat het contract op naam van een payrollbedrijf, dat het loon betaalt en de administratie doet. Sinds 2020 heeft een payrollwerknemer recht op dezelfde arbeidsvoorwaarden als de eigen medewerkers van het bedrijf, ook op een pensioen. Voor nieuwkomers is dat verwarrend: wie bel je als je ziek bent, wie geeft verlof en aan wie vraag je om meer uren? Leg het uit met een tekening van de drie partijen. Werkgevers gebruiken payrolling soms om een statushouder eerst zonder risico te laten werken. Werkcoaches vragen dan wanneer er een contract bij het bedrijf zelf komt, en spreken dat liefst schriftelijk af.",
  ),
  p(
    "ah05",
    "Het studiekostenbeding: een opleiding terugbetalen?",
    "Werkgevers betalen graag een opleiding voor een nieuwe medewerker, zoals een vakdiploma, een heftruckcertificaat of een taalcursus. In het contract of in een aparte scholingsovereenkomst staat dan soms een studiekostenbeding: wie binnen een bepaalde tijd na de opleiding vertrekt, betaalt een deel van de kosten terug. Meestal wordt dat bedrag elk jaar lager, bijvoorbeeld over twee of drie jaar. Zo'n afspraak geldt niet voor scholing die de werkgever volgens de wet of de cao verplicht moet aanbieden om het werk te kunnen doen, zoals een veiligheidscursus. Dan mag hij niets terugvragen. Ook als de werkgever zelf het contract beëindigt, hoeft de werknemer meestal niets te betalen. Nieuwkomers tekenen zo'n beding soms zonder te weten wat het betekent en schrikken later van een rekening van duizenden euro's. Leg het beding uit voor de handtekening, en noteer de bedragen per jaar in gewone woorden.",
  ),
  p(
    "ah06",
    "Een ongeluk op het werk: melden en leren",
    "Een arbeidsongeval kan iedereen overkomen, maar nieuwe medewerkers en uitzendkrachten lopen meer risico: ze kennen de machines en de gevaren nog niet en durven minder te vragen. Na een ongeluk gaat eerst de zorg voor: eerste hulp, en zo nodig 112 bellen. Leidt het ongeval tot een ziekenhuisopname, blijvend letsel of de dood, dan moet de werkgever het direct melden bij de Nederlandse Arbeidsinspectie. Die kan een onderzoek doen en een boete geven. Elk bedrijf houdt een lijst bij van ongevallen met verzuim van meer dan drie werkdagen. Bespreek ook bijna-ongelukken in het team, zonder een schuldige te zoeken: daar leer je het meest van. Nieuwkomers melden een kleine verwonding soms niet, uit angst voor hun baan. Zeg duidelijk dat melden mag en verstandig is. Wie door een fout van de werkgever letsel heeft, kan schadevergoeding vragen; een vakbond of een rechtsbijstandsverzekering helpt daarbij.",
  ),
  p(
    "ah07",
    "Een conflict met de leidinggevende",
    "Een meningsverschil over het rooster, een toon die verkeerd valt of een beoordeling die oneerlijk voelt: conflicten op het werk beginnen vaak klein. Voor nieuwkomers komt er een laag bij, omdat in veel landen niemand een baas tegenspreekt. Ze zwijgen, melden zich ziek of nemen ontslag, terwijl een gesprek het had kunnen oplossen. Leer ze hoe je in Nederland rustig zegt dat je het ergens niet mee eens bent, en dat dat normaal is. Lukt een gesprek niet, dan kan HR of een collega van een andere afdeling meepraten. Een mediator is een neutrale bemiddelaar die beide kanten hoort en helpt om samen afspraken te maken; mediation is vrijwillig en wat er gezegd wordt, blijft vertrouwelijk. Werkcoaches van de gemeente kunnen in de eerste maanden na plaatsing bemiddelen. Leg afspraken na een conflict vast en plan een vervolggesprek, zodat het niet opnieuw uit de hand loopt.",
  ),
  p(
    "ah08",
    "Werken bij hitte",
    "Op warme zomerdagen wordt zwaar werk buiten of in een hete hal gevaarlijk. Hitte leidt tot duizeligheid, hoofdpijn, fouten en in het ergste geval een hitteberoerte. De Arbowet noemt geen vaste maximumtemperatuur, maar de werkgever moet de risico's beperken. Veel bedrijven hebben een hitteprotocol: eerder beginnen, vaker en langer pauze in de schaduw, gratis water, lichte werkkleding en zwaar werk verdelen over meer mensen. Medewerkers uit warme landen zeggen vaak dat ze de hitte gewend zijn, maar ook zij lopen risico, zeker als ze vasten of slecht geslapen hebben. Let op medewerkers die weinig drinken omdat er geen toilet in de buurt is, en op uitzendkrachten die niet durven te stoppen. Leer iedereen de signalen herkennen: een rode huid, verwardheid, niet meer zweten. Leg het protocol uit in eenvoudige woorden en met pictogrammen, voordat de eerste warme week begint.",
  ),
  p(
    "ah09",
    "Huiselijk geweld: signalen op het werk",
    "Soms merkt een collega, leidinggevende of werkcoach dat er thuis iets mis is. Iemand heeft blauwe plekken, verzuimt vaak, wordt steeds gebeld of opgehaald door een partner en mag niet mee naar een teamuitje. Huiselijk geweld komt in alle groepen voor, ook bij nieuwkomers die voor geld of hun verblijf afhankelijk zijn van hun partner. Professionals in zorg, onderwijs en het sociaal domein werken met de meldcode huiselijk geweld en kindermishandeling: signalen in kaart brengen, een collega raadplegen, in gesprek gaan, het risico wegen en zo nodig melden. Veilig Thuis geeft advies, ook anoniem, via 0800-2000. Een werkgever hoeft geen hulpverlener te zijn, maar kan wel een veilig gesprek aanbieden, flexibel verlof geven voor afspraken en het loon niet op een gezamenlijke rekening storten als de medewerker daarom vraagt. Bij direct gevaar bel je 112.",
  ),
  p(
    "ah10",
    "Een tweede baan naast het werk",
    "Veel medewerkers met een klein contract zoeken er een tweede baan bij, bijvoorbeeld in de schoonmaak of als bezorger. Mag dat? Een werkgever mag een nevenwerkzaamhedenbeding alleen gebruiken als hij daar een goede reden voor heeft, zoals veiligheid, concurrentie of te lange werkdagen. Zonder zo'n reden mag hij een tweede baan niet verbieden. Let op de regels voor werktijden: voor beide banen samen gelden de grenzen van de Arbeidstijdenwet. Vraag ook of de loonheffingskorting maar bij één werkgever wordt toegepast, anders volgt later een aanslag. Wie bijstand krijgt, geeft elke verdienste door aan de gemeente. Bespreek met de medewerker waarom hij meer werk zoekt. Vaak wil hij gewoon meer uren bij de eigen werkgever, en dat is voor beide partijen beter dan moe worden van twee banen. Een werkcoach kan helpen om dat gesprek te voeren.",
  ),
  // AL — added 6 December 2026 with the twelfth held-out set (queries-heldout-12.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of everyday practice not yet covered
  // (gezondheidsvragen en de aanstellingskeuring, een faillissement en de loongarantieregeling, de
  // kostendelersnorm, lid worden van een vakbond, twee jaar ziek en de WIA, IPS bij psychische klachten, met
  // bijstand naar het buitenland, het zoekjaar hoogopgeleiden, ontslag bij een reorganisatie, lhbti+ collega's)
  p(
    "al01",
    "Gezondheidsvragen bij een sollicitatie en de aanstellingskeuring",
    "Mag een werkgever vragen of een kandidaat gezond is? In een sollicitatiegesprek mag hij niet vragen naar ziekte, verzuim bij een vorige baan, een beperking of zwangerschap. Ook een vragenlijst over de gezondheid is niet toegestaan. Een aanstellingskeuring mag alleen als de functie bijzondere eisen stelt aan de gezondheid, zoals bij piloten, brandweerlieden of chauffeurs van zware voertuigen. Die eisen staan dan in de vacature, en de keuring gebeurt pas aan het einde van de procedure, als de kandidaat de baan verder al heeft. Een keuringsarts voert de keuring uit, niet de werkgever zelf. De kandidaat hoort de uitslag als eerste en mag beslissen of die naar de werkgever gaat. Nieuwkomers weten dit vaak niet. Zij vullen een lijst met medische vragen gewoon in, of vertellen uit eerlijkheid over een oorlogswond of hun medicijnen. Werkcoaches oefenen daarom met hun klanten wat je wel en niet hoeft te vertellen. Wie denkt dat hij is afgewezen vanwege zijn gezondheid, kan een oordeel vragen aan het College voor de Rechten van de Mens.",
  ),
  p(
    "al02",
    "Failliet: wie betaalt het loon?",
    "Als een werkgever failliet gaat, schrikken de medewerkers: krijg ik mijn loon nog? De rechtbank benoemt een curator, die het bedrijf afwikkelt en de medewerkers mag ontslaan, met een opzegtermijn van hoogstens zes weken. Loon dat de werkgever niet meer kan betalen, neemt het UWV over via de loongarantieregeling. Dat geldt voor achterstallig loon van maximaal dertien weken, voor het loon tijdens de opzegtermijn en voor vakantiedagen die nog niet zijn opgenomen. De medewerker moet dat wel zelf aanvragen; de curator en het UWV leggen uit hoe dat gaat, vaak op een bijeenkomst voor het hele personeel. Na de opzegtermijn kan iemand een WW-uitkering aanvragen als hij lang genoeg heeft gewerkt. Nieuwkomers met een kleine werkgever merken een faillissement soms pas als het loon niet op hun rekening staat. Werkcoaches helpen met de formulieren, verzamelen de loonstroken en het contract, en kijken of er tijdelijk bijstand nodig is om de weken zonder inkomen te overbruggen. Wacht niet met zoeken naar nieuw werk: soms neemt een doorstart een deel van het personeel over, maar niet iedereen.",
  ),
  p(
    "al03",
    "De kostendelersnorm: minder bijstand als je met meer volwassenen woont",
    "Wie bijstand krijgt en met andere volwassenen in één huis woont, krijgt een lagere uitkering. Dat heet de kostendelersnorm: samen wonen is goedkoper, omdat je de huur en de energie kunt delen. Hoe meer huisgenoten van 27 jaar of ouder, hoe lager de bijstand per persoon. Of die huisgenoot werkt, een uitkering heeft of geen inkomen, maakt niet uit. Jongere kinderen, studenten en echte huurders met een huurcontract tellen niet mee. In gezinnen van statushouders gaat het vaak mis als een volwassen broer of neef bij het gezin komt wonen, of als een zoon of dochter 27 wordt en thuis blijft wonen. Dan daalt de uitkering van de ouders, en soms vraagt de gemeente geld terug omdat de verandering niet op tijd is doorgegeven. Leg de regel daarom uit bij de intake en bij elke verhuizing. Een kind dat gaat werken, denkt soms dat het zo de bijstand van zijn ouders kwijtmaakt, en stopt met werken of gaat op zichzelf wonen. Reken samen uit wat het gezin overhoudt: vaak is werken voor iedereen beter. Past de regel slecht bij de situatie, dan kan de gemeente maatwerk bieden.",
  ),
  p(
    "al04",
    "Lid worden van een vakbond",
    "Veel nieuwkomers kennen vakbonden uit het land waar ze vandaan komen als onderdeel van de staat, of juist als iets gevaarlijks. In Nederland is een vakbond een vereniging van werknemers, los van de overheid en de werkgever. Lid worden is vrij, de werkgever hoort het niet en mag er niets van zeggen. De vakbond onderhandelt met werkgevers over de cao: de afspraken over loon, toeslagen, werktijden, verlof en pensioen in een sector. Een cao geldt vaak ook voor medewerkers die geen lid zijn. Leden krijgen daarnaast persoonlijke hulp: een jurist die meekijkt bij een conflict, een ontslag of een vaststellingsovereenkomst, en hulp bij het controleren van de loonstrook. De contributie hangt af van het inkomen en is voor mensen met een laag loon of een uitkering vaak maar een paar euro per maand. Sommige bonden geven voorlichting in het Arabisch, Pools of Tigrinya. Werkcoaches noemen de vakbond bij de start van een nieuwe baan, samen met het Juridisch Loket. Wie pas lid wordt als er al een probleem is, krijgt voor dat probleem vaak geen hulp meer.",
  ),
  p(
    "al05",
    "Twee jaar ziek: van plan van aanpak tot WIA",
    "Als een medewerker lang ziek is, werken werkgever en medewerker samen aan de terugkeer naar werk; dat regelt de Wet verbetering poortwachter. Na zes weken schrijft de bedrijfsarts een probleemanalyse, en binnen acht weken maken werkgever en medewerker samen een plan van aanpak. Lukt terugkeer in het eigen werk niet, dan zoekt de werkgever ander passend werk, eerst in de eigen organisatie en daarna bij een andere werkgever: het tweede spoor. Na ongeveer 88 weken stuurt het UWV een brief over de WIA-aanvraag. Bij die aanvraag hoort een re-integratieverslag. Na 104 weken ziekte kan iemand een WIA-uitkering krijgen als hij minstens 35 procent arbeidsongeschikt is. Een verzekeringsarts en een arbeidsdeskundige van het UWV beoordelen dat. Heeft de werkgever te weinig gedaan, dan moet hij tot een jaar langer loon doorbetalen. Nieuwkomers begrijpen de brieven en de termijnen vaak niet, en denken dat ze hun baan kwijt zijn zodra ze ziek worden. Werkcoaches lopen de stappen samen met de medewerker door, en regelen een tolk voor het gesprek met de verzekeringsarts.",
  ),
  p(
    "al06",
    "IPS: werk vinden met psychische klachten",
    "Mensen met ernstige psychische klachten, zoals een psychose, een zware depressie of een bipolaire stoornis, willen vaak gewoon werken. Toch horen ze vaak dat ze eerst beter moeten worden. Individuele Plaatsing en Steun (IPS) draait dat om: eerst plaatsen, dan trainen. Een IPS-trajectbegeleider werkt in het team van de ggz, naast de behandelaar. Samen met de deelnemer zoekt hij snel naar een betaalde baan die past bij wat de deelnemer zelf wil, zonder lange voorbereiding. Na de start blijft hij de deelnemer en de werkgever steunen, zolang dat nodig is. Onderzoek laat zien dat IPS veel vaker tot betaald werk leidt dan een gewoon re-integratietraject. Gemeenten en het UWV kopen IPS in voor hun klanten. Ook bij vluchtelingen met een posttraumatische stressstoornis wordt IPS gebruikt, soms met een trajectbegeleider die de eigen taal spreekt. Werkcoaches die merken dat een klant in behandeling is bij de ggz, vragen of de behandelaar IPS aanbiedt, en spreken af wie wat doet, zodat de klant niet twee plannen naast elkaar heeft.",
  ),
  p(
    "al07",
    "Met een bijstandsuitkering naar het buitenland",
    "Een klant in de bijstand wil naar een bruiloft in Marokko of naar zijn zieke moeder in Turkije. Dat mag, maar er zijn regels. Wie bijstand krijgt, mag in totaal vier weken per kalenderjaar in het buitenland zijn. Meld het vertrek vooraf bij de gemeente, met de data van de heenreis en de terugreis. Blijft iemand langer weg, dan is er over de extra dagen geen recht op bijstand. Wie de reis niet meldt, moet het geld terugbetalen en krijgt vaak ook een boete. Gemeenten vragen soms om de tickets of de stempels in het paspoort. Wie een traject volgt of een werkervaringsplek heeft, spreekt de reis ook af met de werkcoach, zodat er geen afspraken worden gemist. Voor statushouders is er nog een risico: een reis naar het land waaruit iemand is gevlucht, kan de IND laten twijfelen aan de verblijfsvergunning. Vraag bij twijfel eerst advies aan VluchtelingenWerk. Bespreek de regels vroeg en niet pas vlak voor de reis, want familiebezoek is voor veel klanten heel belangrijk, en een misverstand leidt snel tot een terugvordering en schulden.",
  ),
  p(
    "al08",
    "Het zoekjaar: na de studie werk vinden in Nederland",
    "Internationale studenten van buiten de Europese Unie die in Nederland een bachelor of master halen, mogen daarna een jaar blijven om werk te zoeken: het zoekjaar hoogopgeleiden. Ze vragen het aan bij de IND, binnen drie jaar na hun diploma. Tijdens het zoekjaar mogen ze werken zonder tewerkstellingsvergunning, ook in een bijbaan. Vinden ze een baan als kennismigrant, dan geldt een lager salaris als grens dan normaal, wat het voor werkgevers makkelijker maakt. Ook wie in het buitenland aan een topuniversiteit is afgestudeerd, kan een zoekjaar krijgen. In de praktijk lukt het veel afgestudeerden niet om in dat jaar werk op hun niveau te vinden. Ze spreken weinig Nederlands, hebben geen netwerk buiten de universiteit, en werkgevers kennen de regeling niet. Loopbaancentra van hogescholen en universiteiten organiseren daarom bijeenkomsten met werkgevers en lessen over sollicitatiegesprekken in Nederland. Een werkgever die een internationale afgestudeerde wil aannemen, moet erkend referent zijn bij de IND om later een verblijfsvergunning als kennismigrant aan te vragen. Begin daar op tijd mee, want de erkenning kost een paar weken.",
  ),
  p(
    "al09",
    "Reorganisatie: ontslag via het UWV",
    "Bij een reorganisatie verdwijnen soms functies. Een werkgever die daarom medewerkers wil ontslaan, heeft toestemming nodig van het UWV. Hij moet laten zien dat er bedrijfseconomische redenen zijn en dat hij eerst naar ander passend werk in het bedrijf heeft gezocht. Wie er moet vertrekken, bepaalt het afspiegelingsbeginsel: per groep van uitwisselbare functies wordt gekeken naar leeftijdsgroepen, en binnen elke leeftijdsgroep gaat wie het kortst in dienst is als eerste. De werkgever mag dus niet zelf kiezen wie hij kwijt wil. Uitzendkrachten, oproepkrachten en medewerkers met een tijdelijk contract stoppen meestal eerder. Een medewerker die zo wordt ontslagen, krijgt een transitievergoeding, en kan daarna een WW-uitkering aanvragen. Nieuwkomers zijn vaak pas kort in dienst en dus als eerste aan de beurt, en ze begrijpen de brieven van het UWV niet altijd. De medewerker mag binnen twee weken op de aanvraag reageren; doe dat, ook als het ontslag waarschijnlijk doorgaat, want een fout in de volgorde kan het ontslag tegenhouden. Werkcoaches helpen om snel een nieuwe baan te vinden, soms via een van-werk-naar-werktraject dat de werkgever betaalt.",
  ),
  p(
    "al10",
    "Lhbti+ collega's: veilig op de werkvloer",
    "Lesbische, homoseksuele, biseksuele, transgender en intersekse medewerkers (lhbti+) vertellen op het werk lang niet altijd over hun privéleven. Ze horen grappen of opmerkingen, en zijn bang dat collega's anders naar hen gaan kijken. Voor nieuwkomers kan het extra zwaar zijn: sommigen zijn gevlucht omdat ze in hun land werden vervolgd, en zijn bang dat landgenoten op het werk het doorvertellen aan hun familie. Tegelijk hebben andere nieuwe collega's soms nog nooit open over dit onderwerp gepraat. In Nederland mag niemand worden benadeeld om seksuele gerichtheid of genderidentiteit; dat staat in de Algemene wet gelijke behandeling. Een werkgever kan veel doen: ingrijpen bij kwetsende grappen, een vertrouwenspersoon aanwijzen die een melding serieus neemt, en formulieren, kleedruimtes en toiletten bekijken met medewerkers die transgender zijn. Sommige bedrijven hebben een regenboognetwerk van medewerkers. Dwing niemand om uit de kast te komen: de medewerker kiest zelf wie het weet. Wie discriminatie meemaakt, kan ook terecht bij een antidiscriminatievoorziening in de gemeente.",
  ),
  // AM — added 7 December 2026 with the thirteenth held-out set (queries-heldout-13.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of everyday practice not yet covered
  // (rouw en verlof bij een overlijden, ouderschapsverlof, bijzondere bijstand, welk werk je in de bijstand moet
  // aannemen, een licht verstandelijke beperking herkennen, privacy van sollicitanten, van praktijkonderwijs of vso
  // naar werk, werkstress en burn-out, pensioen via de werkgever, aanpassingen op de werkplek bij een beperking)
  p(
    "am01",
    "Rouw op het werk: verlof bij een overlijden",
    "Als een medewerker een ouder, partner of kind verliest, vraagt dat om snel en menselijk handelen. Een wettelijk rouwverlof bestaat niet. Voor de eerste dagen is er calamiteitenverlof of kort verzuimverlof, met behoud van loon, en in veel cao's staat hoeveel dagen iemand vrij krijgt voor het overlijden en de begrafenis. Bij moslims en joden is de begrafenis vaak al binnen een dag, en veel families laten de overledene overbrengen naar het land van herkomst. Een medewerker moet dan soms dezelfde dag nog vliegen en blijft een of twee weken weg. Spreek af dat hij daarvoor vakantiedagen of onbetaald verlof kan opnemen, en vraag niet eerst om papieren. Na de begrafenis gaat de rouw door. Sommige families houden een rouwperiode van veertig dagen aan, met bezoek aan huis en gebed. Wie terugkomt, is vaak moe, vergeetachtig of stil. Vraag hoe het gaat, ook na een paar maanden, en kijk samen of taken tijdelijk lichter kunnen. Lukt het werk langere tijd niet, dan kan de bedrijfsarts meedenken. Voor gevluchte medewerkers komt er soms een zware kant bij: ze kunnen niet naar de begrafenis, omdat een reis naar het land waaruit ze zijn gevlucht niet veilig is of hun verblijf in gevaar brengt. Geef dan ruimte voor een eigen moment, bijvoorbeeld een bijeenkomst met landgenoten of collega's.",
  ),
  p(
    "am02",
    "Ouderschapsverlof en geboorteverlof: verlof voor jonge ouders",
    "Na de geboorte van een kind heeft de partner recht op geboorteverlof: een werkweek, volledig betaald door de werkgever. Daarna kan de partner binnen zes maanden nog vijf weken aanvullend geboorteverlof opnemen, met een uitkering van 70 procent van het loon via het UWV. Daarnaast heeft elke ouder recht op ouderschapsverlof: 26 keer het aantal uren dat iemand per week werkt, op te nemen tot het kind acht jaar is. Negen weken daarvan worden betaald, ook met 70 procent van het loon via het UWV, als ze in het eerste levensjaar van het kind worden opgenomen. De werkgever vraagt die uitkering aan, en de medewerker meldt het verlof minstens twee maanden van tevoren schriftelijk. De werkgever mag het verlof niet weigeren. Het verlof kan ook in delen, bijvoorbeeld één dag per week. Veel vaders met een migratieachtergrond weten niet dat dit verlof ook voor hen is, of zijn bang dat hun leidinggevende het niet waardeert. Medewerkers met een klein contract denken soms dat het alleen voor vaste krachten geldt, maar ook uitzendkrachten en medewerkers met een tijdelijk contract hebben recht op verlof. Werkcoaches en HR leggen het uit zodra een medewerker vertelt dat er een kind op komst is, en rekenen samen uit wat 70 procent van het loon betekent voor het gezin.",
  ),
  p(
    "am03",
    "Bijzondere bijstand: hulp bij kosten die niet uit het inkomen kunnen",
    "Soms heeft een klant kosten die hij niet uit zijn uitkering of loon kan betalen: een kapotte wasmachine, de kosten van een bewindvoerder, een bril of de reis naar een ziekenhuis ver weg. Dan kan hij bij de gemeente bijzondere bijstand aanvragen. Die is er niet alleen voor mensen in de bijstand, maar ook voor werkenden met een laag inkomen. De gemeente kijkt of de kosten echt nodig zijn, of ze komen door bijzondere omstandigheden en of er geen andere voorziening voor is, zoals de zorgverzekering of de toeslagen. Vraag de bijstand aan voordat de kosten worden gemaakt, want achteraf wordt een aanvraag vaak geweigerd. Statushouders die vanuit het azc een woning krijgen, kunnen een bedrag voor de inrichting krijgen, vaak als lening. Wie al jaren rond moet komen van een laag inkomen zonder uitzicht op meer, kan daarnaast elk jaar een individuele inkomenstoeslag aanvragen. Veel klanten kennen deze regelingen niet, of durven niets te vragen omdat ze bang zijn dat ze het later moeten terugbetalen. Klantmanagers wijzen er daarom op in het gesprek over geld, en helpen met het formulier. Kosten die nodig zijn om te kunnen werken, zoals werkschoenen of een korte cursus, betaalt de gemeente meestal uit het re-integratiebudget. Daarvoor hoeft de klant geen bijzondere bijstand aan te vragen.",
  ),
  p(
    "am04",
    "Welk werk moet je aannemen als je bijstand krijgt?",
    "Wie bijstand krijgt, moet werk aanvaarden dat algemeen geaccepteerd is. Dat is ruimer dan bij de WW, waar iemand eerst werk op zijn eigen niveau mag zoeken. In de bijstand telt in principe elk werk dat wettelijk is toegestaan en waarvoor iemand lichamelijk en geestelijk geschikt is, ook als het onder het niveau van zijn opleiding ligt. Een reistijd tot ongeveer drie uur per dag, heen en terug samen, geldt vaak als redelijk. Voor hoogopgeleide statushouders voelt dat oneerlijk: een ingenieur uit Syrië moet dan misschien orderpicker worden. Toch hebben gemeenten ruimte voor maatwerk. Een klantmanager kan afspreken dat iemand eerst een opleiding of een diplomawaardering afrondt, of dat hij een baan onder zijn niveau combineert met een traject naar werk in het eigen vak. Dat levert op termijn vaak meer op dan een baan die na een paar maanden stopt. Weigert iemand zonder goede reden werk, dan volgt een maatregel. Een goede reden kan zijn: zorg voor een ziek familielid, een medische beperking of werk dat tegen de wet ingaat. Bespreek vroeg wat de klant wil en kan, en schrijf de afspraken op. Zo weet de klant waar hij aan toe is, en komt een aanbod van een werkgever niet als een verrassing.",
  ),
  p(
    "am05",
    "Een licht verstandelijke beperking herkennen bij klanten",
    "Een deel van de klanten van de gemeente heeft een licht verstandelijke beperking (lvb), zonder dat iemand het weet. Ze praten vaak goed en zeggen overal ja op, maar begrijpen een brief of een afspraak niet. Signalen zijn: steeds afspraken missen, moeite met klokkijken of geld, snel overvraagd zijn, en verhalen die niet kloppen. Dat wordt al snel gezien als onwil, en dan volgt een maatregel die niets oplost. Bij nieuwkomers is het extra lastig, omdat een nieuwe taal, weinig school of trauma dezelfde signalen geven. Een korte screener, zoals de SCIL, geeft een eerste indicatie; een psycholoog kan de beperking vaststellen. Werk daarna anders: één onderwerp per gesprek, korte zinnen, laat de klant in eigen woorden herhalen wat er is afgesproken, en gebruik plaatjes en een vaste dag en tijd. Geef een afspraak mee op papier of als foto op de telefoon. Op het werk passen vaste taken en een vaste collega die uitleg geeft. Een jobcoach kan de werkgever leren hoe hij instructies geeft. Cliëntondersteuners van MEE helpen bij geldzaken en formulieren. Vaak hoort de klant ook bij de doelgroep van de banenafspraak. Met de juiste aanpak werken veel mensen met een lvb jarenlang op dezelfde plek.",
  ),
  p(
    "am06",
    "Privacy van sollicitanten: gegevens bewaren en delen",
    "Een werkgever die een vacature vervult, verwerkt veel persoonsgegevens: cv's, brieven, testuitslagen en aantekeningen van gesprekken. De Algemene verordening gegevensbescherming (AVG) stelt daar regels aan. Vraag alleen wat nodig is voor de functie. Een kopie van een identiteitsbewijs of het burgerservicenummer vraag je pas als iemand in dienst komt, niet bij de sollicitatie. Na afloop van de procedure verwijder je de gegevens van afgewezen kandidaten binnen vier weken. Wil je iemand bewaren voor een volgende vacature, dan vraag je toestemming; de gegevens mogen dan tot een jaar blijven. Een sollicitant mag vragen welke gegevens je over hem hebt, en mag ze laten verwijderen. Bewaar cv's niet in een gedeelde mailbox of op een eigen telefoon, en stuur ze niet door naar collega's die niet meebeslissen. Ook werkcoaches en jobhunters van de gemeente moeten hierop letten. Ze sturen het cv van een klant alleen naar een werkgever als de klant weet naar wie en daarmee instemt, en vertellen niets over de uitkering, schulden of gezondheid zonder dat de klant dat wil. Nieuwkomers geven soms uit vertrouwen hun hele dossier mee, of een kopie van hun verblijfsvergunning. Leg uit dat dat niet hoeft, en dat een werkgever pas bij de indiensttreding hoeft te zien of iemand mag werken.",
  ),
  p(
    "am07",
    "Van praktijkonderwijs of vso naar werk",
    "Leerlingen van het praktijkonderwijs en het voortgezet speciaal onderwijs (vso) gaan vaak direct van school naar werk, zonder mbo-diploma. De school bereidt hen daar jaren op voor: met stages, eerst in de school en later bij bedrijven in de buurt, en met branchecertificaten, bijvoorbeeld voor schoonmaak, heftruck of groenvoorziening. In het laatste jaar loopt een leerling vaak drie of vier dagen per week stage, bij een werkgever die hem daarna misschien in dienst neemt. Wie van het praktijkonderwijs of het vso komt, kan in het doelgroepregister van het UWV worden opgenomen en telt dan mee voor de banenafspraak. Dat maakt loonkostensubsidie en een jobcoach mogelijk. Het gaat vaak mis bij de overstap. Een jongere van achttien valt weg uit de school, heeft nog geen vaste baan en komt niet bij de gemeente in beeld. Daarom houdt de school oud-leerlingen nog een tijd in de gaten, en maken school en gemeente in het laatste schooljaar samen een plan, met de jongere en zijn ouders. Ook jonge nieuwkomers die na de internationale schakelklas op het praktijkonderwijs terechtkomen, hebben baat bij zo'n warme overdracht. Werkgevers die een stageleerling willen opleiden, kunnen bij de school terecht voor begeleiding op de werkplek.",
  ),
  p(
    "am08",
    "Werkstress en burn-out voorkomen",
    "Drukte hoort soms bij het werk, maar langdurige stress maakt mensen ziek. Signalen van overspannenheid of een burn-out zijn: slecht slapen, steeds moe zijn, snel geïrriteerd raken, dingen vergeten en zich terugtrekken uit het team. Herstel van een burn-out duurt vaak maanden. De Arbowet vraagt van de werkgever beleid tegen psychosociale arbeidsbelasting, zoals werkdruk, ongewenst gedrag en agressie. Dat begint met gesprekken over wat er moet gebeuren en wat iemand aankan. Iedere medewerker mag ook zonder ziekmelding naar het open spreekuur van de bedrijfsarts. Bij nieuwkomers zien leidinggevenden de signalen vaak niet. Veel van hen werken hard en veel uren, sturen geld naar familie, combineren werk met taalles en zorgen thuis, en zeggen niet dat het te veel wordt, uit angst hun baan te verliezen of omdat stress in hun land geen reden is om thuis te blijven. Soms uit het zich in hoofdpijn, buikpijn of rugklachten. Vraag in het werkoverleg en in persoonlijke gesprekken hoe het gaat, en maak duidelijk dat een signaal geven verstandig is en geen zwakte. Pas taken of uren op tijd aan: liever een tijd minder werken dan maanden uitvallen. Een werkcoach kan helpen om het gesprek met de leidinggevende voor te bereiden.",
  ),
  p(
    "am09",
    "Pensioen opbouwen via de werkgever",
    "Naast de AOW van de overheid bouwen de meeste werknemers pensioen op via hun werkgever. In veel sectoren, zoals de zorg, de bouw en de schoonmaak, is deelname aan een pensioenfonds verplicht. Werkgever en werknemer betalen samen de premie, en het deel van de werknemer staat op de loonstrook. Wie daar een inhouding voor pensioen ziet, verliest dus geen geld, maar spaart voor later. Uitzendkrachten bouwen pas na een aantal gewerkte weken pensioen op bij het pensioenfonds voor uitzendkrachten. Voor oudere nieuwkomers is dit extra belangrijk, omdat hun AOW vaak niet volledig is: elk jaar bij een werkgever met een pensioenregeling telt mee. Op mijnpensioenoverzicht.nl ziet iemand met DigiD hoeveel pensioen hij al heeft opgebouwd, bij alle werkgevers samen. Vraag bij een nieuwe baan of er een pensioenregeling is, en wat er gebeurt bij een wisseling van baan: het pensioen blijft staan en kan vaak worden meegenomen naar de nieuwe pensioenuitvoerder. Wie later terugkeert naar het land van herkomst, krijgt het opgebouwde pensioen daar uitbetaald als hij de pensioenleeftijd bereikt. Er zijn ook werkgevers zonder pensioenregeling; kleine bedrijven zonder cao hebben vaak niets. Vergelijk daarom niet alleen het brutoloon als een klant kan kiezen tussen twee banen.",
  ),
  p(
    "am10",
    "Aanpassingen op de werkplek bij een beperking",
    "Een medewerker met een beperking of een chronische ziekte kan vaak prima werken als de werkplek past. De Wet gelijke behandeling op grond van handicap of chronische ziekte verplicht de werkgever tot een doeltreffende aanpassing, tenzij die onevenredig zwaar is. Denk aan een aangepaste stoel of tafel, een schermlezer of brailleleesregel voor iemand die slecht ziet, een rustige plek voor iemand die snel last heeft van prikkels, of andere werktijden voor iemand met een chronische ziekte. Veel aanpassingen kosten weinig. Voor duurdere voorzieningen kan het UWV of de gemeente betalen: een doventolk bij overleg, vervoer naar het werk als het openbaar vervoer niet gaat, of een jobcoach. Wie uit de bijstand komt, vraagt dat aan bij de gemeente, andere werknemers bij het UWV. Vraag het op tijd aan, liefst voordat iemand begint, want een aanvraag duurt een paar weken. Nieuwkomers met een beperking door oorlog of ziekte vragen zelden om aanpassingen: ze zijn blij met een baan en willen niet lastig zijn. Vraag bij de start daarom wat iemand nodig heeft om goed te kunnen werken, en bespreek het na een paar weken opnieuw. Een arbeidsdeskundige kan op de werkvloer meekijken wat er nodig is.",
  ),
  // AN — added 7 December 2026 with the fourteenth held-out set (queries-heldout-14.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of everyday practice not yet covered
  // (zelf ontslag nemen, het arbeidscontract lezen, bezwaar maken tegen een besluit, de belastingaangifte en de
  // toeslagen, verslaving en werk, borstvoeding en kolven op het werk, werk na detentie, werk zoeken zonder vast
  // adres, het functioneringsgesprek en de beoordeling, agressie aan de balie)
  p(
    "an01",
    "Zelf ontslag nemen: opzeggen en de gevolgen",
    "Een medewerker die zelf wil stoppen, zegt zijn contract op. Doe dat schriftelijk, met een brief of een e-mail, en vraag de werkgever om een bevestiging. Een appje of gewoon niet meer komen is geen goede opzegging. Voor een werknemer geldt meestal een opzegtermijn van een maand, tenzij het contract of de cao iets anders zegt. Tijdens de proeftijd mag iemand direct stoppen. Een tijdelijk contract kan alleen tussentijds worden opgezegd als dat in het contract staat. Aan het einde volgt een eindafrekening: niet opgenomen vakantiedagen en het opgebouwde vakantiegeld worden uitbetaald. Wie zelf ontslag neemt, krijgt in de regel geen WW, en wie daarna bijstand aanvraagt, kan een lagere uitkering krijgen, omdat de gemeente vindt dat hij zijn werk zonder goede reden heeft opgegeven. Nieuwkomers nemen soms ontslag na een ruzie, omdat ze het werk te zwaar vinden of omdat een kennis een betere baan belooft. Zeg daarom: teken eerst het nieuwe contract en zeg dan pas op. Is er een ernstig probleem, zoals loon dat niet wordt betaald, intimidatie of onveilig werk, dan ligt het anders; laat de werknemer dan eerst advies vragen bij het Juridisch Loket of een vakbond. Werkcoaches vragen naar de reden, en kijken samen of een gesprek met de werkgever, minder uren of een andere afdeling het oplost.",
  ),
  p(
    "an02",
    "Het arbeidscontract lezen voordat je tekent",
    "Nieuwkomers die een baan krijgen, tekenen het contract vaak meteen, soms zonder het te lezen. Neem er samen de tijd voor. Kijk eerst naar de basis: de functie, het aantal uren per week, het loon per uur of per maand, de begindatum en of het een contract voor bepaalde of onbepaalde tijd is. Staat er nul uren of min-max, dan is het inkomen niet zeker. Een proeftijd mag niet in een contract van zes maanden of korter; bij een contract tot twee jaar is die hoogstens een maand, bij een langer of vast contract twee maanden. Een concurrentiebeding in een tijdelijk contract moet de werkgever schriftelijk motiveren. Let ook op een studiekostenbeding en een verbod op een tweede baan. Tijdelijke contracten mogen elkaar niet eindeloos opvolgen: na drie contracten of na drie jaar volgt in de regel een vast contract. Bij een contract van zes maanden of langer moet de werkgever uiterlijk een maand voor het einde schriftelijk laten weten of het wordt verlengd; vergeet hij dat, dan krijgt de werknemer een vergoeding. Vraag welke cao geldt, want daarin staan het loon, de toeslagen en de verlofregels. Is iets onduidelijk, vraag het dan vóór de handtekening aan de werkgever, de werkcoach of een vakbond. Bewaar een kopie van het getekende contract.",
  ),
  p(
    "an03",
    "Bezwaar maken tegen een besluit van de gemeente",
    "Klanten krijgen veel brieven met een besluit: de bijstand wordt toegekend of afgewezen, de uitkering wordt verlaagd, of de gemeente vraagt geld terug. Wie het er niet mee eens is, kan bezwaar maken. Dat moet binnen zes weken na de datum van de brief, schriftelijk of via een formulier op de website. Zet erin wie je bent, om welk besluit het gaat, waarom je het er niet mee eens bent, en onderteken het. Is er weinig tijd, stuur dan eerst een kort bezwaarschrift en vul de redenen later aan. Vaak belt de gemeente eerst om het samen op te lossen; lukt dat niet, dan volgt een hoorzitting, soms bij een onafhankelijke commissie. Ben je het met de beslissing op bezwaar ook niet eens, dan kun je in beroep gaan bij de rechtbank. Is de zaak dringend, bijvoorbeeld omdat de huur niet meer kan worden betaald, vraag dan bij de rechter een voorlopige voorziening. Het Juridisch Loket en de sociaal raadslieden helpen gratis. Veel nieuwkomers maken geen bezwaar, omdat ze bang zijn dat het hun verblijf of de relatie met de klantmanager schaadt. Leg uit dat het een gewoon recht is. Klantmanagers lichten een besluit toe in gewone woorden, en wijzen op de termijn. Hetzelfde geldt voor een besluit van het UWV over de WW.",
  ),
  p(
    "an04",
    "De belastingaangifte en de toeslagen na een jaar werken",
    "Wie voor het eerst een jaar heeft gewerkt, krijgt in het voorjaar vaak een brief van de Belastingdienst: doe aangifte inkomstenbelasting. Dat kan vanaf 1 maart, en moet meestal vóór 1 mei. Het gaat online met DigiD, en veel gegevens staan al ingevuld, zoals het loon en de ingehouden loonheffing. Controleer ze wel. Wie maar een deel van het jaar werkte, of pas in de loop van het jaar in Nederland kwam wonen, krijgt vaak geld terug. Daarvoor bestaat in het jaar van aankomst een apart formulier. Wie twee banen had, moet soms juist bijbetalen. Bij de toeslagen werkt het anders. Huurtoeslag, zorgtoeslag, kindgebonden budget en kinderopvangtoeslag krijg je vooraf, op basis van een schatting van het inkomen. Na afloop van het jaar rekent de Belastingdienst alles definitief uit. Was het inkomen hoger dan geschat, dan moet er geld terug, soms meer dan duizend euro. Geef een nieuwe baan of meer uren daarom meteen door via Mijn toeslagen. Kan iemand een terugvordering niet in één keer betalen, dan is een betalingsregeling mogelijk. Nieuwkomers gooien brieven van de Belastingdienst soms weg omdat ze ze niet begrijpen. Hulp bij de aangifte is er bij de bibliotheek, de formulierenbrigade of vrijwilligers in de wijk. Werkcoaches vragen in maart of de aangifte al is gedaan.",
  ),
  p(
    "an05",
    "Alcohol, drugs en gokken: verslaving en werk",
    "Een medewerker die vaak op maandag ziek is, te laat komt, naar alcohol ruikt of geld leent bij collega's, kan een verslavingsprobleem hebben. Het gaat om alcohol, drugs, slaap- of pijnmedicijnen, en ook om gokken of gamen. Collega's zien het vaak eerder dan de leidinggevende, maar zeggen niets uit loyaliteit. Wacht niet tot het misgaat. Spreek de medewerker aan op wat je ziet, zoals fouten, verzuim en afspraken die niet worden nagekomen, en stel geen diagnose. Verwijs naar de bedrijfsarts, die vertrouwelijk kan doorverwijzen naar de huisarts of de verslavingszorg. Een werkgever mag niet zomaar een drugstest afnemen; dat kan alleen in bijzondere functies en met duidelijke regels vooraf. In functies waarbij de veiligheid van anderen in gevaar komt, zoals op een heftruck of achter het stuur, stuurt de leidinggevende iemand die onder invloed is meteen naar huis. Leg in een alcohol- en drugsbeleid vast wat wel en niet mag, ook op de borrel en het personeelsfeest. Rechters zien een verslaving vaak als een ziekte: ontslag is meestal pas aan de orde als iemand hulp weigert. In sommige gemeenschappen is verslaving een groot taboe, en praat iemand er liever met een arts dan met de baas over. Werkcoaches letten ook op schulden, want die gaan bij gokken vaak mee.",
  ),
  p(
    "an06",
    "Borstvoeding en kolven op het werk",
    "Een moeder die na het bevallingsverlof weer gaat werken, kan borstvoeding blijven geven. De Arbeidstijdenwet geeft haar in de eerste negen maanden na de geboorte het recht om tot een kwart van haar werktijd te gebruiken om te voeden of te kolven. Die tijd wordt gewoon doorbetaald. De werkgever moet een geschikte ruimte regelen: afsluitbaar, schoon, met een stoel of een plek om te liggen. Een toilet is daarvoor niet geschikt. Een koelkast om de melk te bewaren helpt. Veel moeders durven er niet om te vragen, vooral in een nieuwe baan of op een werkervaringsplek, en stoppen daarom eerder met de borstvoeding dan ze willen. Sommige nieuwkomers denken dat werken en borstvoeding niet samengaan, en stellen hun start uit. Bespreek het daarom voor de terugkeer: hoe vaak en hoe lang ze wil kolven, waar dat kan en hoe het in het rooster past. In de winkel, de zorg of de productie is het lastiger dan op kantoor, maar met een vaste tijd en een collega die het even overneemt lukt het meestal. Ook in een traject naar werk of tijdens de taalles kan de gemeente hier rekening mee houden. Een leidinggevende die het onderwerp zelf aansnijdt, maakt het voor de medewerker een stuk makkelijker.",
  ),
  p(
    "an07",
    "Aan het werk na detentie",
    "Wie uit de gevangenis komt, heeft de meeste kans om niet opnieuw de fout in te gaan als er snel werk, een inkomen en een woning zijn. Daarom begint de voorbereiding al tijdens de detentie. De gemeente en de gevangenis regelen samen de basis: een geldig identiteitsbewijs, een uitkering of werk, een plek om te wonen, zorg en een plan voor de schulden. In de gevangenis kan iemand werken en soms een vakcertificaat halen, bijvoorbeeld voor lassen of heftruckrijden. Na de vrijlating helpt een werkcoach verder. Een veroordeling kan een VOG in de weg staan, maar voor veel banen in de productie, de bouw of de logistiek is geen VOG nodig. Adviseer de kandidaat om niet te liegen over de periode: een korte, eerlijke uitleg werkt beter dan een gat in het cv. Er zijn werkgevers die bewust mensen met een strafblad een kans geven, soms met een jobcoach erbij. Houd rekening met afspraken bij de reclassering, een meldplicht of een enkelband: die moeten in het rooster passen. Voor nieuwkomers kan een veroordeling ook gevolgen hebben voor de verblijfsvergunning; laat hen daarover advies vragen bij een advocaat. Vaak speelt er meer, zoals een verslaving of geen netwerk buiten het oude milieu, en helpt een vaste begeleider die ook na de eerste weken blijft.",
  ),
  p(
    "an08",
    "Werk zoeken zonder vast adres",
    "Niet elke klant heeft een eigen huis. Sommigen slapen in de nachtopvang, anderen logeren wisselend bij vrienden of familie. Dat komt ook voor bij jonge statushouders die na hun achttiende uit een woongroep moeten, en bij mensen na een scheiding of een ontruiming. Zonder adres in de basisregistratie personen lukt bijna niets: geen uitkering, geen DigiD, geen bankrekening en geen zorgverzekering. De oplossing is een briefadres. Iemand schrijft zich dan in op het adres van de opvang, een instelling of een bekende, en krijgt daar zijn post. De gemeente regelt dat, ook als iemand nergens vast slaapt. Met een briefadres kan iemand bijstand krijgen, soms met een lagere norm. Werken zonder vaste slaapplek is zwaar: wie om negen uur 's avonds in de opvang moet zijn, kan geen avonddienst draaien, en wie slecht slaapt, komt moeilijk op tijd. Toch helpt werk vaak juist om weer grip te krijgen, met een vast ritme en een eigen inkomen. Begin klein, met dagbesteding of een paar uur per week, en stem het af met de begeleider van de opvang. Zorg dat belangrijke post niet verloren gaat, en bewaar kopieën van papieren digitaal. Werkcoaches vragen in de intake altijd waar iemand slaapt, want veel mensen vertellen het niet uit zichzelf.",
  ),
  p(
    "an09",
    "Het functioneringsgesprek en de beoordeling",
    "In de meeste organisaties praten leidinggevende en medewerker elk jaar een of twee keer over het werk. In een functioneringsgesprek praten ze allebei: hoe gaat het, wat loopt goed, wat kan beter, wat heb je nodig en welke scholing wil je volgen. In een beoordelingsgesprek geeft de leidinggevende een oordeel, en daar kan een loonsverhoging van afhangen. Voor veel nieuwkomers is dit nieuw. In hun land sprak de baas en luisterde de medewerker, of was kritiek een teken dat het ontslag dichtbij was. Ze zeggen dan weinig, of schrikken van een verbeterpunt dat in Nederland heel gewoon is. Andersom klinkt een Nederlands 'prima' soms als een matig cijfer. Bereid het gesprek daarom samen voor: vraag de medewerker om voorbeelden op te schrijven van wat goed ging en wat lastig was, en om een eigen wens mee te nemen. Van het gesprek maakt de leidinggevende een verslag. Wie dat tekent, verklaart dat hij het heeft gelezen, niet dat hij het overal mee eens is; een eigen reactie mag erbij. Is de beoordeling slecht, dan hoort daar een plan bij met concrete doelen, begeleiding en genoeg tijd om te verbeteren. Leidinggevenden die tussendoor vaak en kort feedback geven, voorkomen verrassingen in het jaarlijkse gesprek.",
  ),
  p(
    "an10",
    "Agressie aan de balie en in het klantgesprek",
    "Klantmanagers en baliemedewerkers krijgen soms te maken met schelden, dreigen of zelfs geweld. Vaak zit er geldnood achter, een afgewezen aanvraag of een maatregel, of een klant die zich niet gehoord voelt omdat hij de taal niet goed spreekt. Veel voorkomen kan met een goede uitleg: licht een besluit toe voordat de brief komt, gebruik zo nodig een tolk, en houd je aan afspraken over terugbellen. Loopt een gesprek op, blijf rustig, benoem het gedrag en geef aan waar de grens ligt. Werkt dat niet, stop het gesprek dan en haal een collega. Een spreekkamer heeft twee uitgangen en een alarmknop, en niemand voert een lastig gesprek alleen aan het einde van de dag. Na een incident meldt de medewerker het in het registratiesysteem. Bij bedreiging of geweld doet de gemeente aangifte, ook namens de medewerker, en krijgt de klant een waarschuwing, een gesprek met een leidinggevende of een tijdelijk verbod om het gemeentehuis te bezoeken. Collega's vangen de medewerker na afloop op, en de leidinggevende belt de volgende dag. De Arbowet vraagt van de werkgever beleid tegen agressie, met training in het omgaan met boze klanten. Laat de klant na een incident wel weten hoe hij verder wordt geholpen, want zijn uitkering en zijn traject lopen gewoon door.",
  ),
  // AO — added 7 December 2026 with the fifteenth held-out set (queries-heldout-15.ts), written by an outsider
  // before any tuning of the next round: practitioner texts on subjects of everyday practice not yet covered
  // (het huisbezoek, de inlichtingenplicht, vermogen in de bijstand, referenties, sollicitanten afwijzen,
  // onderhandelen over het loon, de telefoon en sociale media op het werk, werkkleding en een dresscode,
  // autisme, ADHD en dyslexie op het werk, de loonheffingskorting)
  p(
    "ao01",
    "Het huisbezoek van de klantmanager",
    "Gemeenten gaan soms op huisbezoek bij klanten met een bijstandsuitkering. Dat gebeurt bij de aanvraag, om te zien of iemand echt op het opgegeven adres woont, en later als er twijfel is, bijvoorbeeld over samenwonen of over een huisgenoot die niet is gemeld. Een huisbezoek kan aangekondigd zijn, met een brief en een afspraak, of onverwacht. De medewerkers laten altijd hun pasje zien en vertellen waarom ze komen. De klant mag weigeren hen binnen te laten, maar dan kan de gemeente de uitkering stoppen of de aanvraag afwijzen, omdat het recht op bijstand niet kan worden vastgesteld. Binnen kijken de medewerkers alleen wat nodig is, zoals slaapplekken, kleding en post; kasten en laden openen ze alleen met toestemming. Van het bezoek wordt een verslag gemaakt, dat de klant mag lezen. Voor veel nieuwkomers voelt een huisbezoek als een inval, zeker als ze in hun land slechte ervaringen hadden met de overheid. Leg daarom vooraf uit wat er gebeurt en wat hun rechten zijn. Een huisbezoek kan ook helpen: een werkcoach die thuis langskomt, ziet soms wat op kantoor verborgen blijft, zoals een zieke ouder die zorg nodig heeft of kinderen zonder opvang. Neem een tolk mee als de klant de taal nog niet goed spreekt.",
  ),
  p(
    "ao02",
    "Wijzigingen doorgeven: de inlichtingenplicht in de bijstand",
    "Wie bijstand krijgt, moet alles doorgeven wat invloed kan hebben op de uitkering. Dat heet de inlichtingenplicht. Denk aan werk en inkomsten, ook een paar uur of een klus voor een kennis, een nieuwe huisgenoot, een verhuizing, een reis naar het buitenland, een erfenis of geld van familie, een auto en een opname in het ziekenhuis. Geef het door voordat het gebeurt of zo snel mogelijk daarna, met het wijzigingsformulier op de website of op het maandelijkse inkomstenformulier. Wie iets vergeet of te laat meldt, moet de te veel betaalde bijstand terugbetalen. Daarbovenop kan de gemeente een boete opleggen, en bij een groot bedrag of opzet doet zij aangifte van fraude. Veel nieuwkomers weten niet wat wel en niet telt: een cadeau van familie, geld dat ze voor een ander op hun rekening krijgen, of het loon van een kind dat naast school werkt. Soms denken ze dat de gemeente het toch al weet. Klantmanagers leggen de regels daarom uit bij de intake en herhalen ze in elk gesprek, met voorbeelden uit het dagelijks leven. Zeg ook: bij twijfel altijd melden, want melden kost niets. Bij een klein, eerlijk foutje kan de gemeente afzien van een boete. Bewaar een bewijs van elke melding, zoals een schermafdruk of een kopie.",
  ),
  p(
    "ao03",
    "Spaargeld, een auto of een erfenis: vermogen in de bijstand",
    "Bijstand is er voor wie geen andere middelen heeft. Daarom kijkt de gemeente bij de aanvraag ook naar vermogen: geld op de bank, spaargeld op naam van de kinderen, een auto, goud, een huis of grond. Iedereen mag een bedrag houden, de vermogensgrens. Die ligt voor een alleenstaande rond de achtduizend euro en voor een gezin ongeveer het dubbele, en verandert elk jaar. Wie meer heeft, leeft eerst daarvan. Een auto telt mee als hij veel waard is, tenzij iemand hem nodig heeft voor zijn werk of door een beperking. Ook bezit in het buitenland telt, zoals een huis of een stuk land in het land van herkomst. Veel statushouders weten niet of dat nog van hen is, of kunnen het door de oorlog niet verkopen. Dan bekijkt de gemeente wat redelijk is. Krijgt iemand later een erfenis, een schenking of geld van een verzekering, dan moet hij dat melden. Sparen van de uitkering mag, maar komt het saldo boven de grens, dan kan de uitkering stoppen. Klantmanagers leggen dit uit in gewone woorden, want in veel families is het normaal om geld voor elkaar te bewaren of naar familie te sturen. Vraag ook naar rekeningen in het buitenland en naar contant geld dat thuis wordt bewaard.",
  ),
  p(
    "ao04",
    "Referenties opvragen bij een sollicitatie",
    "Aan het einde van een sollicitatieprocedure vraagt een werkgever vaak om referenties: mensen die kunnen vertellen hoe iemand werkt. Meestal is dat een vorige leidinggevende, maar het kan ook een stagebegeleider, een docent of de begeleider van vrijwilligerswerk zijn. Bel een referent alleen als de kandidaat daar toestemming voor geeft, en vraag naar feiten: welke taken, hoe lang, hoe ging de samenwerking, en zou je weer met hem willen werken? Voor nieuwkomers is zo'n referentiecheck lastig. Hun vorige werkgever zit in een ander land, is niet bereikbaar of spreekt geen Engels. Soms bestaat het bedrijf niet meer door de oorlog. Een kandidaat die geen referentie kan geven, is daarom niet verdacht. Bied andere mogelijkheden: een proefdag, een werkervaringsplek, of een referentie van de taalcoach of de werkcoach die hem al een tijd kent. Werkcoaches helpen klanten om een lijstje met referenten te maken, met naam, functie en telefoonnummer, en om die mensen vooraf te vragen of ze gebeld mogen worden. Een getuigschrift of werkgeversverklaring van een vorige baan in Nederland is ook nuttig; vraag daarom bij elk vertrek om zo'n verklaring. Recruiters die zonder het te zeggen op sociale media naar een kandidaat zoeken, houden zich niet aan de sollicitatiecode. Noteer alleen wat nodig is voor de beslissing.",
  ),
  p(
    "ao05",
    "Sollicitanten afwijzen en feedback geven",
    "Veel sollicitanten horen nooit meer iets nadat ze een brief hebben gestuurd. Dat is slecht voor het imago van de werkgever en voor het zelfvertrouwen van de werkzoekende. Laat daarom iedereen binnen een paar weken weten of hij door is, ook als het antwoord nee is. Na een eerste brief is een standaardmail genoeg. Wie op gesprek is geweest, verdient een telefoontje of een persoonlijke mail met een korte reden. Houd die reden eerlijk en concreet: noem wat ontbrak, zoals ervaring met een kassasysteem of een rijbewijs, en niet iets vaags als de klik. Zeg nooit iets over afkomst, leeftijd, geloof of een hoofddoek; dat is discriminatie en kan tot een klacht leiden. Nieuwkomers krijgen veel afwijzingen en horen zelden waarom. Ze denken dan dat het aan hun naam ligt, of geven het op. Werkcoaches vragen daarom zelf bij de werkgever na waarom een klant is afgewezen, met toestemming van de klant. Zo leert de klant wat hij de volgende keer anders kan doen, en ziet de werkcoach of een werkgever steeds dezelfde groep afwijst. Bespreek een afwijzing samen na: wat ging goed, wat kan beter, en welke vacature is de volgende. Een goede kandidaat die net niet werd gekozen, mag je met zijn toestemming bewaren voor een volgende vacature.",
  ),
  p(
    "ao06",
    "Onderhandelen over het loon bij een nieuwe baan",
    "Veel nieuwkomers tekenen een contract voor het loon dat de werkgever noemt, zonder te vragen of er meer mogelijk is. In hun land was onderhandelen onbeleefd, of ze zijn bang de baan te verliezen. Toch is een vraag over het salaris in Nederland heel gewoon, en een werkgever verwacht het vaak. Bereid het gesprek samen voor. Zoek uit welke cao geldt en in welke loonschaal de functie valt. Kijk op vacaturesites wat vergelijkbare banen betalen. Let op het verschil tussen bruto en netto, en tussen loon per uur, per maand of per vier weken. Noem zelf een bedrag aan de bovenkant van wat redelijk is, en leg uit waarom: ervaring, diploma's of een vak waarvoor moeilijk mensen te vinden zijn. Lukt een hoger loon niet, vraag dan naar andere arbeidsvoorwaarden: meer uren, een opleiding, reiskosten, een vast contract of een nieuw gesprek over het loon na zes maanden. Zet de afspraken op papier voordat je tekent. Het minimumloon geldt altijd, ook in de proeftijd en voor uitzendkrachten. Werkcoaches oefenen het gesprek met de klant in een rollenspel. Werkgevers kunnen er zelf voor zorgen dat nieuwkomers niet minder verdienen dan collega's in hetzelfde werk, door iedereen met dezelfde ervaring op dezelfde trede in te schalen, ook wie er niet om vraagt.",
  ),
  p(
    "ao07",
    "De telefoon en sociale media op het werk",
    "Bijna iedereen heeft zijn telefoon altijd bij zich. Op het werk leidt dat tot vragen. Mag je privé bellen of appen? Mag je foto's maken op de werkvloer? En wat mag je over je werk op Facebook, TikTok of Instagram zetten? Veel werkgevers hebben daar regels voor in het personeelshandboek. In de zorg, de productie en de logistiek gaat de telefoon vaak in een kluisje, voor de veiligheid, de hygiëne of de privacy van cliënten. Op kantoor is kort privé bellen meestal goed, als het werk er niet onder lijdt. Maak geen foto's of filmpjes van klanten, cliënten of collega's zonder toestemming, en zet niets online over wat je op het werk ziet. Schelden op de baas of bedrijfsgeheimen delen in een openbaar bericht kan tot ontslag leiden. Voor nieuwkomers is de telefoon vaak de enige lijn met familie in een ander land, soms in een oorlogsgebied. Een verbod voelt dan hard. Bespreek het bij de start: wanneer kan iemand zijn berichten lezen, bijvoorbeeld in de pauze, en hoe is hij bereikbaar in een noodgeval, bijvoorbeeld via het vaste nummer van de afdeling. Teams hebben vaak een WhatsApp-groep voor het rooster. Spreek af wat daar wel en niet in hoort, en dat niemand in zijn vrije tijd hoeft te reageren.",
  ),
  p(
    "ao08",
    "Werkkleding, uiterlijk en een dresscode",
    "Veel werkgevers stellen eisen aan kleding en uiterlijk. Soms gaat het om veiligheid: werkschoenen, een helm, een veiligheidsbril of handschoenen. Die persoonlijke beschermingsmiddelen betaalt de werkgever, en de werknemer moet ze dragen. Soms gaat het om hygiëne, zoals in de zorg en de voedingsindustrie: geen sieraden, geen lange nagels, het haar vast en een schoon uniform. En soms gaat het om hoe het bedrijf eruitziet, bijvoorbeeld met bedrijfskleding in een winkel of een hotel. Een werkgever mag een dresscode hebben als hij daar een goede reden voor heeft, en hij moet die voor iedereen gelijk toepassen. Regels over tatoeages, piercings, een baard of een hoofddoek mogen niet zomaar, zeker niet als ze vooral een bepaalde groep raken. Bij kleding die met een geloof te maken heeft, zoekt de werkgever eerst naar een oplossing, zoals een hoofddoek in de kleur van het uniform. Nieuwkomers weten vaak niet wat gewoon is bij een sollicitatiegesprek of op de eerste werkdag. Bespreek het vooraf: wat trek je aan, moet je de werkkleding zelf wassen, en wie betaalt de schoenen? Vraag de werkgever om het in de vacature of de uitnodiging te zetten. Wie geen geld heeft voor werkkleding, kan de gemeente om hulp vragen. Een opmerking over uiterlijk kan kwetsen; maak daarom duidelijke regels en leg ze uit.",
  ),
  p(
    "ao09",
    "Autisme, ADHD en dyslexie op het werk",
    "Naar schatting heeft een op de zes mensen een brein dat anders werkt, bijvoorbeeld door autisme, ADHD of dyslexie. Dat heet neurodiversiteit. Het is geen ziekte en het zegt niets over intelligentie. Iemand met autisme is vaak nauwkeurig en eerlijk, maar heeft moeite met onverwachte veranderingen, drukte en vage opdrachten. Iemand met ADHD heeft veel energie en ideeën, maar raakt snel afgeleid en vergeet afspraken. Iemand met dyslexie leest en schrijft langzaam en maakt veel spelfouten. Veel volwassenen weten het zelf niet, of zeggen het niet uit angst voor vooroordelen. Kleine aanpassingen helpen al: duidelijke instructies op papier, een vaste werkplek in een rustige hoek, een koptelefoon tegen lawaai, software die teksten voorleest en een vast aanspreekpunt. Ook een sollicitatie kan anders: stuur de vragen vooraf, of bied een proefdag aan in plaats van een gesprek. Bij nieuwkomers wordt het nog vaker over het hoofd gezien. Leesproblemen lijken dan een taalprobleem, en onrust lijkt trauma of cultuur. Een werkcoach die twijfelt, kan via de huisarts een onderzoek laten doen. Een diagnose geeft toegang tot hulp, zoals een jobcoach of een aanpassing van de werkplek via het UWV of de gemeente. Vraag niet naar een diagnose, maar naar wat iemand nodig heeft om goed te werken.",
  ),
  p(
    "ao10",
    "De loonheffingskorting: maar bij één werkgever",
    "Iedereen die in Nederland werkt of een uitkering krijgt, betaalt minder belasting door de heffingskortingen. De belangrijkste is de algemene heffingskorting. Wie loon krijgt, laat die korting door de werkgever toepassen: dan wordt er elke maand minder loonheffing ingehouden. Bij een nieuwe baan vraagt de werkgever daarom met een formulier of hij de loonheffingskorting moet toepassen. Dat mag maar bij één werkgever of uitkeringsinstantie tegelijk. Wie twee banen heeft, of een baan naast een uitkering, kiest meestal het grootste inkomen. Past iemand de korting twee keer toe, dan krijgt hij elke maand te veel netto, en moet hij na afloop van het jaar honderden euro's terugbetalen. Bij klanten in de bijstand die parttime gaan werken, gaat dat vaak mis. De gemeente past de korting al toe op de uitkering, en de klant zet bij de werkgever ook een kruisje bij ja. Vraag dus bij elke start van werk naar dat formulier, en kijk samen op de eerste loonstrook. Stopt de uitkering omdat het loon hoog genoeg is, laat de werkgever de korting dan vanaf dat moment wel toepassen, anders betaalt de klant te veel. Een verkeerde keuze is te herstellen: vul een nieuw formulier in, of regel het via de aangifte inkomstenbelasting na afloop van het jaar.",
  ),
];
