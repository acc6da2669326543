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
  emailVerification: {
    subject: "Bevestig je e-mailadres voor Praktijkplein",
    subjectChange: "Bevestig je nieuwe e-mailadres voor Praktijkplein",
    intro: "Welkom bij Praktijkplein! Klik op de knop om te laten zien dat dit jouw e-mailadres is. Daarna kun je meedoen in communities.",
    introChange:
      "Je wilt dit e-mailadres gebruiken voor Praktijkplein. Klik op de knop om het te bevestigen. Tot dan blijft je oude adres gelden.",
    button: "E-mailadres bevestigen",
    validUntil: "De link werkt tot {{time}}.",
    notYou: "Heb jij geen account gemaakt of geen nieuw adres gekozen? Dan kun je deze e-mail negeren.",
    reason: "Je krijgt deze e-mail omdat dit adres op Praktijkplein is opgegeven.",
  },
  registrationNotice: {
    subject: "Iemand wilde een account maken met je e-mailadres",
    intro:
      "Iemand wilde op Praktijkplein een nieuw account maken met dit e-mailadres. Er is al een account met dit adres. Daarom hebben we geen nieuw account gemaakt.",
    wasYou: "Was jij dat? Log dan in met je account. Weet je je wachtwoord niet meer? Kies dan een nieuw wachtwoord.",
    login: "Inloggen",
    newPassword: "Nieuw wachtwoord kiezen",
    notYou: "Was jij het niet? Dan hoef je niets te doen. Er is niets veranderd aan je account.",
    reason: "Je krijgt deze e-mail omdat iemand dit e-mailadres invulde bij 'Account maken' op Praktijkplein.",
  },
  emailClaimNotice: {
    subject: "Iemand wilde je e-mailadres gebruiken voor een ander account",
    intro:
      "Iemand vroeg op Praktijkplein om dit e-mailadres te gebruiken voor een ander account. Dit adres hoort bij jouw account. Daarom hebben we niets veranderd.",
    reason: "Je krijgt deze e-mail omdat iemand dit e-mailadres invulde bij 'E-mailadres wijzigen' op Praktijkplein.",
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
    subjectDay: "Nieuw op Praktijkplein op {{date}}",
    subjectPeriod: "Nieuw op Praktijkplein van {{from}} tot en met {{to}}",
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
      title_one: "1 aanvraag om lid te worden wacht op jou",
      title_other: "{{count}} aanvragen om lid te worden wachten op jou",
      decide: "Aanvragen voor {{community}} bekijken",
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
