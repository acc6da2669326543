import type { TFunction } from "i18next";

/** Translates a key that comes from data (form errors, flash messages), not from code. */
export function tKey(t: TFunction, key: string, params?: Record<string, unknown>): string {
  return (t as unknown as (key: string, params?: Record<string, unknown>) => string)(key, params);
}

export function formatDate(date: Date | string, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", ...options }).format(new Date(date));
}
