/**
 * The hints of the handreiking template: guidance the writers replace, never content. Exports leave
 * them out (decision 269); a printed live document hides them (decision 278), so the page marks them
 * with TEMPLATE_HINT_ATTRIBUTE — in the server's HTML and in the live editor alike.
 */
export const HANDREIKING_HINTS = {
  why: "Beschrijf in een paar zinnen voor wie deze handreiking is en welk probleem ze helpt oplossen.",
  works: ["Eerste werkzame aanpak", "Tweede werkzame aanpak"],
  steps: ["Eerste stap", "Tweede stap", "Derde stap"],
  more: "Noem bronnen, voorbeelden uit de praktijk en contactpersonen.",
};

const HINTS: ReadonlySet<string> = new Set([
  HANDREIKING_HINTS.why,
  ...HANDREIKING_HINTS.works,
  ...HANDREIKING_HINTS.steps,
  HANDREIKING_HINTS.more,
]);

export const TEMPLATE_HINT_ATTRIBUTE = "data-template-hint";

/** A paragraph's or list item's text that is exactly one of the hints (nothing added). */
export const isTemplateHint = (text: string | null | undefined): boolean => HINTS.has((text ?? "").trim());

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const HINT_BLOCK = new RegExp(`<(p|li)>(${[...HINTS].map((hint) => escapeRegExp(escapeHtml(hint))).join("|")})</\\1>`, "g");

/** Rendered HTML (server/richtext/html.ts) with each untouched hint paragraph or item marked. */
export function markTemplateHints(html: string): string {
  return html.replace(HINT_BLOCK, `<$1 ${TEMPLATE_HINT_ATTRIBUTE}="">$2</$1>`);
}
