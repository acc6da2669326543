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

/** Parts kept; a period's digests reuse a few thousand at most, and an old one is simply rendered again. */
const MAX_PARTS = 5_000;

export function sharedPart<T>(key: readonly unknown[], make: () => T): T {
  const parts = singleton("digest-shared-parts", () => new Map<string, unknown>());
  const id = JSON.stringify(key);
  if (parts.has(id)) return parts.get(id) as T;
  const part = make();
  if (parts.size >= MAX_PARTS) parts.delete(parts.keys().next().value!);
  parts.set(id, part);
  return part;
}
