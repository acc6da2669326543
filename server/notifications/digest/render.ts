/** The digest mail: a heading, one h2 per non-empty section, and a footer with signed unsubscribe links. */
import { html, type SafeHtml } from "../../mail/html.ts";
import type { TFunction } from "i18next";
import type { Language } from "~/i18n/index.ts";
import { mailDate, mailT } from "../../mail/i18n.ts";
import { singleton } from "../../singleton.ts";
import { absoluteUrl, h1, h2, mailDocument, mailLink, paragraph } from "../../mail/layout.ts";
import { footer, listHeaders, listId, TEXT_RULE, type RenderedMail } from "../../mail/templates/common.ts";
import { unsubscribePath } from "../../mail/unsubscribe.ts";
import type { GatheredDigest } from "./gather.ts";
import { type CalendarDay, coveredDays } from "./periods.ts";
import { sharedParts } from "./shared-parts.ts";
import type { DigestCommunity, DigestRenderContext } from "./types.ts";

function dayFormat(language: Language, withYear: boolean, withMonth: boolean): Intl.DateTimeFormat {
  const cache = singleton("digest-day-formats", () => new Map<string, Intl.DateTimeFormat>());
  const key = `${language}-${withYear}-${withMonth}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nl-NL", {
      timeZone: "UTC",
      day: "numeric",
      ...(withMonth ? { month: "long" } : {}),
      ...(withYear ? { year: "numeric" } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * The digest's subject names the days it covers ("Nieuw op Praktijkplein van
 * 20 tot en met 30 november"), not "this week": a digest after a pause covers
 * more than a week (issue 14.13).
 */
export function digestSubject(t: TFunction, language: Language, since: Date, until: Date): string {
  const { first, last } = coveredDays(since, until);
  const date = (day: CalendarDay) => new Date(Date.UTC(day.year, day.month - 1, day.day));
  const sameYear = first.year === last.year;
  const sameMonth = sameYear && first.month === last.month;
  if (sameMonth && first.day === last.day)
    return t("mail.digest.subjectDay", { date: dayFormat(language, false, true).format(date(first)) });
  return t("mail.digest.subjectPeriod", {
    from: dayFormat(language, !sameYear, !sameMonth).format(date(first)),
    to: dayFormat(language, !sameYear, true).format(date(last)),
  });
}

/**
 * The digest's community by id. Made by a function rather than written in the render context: the
 * worker runs under tsx, which names every arrow function assigned to a property with a
 * `defineProperty` call when it is made, once per digest here (decision 324).
 */
function communityLookup(communities: readonly DigestCommunity[]): (id: string) => DigestCommunity {
  const byId = new Map(communities.map((c) => [c.id, c]));
  return function (id) {
    const community = byId.get(id);
    if (!community) throw new Error(`community ${id} is not in this digest`);
    return community;
  };
}

export function renderDigest(digest: GatheredDigest): RenderedMail {
  const { context } = digest;
  const language = context.member.language;
  const t = mailT(language);
  const render: DigestRenderContext = {
    t,
    language,
    url: absoluteUrl,
    community: communityLookup(context.communities),
    // The site address is part of every link in a part.
    shared: sharedParts(language, absoluteUrl("/")),
  };
  const frequency = context.frequency === "DAILY" ? "daily" : "weekly";
  const subject = render.shared(["subject", context.since.getTime(), context.until.getTime()], () =>
    digestSubject(t, language, context.since, context.until),
  );
  // Personal: the member's name.
  const since = render.shared(["since", context.since.getTime()], () => mailDate(context.since, language, true));
  const intro = t("mail.digest.intro", { name: context.member.displayName, date: since });

  const htmlSections: SafeHtml[] = [];
  const textSections: string[] = [];
  const titles: string[] = [];
  for (const { section, items } of digest.sections) {
    const title = section.title(items, render);
    const rendered = section.render(items, render);
    titles.push(title);
    htmlSections.push(html`<section aria-labelledby="digest-${section.id}">${h2(title, `digest-${section.id}`)}${rendered.html}</section>`);
    textSections.push(`${title.toUpperCase()}\n\n${rendered.text}`);
  }

  // The footer's lines are shared by everyone with the same communities and frequency (the reason and the
  // settings line, made once: decision 324); the links are personal. What `footer` writes with the
  // unsubscribe link is its lines without it followed by the link's paragraph and line.
  const names = context.communities.map((c) => c.name);
  const unsubscribeAll = absoluteUrl(unsubscribePath(context.member.id, "digest"));
  const shared = render.shared(["footer", frequency, names], () => {
    const lines = footer(t, { reason: t(`mail.digest.reason.${frequency}`, { communities: names.join(", ") }) });
    return { ...lines, unsubscribeLabel: t("mail.digest.unsubscribeAll") };
  });
  const foot = {
    html: html`${shared.html}${paragraph(mailLink(unsubscribeAll, shared.unsubscribeLabel), true)}`,
    text: `${shared.text}\n${shared.unsubscribeLabel}: ${unsubscribeAll}`,
  };
  // One community: no stop lines (the link above stops its digest), so no links to sign.
  const stops =
    context.communities.length > 1
      ? context.communities.map((c) => ({
          label: render.shared(["stopCommunity", c.name], () => t("mail.digest.stopCommunity", { community: c.name })),
          url: absoluteUrl(unsubscribePath(context.member.id, `digest-community-${c.id}`)),
        }))
      : [];
  const footerHtml = html`${foot.html}${stops.map((stop) => paragraph(mailLink(stop.url, stop.label), true))}`;
  const footerText = [foot.text, ...stops.map((stop) => `${stop.label}: ${stop.url}`)].join("\n");

  const body = html`${h1(subject)}${paragraph(intro)}${htmlSections}`;
  const text = [subject, "", intro, "", ...textSections.flatMap((section) => [TEXT_RULE, section, ""]), "-- ", footerText].join("\n");
  return {
    subject,
    text,
    html: mailDocument({ language, title: subject, preheader: titles.join(" · "), body, footer: footerHtml }),
    headers: listHeaders(unsubscribeAll, listId("samenvatting")),
  };
}
