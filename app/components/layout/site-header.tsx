import { Form, useLocation } from "@remix-run/react";
import { NavLink } from "~/components/ui/link.tsx";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { NotificationBell } from "~/components/notifications/notification-bell.tsx";
import { closeDetailsOnEscape } from "~/components/ui/close-on-escape.ts";
import { SearchBox } from "~/components/search/search-box.tsx";
import type { SessionUserView } from "~/root.tsx";
import { isModerator } from "~/shared/roles.ts";
import { cn } from "~/utils/cn.ts";

const navClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    "rounded-md px-3 py-2 font-semibold no-underline hover:bg-brand-50",
    isActive ? "bg-brand-50 text-brand-900 underline decoration-2 underline-offset-4" : "text-brand-700",
  );

function LanguageSwitch({ language, here }: { language: string; here: string }) {
  const { t } = useTranslation();
  return (
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
  );
}

function AccountLinks({ user, here }: { user: SessionUserView | null; here: string }) {
  const { t } = useTranslation();
  return user ? (
    <>
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
      <NavLink
        to="/registreren"
        className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
      >
        {t("common.nav.register")}
      </NavLink>
    </>
  );
}

function MainNavLinks({ user }: { user: SessionUserView | null }) {
  const { t } = useTranslation();
  return (
    <>
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
      {isModerator(user) ? (
        <NavLink to="/beheer" className={navClass}>
          {t("common.nav.admin")}
        </NavLink>
      ) : null}
    </>
  );
}

/**
 * The menu button of narrow screens: a <details>, so it opens without
 * JavaScript and by keyboard (Enter or Space on the summary). With JavaScript
 * it also closes on Escape (focus back on the button) and after navigation.
 */
function NarrowMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.key]);
  return (
    <details ref={menu} className="group sm:hidden" onKeyDown={closeDetailsOnEscape}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md border border-brand-700 px-2.5 font-semibold text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className="group-open:hidden">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className="hidden group-open:block">
          <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {t("common.nav.menu")}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 max-h-[calc(100vh-4rem)] overflow-y-auto border-b border-line bg-white px-4 pb-4 shadow-lg">
        {children}
      </div>
    </details>
  );
}

export function SiteHeader({ user, language }: { user: SessionUserView | null; language: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <header className="relative border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-2 gap-y-2 px-4 pt-3 pb-2 sm:flex-wrap sm:gap-x-4">
        <a href="/" className="mr-auto flex min-w-0 items-center gap-2 text-lg font-bold text-brand-800 no-underline sm:text-xl">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 28 28">
            <rect width="28" height="28" rx="6" fill="#0b5563" />
            <path d="M7 20V8h7a4 4 0 010 8H7" stroke="#fff" strokeWidth="2.5" fill="none" />
            <circle cx="20" cy="20" r="2.5" fill="#f0a477" />
          </svg>
          {t("common.appName")}
        </a>
        {/* Wide screens: search and account actions in the header row. */}
        <div className="hidden min-w-48 max-w-md flex-1 sm:flex">
          <SearchBox />
        </div>
        <div className="flex shrink-0 items-center gap-1 sm:flex-wrap">
          <div className="hidden sm:block">
            <LanguageSwitch language={language} here={here} />
          </div>
          {user ? <NotificationBell unread={user.unreadNotifications} /> : null}
          <div className="hidden items-center gap-1 sm:flex">
            <AccountLinks user={user} here={here} />
          </div>
          {/* Narrow screens: one row, the rest behind the menu button. */}
          <NarrowMenu>
            <div className="pt-3">
              <SearchBox />
            </div>
            <nav aria-label={t("common.nav.label")} className="mt-3 flex flex-col gap-1">
              <MainNavLinks user={user} />
            </nav>
            <div className="mt-3 flex flex-wrap items-center gap-1 border-t border-line pt-3">
              <AccountLinks user={user} here={here} />
              <LanguageSwitch language={language} here={here} />
            </div>
          </NarrowMenu>
        </div>
      </div>
      <div className="hidden border-t border-line bg-white sm:block">
        <nav aria-label={t("common.nav.label")} className="mx-auto flex max-w-6xl flex-wrap items-center gap-1 px-4 py-1">
          <MainNavLinks user={user} />
        </nav>
      </div>
    </header>
  );
}
