import type { passwordReset as nl } from "../nl/password-reset.ts";
import type { Translation } from "../types.ts";

export const passwordReset: Translation<typeof nl> = {
  link: "Forgot your password?",
  forgot: {
    title: "Forgot your password",
    intro: "Fill in your e-mail address. If it belongs to an account, we send you a link to choose a new password.",
    email: "E-mail address",
    submit: "Send the link",
    sent: "If there is an account with this e-mail address, you will get an e-mail within a few minutes. Also check your spam folder.",
  },
  reset: {
    title: "Choose a new password",
    intro: "Choose a new password. After that you log in again everywhere.",
    password: "New password",
    passwordHint: "At least 10 characters. A sentence of a few words is strong and easy to remember.",
    submit: "Save password",
    done: "Your password was changed. Log in with your new password.",
    invalid: "This link no longer works. It was used already or has expired.",
    again: "Ask for a new link",
  },
};
