import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { cn } from "~/utils/cn.ts";
import { tKey } from "~/utils/i18n.ts";

export type CommunityTab = {
  /** Path below /communities/<slug>; "" is the about page. */
  path: string;
  label: string;
  /** Which permission the tab needs (checked on the server as well). */
  needs: "view" | "read" | "seeMembers" | "manage";
};

/** Areas add their tab here (discussions, documents, …). */
export const COMMUNITY_TABS: CommunityTab[] = [
  { path: "", label: "communities.page.about", needs: "view" },
  { path: "leden", label: "communities.page.members", needs: "seeMembers" },
  { path: "documenten", label: "documents.tab", needs: "read" },
  { path: "beheer", label: "communities.page.manage", needs: "manage" },
];

export function CommunityTabs({ slug, permissions }: { slug: string; permissions: Record<CommunityTab["needs"], boolean> }) {
  const { t } = useTranslation();
  const tabs = COMMUNITY_TABS.filter((tab) => permissions[tab.needs]);
  return (
    <nav aria-label={t("communities.page.about")} className="mb-6 border-b border-line">
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
