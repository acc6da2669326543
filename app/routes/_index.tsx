import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Content } from "~/components/ui/content.tsx";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { forVisitors, perSignedInScope } from "~/.server/public-cache.ts";
import { getLanguage } from "~/.server/language.ts";
import { getUser } from "~/.server/session.ts";
import { CommunityGrid } from "~/components/communities/community-card.tsx";
import { LinkButton } from "~/components/ui/button.tsx";
import { Card, EmptyState, PageHeader } from "~/components/ui/misc.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { homeOverview, homeOverviewWithUnread } from "~/.server/communities.ts";
import { pendingInvitationsFor } from "~/.server/communities.ts";
import { featuredLibraryItems } from "~/.server/library.ts";
import { FeaturedLibrary } from "~/components/library/featured-library.tsx";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const meta: MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return pageMeta(matches, t("common.nav.home"), t("common.tagline"));
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const [overview, invitations, featured] = user
    ? await Promise.all([
        // The cards with the unread counts of the member's communities, in one statement (decision 315).
        homeOverviewWithUnread(user),
        pendingInvitationsFor(user.id, user),
        // The same for every signed-in member (decision 304).
        perSignedInScope(user, "home-featured", () => featuredLibraryItems(user, 3)),
      ])
    : await forVisitors(null, "home", () => Promise.all([homeOverview(null), Promise.resolve([]), featuredLibraryItems(null, 3)]));
  const unread = "unread" in overview ? overview.unread : {};
  // A theme's name and summary in the page's language only, and no separate list of the themes: the page
  // showed one language and sent both, in its data and again in its HTML (decision 282).
  const en = (await getLanguage(request, user?.locale)) === "en";
  const discover = overview.discover.map(({ theme, communities }) => ({
    theme: { id: theme.id, slug: theme.slug, name: en ? theme.nameEn : theme.nameNl, summary: en ? theme.summaryEn : theme.summaryNl },
    communities,
  }));
  return {
    user: user ? { displayName: user.displayName } : null,
    overview: { mine: overview.mine, discover },
    invitations,
    featured,
    unread,
  };
}

export default function HomePage() {
  const { t } = useTranslation();
  const { user, overview, invitations, featured, unread } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title={user ? t("communities.home.welcome", { name: user.displayName }) : t("communities.home.welcomeVisitor")}
        intro={user ? t("common.tagline") : t("communities.home.introVisitor")}
      >
        {!user ? (
          <p className="mt-4 flex flex-wrap gap-3">
            <LinkButton to="/registreren">{t("common.nav.register")}</LinkButton>
            <LinkButton to="/inloggen" variant="secondary">
              {t("common.nav.login")}
            </LinkButton>
          </p>
        ) : null}
      </PageHeader>

      {invitations.length ? (
        <section aria-labelledby="invitations" className="mb-8">
          <h2 id="invitations" className="mb-3 text-2xl font-bold">
            {t("communities.home.invitations")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <Card>
                  <p className="font-semibold">{t("communities.home.invitationFor", { name: invitation.community.name })}</p>
                  <Content as="p" className="mt-1 text-ink-700" text={invitation.community.summary} />
                  <p className="mt-3">
                    <LinkButton to={`/communities/${invitation.community.slug}`} size="sm">
                      {t("communities.actions.acceptInvitation")}
                    </LinkButton>
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {user ? (
        <section aria-labelledby="mine" className="mb-10">
          <h2 id="mine" className="mb-3 text-2xl font-bold">
            {t("communities.home.mine")}
          </h2>
          {overview.mine.length ? (
            <CommunityGrid communities={overview.mine} unread={unread} />
          ) : (
            <EmptyState>{t("communities.home.mineEmpty")}</EmptyState>
          )}
        </section>
      ) : null}

      <FeaturedLibrary items={featured} />

      <section aria-labelledby="discover">
        <h2 id="discover" className="mb-4 text-2xl font-bold">
          {t("communities.home.discover")}
        </h2>
        {overview.discover.map(({ theme, communities }) => (
          <section key={theme.id} aria-labelledby={`theme-${theme.slug}`} className="mb-8">
            <h3 id={`theme-${theme.slug}`} className="mb-1 text-xl font-bold">
              <Link to={`/themas/${theme.slug}`}>{theme.name}</Link>
            </h3>
            <p className="mb-3 max-w-3xl text-ink-700">{theme.summary}</p>
            {communities.length ? (
              <CommunityGrid communities={communities} />
            ) : (
              <EmptyState>{t("communities.home.discoverEmpty")}</EmptyState>
            )}
          </section>
        ))}
      </section>
    </>
  );
}
