import { Form, NavLink, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NotificationBell } from "~/components/notifications/notification-bell.tsx";
import { SearchBox } from "~/components/search/search-box.tsx";
import type { SessionUserView } from "~/root.tsx";
import { cn } from "~/utils/cn.ts";

const navClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    "rounded-md px-3 py-2 font-semibold no-underline hover:bg-brand-50",
    isActive ? "bg-brand-50 text-brand-900 underline decoration-2 underline-offset-4" : "text-brand-700",
  );

export function SiteHeader({ user, language }: { user: SessionUserView | null; language: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 pt-3 pb-2">
        <a href="/" className="mr-auto flex items-center gap-2 text-xl font-bold text-brand-800 no-underline">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28">
            <rect width="28" height="28" rx="6" fill="#0b5563" />
            <path d="M7 20V8h7a4 4 0 010 8H7" stroke="#fff" strokeWidth="2.5" fill="none" />
            <circle cx="20" cy="20" r="2.5" fill="#f0a477" />
          </svg>
          {t("common.appName")}
        </a>
        <SearchBox />
        <div className="flex flex-wrap items-center gap-1">
          <Form method="post" action="/taal" className="inline">
            <input type="hidden" name="language" value={language === "nl" ? "en" : "nl"} />
            <input type="hidden" name="redirectTo" value={here} />
            <button
              type="submit"
              className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 underline hover:bg-brand-50"
              lang={language === "nl" ? "en" : "nl"}
              aria-label={t("common.language.switchToLabel")}
            >
              {t("common.language.switchTo")}
            </button>
          </Form>
          {user ? (
            <>
              <NotificationBell unread={user.unreadNotifications} />
              <NavLink to="/profiel" className={navClass}>
                {t("common.nav.profile")}
              </NavLink>
              <Form method="post" action="/uitloggen" className="inline">
                <button type="submit" className="rounded-md px-3 py-2 font-semibold text-brand-700 hover:bg-brand-50">
                  {t("common.nav.logout")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <NavLink to={`/inloggen?redirectTo=${encodeURIComponent(here)}`} className={navClass}>
                {t("common.nav.login")}
              </NavLink>
              <NavLink to="/registreren" className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
                {t("common.nav.register")}
              </NavLink>
            </>
          )}
        </div>
      </div>
      <div className="border-t border-line bg-white">
        <nav aria-label={t("common.nav.label")} className="mx-auto flex max-w-6xl flex-nowrap items-center gap-1 overflow-x-auto px-4 py-1 whitespace-nowrap sm:flex-wrap sm:overflow-visible">
          <NavLink to="/" end className={navClass}>
            {t("common.nav.home")}
          </NavLink>
          <NavLink to="/communities" className={navClass}>
            {t("common.nav.communities")}
          </NavLink>
          <NavLink to="/themas" className={navClass}>
            {t("common.nav.themes")}
          </NavLink>
          <NavLink to="/bibliotheek" className={navClass}>
            {t("library.nav")}
          </NavLink>
          <NavLink to="/menukaart" className={navClass}>
            {t("library.navMenukaart")}
          </NavLink>
          <NavLink to="/werkagenda" className={navClass}>
            {t("agenda.nav")}
          </NavLink>
          {user ? (
            <NavLink to="/agenda" className={navClass}>
              {t("events.nav")}
            </NavLink>
          ) : null}
          {user ? (
            <NavLink to="/leden" className={navClass}>
              {t("common.nav.members")}
            </NavLink>
          ) : null}
          {user?.globalRole === "MODERATOR" || user?.globalRole === "ADMIN" ? (
            <NavLink to="/beheer" className={navClass}>
              {t("common.nav.admin")}
            </NavLink>
          ) : null}
        </nav>
      </div>
    </header>
  );
}
