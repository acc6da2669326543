import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content } from "~/components/ui/content.tsx";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useEffect, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { forVisitors, perSignedInScope } from "~/.server/public-cache.ts";
import { libraryThemes, menukaart } from "~/.server/library.ts";
import { appUrl, dropEmptyParams } from "~/.server/urls.ts";
import { getUser } from "~/.server/session.ts";
import { FacetFilters } from "~/components/library/facet-filters.tsx";
import { EvidenceBadge } from "~/components/library/item-card.tsx";
import { labelList } from "~/components/library/labels.ts";
import { Button } from "~/components/ui/button.tsx";
import { Card, EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { EVIDENCE_LEVELS, libraryFiltersToSearch, parseLibraryFilters } from "~/shared/library.ts";
import printStyles from "~/styles/print-library.css?url";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { socialMeta } from "~/utils/social-meta.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";
import { closeDetailsOnEscape } from "~/components/ui/close-on-escape.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) => {
  const t = metaT(matches);
  const title = t("library.menukaart.title");
  const description = t("library.menukaart.intro");
  return [
    ...pageMeta(matches, title, description),
    ...(loaderData
      ? socialMeta({ title, description, url: loaderData.url, siteName: t("common.appName"), locale: loaderData.language })
      : []),
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  dropEmptyParams(request);
  const user = await getUser(request);
  const url = new URL(request.url);
  const filters = parseLibraryFilters(url.searchParams);
  const [result, themes] = await Promise.all([
    perSignedInScope(user, `menukaart:${libraryFiltersToSearch(filters)}`, () => menukaart(user, filters)),
    forVisitors(null, "library-themes", () => libraryThemes()),
  ]);
  return {
    ...result,
    filters,
    themes,
    signedIn: user !== null,
    url: `${appUrl()}/menukaart${libraryFiltersToSearch(filters, ["kind"])}`,
    language: user?.locale ?? "nl",
  };
}

function PrintButton() {
  const { t } = useTranslation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // Without JavaScript the browser's own print command does the same.
  if (!hydrated) return null;
  return (
    <Button type="button" variant="secondary" size="sm" onClick={() => window.print()}>
      {t("library.menukaart.print")}
    </Button>
  );
}

export default function Menukaart() {
  const { t, i18n } = useTranslation();
  const { items, total, facets, filters, themes, signedIn } = useLoaderData<typeof loader>();
  const location = useLocation();
  const search = libraryFiltersToSearch(filters, ["kind"]);
  const en = i18n.language === "en";
  const activeFilters = [
    ...filters.themes
      .map((slug) => themes.find((theme) => theme.slug === slug))
      .filter(Boolean)
      .map((theme) => (en ? theme!.nameEn : theme!.nameNl)),
    ...(["phase", "targetGroup", "sector", "size", "evidence"] as const)
      .filter((f) => filters[f].length)
      .map((f) => `${t(`library.facets.${f}`)}: ${labelList(t, f, filters[f])}`),
  ];
  return (
    <>
      <PageHeader title={t("library.menukaart.title")} intro={t("library.menukaart.intro")}>
        {!signedIn ? <p className="mt-2 text-ink-700 print-hidden">{t("library.introVisitor")}</p> : null}
        <div className="mt-4 flex flex-wrap items-center gap-3 print-hidden">
          <PrintButton />
          <a href={`/menukaart.csv${search}`} className="text-sm font-semibold" download>
            {t("library.menukaart.csv")}
          </a>
          <a href={`/menukaart.pdf${search}`} className="text-sm font-semibold" download>
            {t("library.menukaart.pdf")}
          </a>
          <Link to={`${location.pathname}${search}`} className="text-sm">
            {t("library.shareLink")}
          </Link>
        </div>
        <p className="print-only mt-2 text-sm">
          {t("library.menukaart.filters")}: {activeFilters.length ? activeFilters.join("; ") : t("library.menukaart.noFilters")}
        </p>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-4">
        <Card className="lg:col-span-1 print-hidden">
          <h2 className="mb-3 text-lg font-bold">{t("library.filtersTitle")}</h2>
          <FacetFilters
            action="/menukaart"
            filters={filters}
            facets={facets}
            themes={themes}
            facetNames={["phase", "targetGroup", "sector", "size", "evidence"]}
            label={t("library.menukaart.title")}
          />
          <details className="mt-6 text-sm" onKeyDown={closeDetailsOnEscape}>
            <summary className="cursor-pointer font-semibold">{t("library.menukaart.scaleTitle")}</summary>
            <dl className="mt-2 space-y-2">
              {EVIDENCE_LEVELS.map((level) => (
                <div key={level}>
                  <dt className="font-semibold">{t(`library.evidence.${level}`)}</dt>
                  <dd className="text-ink-700">{t(`library.evidenceHints.${level}`)}</dd>
                </div>
              ))}
            </dl>
          </details>
        </Card>
        <section className="lg:col-span-3" aria-labelledby="menukaart-results">
          <h2 id="menukaart-results" className="mb-3 text-xl font-bold" aria-live="polite">
            {t("library.menukaart.count", { count: total })}
          </h2>
          {items.length ? (
            <ol className="space-y-4">
              {items.map((item) => (
                <li key={item.id} className="rounded-lg border border-line bg-white p-5 shadow-sm">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="text-lg font-bold">
                      <Link to={`/bibliotheek/${item.slug}`} className="print-url">
                        <Content text={item.title} sample={[item.title, item.summary]} />
                      </Link>
                    </h3>
                    <EvidenceBadge level={item.evidenceLevel} />
                  </div>
                  <Content as="p" className="mt-1 text-ink-700" text={item.summary} sample={[item.title, item.summary]} />
                  <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                    {item.phases.length ? (
                      <div>
                        <dt className="inline font-semibold">{t("library.facets.phase")}: </dt>
                        <dd className="inline">{labelList(t, "phase", item.phases)}</dd>
                      </div>
                    ) : null}
                    {item.targetGroups.length ? (
                      <div>
                        <dt className="inline font-semibold">{t("library.facets.targetGroup")}: </dt>
                        <dd className="inline">{labelList(t, "targetGroup", item.targetGroups)}</dd>
                      </div>
                    ) : null}
                    {item.organisationSizes.length ? (
                      <div>
                        <dt className="inline font-semibold">{t("library.facets.size")}: </dt>
                        <dd className="inline">{labelList(t, "size", item.organisationSizes)}</dd>
                      </div>
                    ) : null}
                    {item.costLevel ? (
                      <div>
                        <dt className="inline font-semibold">{t("library.fields.costLevel")}: </dt>
                        <dd className="inline">
                          {t(`library.costs.${item.costLevel}`)}
                          {item.effort ? (
                            <>
                              {" · "}
                              <Content text={item.effort} sample={[item.effort, item.howToStart, item.summary]} />
                            </>
                          ) : null}
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                  {item.howToStart ? (
                    <p className="mt-2 text-sm">
                      <span className="font-semibold">{t("library.fields.howToStart")}: </span>
                      <Content text={item.howToStart} sample={[item.howToStart, item.summary]} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState>{t("library.menukaart.empty")}</EmptyState>
          )}
        </section>
      </div>
    </>
  );
}
