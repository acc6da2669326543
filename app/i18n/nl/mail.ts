/** Texts of the e-mails (B1: short sentences, plain words). */
export const mail = {
  greeting: "Hallo {{name}},",
  footer: {
    settingsLead: "Wil je meer of minder mail?",
    settingsLink: "Pas je instellingen voor meldingen aan",
    unsubscribe: "Afmelden",
  },
  notifications: {
    subject_one: "Je hebt een nieuwe melding op Praktijkplein",
    subject_other: "Je hebt {{count}} nieuwe meldingen op Praktijkplein",
    reason: "Je krijgt deze e-mail omdat je meldingen per e-mail aan hebt staan en je even niet online was.",
    unsubscribe: "Geen meldingen meer per e-mail",
    open: "Bekijken",
    all: "Al je meldingen",
  },
  invitation: {
    subject: "{{inviter}} nodigt je uit voor {{community}}",
    subjectNoInviter: "Je bent uitgenodigd voor {{community}}",
    how: "Open de uitnodiging om lid te worden. Heb je nog geen account? Dan maak je eerst een account.",
    button: "Uitnodiging bekijken",
    validUntil: "De uitnodiging is geldig tot {{date}}.",
    reason: "Je krijgt deze e-mail omdat een facilitator van Praktijkplein je uitnodigde. Wil je niet meedoen? Dan hoef je niets te doen.",
  },
  passwordReset: {
    subject: "Kies een nieuw wachtwoord voor Praktijkplein",
    intro: "Je vroeg om een nieuw wachtwoord. Met de knop hieronder kies je een nieuw wachtwoord.",
    button: "Nieuw wachtwoord kiezen",
    validUntil: "De link werkt één keer, tot {{time}}.",
    notYou: "Heb jij dit niet gevraagd? Dan kun je deze e-mail negeren. Je wachtwoord blijft hetzelfde.",
    reason: "Je krijgt deze e-mail omdat iemand op Praktijkplein een nieuw wachtwoord vroeg voor dit e-mailadres.",
  },
  digest: {
    subject: {
      daily: "Nieuw op Praktijkplein sinds gisteren",
      weekly: "Nieuw op Praktijkplein deze week",
    },
    intro: "Hallo {{name}}, dit is er nieuw sinds {{date}}.",
    reason: {
      daily: "Je krijgt deze samenvatting elke dag omdat je lid bent van: {{communities}}.",
      weekly: "Je krijgt deze samenvatting elke week omdat je lid bent van: {{communities}}.",
    },
    unsubscribeAll: "Geen samenvattingen meer ontvangen",
    stopCommunity: "Geen samenvatting meer over {{community}}",
    and: "en",
    andOthers_one: "en {{count}} ander",
    andOthers_other: "en {{count}} anderen",
    joinRequests: {
      title_one: "1 aanmelding wacht op jou",
      title_other: "{{count}} aanmeldingen wachten op jou",
      decide: "Aanmeldingen voor {{community}} bekijken",
    },
    newMembers: {
      title_one: "1 nieuw lid",
      title_other: "{{count}} nieuwe leden",
      line_one: "{{names}} is nieuw.",
      line_other: "{{names}} zijn nieuw.",
      link: "Leden van {{community}}",
    },
    upcomingEvents: {
      title_one: "Een nieuwe bijeenkomst",
      title_other: "{{count}} nieuwe bijeenkomsten",
      platform: "Voor iedereen op Praktijkplein",
    },
    newCommunities: {
      title_one: "Een nieuwe community in jouw thema's",
      title_other: "{{count}} nieuwe communities in jouw thema's",
    },
    discussions: {
      title_one: "1 gesprek met nieuwe berichten",
      title_other: "{{count}} gesprekken met nieuwe berichten",
      newTopic: "nieuw onderwerp",
      unread_one: "1 nieuw bericht",
      unread_other: "{{count}} nieuwe berichten",
      formerMember: "Oud-lid",
    },
    documents: {
      title_one: "1 document is nieuw of veranderd",
      title_other: "{{count}} documenten zijn nieuw of veranderd",
      new: "nieuw document",
      versions_one: "nieuwe versie: {{names}}",
      versions_other: "{{count}} nieuwe versies: {{names}}",
    },
    library: {
      title_one: "1 nieuw stuk in de bibliotheek",
      title_other: "{{count}} nieuwe stukken in de bibliotheek",
    },
    knowledgeQuestions: {
      title_one: "1 nieuwe kennisvraag in de werkagenda",
      title_other: "{{count}} nieuwe kennisvragen in de werkagenda",
    },
    notifications: {
      title_one: "1 melding die je nog niet las",
      title_other: "{{count}} meldingen die je nog niet las",
    },
  },
};
