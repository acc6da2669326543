/**
 * A practice case (praktijkvoorbeeld) as a standalone file, as shared
 * documents are downloaded (decision 242): HTML or Markdown, through the same
 * export helper (server/richtext/export-file.ts). Who may download it is who
 * may see the item page: the library's policy and its rule for hidden items,
 * not a rule of its own.
 */
import { REGIONS } from "~/shared/regions.ts";
import { escapeText, markdownBody } from "../documents/markdown.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { mailT } from "../mail/i18n.ts";
import { ARTICLE_LIMITS, renderHtml, sanitizeRichText, type RichTextState } from "../richtext/index.ts";
import { escapeHtml } from "../richtext/html.ts";
import { type ExportFile, type ExportFormat, exportFileBase, htmlFile, markdownFile, plainTextHtml } from "../richtext/export-file.ts";
import { assertNotHidden, contextSelect, itemContextFor } from "./access.ts";
import { CASE_PARTS_SELECT } from "./catalogue.ts";
import { type Actor, authorizeLibrary } from "./policy.ts";

function bodyState(raw: unknown): RichTextState | null {
  try {
    return sanitizeRichText(raw, ARTICLE_LIMITS);
  } catch {
    return null;
  }
}

/** Markdown of plain text: every line escaped (a line that starts with "1." or "-" is not a list). */
const markdownText = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => escapeText(line.trimEnd()))
    .join("\n");

export async function exportPracticeCase(
  actor: Actor,
  slug: string,
  format: ExportFormat,
  language: "nl" | "en" = "nl",
): Promise<ExportFile> {
  const item = await db().libraryItem.findUnique({
    where: { slug },
    select: {
      ...contextSelect,
      summary: true,
      body: true,
      hiddenAt: true,
      ...CASE_PARTS_SELECT,
      publishedAt: true,
      updatedAt: true,
    },
  });
  // Only cases have this file; a merged duplicate is downloaded from the item it went into.
  if (!item || item.kind !== "PRAKTIJKCASE" || item.mergedIntoId) throw notFound();
  const permissions = authorizeLibrary(actor, await itemContextFor(actor, item), "view");
  assertNotHidden(actor, item, permissions);

  const t = mailT(language);
  const organisation = item.anonymous ? t("library.item.anonymousOrganisation") : item.organisationName;
  const region = item.region ? REGIONS.find(([value]) => value === item.region)?.[1] : null;
  const byline = [organisation, region].filter(Boolean).join(" · ");
  const sections = [
    { title: t("library.fields.challenge"), text: item.challenge },
    { title: t("library.fields.approach"), text: item.approach },
    {
      title: t("library.fields.results"),
      text: item.results,
      more: item.resultsMeasurement ? { label: t("library.fields.resultsMeasurement"), text: item.resultsMeasurement } : null,
    },
    { title: t("library.fields.lessons"), text: item.lessons },
  ].filter((section) => section.text?.trim());
  const state = bodyState(item.body);
  const base = exportFileBase(item.title, "praktijkvoorbeeld");

  if (format === "md") {
    const parts = [`# ${escapeText(item.title)}`];
    if (byline) parts.push(`*${escapeText(byline)}*`);
    if (item.summary.trim()) parts.push(markdownText(item.summary));
    for (const section of sections) {
      parts.push(`## ${escapeText(section.title)}`, markdownText(section.text!));
      if ("more" in section && section.more) parts.push(`**${escapeText(section.more.label)}** ${markdownText(section.more.text)}`);
    }
    const body = markdownBody(state);
    if (body) parts.push(body);
    return markdownFile(base, `${parts.join("\n\n")}\n`);
  }

  const html = [
    byline ? `<p><strong>${escapeHtml(byline)}</strong></p>` : "",
    item.summary.trim() ? plainTextHtml(item.summary) : "",
    ...sections.map(
      (section) =>
        `<h2>${escapeHtml(section.title)}</h2>\n${plainTextHtml(section.text!)}` +
        ("more" in section && section.more
          ? `\n<p><strong>${escapeHtml(section.more.label)}</strong> ${escapeHtml(section.more.text)}</p>`
          : ""),
    ),
    state ? renderHtml(state, { headingOffset: 1 }) : "",
  ].filter(Boolean);
  const date = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(
    item.publishedAt ?? item.updatedAt,
  );
  const footer =
    language === "en"
      ? `A practice case from the library of Praktijkplein, ${date}.`
      : `Een praktijkvoorbeeld uit de bibliotheek van Praktijkplein, ${date}.`;
  return htmlFile(base, { language, title: item.title, bodyHtml: html.join("\n"), footer });
}
