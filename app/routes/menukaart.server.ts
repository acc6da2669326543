import type { TFunction } from "i18next";
import { getLanguage } from "~/.server/language.ts";
import { type ExportLabels } from "~/.server/library.ts";
import { appUrl } from "~/.server/urls.ts";
import { facetValueLabel } from "~/components/library/labels.ts";
import { translator } from "~/i18n/index.ts";
import { type EnumFilterName, LIBRARY_FILTERS, type LibraryFilters } from "~/shared/library.ts";
import { formatDate } from "~/utils/i18n.ts";

const FACET_FOR: Record<Exclude<Parameters<ExportLabels["value"]>[0], "cost">, EnumFilterName> = {
  phase: "phase",
  targetGroup: "targetGroup",
  sector: "sector",
  size: "size",
  evidence: "evidence",
};

/** Labels for the CSV and PDF in the reader's language. */
export async function exportLabels(request: Request, user: { locale: string } | null, count: number) {
  const language = await getLanguage(request, user?.locale);
  const t = translator(language) as TFunction;
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const columnKeys = [
    "title",
    "summary",
    "themes",
    "phases",
    "targetGroups",
    "sectors",
    "sizes",
    "evidence",
    "sources",
    "reviewDate",
    "cost",
    "effort",
    "howToStart",
    "contact",
    "link",
  ] as const;
  const labels: ExportLabels = {
    title: tr("library.menukaart.exportTitle"),
    generatedOn: tr("library.menukaart.generatedOn"),
    filters: tr("library.menukaart.filters"),
    noFilters: tr("library.menukaart.noFilters"),
    count: tr("library.menukaart.count", { count }),
    columns: Object.fromEntries(columnKeys.map((key) => [key, tr(`library.menukaart.columns.${key}`)])) as ExportLabels["columns"],
    value: (facet, value) => (facet === "cost" ? tr(`library.costs.${value}`) : facetValueLabel(t, FACET_FOR[facet], value)),
    themeName: (theme) => (language === "en" ? theme.nameEn : theme.nameNl),
    date: (date) => formatDate(date, language),
    itemUrl: (slug) => `${appUrl()}/bibliotheek/${slug}`,
  };
  return { labels, t, language };
}

/** "Fase: Onboarding, Behoud" and the like, for the top of a printed or exported list. */
export function filterSummary(t: TFunction, filters: LibraryFilters, themeNames: Map<string, string>): string[] {
  const tr = t as unknown as (key: string) => string;
  const parts: string[] = [];
  if (filters.q) parts.push(`"${filters.q}"`);
  if (filters.themes.length)
    parts.push(`${tr("library.facets.theme")}: ${filters.themes.map((slug) => themeNames.get(slug) ?? slug).join(", ")}`);
  for (const facet of Object.keys(LIBRARY_FILTERS) as EnumFilterName[]) {
    if (facet === "kind" || !filters[facet].length) continue;
    parts.push(`${tr(`library.facets.${facet}`)}: ${filters[facet].map((value) => facetValueLabel(t, facet, value)).join(", ")}`);
  }
  if (filters.tag) parts.push(`${tr("library.tag")}: ${filters.tag}`);
  return parts;
}
