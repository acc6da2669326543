import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/translation.ts";
import { forVisitors } from "~/.server/public-cache.ts";
import { homeOverview } from "~/.server/communities.ts";
import { getUser } from "~/.server/session.ts";
import { CommunityGrid } from "~/components/communities/community-card.tsx";
import { EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { pageMeta } from "~/utils/meta.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, "Communities");

/** Every community the visitor may see (invite-only ones only for those invited or in them), grouped by theme. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const overview = await forVisitors(user, "home-overview", () => homeOverview(user));
  const all = [...overview.mine, ...overview.discover.flatMap((group) => group.communities)];
  return {
    groups: overview.themes
      .map((theme) => ({
        theme,
        communities: all.filter((card) => card.themeId === theme.id).sort((a, b) => a.name.localeCompare(b.name, "nl")),
      }))
      .filter((group) => group.communities.length > 0),
  };
}

export default function CommunitiesPage() {
  const { t, i18n } = useTranslation();
  const { groups } = useLoaderData<typeof loader>();
  const en = i18n.language === "en";
  return (
    <>
      <PageHeader title={t("communities.directoryTitle")} intro={t("communities.directoryIntro")} />
      {groups.length === 0 ? <EmptyState>{t("communities.themeEmpty")}</EmptyState> : null}
      {groups.map(({ theme, communities }) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.slug}`} className="mb-8">
          <h2 id={`theme-${theme.slug}`} className="mb-3 text-2xl font-bold">
            {en ? theme.nameEn : theme.nameNl}
          </h2>
          <CommunityGrid communities={communities} />
        </section>
      ))}
    </>
  );
}
