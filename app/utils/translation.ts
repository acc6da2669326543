/**
 * The page's translator for components: `const { t, i18n } = useTranslation()`.
 *
 * react-i18next's own hook copied every property of the i18next instance into
 * a wrapper and made a fixed `t` for each call, and every `t("key")` went
 * through i18next's option handling again: about 8 % of a member page's CPU
 * (decision 183). Here one translator per i18next instance (the server keeps
 * one per language, the browser one per page), and a key without options is
 * looked up once. Nothing changes an instance's language: a new language is
 * a new page with a new instance (app/root.tsx).
 */
import type { i18n as I18n, TFunction } from "i18next";
import { useContext } from "react";
import { getI18n, I18nContext } from "react-i18next";

export type Translation = { t: TFunction<"translation">; i18n: I18n };

const translations = new WeakMap<I18n, Translation>();

export function translationOf(i18n: I18n): Translation {
  let translation = translations.get(i18n);
  if (!translation) {
    const fixed = i18n.getFixedT(null, "translation") as unknown as (key: unknown, ...rest: unknown[]) => string;
    // Only found keys are remembered: a missing key (i18next returns the key) could come from data.
    const plain = new Map<string, string>();
    const t = (key: unknown, ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== "string") return fixed(key, ...rest);
      let value = plain.get(key);
      if (value === undefined) {
        value = fixed(key);
        if (value !== key) plain.set(key, value);
      }
      return value;
    };
    translation = { t: t as unknown as TFunction<"translation">, i18n };
    translations.set(i18n, translation);
  }
  return translation;
}

export function useTranslation(): Translation {
  return translationOf(useContext(I18nContext)?.i18n ?? getI18n());
}
