import { NavLink } from "~/components/ui/link.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { cn } from "~/utils/cn.ts";
import { tKey } from "~/utils/i18n.ts";

export type CommunityTab = {
  /** Path below /communities/<slug>; "" is the about page. */
  path: string;
  label: string;
  /** Which permission the tab needs (checked on the server as well). */
  needs: "view" | "read" | "seeMembers" | "manage";
  /** Only for these kinds of community (all when left out). */
  kinds?: ("LEARNING" | "DO_NETWORK" | "SOUNDING_BOARD")[];
};

/** Areas add their tab here (discussions, documents, …). */
export const COMMUNITY_TABS: CommunityTab[] = [
  { path: "", label: "communities.page.about", needs: "view" },
  { path: "discussies", label: "discussions.tab", needs: "read" },
  { path: "leden", label: "communities.page.members", needs: "seeMembers" },
  { path: "praktijkvoorbeelden", label: "library.showcase.tab", needs: "view", kinds: ["DO_NETWORK"] },
  { path: "documenten", label: "documents.tab", needs: "read" },
  { path: "bijeenkomsten", label: "events.tab", needs: "read" },
  { path: "beheer", label: "communities.page.manage", needs: "manage" },
];

export function CommunityTabs({
  slug,
  permissions,
  kind,
}: {
  slug: string;
  permissions: Record<CommunityTab["needs"], boolean>;
  kind?: NonNullable<CommunityTab["kinds"]>[number];
}) {
  const { t } = useTranslation();
  const tabs = COMMUNITY_TABS.filter((tab) => permissions[tab.needs] && (!tab.kinds || (kind !== undefined && tab.kinds.includes(kind))));
  return (
    <nav id="community-tabs" aria-label={t("communities.page.tabsLabel")} className="mb-6 border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.path}>
            <NavLink
              to={`/communities/${slug}${tab.path ? `/${tab.path}` : ""}`}
              end={tab.path === ""}
              className={({ isActive }) =>
                cn(
                  "inline-block border-b-4 px-4 py-2 font-semibold no-underline",
                  isActive ? "border-brand-700 text-brand-900" : "border-transparent text-brand-700 hover:border-brand-200",
                )
              }
            >
              {tKey(t, tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
