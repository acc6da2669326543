/**
 * Dutch first, English second. Every user-facing string goes through
 * i18next; app/i18n/nl is the source of keys and en must match it (checked
 * by the type system). Form schemas use keys as their messages.
 */
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { translationOf } from "~/utils/translation.ts";
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

const serverInstances = new Map<Language, I18n>();

/**
 * The instance a page renders with. On the server one per language, made
 * once: nothing changes its language there, and making one per request cost
 * about 5 % of a page's CPU (docs/benchmarks.md, bench:pages profile). In the
 * browser a fresh one, as before.
 */
export function pageI18n(language: Language): I18n {
  if (typeof document !== "undefined") return createI18n(language);
  let instance = serverInstances.get(language);
  if (!instance) {
    instance = createI18n(language);
    serverInstances.set(language, instance);
  }
  return instance;
}

const translators = new Map<Language, I18n["t"]>();

/**
 * A translator without React (mails, page titles, exports): one i18next instance per language, made once, with
 * the remembered texts of the components' translator (every page's meta asks for the same few keys; decision 220).
 */
export function translator(language: Language): I18n["t"] {
  let t = translators.get(language);
  if (!t) {
    t = translationOf(createI18n(language)).t as unknown as I18n["t"];
    translators.set(language, t);
  }
  return t;
}
