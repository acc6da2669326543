/** Small building blocks for section templates (HTML and text side by side). */
import { html, type SafeHtml } from "../../../mail/html.ts";
import { MAIL_COLORS, mailLink } from "../../../mail/layout.ts";
import type { DigestCommunity, DigestRenderContext, RenderedSection } from "../types.ts";

export function h3(text: string): SafeHtml {
  return html`<h3 style="margin:16px 0 4px;font-size:17px;line-height:1.3;color:${MAIL_COLORS.text}">${text}</h3>`;
}

export function list(items: SafeHtml[]): SafeHtml {
  return html`<ul style="margin:0 0 8px;padding:0 0 0 20px">${items.map((item) => html`<li style="margin:0 0 8px">${item}</li>`)}</ul>`;
}

export function muted(text: string): SafeHtml {
  return html`<span style="color:${MAIL_COLORS.muted}">${text}</span>`;
}

export function linkLine(url: string, label: string): SafeHtml {
  return html`<p style="margin:4px 0 12px">${mailLink(url, label)}</p>`;
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

/**
 * "Anna, Bram en 3 anderen" in the member's language. `all` may hold only the
 * first names when `total` says how many there are.
 */
export function names(all: string[], t: (key: string, params?: Record<string, unknown>) => string, shown = 4, total = all.length): string {
  if (total <= shown) {
    return all.length <= 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} ${t("mail.digest.and")} ${all.at(-1)}`;
  }
  return `${all.slice(0, shown).join(", ")} ${t("mail.digest.andOthers", { count: total - shown })}`;
}

/**
 * A section's parts per community (in order of first item), each rendered once
 * for everyone who gets the same items in that community (shared parts,
 * decision 160); `part` may use only the community, the group and the language.
 */
export function perCommunity<Item extends { communityId: string }>(
  sectionId: string,
  items: Item[],
  render: DigestRenderContext,
  part: (community: DigestCommunity, group: Item[]) => RenderedSection,
): RenderedSection {
  const htmlParts: SafeHtml[] = [];
  const text: string[] = [];
  for (const [communityId, group] of groupBy(items, (item) => item.communityId)) {
    const c = render.community(communityId);
    const rendered = render.shared([sectionId, c.id, c.slug, c.name, group], () => part(c, group));
    htmlParts.push(rendered.html);
    text.push(rendered.text, "");
  }
  return { html: html`${htmlParts}`, text: text.join("\n").trim() };
}
