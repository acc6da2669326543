import type { auth as nl } from "../nl/auth.ts";
import type { Translation } from "../types.ts";

export const auth: Translation<typeof nl> = {
  login: {
    title: "Log in",
    intro: "Log in with your email address and password.",
    email: "Email address",
    password: "Password",
    submit: "Log in",
    noAccount: "No account yet?",
    registerLink: "Create an account",
    accountThrottled_one:
      "A wrong password was tried too often for this e-mail address, so you can log in here again in {{count}} minute. Want to log in now? Use a computer or phone you logged in on before, or choose a new password through 'Forgot your password?'. After that you can log in at once.",
    accountThrottled_other:
      "A wrong password was tried too often for this e-mail address, so you can log in here again in {{count}} minutes. Want to log in now? Use a computer or phone you logged in on before, or choose a new password through 'Forgot your password?'. After that you can log in at once.",
    sessionEnded: "You had been logged out, so what you just sent was not saved. Log in again and try once more.",
  },
  register: {
    title: "Create account",
    intro: "With an account you take part in communities, ask questions and share what works.",
    email: "Email address",
    password: "Password",
    passwordHint: "At least 10 characters. A sentence of a few words is strong and easy to remember.",
    displayName: "Your name",
    displayNameHint: "This is how other members see you.",
    acceptTerms: "I accept the house rules: I do not share other people's personal data and I treat other members with respect.",
    submit: "Create account",
    sentTitle: "Check your e-mail",
    sentTo: "We sent an e-mail to {{email}}.",
    sentNext: "Click the button in that e-mail. After that you can log in and take part.",
    sentNotArrived: "No e-mail? Wait a few minutes and look in your junk mail folder too.",
    haveAccount: "Already have an account?",
    loginLink: "Log in",
  },
  verify: {
    title: "Confirm e-mail address",
    banner:
      "Confirm your e-mail address. We sent a link to {{email}}. Then you can take part in communities, accept invitations and post messages.",
    resend: "Send the link again",
    resent: "We sent the link again to {{email}}.",
    required: "First confirm your e-mail address. Click the link in the e-mail we sent you. No e-mail? Choose 'Send the link again'.",
    invalid: "This link does not work (any more). It may be too old, or belong to another e-mail address. Log in and ask for a new link.",
    nothingToSend: "Your e-mail address is already confirmed.",
    sentTo: "We sent an e-mail to {{email}}. Click the button in that e-mail. That shows it is your address.",
    notArrived: "No e-mail? Also look in your junk mail folder. Or have the link sent again.",
    wrongAddress: "Is the address wrong?",
    changeAddress: "Choose another e-mail address",
    verified: "Your e-mail address {{email}} is confirmed.",
    pending:
      "You want to change your e-mail address to {{email}}. We sent a link to that address. Until you follow it, {{current}} stays your address.",
    confirmText: "Click the button to confirm the e-mail address {{email}}.",
    confirmButton: "Confirm e-mail address",
    done: "Your e-mail address is confirmed. You can take part now.",
    doneLogIn: "Your e-mail address is confirmed. Log in to take part.",
    changed: "Your new e-mail address is confirmed. We use this address from now on.",
    already: "Your e-mail address was already confirmed.",
    joinFirst: "First confirm your e-mail address. Then you can become a member.",
    acceptFirst: "First confirm your e-mail address. Then you can accept the invitation with the link in it.",
  },
  logout: {
    done: "You have been logged out.",
    everywhereDone: "You have been logged out on all your devices.",
  },
};
