export const auth = {
  login: {
    title: "Inloggen",
    intro: "Log in met je e-mailadres en wachtwoord.",
    email: "E-mailadres",
    password: "Wachtwoord",
    submit: "Inloggen",
    noAccount: "Nog geen account?",
    registerLink: "Maak een account",
    accountThrottled_one:
      "Er is te vaak een verkeerd wachtwoord geprobeerd voor dit e-mailadres. Daarom kun je hier pas over {{count}} minuut weer inloggen. Wil je nu inloggen? Doe het op een computer of telefoon waarop je eerder hebt ingelogd. Of kies een nieuw wachtwoord via 'Wachtwoord vergeten?'. Daarna kun je meteen inloggen.",
    accountThrottled_other:
      "Er is te vaak een verkeerd wachtwoord geprobeerd voor dit e-mailadres. Daarom kun je hier pas over {{count}} minuten weer inloggen. Wil je nu inloggen? Doe het op een computer of telefoon waarop je eerder hebt ingelogd. Of kies een nieuw wachtwoord via 'Wachtwoord vergeten?'. Daarna kun je meteen inloggen.",
    sessionEnded: "Je was uitgelogd, daarom is wat je net verstuurde niet opgeslagen. Log opnieuw in en probeer het nog eens.",
  },
  register: {
    title: "Account maken",
    intro: "Met een account doe je mee in communities, stel je vragen en deel je wat werkt.",
    email: "E-mailadres",
    password: "Wachtwoord",
    passwordHint: "Minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.",
    displayName: "Je naam",
    displayNameHint: "Zo zien andere leden je.",
    acceptTerms: "Ik ga akkoord met de spelregels: ik deel geen persoonsgegevens van anderen en ga respectvol om met andere leden.",
    submit: "Account maken",
    sentTitle: "Kijk in je mail",
    sentTo: "We hebben een e-mail gestuurd naar {{email}}.",
    sentNext: "Klik op de knop in die e-mail. Daarna kun je inloggen en meedoen.",
    sentNotArrived: "Geen e-mail gekregen? Wacht een paar minuten en kijk ook in je map met ongewenste e-mail.",
    haveAccount: "Heb je al een account?",
    loginLink: "Log in",
  },
  verify: {
    title: "E-mailadres bevestigen",
    banner:
      "Bevestig je e-mailadres. We hebben een link gestuurd naar {{email}}. Daarna kun je meedoen in communities, uitnodigingen aannemen en berichten plaatsen.",
    resend: "Stuur de link opnieuw",
    resent: "We hebben de link opnieuw gestuurd naar {{email}}.",
    required:
      "Bevestig eerst je e-mailadres. Klik op de link in de e-mail die we je stuurden. Geen e-mail gekregen? Kies dan 'Stuur de link opnieuw'.",
    invalid:
      "Deze link werkt niet (meer). Misschien is hij te oud, of hoort hij bij een ander e-mailadres. Log in en vraag een nieuwe link.",
    nothingToSend: "Je e-mailadres is al bevestigd.",
    sentTo: "We hebben een e-mail gestuurd naar {{email}}. Klik op de knop in die e-mail. Zo laat je zien dat het jouw adres is.",
    notArrived: "Geen e-mail gekregen? Kijk ook in je map met ongewenste e-mail. Of laat de link opnieuw sturen.",
    wrongAddress: "Klopt het adres niet?",
    changeAddress: "Kies een ander e-mailadres",
    verified: "Je e-mailadres {{email}} is bevestigd.",
    pending:
      "Je wilt je e-mailadres wijzigen in {{email}}. We hebben een link naar dat adres gestuurd. Tot je die volgt, blijft {{current}} je adres.",
    confirmText: "Klik op de knop om het e-mailadres {{email}} te bevestigen.",
    confirmButton: "E-mailadres bevestigen",
    done: "Je e-mailadres is bevestigd. Je kunt nu meedoen.",
    doneLogIn: "Je e-mailadres is bevestigd. Log in om mee te doen.",
    changed: "Je nieuwe e-mailadres is bevestigd. We gebruiken nu dit adres.",
    already: "Je e-mailadres was al bevestigd.",
    joinFirst: "Bevestig eerst je e-mailadres. Daarna kun je lid worden.",
    acceptFirst: "Bevestig eerst je e-mailadres. Daarna kun je de uitnodiging aannemen met de link in de uitnodiging.",
  },
  logout: {
    done: "Je bent uitgelogd.",
    everywhereDone: "Je bent op al je apparaten uitgelogd.",
  },
};
