import type { TFunction } from "i18next";
import { html, type SafeHtml } from "../html.ts";
import { absoluteUrl, mailLink, paragraph } from "../layout.ts";

export type RenderedMail = { subject: string; text: string; html: string; headers?: Record<string, string> };

/** Why the member gets this mail, where to change it, and (for lists) how to stop it. */
export function footer(t: TFunction, input: { reason: string; unsubscribeUrl?: string; unsubscribeLabel?: string; settings?: boolean }) {
  const parts: SafeHtml[] = [paragraph(input.reason, true)];
  const text: string[] = [input.reason];
  if (input.settings !== false) {
    const url = absoluteUrl("/instellingen/meldingen");
    parts.push(paragraph(html`${t("mail.footer.settingsLead")} ${mailLink(url, t("mail.footer.settingsLink"))}`, true));
    text.push(`${t("mail.footer.settingsLead")} ${t("mail.footer.settingsLink")}: ${url}`);
  }
  if (input.unsubscribeUrl) {
    const label = input.unsubscribeLabel ?? t("mail.footer.unsubscribe");
    parts.push(paragraph(mailLink(input.unsubscribeUrl, label), true));
    text.push(`${label}: ${input.unsubscribeUrl}`);
  }
  return { html: html`${parts}`, text: text.join("\n") };
}

/** List-Unsubscribe (RFC 2369) with one-click POST (RFC 8058). */
export function listHeaders(unsubscribeUrl: string, listId: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": listId,
    "Auto-Submitted": "auto-generated",
    "X-Auto-Response-Suppress": "All",
  };
}

/** The site's host name per site address: parsing the URL for every mail of a digest run cost more than the rest of the headers. */
const siteHosts = new Map<string, string>();

export function listId(name: string): string {
  const site = absoluteUrl("/");
  let host = siteHosts.get(site);
  if (host === undefined) siteHosts.set(site, (host = new URL(site).hostname));
  return `<${name}.${host}>`;
}

export const TEXT_RULE = "----------------------------------------";
