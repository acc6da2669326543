import type { pages as nl } from "../nl/pages.ts";
import type { Translation } from "../types.ts";

export const pages: Translation<typeof nl> = {
  privacy: {
    title: "Privacy statement",
    intro: "Praktijkplein handles your data with care. Here you can read which data we keep, why, for how long, and what your rights are.",
    sections: [
      {
        heading: "What data do we keep?",
        body: "Your email address, your name and what you put in your profile yourself: organisation, role in the field, labour market region and a short text about yourself. We also keep which communities you belong to, what you write and make (messages, topics, documents, library contributions, reactions, knowledge questions, votes and comments on the work agenda, measurements), your answers to meetings and your calendar link, your notifications and your settings, the reports you make about content and what moderators did with your content, and for each device you are logged in on, the type of browser. We never ask for or keep data about origin, ethnicity or migration background.",
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
        heading: "How long do we keep it?",
        body: "We keep your data as long as you have an account. A login session expires after 30 days, a password reset link after one hour. We delete a download of your data after 7 days. We keep a record of the mails we sent you (kind, date, whether it went through) for 30 days; for your last digest we keep it until the next one, so that it starts where the last one ended. When we are not sure whether a mail arrived, we keep that for a year. When you delete your account, we erase your personal data at once; search no longer finds your profile or your name after that. Only the moderators' log cannot be changed: it records what moderators did, with a code instead of your name. After deletion that code belongs to no one.",
      },
      {
        heading: "Your rights",
        body: "You may see, correct and delete your data. You change your profile yourself on the My profile page. On the My data page you download all your data as a zip file (as JSON and as an overview you read in your browser). There you can also delete your account: you choose whether your messages and other contributions stay as 'former member', without your name, or disappear. Shared documents stay, without your name. Do you have a question or complaint? Contact the platform administrators. You may also file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
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
        body: "Writing a document together and messages that appear at once only work with JavaScript. Without JavaScript you can read and download documents, and you see new messages when you refresh the page. Did you find something else that does not work well? Let us know and we will fix it as soon as we can.",
      },
      {
        heading: "Contact",
        body: "Did you run into a problem? Report it to the platform administrators. We answer within five working days.",
      },
    ],
  },
};
