import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { Pagination } from "~/components/ui/pagination.tsx";
import { forVisitors, perSignedInScope } from "~/.server/public-cache.ts";
import { appUrl } from "~/.server/urls.ts";
import { type CatalogueCard, libraryCatalogue, libraryThemes, myLibraryItemsAndReviewCount } from "~/.server/library.ts";
import { getUser } from "~/.server/session.ts";
import { dropEmptyParams } from "~/.server/urls.ts";
import { FacetFilters } from "~/components/library/facet-filters.tsx";
import { type LibraryCardData, LibraryItemCard } from "~/components/library/item-card.tsx";
import { LinkButton } from "~/components/ui/button.tsx";
import { Card, EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { libraryFiltersToSearch, parseLibraryFilters } from "~/shared/library.ts";
import { isModerator } from "~/shared/roles.ts";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { socialMeta } from "~/utils/social-meta.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) => {
  const t = metaT(matches);
  return [
    ...pageMeta(matches, t("library.title"), t("library.intro")),
    ...(loaderData
      ? socialMeta({ title: t("library.title"), description: t("library.intro"), url: loaderData.url, siteName: t("common.appName") })
      : []),
  ];
};

function cardData(item: CatalogueCard) {
  return {
    id: item.id,
    slug: item.slug,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    evidenceLevel: item.evidenceLevel,
    phases: item.phases,
    featured: item.featured,
    goodExample: item.goodExample,
    organisationName: item.organisationName,
    anonymous: item.anonymous,
    themes: item.themes,
  } satisfies LibraryCardData & { id: string };
}

export async function loader({ request }: LoaderFunctionArgs) {
  dropEmptyParams(request);
  const user = await getUser(request);
  const url = new URL(request.url);
  const filters = parseLibraryFilters(url.searchParams);
  const page = Math.max(1, Math.min(Number(url.searchParams.get("pagina")) || 1, 1000));
  const [catalogue, themes, { mine, waiting }] = await Promise.all([
    // The same for every signed-in member (decision 304): kept per scope, the member's own items and reviews read fresh.
    perSignedInScope(user, `bibliotheek:${libraryFiltersToSearch(filters)}:${page}`, () => libraryCatalogue(user, filters, page)),
    forVisitors(null, "library-themes", () => libraryThemes()),
    // The member's own items and what waits for their review: one statement (decision 321).
    user ? myLibraryItemsAndReviewCount(user) : Promise.resolve({ mine: [], waiting: 0 }),
  ]);
  const canReview = user !== null && (isModerator(user) || waiting > 0);
  return {
    ...catalogue,
    // What a card shows (LibraryItemCard), not the whole catalogue row: the rest was serialised into every page for nothing.
    items: catalogue.items.map(cardData),
    filters,
    themes,
    mine,
    waiting,
    canReview,
    signedIn: user !== null,
    url: `${appUrl()}/bibliotheek${libraryFiltersToSearch(filters)}`,
  };
}

export default function LibraryIndex() {
  const { t } = useTranslation();
  const { items, total, facets, filters, themes, mine, waiting, canReview, signedIn, page, pageCount } = useLoaderData<typeof loader>();
  const search = libraryFiltersToSearch(filters);
  const pageLink = (target: number) => `${search ? `${search}&` : "?"}pagina=${target}`;
  return (
    <>
      <PageHeader title={t("library.title")} intro={t("library.intro")}>
        {!signedIn ? <p className="mt-2 text-ink-700">{t("library.introVisitor")}</p> : null}
        <p className="mt-4 flex flex-wrap gap-3">
          {signedIn ? <LinkButton to="/bibliotheek/nieuw">{t("library.newItem")}</LinkButton> : null}
          <LinkButton to="/menukaart" variant="secondary">
            {t("library.navMenukaart")}
          </LinkButton>
          {canReview ? (
            <LinkButton to="/bibliotheek/beheer" variant="secondary">
              {t("library.manageCount", { count: waiting })}
            </LinkButton>
          ) : null}
        </p>
      </PageHeader>

      {signedIn && mine.length ? (
        <section aria-labelledby="mine" className="mb-8">
          <h2 id="mine" className="mb-3 text-2xl font-bold">
            {t("library.mine")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {mine.map((item) => (
              <li key={item.id}>
                <LibraryItemCard item={item} showStatus />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-4">
        <Card className="lg:col-span-1">
          <h2 className="mb-3 text-lg font-bold">{t("library.filtersTitle")}</h2>
          {filters.tag ? (
            <p className="mb-3 text-sm">
              {t("library.tag")}: <strong>{filters.tag}</strong>
            </p>
          ) : null}
          <FacetFilters
            action="/bibliotheek"
            filters={filters}
            facets={facets}
            themes={themes}
            facetNames={["kind", "phase", "targetGroup", "sector", "size", "evidence"]}
            label={t("library.title")}
          />
        </Card>
        <section className="lg:col-span-3" aria-labelledby="library-results">
          <h2 id="library-results" className="mb-3 text-xl font-bold" aria-live="polite">
            {t("library.results", { count: total })}
          </h2>
          {items.length ? (
            <ul className="grid gap-4 sm:grid-cols-2">
              {items.map((item) => (
                <li key={item.id}>
                  <LibraryItemCard item={item} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("library.empty")}</EmptyState>
          )}
          <Pagination page={page} pageCount={pageCount} href={pageLink} />
        </section>
      </div>
    </>
  );
}
