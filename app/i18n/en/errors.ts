import type { errors as nl } from "../nl/errors.ts";
import type { Translation } from "../types.ts";

export const errors: Translation<typeof nl> = {
  required: "Please fill in this field.",
  choose: "Please make a choice.",
  tooShort: "This is too short.",
  tooLong: "This is too long.",
  emailRequired: "Please enter your email address.",
  emailInvalid: "Please enter a valid email address, such as name@example.com.",
  emailTaken: "There is already an account with this email address. Log in or choose another address.",
  passwordRequired: "Please enter your password.",
  passwordTooShort: "Choose a password of at least 10 characters.",
  passwordTooLong: "Choose a password of at most 200 characters.",
  passwordTooCommon: "This password is too easy to guess. Choose another one, for example a sentence of a few words.",
  displayNameRequired: "Please enter your name.",
  displayNameTooShort: "Your name needs at least 2 characters.",
  displayNameTooLong: "Your name can have at most 80 characters.",
  acceptTerms: "Please accept the house rules to create an account.",
  loginFailed: "This email address or password is not correct.",
  notFound: "This page does not exist (any more).",
  forbidden: "You do not have access to this page.",
  unauthenticated: "Please log in to continue.",
  generic: "Something went wrong. Please try again later.",
  formErrors: "The form has {{count}} error. Please correct the fields below.",
  formErrors_other: "The form has {{count}} errors. Please correct the fields below.",
  invalidRequest: "This request is not valid.",
  rateLimited: "You are doing this too often in a row. Wait a moment and try again.",
  pageTitle: {
    notFound: "Page not found",
    forbidden: "No access",
    other: "Something went wrong",
  },
};
