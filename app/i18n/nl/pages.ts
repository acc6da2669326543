export const pages = {
  privacy: {
    title: "Privacyverklaring",
    intro:
      "Praktijkplein gaat zorgvuldig om met je gegevens. Hier lees je welke gegevens we bewaren, waarom, hoe lang en wat je rechten zijn.",
    sections: [
      {
        heading: "Welke gegevens bewaren we?",
        body: "Je e-mailadres, je naam en wat je zelf in je profiel zet: organisatie, rol in het werkveld, arbeidsmarktregio en een korte tekst over jezelf. Verder bewaren we waar je lid van bent, wat je schrijft en maakt (berichten, onderwerpen, documenten, bijdragen aan de bibliotheek, reacties, kennisvragen, stemmen en opmerkingen bij de werkagenda, metingen), je aanmeldingen voor bijeenkomsten en je agenda-link, je meldingen en je instellingen, meldingen die je doet over inhoud en wat moderatoren met jouw inhoud deden, en per ingelogd apparaat het type browser. We vragen en bewaren nooit gegevens over afkomst, etniciteit of migratieachtergrond.",
      },
      {
        heading: "Wie ziet je gegevens?",
        body: "Je naam is zichtbaar voor ingelogde leden. Je kiest zelf of andere leden je organisatie, rol, regio en tekst over jezelf zien. Je e-mailadres ziet niemand, behalve beheerders als dat nodig is voor het beheer van het platform.",
      },
      {
        heading: "Waarom bewaren we ze?",
        body: "Om het platform te laten werken: je laten inloggen, je laten meedoen in communities en je berichten te sturen die je zelf hebt gekozen. De grondslag is de overeenkomst die je aangaat als je een account maakt.",
      },
      {
        heading: "Hoe lang bewaren we ze?",
        body: "Je gegevens bewaren we zolang je een account hebt. Een inlogsessie verloopt na 30 dagen, een link om je wachtwoord te herstellen na een uur. Een download van je gegevens verwijderen we na 7 dagen. Welke mails we je stuurden (soort, datum, gelukt of niet) bewaren we 30 dagen; van je laatste samenvatting bewaren we die gegevens tot de volgende, zodat die begint waar de vorige ophield. Weten we niet zeker of een mail is aangekomen, dan bewaren we dat een jaar. Verwijder je je account, dan wissen we je persoonlijke gegevens meteen; de zoekfunctie vindt je profiel en je naam daarna niet meer. Alleen het logboek van moderatoren kan niet worden veranderd: daarin staat wat moderatoren deden, met een code in plaats van je naam. Na het verwijderen hoort die code bij niemand meer.",
      },
      {
        heading: "Je rechten",
        body: "Je mag je gegevens inzien, verbeteren en laten verwijderen. Je past je profiel zelf aan op de pagina Mijn profiel. Op de pagina Mijn gegevens download je al je gegevens als zip-bestand (als JSON en als overzicht dat je in je browser leest). Daar kun je ook je account verwijderen: je kiest of je berichten en andere bijdragen blijven staan als 'voormalig lid', zonder je naam, of dat ze verdwijnen. Gedeelde documenten blijven staan, zonder je naam. Heb je een vraag of klacht? Neem contact op met de beheerders van het platform. Je mag ook een klacht indienen bij de Autoriteit Persoonsgegevens.",
      },
      {
        heading: "Cookies",
        body: "We gebruiken alleen cookies die nodig zijn: een cookie om je ingelogd te houden, een cookie voor je taalkeuze en een cookie voor korte meldingen. We gebruiken geen cookies van anderen en volgen je niet.",
      },
    ],
  },
  accessibility: {
    title: "Toegankelijkheidsverklaring",
    intro: "Iedereen moet Praktijkplein kunnen gebruiken. We bouwen het platform volgens de richtlijnen WCAG 2.1 op niveau AA.",
    sections: [
      {
        heading: "Wat we doen",
        body: "Alle pagina's werken met het toetsenbord en met een schermlezer. Formulieren hebben duidelijke labels en foutmeldingen. Kleuren hebben genoeg contrast. De site werkt ook zonder JavaScript. We testen elke nieuwe versie automatisch met axe-core.",
      },
      {
        heading: "Wat nog niet goed gaat",
        body: "Samen schrijven in een document en berichten die meteen verschijnen werken alleen met JavaScript. Zonder JavaScript kun je documenten lezen en downloaden, en zie je nieuwe berichten als je de pagina ververst. Vind je iets anders dat niet goed werkt? Laat het ons weten, dan lossen we het zo snel mogelijk op.",
      },
      {
        heading: "Contact",
        body: "Loop je tegen een probleem aan? Meld het bij de beheerders van het platform. We reageren binnen vijf werkdagen.",
      },
    ],
  },
};
