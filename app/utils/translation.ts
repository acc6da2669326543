/**
 * The page's translator for components: `const { t, i18n } = useTranslation()`.
 *
 * react-i18next's own hook copied every property of the i18next instance into
 * a wrapper and made a fixed `t` for each call, and every `t("key")` went
 * through i18next's option handling again: about 8 % of a member page's CPU
 * (decision 183). Here one translator per i18next instance (the server keeps
 * one per language, the browser one per page), and a key without options is
 * looked up once; a key with options of plain values once per distinct set of
 * values (decision 219), and a key asked with `{ returnObjects: true }` alone once (decision 220). Nothing changes an instance's language: a new language is
 * a new page with a new instance (app/root.tsx).
 */
import type { i18n as I18n, TFunction } from "i18next";
import { useContext } from "react";
import { getI18n, I18nContext } from "react-i18next";

export type Translation = { t: TFunction<"translation">; i18n: I18n };

const translations = new WeakMap<I18n, Translation>();

/** Texts with options kept per instance; past it the memory starts again (values can come from data: names, titles). */
export const MAX_WITH_OPTIONS = 5_000;

/**
 * A memo key for `t(key, options)` when every option is a string, a finite number or a boolean (the type is part
 * of the key: a count of 1 and "1" may differ; a string's length too, so no value can imitate another option); null for anything else (objects, functions, `returnObjects`), which
 * goes to i18next every time.
 */
export function optionsKey(key: string, options: unknown): string | null {
  if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype) return null;
  let memo = key;
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name];
    const type = typeof value;
    if (type === "string") memo += `\u0000${name}\u0001s${(value as string).length}:${value as string}`;
    else if (type === "number" && Number.isFinite(value)) memo += `\u0000${name}\u0001n${value as number}`;
    else if (type === "boolean") memo += `\u0000${name}\u0001b${value ? 1 : 0}`;
    else return null;
    if (name === "returnObjects" || name === "postProcess") return null;
  }
  return memo;
}

/** A text whose only variables are `{{name}}`: the pieces between them and the names, in order. */
type Template = { pieces: string[]; names: string[] };

/** Option names that mean something to i18next besides a variable (context, lookup); `count` is handled below. */
const I18NEXT_OPTIONS = new Set(["context", "ordinal", "defaultValue", "lng", "lngs", "ns", "replace", "interpolation"]);

const PLACEHOLDER = /\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/**
 * The text of `key` in the instance's own language as a template, or null when i18next must do the work: a
 * missing key (fallback language, plurals), an object, nesting (`$t(`), or a variable with formatting, a path or
 * an unescape prefix (`{{count, number}}`, `{{a.b}}`, `{{- a}}`).
 */
function templateOf(i18n: I18n, key: string): Template | null | undefined {
  if (key.includes(":")) return null;
  const text: unknown = i18n.getResource(i18n.language, "translation", key);
  // Not in this language (i18next would look further), as i18next's isValidLookup reads it.
  if (text === undefined || text === null) return undefined;
  if (typeof text !== "string" || text.includes("$t(")) return null;
  const pieces: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    pieces.push(text.slice(last, match.index));
    names.push(match[1]!);
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  // Any other braces are a variable this does not handle.
  if (pieces.some((piece) => piece.includes("{{") || piece.includes("}}"))) return null;
  return { pieces, names };
}

/**
 * `t(key, options)` for a text with `{{name}}` variables only, given options of plain values that are exactly those
 * variables, done here (with escapeValue off, i18next puts the values in as they are); null when i18next must do it.
 * i18next's own path costs about 0.1 ms a call (option handling, a loaded-namespace check per call), which a
 * digest pays for every personal line (decision 258).
 */
function interpolate(template: Template, options: Record<string, unknown>): string | null {
  let count = 0;
  for (const name in options) {
    if (I18NEXT_OPTIONS.has(name) || (!template.names.includes(name) && name !== "count")) return null;
    count++;
  }
  let result = template.pieces[0]!;
  for (let i = 0; i < template.names.length; i++) {
    const value = options[template.names[i]!];
    // Not given: i18next's missing-variable handling. Text that looks like nesting or a variable: i18next's too.
    if (value === undefined) return null;
    const text = String(value);
    if (text.includes("$t(") || text.includes("{{")) return null;
    result += text + template.pieces[i + 1]!;
  }
  return count > 0 ? result : null;
}

function onlyReturnObjects(options: unknown): boolean {
  if (typeof options !== "object" || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
  const keys = Object.keys(options);
  return keys.length === 1 && (options as { returnObjects?: unknown }).returnObjects === true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function translationOf(i18n: I18n): Translation {
  let translation = translations.get(i18n);
  if (!translation) {
    const fixed = i18n.getFixedT(null, "translation") as unknown as (key: unknown, ...rest: unknown[]) => string;
    // Only found keys are remembered: a missing key (i18next returns the key) could come from data.
    const plain = new Map<string, string>();
    // With options of plain values (a count, a name) the text is as fixed: remembered too, up to a bound (decision 219).
    const withOptions = new Map<string, string>();
    // `{ returnObjects: true }` alone (a page's sections, a table of names): the object i18next builds, once per
    // key, frozen so that no render can change what the next one reads (decision 220).
    const objects = new Map<string, unknown>();
    // Texts with `{{name}}` variables only, parsed once per key (null: i18next does it).
    const templates = new Map<string, Template | null | undefined>();
    const template = (key: string) => {
      if (!templates.has(key)) templates.set(key, templateOf(i18n, key));
      return templates.get(key);
    };
    const plurals = new Intl.PluralRules(i18n.language);
    const direct = (key: string, options: Record<string, unknown>): string | null => {
      if (!("count" in options)) return template(key) ? interpolate(template(key)!, options) : null;
      // A count: the key i18next would pick in this language (`_zero` for 0 if there is one, then the plural
      // form, then the key itself); a string count, or none of them in this language, is i18next's.
      const count = options.count;
      if (typeof count !== "number" || !Number.isFinite(count)) return null;
      const candidates = [...(count === 0 ? [`${key}_zero`] : []), `${key}_${plurals.select(count)}`, key];
      for (const candidate of candidates) {
        const found = template(candidate);
        if (found !== undefined) return found && interpolate(found, options);
      }
      return null;
    };
    const t = (key: unknown, ...given: unknown[]) => {
      // `t(key, undefined)` is `t(key)` to i18next; tKey asks it so for every data key without parameters (the
      // community tabs on every community page), and it went to i18next each time (decision 282).
      const rest = given.length === 1 && given[0] === undefined ? [] : given;
      if (typeof key !== "string") return fixed(key, ...rest);
      if (rest.length === 1 && onlyReturnObjects(rest[0])) {
        let value = objects.get(key);
        if (value === undefined) {
          value = fixed(key, ...rest);
          if (value === key) return value;
          objects.set(key, deepFreeze(value));
        }
        return value;
      }
      if (rest.length > 0) {
        const memo = rest.length === 1 ? optionsKey(key, rest[0]) : null;
        if (memo === null) return fixed(key, ...rest);
        let value = withOptions.get(memo);
        if (value === undefined) {
          const translated = direct(key, rest[0] as Record<string, unknown>) ?? fixed(key, ...rest);
          if (typeof translated !== "string" || translated === key) return translated;
          if (withOptions.size >= MAX_WITH_OPTIONS) withOptions.clear();
          withOptions.set(memo, (value = translated));
        }
        return value;
      }
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
