/**
 * The digest section registry: the built-in list (sections/index.ts) plus any
 * an area registers at start-up with registerDigestSection().
 */
import { singleton } from "../../singleton.ts";
import type { NotificationKind } from "../kinds.ts";
import { DIGEST_SECTIONS } from "./sections/index.ts";
import type { AnyDigestSection } from "./types.ts";

const registered = () => singleton("digest-sections", () => new Map<string, AnyDigestSection>());

/** Adds (or replaces, by id) a section. */
export function registerDigestSection(section: AnyDigestSection): () => void {
  registered().set(section.id, section);
  return () => registered().delete(section.id);
}

export function digestSections(): AnyDigestSection[] {
  const byId = new Map(DIGEST_SECTIONS.map((section) => [section.id, section]));
  for (const [id, section] of registered()) byId.set(id, section);
  return [...byId.values()].sort((a, b) => a.order - b.order);
}

export function coveredNotificationKinds(sections: AnyDigestSection[]): NotificationKind[] {
  return [...new Set(sections.flatMap((section) => section.coversNotificationKinds ?? []))];
}
