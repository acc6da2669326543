/**
 * /zoeken — search results with facets, highlighted matches and paging. One
 * plain GET form holds the query, the filters and the order, so everything
 * works without JavaScript; with it, a changed filter applies at once.
 */
import { Expansions, Hit } from "~/components/search/results.tsx";
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useRef } from "react";
import { Sentence } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Pagination } from "~/components/ui/pagination.tsx";
import { getUser } from "~/.server/session.ts";
import { getLanguage } from "~/.server/language.ts";
import { clientIp, searchLimit } from "~/.server/moderation.ts";
import { rateLimitMessage } from "~/shared/messages.ts";
import { logSearchFailure, search, type FacetOption, type SearchResultsView } from "~/.server/search.ts";
import { EmptyState, Notice, PageHeader } from "~/components/ui/misc.tsx";
import { Button } from "~/components/ui/button.tsx";
import {
  EVIDENCE_LEVELS,
  hasFilters,
  MAX_QUERY_LENGTH,
  parseSearchParams,
  SEARCH_KINDS,
  SEARCH_PERIODS,
  SEARCH_SORTS,
  searchHref,
  type SearchParams,
} from "~/shared/search.ts";
import { tKey } from "~/utils/i18n.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";
import { dropEmptyParams } from "~/.server/urls.ts";

/**
 * Visitors' result pages may be kept whole (decision 163): the index jobs drop
 * them when the index changes. A limited search (429) or a failed one is never kept.
 */
export const handle = keptForVisitors;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => {
  const t = metaT(matches);
  return pageMeta(matches, data?.params.q ? `${data.params.q} – ${t("search.title")}` : t("search.title"));
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The default order is no filter either: "sort=relevance" is left out like an empty field (decision 278).
  dropEmptyParams(request, { sort: "relevance" });
  const user = await getUser(request);
  const { params, truncated } = parseSearchParams(new URL(request.url).searchParams);
  const limit = await searchLimit().check(user?.id ?? `ip-${clientIp(context)}`);
  if (!limit.allowed) {
    return data(
      { params, truncated, results: null, loggedIn: user !== null, limited: rateLimitMessage(limit.retryAfterMs) },
      { status: 429, headers: { "Retry-After": String(Math.ceil(limit.retryAfterMs / 1000)) } },
    );
  }
  let results: SearchResultsView | null = null;
  try {
    results = await search(user, params, { language: await getLanguage(request, user?.locale) });
  } catch (error) {
    logSearchFailure(error);
    // "Search is unavailable" is not a page to keep for the next visitors.
    return data(
      { params, truncated, results, loggedIn: user !== null, limited: null as string | null },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  }
  return data({ params, truncated, results, loggedIn: user !== null, limited: null as string | null });
}

const FACET_LIMIT = 12;

function FacetGroup({
  legend,
  name,
  options,
  selected,
  dutchLabels = false,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string; count: number }[];
  selected: string[];
  /** The labels are the platform's Dutch names (communities), marked as such in the English interface. */
  dutchLabels?: boolean;
}) {
  const { t } = useTranslation();
  if (!options.length) return null;
  return (
    <fieldset className="mb-5">
      <legend className="mb-2 font-semibold">{legend}</legend>
      <ul className="space-y-1">
        {options.map((option) => {
          const id = `facet-${name}-${option.value}`;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={id}>
                {dutchLabels ? (
                  <Sentence k="search.filters.option" values={{ count: option.count }} dutch={{ label: option.label }} />
                ) : (
                  t("search.filters.option", { label: option.label, count: option.count })
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Facet values with counts, plus selected values that have no results (so they can be unticked). */
function withSelected(options: FacetOption[], selected: string[], label: (value: string) => string) {
  const shown = options
    .slice(0, FACET_LIMIT)
    .map((option) => ({ value: option.value, label: label(option.value) || option.label, count: option.count }));
  for (const value of selected)
    if (!shown.some((option) => option.value === value)) shown.push({ value, label: label(value) || value, count: 0 });
  return shown;
}

function Filters({ params, results }: { params: SearchParams; results: SearchResultsView }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const { facets } = results;
  const kindLabel = (value: string) =>
    (SEARCH_KINDS as readonly string[]).includes(value) ? t(`search.kinds.${value as (typeof SEARCH_KINDS)[number]}`) : value;
  const evidenceLabel = (value: string) =>
    (EVIDENCE_LEVELS as readonly string[]).includes(value) ? t(`search.evidence.${value as (typeof EVIDENCE_LEVELS)[number]}`) : value;
  const themeLabel = (value: string) => {
    const option = facets.theme.find((f) => f.value === value);
    return option ? (en ? (option.labelEn ?? option.label) : option.label) : "";
  };
  const communityLabel = (value: string) => facets.community.find((f) => f.value === value)?.label ?? "";
  const periodCount = (value: string) => facets.period.find((f) => f.value === value)?.count ?? 0;
  return (
    <>
      <h2 className="mb-3 text-xl font-bold">{t("search.filters.title")}</h2>
      <FacetGroup
        legend={t("search.filters.kind")}
        name="kind"
        options={withSelected(facets.kind, params.kinds, kindLabel)}
        selected={params.kinds}
      />
      <FacetGroup
        legend={t("search.filters.theme")}
        name="theme"
        options={withSelected(facets.theme, params.themes, themeLabel)}
        selected={params.themes}
      />
      <FacetGroup
        legend={t("search.filters.community")}
        name="community"
        options={withSelected(facets.community, params.communities, communityLabel)}
        selected={params.communities}
        dutchLabels
      />
      <FacetGroup
        legend={t("search.filters.evidence")}
        name="evidence"
        options={withSelected(facets.evidence, params.evidence, evidenceLabel)}
        selected={params.evidence}
      />
      <fieldset className="mb-5">
        <legend className="mb-2 font-semibold">{t("search.filters.period")}</legend>
        <ul className="space-y-1">
          <li className="flex items-start gap-2">
            <input
              id="facet-period-any"
              type="radio"
              name="period"
              value=""
              defaultChecked={params.period === null}
              className="mt-1 h-5 w-5 accent-brand-700"
            />
            <label htmlFor="facet-period-any">{t("search.filters.anyTime")}</label>
          </li>
          {SEARCH_PERIODS.map((period) => (
            <li key={period} className="flex items-start gap-2">
              <input
                id={`facet-period-${period}`}
                type="radio"
                name="period"
                value={period}
                defaultChecked={params.period === period}
                className="mt-1 h-5 w-5 accent-brand-700"
              />
              <label htmlFor={`facet-period-${period}`}>
                {t("search.filters.option", { label: t(`search.periods.${period}`), count: periodCount(period) })}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mb-5">
        <label htmlFor="search-sort" className="mb-1 block font-semibold">
          {t("search.filters.sort")}
        </label>
        <select
          id="search-sort"
          name="sort"
          defaultValue={params.sort}
          className="block w-full rounded-md border border-ink-600 bg-white px-3 py-2"
        >
          {SEARCH_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`search.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button size="sm">{t("search.filters.apply")}</Button>
        {hasFilters(params) ? <Link to={searchHref({ q: params.q })}>{t("search.filters.clear")}</Link> : null}
      </div>
    </>
  );
}

export default function SearchPage() {
  const { t } = useTranslation();
  const { params, truncated, results, loggedIn, limited } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const busy = navigation.state === "loading" && navigation.location.pathname === "/zoeken";

  return (
    <>
      <PageHeader title={t("search.title")} intro={t("search.intro")} />
      <Form
        ref={form}
        method="get"
        action="/zoeken"
        role="search"
        aria-label={t("search.title")}
        // With JavaScript, a changed filter or order applies at once (without, the button does).
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          if (target.name !== "q" && form.current) submit(form.current, { preventScrollReset: true, replace: true });
        }}
      >
        <div className="mb-6 max-w-2xl">
          <label htmlFor="search-q" className="block font-semibold">
            {t("search.form.query")}
          </label>
          <p id="search-q-hint" className="mt-0.5 text-sm text-ink-600">
            {t("search.form.hint")}
          </p>
          <div className="mt-1 flex">
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={params.q}
              key={params.q}
              aria-describedby="search-q-hint"
              className="min-h-11 w-full rounded-l-md border border-ink-600 bg-white px-3 py-2 text-base"
            />
            <button type="submit" className="min-h-11 rounded-r-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
              {t("common.actions.search")}
            </button>
          </div>
        </div>
        {truncated ? <Notice tone="warn">{t("search.results.truncated", { max: MAX_QUERY_LENGTH })}</Notice> : null}
        {limited ? (
          <Notice tone="error">{tKey(t, limited)}</Notice>
        ) : !results ? (
          <Notice tone="error">{t("search.results.unavailable")}</Notice>
        ) : !results.searched ? (
          <EmptyState>{t("search.results.prompt")}</EmptyState>
        ) : (
          <div className="grid gap-6 lg:grid-cols-4">
            <aside className="lg:col-span-1" aria-label={t("search.filters.title")}>
              <Filters params={params} results={results} />
            </aside>
            <section className="lg:col-span-3" aria-labelledby="search-results-heading" aria-busy={busy}>
              <h2 id="search-results-heading" className="mb-3 text-xl font-bold" aria-live="polite">
                {!results.exhaustive
                  ? params.q
                    ? t("search.results.countMore", { count: results.total, query: params.q })
                    : t("search.results.countMoreNoQuery", { count: results.total })
                  : params.q
                    ? t("search.results.countFor", { count: results.total, query: params.q })
                    : t("search.results.count", { count: results.total })}
              </h2>
              {!results.exhaustive ? <p className="mb-3 text-ink-700">{t("search.results.approximate")}</p> : null}
              {results.didYouMean ? (
                <p className="mb-3 text-ink-700">
                  {t("search.results.didYouMean")}{" "}
                  <Link to={searchHref({ ...params, q: results.didYouMean, page: 1 })}>{results.didYouMean}</Link>
                  {t("search.results.didYouMeanAfter")}
                </p>
              ) : null}
              <Expansions expansions={results.expansions} />
              {!loggedIn ? <p className="mb-3 text-ink-700">{t("search.results.visitorHint")}</p> : null}
              {results.hits.length ? (
                <ol className="space-y-3">
                  {results.hits.map((hit) => (
                    <Hit key={`${hit.kind}-${hit.id}`} hit={hit} />
                  ))}
                </ol>
              ) : (
                <EmptyState>
                  {t("search.results.none")} {t("search.results.noneTips")}
                </EmptyState>
              )}
              <Pagination page={results.page} pageCount={results.pageCount} href={(to) => searchHref({ ...params, page: to })} />
              {results.related ? (
                <section className="mt-8" aria-labelledby="search-related-heading" data-testid="search-related">
                  <h2 id="search-related-heading" className="mb-2 text-xl font-bold">
                    {t("search.results.related.heading")}
                  </h2>
                  <p className="mb-3 text-ink-700">{t("search.results.related.intro", { words: results.related.words.join(", ") })}</p>
                  <ul className="space-y-3">
                    {results.related.hits.map((hit) => (
                      <Hit key={`${hit.kind}-${hit.id}`} hit={hit} />
                    ))}
                  </ul>
                </section>
              ) : null}
            </section>
          </div>
        )}
      </Form>
    </>
  );
}
