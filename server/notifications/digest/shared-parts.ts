/**
 * Parts of digests that are the same for every member who gets them (a
 * community's new members or discussions for a period, the library's new
 * items, the footer's reason line), rendered once per process and reused
 * (decision 160). A part is found by everything it depends on: the key names
 * the section, the language and the data, so two members share a part exactly
 * when they would have got the same text. Personal parts (greeting, the
 * member's own notifications, signed unsubscribe links) are never shared.
 */
import { singleton } from "../../singleton.ts";

/** Parts kept per language and site; a period's digests reuse a few thousand at most, and an old one is simply rendered again. */
const MAX_PARTS = 5_000;

export type SharedParts = <T>(key: readonly unknown[], make: () => T) => T;

/**
 * The parts of one language and site address (every part depends on both),
 * looked up once per mail (decision 324): the key of each part is then only
 * what the section names, not the language and the site again in every key.
 */
export function sharedParts(language: string, site: string): SharedParts {
  const scopes = singleton("digest-shared-parts", () => new Map<string, Map<string, unknown>>());
  // A language is a code without spaces, so the scope names both unambiguously.
  const scope = `${language} ${site}`;
  let parts = scopes.get(scope);
  if (!parts) scopes.set(scope, (parts = new Map()));
  const kept = parts;
  return <T>(key: readonly unknown[], make: () => T): T => {
    const id = JSON.stringify(key);
    const found = kept.get(id);
    if (found !== undefined || kept.has(id)) return found as T;
    const part = make();
    if (kept.size >= MAX_PARTS) kept.delete(kept.keys().next().value!);
    kept.set(id, part);
    return part;
  };
}
