import { Form } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Button } from "~/components/ui/button.tsx";
import { type EnumFilterName, LIBRARY_FILTERS, type LibraryFilters, THEME_PARAM, toParam } from "~/shared/library.ts";
import { facetValueLabel } from "./labels.ts";

export type FacetCounts = Record<EnumFilterName | "theme", Record<string, number>>;
export type ThemeOption = { slug: string; nameNl: string; nameEn: string };

function FacetGroup({
  legend,
  name,
  options,
  selected,
  counts,
}: {
  legend: string;
  name: string;
  options: { value: string; param: string; label: string }[];
  selected: string[];
  counts: Record<string, number>;
}) {
  const { t } = useTranslation();
  // Values nobody could get results for are left out, unless chosen.
  const shown = options.filter((option) => (counts[option.value] ?? 0) > 0 || selected.includes(option.value));
  if (!shown.length) return null;
  return (
    <fieldset className="mb-4">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <ul className="space-y-1">
        {shown.map((option) => {
          const id = `f-${name}-${option.param}`;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.param}
                defaultChecked={selected.includes(option.value)}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <label htmlFor={id} className="text-sm">
                {option.label} <span className="text-ink-600">{t("library.facetCount", { count: counts[option.value] ?? 0 })}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * A GET form: the URL is the state, so a filtered view can be shared, and it
 * works without JavaScript. Each value shows how many results choosing it gives.
 */
export function FacetFilters({
  action,
  filters,
  facets,
  themes,
  facetNames,
  label,
}: {
  action: string;
  filters: LibraryFilters;
  facets: FacetCounts;
  themes: ThemeOption[];
  facetNames: EnumFilterName[];
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  // autoComplete off: after Back without JavaScript the browser would restore boxes ticked for a list it no longer shows (walk 16).
  return (
    <Form method="get" action={action} role="search" aria-label={label} preventScrollReset autoComplete="off">
      <div className="mb-4">
        <label htmlFor="filter-q" className="block text-sm font-semibold">
          {t("library.search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          className="mt-1 block w-full rounded-md border border-ink-600 px-3 py-2"
        />
      </div>
      {filters.tag ? <input type="hidden" name="tag" value={filters.tag} /> : null}
      <FacetGroup
        legend={t("library.facets.theme")}
        name={THEME_PARAM}
        options={themes.map((theme) => ({ value: theme.slug, param: theme.slug, label: en ? theme.nameEn : theme.nameNl }))}
        selected={filters.themes}
        counts={facets.theme}
      />
      {facetNames.map((facet) => (
        <FacetGroup
          key={facet}
          legend={t(`library.facets.${facet}`)}
          name={LIBRARY_FILTERS[facet].param}
          options={LIBRARY_FILTERS[facet].values.map((value) => ({
            value,
            param: toParam(value),
            label: facetValueLabel(t, facet, value),
          }))}
          selected={filters[facet]}
          counts={facets[facet]}
        />
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm">{t("library.applyFilters")}</Button>
        <Link to={action} className="text-sm">
          {t("library.clearFilters")}
        </Link>
      </div>
    </Form>
  );
}
