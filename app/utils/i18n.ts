import type { TFunction } from "i18next";
import { splitMessage } from "~/shared/messages.ts";

/** Translates a key that comes from data (form errors, flash messages), not from code. */
export function tKey(t: TFunction, message: string, extra?: Record<string, unknown>): string {
  // A message may carry its parameters (`key|{"count":3}`, app/shared/messages.ts).
  const { key, params: carried } = splitMessage(message);
  const params = carried || extra ? { ...carried, ...extra } : undefined;
  const translate = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  // A message that is not a key (a library default such as "Invalid input") is never shown raw.
  const known = translate(key, { ...params, defaultValue: "\u0000" }) !== "\u0000";
  return known ? translate(key, params) : translate("errors.invalidRequest");
}

export function formatDate(date: Date | string, language: string, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nl-NL", { timeZone: "Europe/Amsterdam", ...options }).format(
    new Date(date),
  );
}
