import { useRouteLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { Content, Dutch } from "~/components/ui/content.tsx";
import { Card } from "~/components/ui/misc.tsx";
import type { loader as communityLoader } from "./communities.$slug.tsx";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export default function CommunityAbout() {
  const { t } = useTranslation();
  const page = useRouteLoaderData<typeof communityLoader>("routes/communities.$slug");
  if (!page) return null;
  const { community, facilitators, permissions } = page;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section aria-labelledby="about" className="lg:col-span-2">
        <h2 id="about" className="mb-2 text-2xl font-bold">
          {t("communities.page.about")}
        </h2>
        <Content as="div" className="prose-pp max-w-3xl whitespace-pre-line text-ink-900" text={community.about} />
      </section>
      {permissions.seeMembers ? (
        <Card as="section">
          <h2 className="mb-2 text-xl font-bold">{t("communities.page.facilitators")}</h2>
          <ul className="space-y-1">
            {facilitators.map((facilitator) => (
              <li key={facilitator.id}>
                <Link to={`/leden/${facilitator.id}`}>{facilitator.displayName}</Link>
                {facilitator.organisation ? (
                  <span className="text-ink-600">
                    {" · "}
                    <Dutch text={facilitator.organisation} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link to={`/communities/${community.slug}/leden`}>{t("communities.page.allMembers")}</Link>
          </p>
        </Card>
      ) : null}
    </div>
  );
}
