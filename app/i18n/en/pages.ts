import type { pages as nl } from "../nl/pages.ts";
import type { Translation } from "../types.ts";

export const pages: Translation<typeof nl> = {
  privacy: {
    title: "Privacy statement",
    intro: "Praktijkplein handles your data with care. Here you can read which data we keep, why, and what your rights are.",
    sections: [
      {
        heading: "What data do we keep?",
        body: "Your email address, your name and what you put in your profile yourself: organisation, role in the field, labour market region and a short text about yourself. We also keep which communities you belong to and what you write in them. We never ask for or keep data about origin, ethnicity or migration background.",
      },
      {
        heading: "Who sees your data?",
        body: "Your name is visible to logged-in members. You choose whether other members see your organisation, role, region and text about yourself. Nobody sees your email address, except administrators when that is needed to run the platform.",
      },
      {
        heading: "Why do we keep it?",
        body: "To make the platform work: to let you log in, take part in communities and receive the messages you chose. The legal basis is the agreement you make when you create an account.",
      },
      {
        heading: "Your rights",
        body: "You may see, correct and delete your data. You change your profile yourself on the My profile page. Do you want to delete your account or receive all your data? Contact the platform administrators.",
      },
      {
        heading: "Cookies",
        body: "We only use cookies that are needed: one to keep you logged in, one for your language choice and one for short messages. We use no third-party cookies and do not track you.",
      },
    ],
  },
  accessibility: {
    title: "Accessibility statement",
    intro: "Everyone should be able to use Praktijkplein. We build the platform to the WCAG 2.1 guidelines at level AA.",
    sections: [
      {
        heading: "What we do",
        body: "All pages work with the keyboard and with a screen reader. Forms have clear labels and error messages. Colours have enough contrast. The site also works without JavaScript. We test every new version automatically with axe-core.",
      },
      {
        heading: "What does not work well yet",
        body: "We know of no problems at the moment. Did you find something that does not work well? Let us know and we will fix it as soon as we can.",
      },
      {
        heading: "Contact",
        body: "Did you run into a problem? Report it to the platform administrators. We answer within five working days.",
      },
    ],
  },
};
