export const pages = {
  privacy: {
    title: "Privacyverklaring",
    intro: "Praktijkplein gaat zorgvuldig om met je gegevens. Hier lees je welke gegevens we bewaren, waarom en wat je rechten zijn.",
    sections: [
      {
        heading: "Welke gegevens bewaren we?",
        body: "Je e-mailadres, je naam en wat je zelf in je profiel zet: organisatie, rol in het werkveld, arbeidsmarktregio en een korte tekst over jezelf. Verder bewaren we waar je lid van bent en wat je schrijft in communities. We vragen en bewaren nooit gegevens over afkomst, etniciteit of migratieachtergrond.",
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
        heading: "Je rechten",
        body: "Je mag je gegevens inzien, verbeteren en laten verwijderen. Je past je profiel zelf aan op de pagina Mijn profiel. Wil je je account verwijderen of al je gegevens ontvangen? Neem contact op met de beheerders van het platform.",
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
        body: "We kennen op dit moment geen problemen. Vind je toch iets dat niet goed werkt? Laat het ons weten, dan lossen we het zo snel mogelijk op.",
      },
      {
        heading: "Contact",
        body: "Loop je tegen een probleem aan? Meld het bij de beheerders van het platform. We reageren binnen vijf werkdagen.",
      },
    ],
  },
};
