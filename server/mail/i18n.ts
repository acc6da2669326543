/** Translators for mails, in the recipient's language (cached: one i18next instance per language). */
import type { TFunction } from "i18next";
import { DEFAULT_LANGUAGE, isLanguage, type Language, translator } from "~/i18n/index.ts";
import { formatDate } from "~/utils/i18n.ts";
import { singleton } from "../singleton.ts";

export function mailLanguage(locale: string | null | undefined): Language {
  return isLanguage(locale) ? locale : DEFAULT_LANGUAGE;
}

export function mailT(language: Language): TFunction {
  const cache = singleton("mail-translators", () => new Map<Language, TFunction>());
  let t = cache.get(language);
  if (!t) {
    t = translator(language);
    cache.set(language, t);
  }
  return t;
}

/** Translates a key that comes from data (notification kinds, sections). */
export function tData(t: TFunction, key: string, params: Record<string, unknown> = {}): string {
  return (t as unknown as (key: string, params?: Record<string, unknown>) => string)(key, params);
}

export function mailDate(date: Date, language: Language, withTime = false): string {
  return formatDate(date, language, withTime ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" });
}
