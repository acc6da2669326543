import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { orRespond } from "~/.server/errors.ts";
import { networkShowcase } from "~/.server/library.ts";
import { getUser } from "~/.server/session.ts";
import { LibraryItemCard } from "~/components/library/item-card.tsx";
import { LinkButton } from "~/components/ui/button.tsx";
import { EmptyState } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  loaderData
    ? pageMeta(
        matches,
        `${metaT(matches)("library.showcase.tab")} · ${loaderData.community.name}`,
        metaT(matches)("library.showcase.intro"),
      )
    : [];

/** The showcase of a do-network: published cases of its employers, good examples first. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const { community, permissions, cases } = await orRespond(() => networkShowcase(user, params.slug ?? ""));
  return { community: { slug: community.slug, name: community.name }, canShare: permissions.participate, cases };
}

export default function NetworkShowcase() {
  const { t } = useTranslation();
  const { community, canShare, cases } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="showcase">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="showcase" className="text-2xl font-bold">
            {t("library.showcase.title")}
          </h2>
          <p className="mt-1 max-w-3xl text-ink-700">{t("library.showcase.intro")}</p>
        </div>
        {canShare ? (
          <LinkButton to={`/bibliotheek/nieuw?soort=praktijkcase&community=${encodeURIComponent(community.slug)}`}>
            {t("library.showcase.share")}
          </LinkButton>
        ) : null}
      </div>
      {cases.length ? (
        <ul className="grid gap-4 sm:grid-cols-2">
          {cases.map((item) => (
            <li key={item.id}>
              <LibraryItemCard item={item} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t("library.showcase.empty")}</EmptyState>
      )}
    </section>
  );
}
