import type { mail as nl } from "../nl/mail.ts";
import type { Translation } from "../types.ts";

export const mail: Translation<typeof nl> = {
  greeting: "Hello {{name}},",
  footer: {
    settingsLead: "Want more or less e-mail?",
    settingsLink: "Change your notification settings",
    unsubscribe: "Unsubscribe",
  },
  notifications: {
    subject_one: "You have a new notification on Praktijkplein",
    subject_other: "You have {{count}} new notifications on Praktijkplein",
    reason: "You get this e-mail because you receive notifications by e-mail and were not online for a while.",
    unsubscribe: "No more notifications by e-mail",
    open: "View",
    all: "All your notifications",
  },
  invitation: {
    subject: "{{inviter}} invites you to {{community}}",
    subjectNoInviter: "You are invited to {{community}}",
    how: "Open the invitation to become a member. No account yet? Then create one first.",
    button: "View the invitation",
    validUntil: "The invitation is valid until {{date}}.",
    reason: "You get this e-mail because a facilitator on Praktijkplein invited you. Not interested? Then you need not do anything.",
  },
  emailVerification: {
    subject: "Confirm your e-mail address for Praktijkplein",
    subjectChange: "Confirm your new e-mail address for Praktijkplein",
    intro: "Welcome to Praktijkplein! Click the button to show this is your e-mail address. Then you can take part in communities.",
    introChange:
      "You want to use this e-mail address for Praktijkplein. Click the button to confirm it. Until then your old address stays in use.",
    button: "Confirm e-mail address",
    validUntil: "The link works until {{time}}.",
    notYou: "Did you not make an account or choose a new address? Then you can ignore this e-mail.",
    reason: "You get this e-mail because this address was entered on Praktijkplein.",
  },
  registrationNotice: {
    subject: "Someone tried to make an account with your e-mail address",
    intro:
      "Someone tried to make a new account on Praktijkplein with this e-mail address. There already is an account with this address, so we did not make a new one.",
    wasYou: "Was that you? Then log in with your account. Forgot your password? Then choose a new one.",
    login: "Log in",
    newPassword: "Choose a new password",
    notYou: "Was it not you? Then you need not do anything. Nothing about your account has changed.",
    reason: "You get this e-mail because someone entered this e-mail address under 'Create account' on Praktijkplein.",
  },
  emailClaimNotice: {
    subject: "Someone wanted to use your e-mail address for another account",
    intro:
      "Someone asked on Praktijkplein to use this e-mail address for another account. This address belongs to your account, so we changed nothing.",
    reason: "You get this e-mail because someone entered this e-mail address under 'Change e-mail address' on Praktijkplein.",
  },
  passwordReset: {
    subject: "Choose a new password for Praktijkplein",
    intro: "You asked for a new password. Use the button below to choose one.",
    button: "Choose a new password",
    validUntil: "The link works once, until {{time}}.",
    notYou: "Did you not ask for this? Then you can ignore this e-mail. Your password stays the same.",
    reason: "You get this e-mail because someone on Praktijkplein asked for a new password for this e-mail address.",
  },
  digest: {
    subjectDay: "New on Praktijkplein on {{date}}",
    subjectPeriod: "New on Praktijkplein from {{from}} to {{to}}",
    intro: "Hello {{name}}, this is what is new since {{date}}.",
    reason: {
      daily: "You get this summary every day because you are a member of: {{communities}}.",
      weekly: "You get this summary every week because you are a member of: {{communities}}.",
    },
    unsubscribeAll: "Stop receiving summaries",
    stopCommunity: "No more summaries about {{community}}",
    and: "and",
    andOthers_one: "and {{count}} other",
    andOthers_other: "and {{count}} others",
    joinRequests: {
      title_one: "1 request to join waits for you",
      title_other: "{{count}} requests to join wait for you",
      decide: "See the requests for {{community}}",
    },
    newMembers: {
      title_one: "1 new member",
      title_other: "{{count}} new members",
      line_one: "{{names}} is new.",
      line_other: "{{names}} are new.",
      link: "Members of {{community}}",
    },
    upcomingEvents: {
      title_one: "A new event",
      title_other: "{{count}} new events",
      platform: "For everyone on Praktijkplein",
    },
    newCommunities: {
      title_one: "A new community in your themes",
      title_other: "{{count}} new communities in your themes",
    },
    discussions: {
      title_one: "1 conversation with new messages",
      title_other: "{{count}} conversations with new messages",
      newTopic: "new topic",
      unread_one: "1 new message",
      unread_other: "{{count}} new messages",
      formerMember: "Former member",
    },
    documents: {
      title_one: "1 document is new or changed",
      title_other: "{{count}} documents are new or changed",
      new: "new document",
      versions_one: "new version: {{names}}",
      versions_other: "{{count}} new versions: {{names}}",
    },
    library: {
      title_one: "1 new item in the library",
      title_other: "{{count}} new items in the library",
    },
    knowledgeQuestions: {
      title_one: "1 new knowledge question in the work agenda",
      title_other: "{{count}} new knowledge questions in the work agenda",
    },
    notifications: {
      title_one: "1 notification you have not read",
      title_other: "{{count}} notifications you have not read",
    },
  },
};
