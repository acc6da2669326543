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

/**
 * Parts kept per language and site; a period's digests reuse a few thousand at most. Past it the
 * parts of that language and site are forgotten at once and simply rendered again.
 */
const MAX_PARTS = 5_000;

export type SharedParts = <T>(key: readonly unknown[], make: () => T) => T;

/**
 * A step of a key: a text, number or other plain value leads on by the value itself, an object or
 * array by its JSON (in a map of its own, so a value never meets the JSON of an object).
 */
type Step = { values?: Map<unknown, Step>; objects?: Map<string, Step>; made?: boolean; part?: unknown };
type Scope = { root: Step; size: number };

function step(steps: Map<unknown, Step>, value: unknown): Step {
  let next = steps.get(value);
  if (!next) steps.set(value, (next = {}));
  return next;
}

function find(root: Step, key: readonly unknown[]): Step {
  let at = root;
  for (const element of key)
    at =
      element !== null && typeof element === "object"
        ? step((at.objects ??= new Map()) as Map<unknown, Step>, JSON.stringify(element))
        : step((at.values ??= new Map()), element);
  return at;
}

/**
 * The parts of one language and site address (every part depends on both),
 * found once per mail (decision 324). A key is followed element by element
 * through maps instead of being written out as one JSON text per part: the
 * texts a key holds (a community's name, a section's id) are looked up as
 * they are, and only its objects (a community's items) are written as JSON.
 */
export function sharedParts(language: string, site: string): SharedParts {
  const scopes = singleton("digest-shared-parts", () => new Map<string, Scope>());
  // A language is a code without spaces, so the scope names both unambiguously.
  const name = `${language} ${site}`;
  let scope = scopes.get(name);
  if (!scope) scopes.set(name, (scope = { root: {}, size: 0 }));
  const kept = scope;
  return <T>(key: readonly unknown[], make: () => T): T => {
    let found = find(kept.root, key);
    if (found.made) return found.part as T;
    const part = make();
    if (kept.size >= MAX_PARTS) {
      kept.root = {};
      kept.size = 0;
      found = find(kept.root, key);
    }
    found.made = true;
    found.part = part;
    kept.size++;
    return part;
  };
}
