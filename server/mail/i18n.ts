/** Translators for mails, in the recipient's language (translator() keeps one i18next instance per language). */
import type { TFunction } from "i18next";
import { DEFAULT_LANGUAGE, isLanguage, type Language, translator } from "~/i18n/index.ts";
import { singleton } from "../singleton.ts";

export function mailLanguage(locale: string | null | undefined): Language {
  return isLanguage(locale) ? locale : DEFAULT_LANGUAGE;
}

export function mailT(language: Language): TFunction {
  return translator(language) as TFunction;
}

/** Translates a key that comes from data (notification kinds, sections). */
export function tData(t: TFunction, key: string, params: Record<string, unknown> = {}): string {
  return (t as unknown as (key: string, params?: Record<string, unknown>) => string)(key, params);
}

/** Formats like app/utils/i18n.ts formatDate, with the (costly) Intl formatters made once per process. */
export function mailDate(date: Date, language: Language, withTime = false): string {
  const cache = singleton("mail-date-formats", () => new Map<string, Intl.DateTimeFormat>());
  const key = `${language}-${withTime}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nl-NL", {
      timeZone: "Europe/Amsterdam",
      dateStyle: "long",
      ...(withTime ? { timeStyle: "short" } : {}),
    });
    cache.set(key, format);
  }
  return format.format(date);
}
