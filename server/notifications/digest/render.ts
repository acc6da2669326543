/** The digest mail: a heading, one h2 per non-empty section, and a footer with signed unsubscribe links. */
import { html, type SafeHtml } from "../../mail/html.ts";
import { mailDate, mailT } from "../../mail/i18n.ts";
import { absoluteUrl, h1, h2, mailDocument, mailLink, paragraph } from "../../mail/layout.ts";
import { footer, listHeaders, listId, TEXT_RULE, type RenderedMail } from "../../mail/templates/common.ts";
import { unsubscribePath } from "../../mail/unsubscribe.ts";
import type { GatheredDigest } from "./gather.ts";
import type { DigestRenderContext } from "./types.ts";

export function renderDigest(digest: GatheredDigest): RenderedMail {
  const { context } = digest;
  const language = context.member.language;
  const t = mailT(language);
  const byId = new Map(context.communities.map((c) => [c.id, c]));
  const render: DigestRenderContext = {
    t,
    language,
    url: absoluteUrl,
    community: (id) => {
      const community = byId.get(id);
      if (!community) throw new Error(`community ${id} is not in this digest`);
      return community;
    },
  };
  const frequency = context.frequency === "DAILY" ? "daily" : "weekly";
  const subject = t(`mail.digest.subject.${frequency}`);
  const intro = t("mail.digest.intro", { name: context.member.displayName, date: mailDate(context.since, language, true) });

  const htmlSections: SafeHtml[] = [];
  const textSections: string[] = [];
  for (const { section, items } of digest.sections) {
    const title = section.title(items, render);
    const rendered = section.render(items, render);
    htmlSections.push(html`<section aria-labelledby="digest-${section.id}">${h2(title, `digest-${section.id}`)}${rendered.html}</section>`);
    textSections.push(`${title.toUpperCase()}\n\n${rendered.text}`);
  }

  const unsubscribeAll = absoluteUrl(unsubscribePath(context.member.id, "digest"));
  const communityNames = context.communities.map((c) => c.name).join(", ");
  const foot = footer(t, {
    reason: t(`mail.digest.reason.${frequency}`, { communities: communityNames }),
    unsubscribeUrl: unsubscribeAll,
    unsubscribeLabel: t("mail.digest.unsubscribeAll"),
  });
  const stops = context.communities.map((c) => ({
    label: t("mail.digest.stopCommunity", { community: c.name }),
    url: absoluteUrl(unsubscribePath(context.member.id, `digest-community-${c.id}`)),
  }));
  const footerHtml = html`${foot.html}${stops.length > 1 ? stops.map((stop) => paragraph(mailLink(stop.url, stop.label), true)) : ""}`;
  const footerText = [foot.text, ...(stops.length > 1 ? stops.map((stop) => `${stop.label}: ${stop.url}`) : [])].join("\n");

  const body = html`${h1(subject)}${paragraph(intro)}${htmlSections}`;
  const text = [subject, "", intro, "", ...textSections.flatMap((section) => [TEXT_RULE, section, ""]), "-- ", footerText].join("\n");
  return {
    subject,
    text,
    html: mailDocument({ language, title: subject, preheader: digest.sections.map((s) => s.section.title(s.items, render)).join(" · "), body, footer: footerHtml }),
    headers: listHeaders(unsubscribeAll, listId("samenvatting")),
  };
}
