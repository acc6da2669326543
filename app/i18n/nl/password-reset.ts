export const passwordReset = {
  link: "Wachtwoord vergeten?",
  forgot: {
    title: "Wachtwoord vergeten",
    intro: "Vul je e-mailadres in. Hoort er een account bij? Dan sturen we je een link om een nieuw wachtwoord te kiezen.",
    email: "E-mailadres",
    submit: "Stuur de link",
    sent: "Is er een account met dit e-mailadres? Dan krijg je binnen een paar minuten een e-mail. Kijk ook bij je ongewenste e-mail.",
  },
  reset: {
    title: "Nieuw wachtwoord kiezen",
    intro: "Kies een nieuw wachtwoord. Daarna log je overal opnieuw in.",
    password: "Nieuw wachtwoord",
    passwordHint: "Minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.",
    submit: "Wachtwoord opslaan",
    done: "Je wachtwoord is veranderd. Log in met je nieuwe wachtwoord.",
    invalid: "Deze link werkt niet meer. Hij is al gebruikt of verlopen.",
    again: "Vraag een nieuwe link aan",
  },
};
