/**
 * A tiny HTML builder for mail templates: every interpolated value is escaped
 * unless it is already SafeHtml. Mails are strings, not React, so the worker
 * does not need the UI.
 */
export type SafeHtml = { readonly __safe: string };

export const raw = (value: string): SafeHtml => ({ __safe: value });

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;
const entity = (char: string) => ENTITIES[char]!;

/** One table for every call: a mail escapes hundreds of values (decision 324). */
export function escapeHtml(value: string): string {
  return value.replace(SPECIAL, entity);
}

type Value = string | number | SafeHtml | readonly Value[] | null | undefined | false;

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "object") return (value as SafeHtml).__safe;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return raw(out);
}

export const toString = (value: SafeHtml): string => value.__safe;
