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
    haveAccount: "Already have an account?",
    loginLink: "Log in",
  },
  logout: {
    done: "You have been logged out.",
    everywhereDone: "You have been logged out on all your devices.",
  },
};
