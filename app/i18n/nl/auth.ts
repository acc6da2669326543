export const auth = {
  login: {
    title: "Inloggen",
    intro: "Log in met je e-mailadres en wachtwoord.",
    email: "E-mailadres",
    password: "Wachtwoord",
    submit: "Inloggen",
    noAccount: "Nog geen account?",
    registerLink: "Maak een account",
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
    haveAccount: "Heb je al een account?",
    loginLink: "Log in",
  },
  logout: {
    done: "Je bent uitgelogd.",
    everywhereDone: "Je bent op al je apparaten uitgelogd.",
  },
};
