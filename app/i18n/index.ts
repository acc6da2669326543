/**
 * Dutch first, English second. Every user-facing string goes through
 * i18next; app/i18n/nl is the source of keys and en must match it (checked
 * by the type system). Form schemas use keys as their messages.
 */
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en/index.ts";
import { nl } from "./nl/index.ts";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

export function isLanguage(value: unknown): value is Language {
  return value === "nl" || value === "en";
}

export function createI18n(language: Language): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

/** A translator for server-side use (mails, page titles) without React. */
export function translator(language: Language) {
  return createI18n(language).t;
}
