// First: zod must be jitless before any module builds a schema (Content-Security-Policy).
import "~/utils/zod-jitless.ts";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Links, Meta, Outlet, Scripts, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { Link } from "~/components/ui/link.tsx";
import { useEffect, useMemo, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { useTranslation } from "~/utils/translation.ts";
import { addressAwaitingLink } from "~/.server/accounts.ts";
import { flashWithKeptText, readFlash } from "~/.server/flash.ts";
import { getLanguage } from "~/.server/language.ts";
import { unreadNotificationCount } from "~/.server/notifications.ts";
import { getUser, sessionAddressAwaitingLink, sessionUnreadCount } from "~/.server/session.ts";
import { ErrorPage, errorStatus, errorTitleKey } from "~/components/layout/error-page.tsx";
import { FlashMessage } from "~/components/layout/flash-message.tsx";
import { AutofocusScope } from "~/components/ui/field.tsx";
import { useNavigationFocus } from "~/components/layout/navigation-focus.tsx";
import { SiteFooter } from "~/components/layout/site-footer.tsx";
import { ScrollRestoration } from "~/components/layout/scroll-restoration.tsx";
import { SiteHeader } from "~/components/layout/site-header.tsx";
import { Button } from "~/components/ui/button.tsx";
import { Notice } from "~/components/ui/misc.tsx";
import { DEFAULT_LANGUAGE, isLanguage, pageI18n } from "~/i18n/index.ts";
import stylesheet from "~/styles/app.css?url";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { useNonce } from "~/utils/nonce.tsx";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

export type SessionUserView = {
  id: string;
  displayName: string;
  globalRole: "MEMBER" | "MODERATOR" | "ADMIN";
  unreadNotifications: number;
  /** The address that still waits for its verification link (decision 110), or null. */
  unverifiedEmail?: string | null;
};

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/**
 * The site's title and description, which a page without its own meta keeps;
 * on an error page the error's title (a `<title>` rendered in the body would
 * be invalid HTML and leave the head without one).
 */
export const meta: MetaFunction<typeof loader> = ({ matches, error }) => {
  const t = metaT(matches);
  if (error) return pageMeta(matches, t(errorTitleKey(errorStatus(error))));
  return [{ title: t("common.appName") }, { name: "description", content: t("common.metaDescription") }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const language = await getLanguage(request, user?.locale);
  const { flash, clear } = await readFlash(request);
  return data(
    {
      language,
      user: user
        ? ({
            id: user.id,
            displayName: user.displayName,
            globalRole: user.globalRole,
            unreadNotifications: (await sessionUnreadCount(request)) ?? (await unreadNotificationCount(user)),
            // A new address waits for its link before it becomes the account's (security walk 15); a page's
            // session read brought it along (decision 315), a form post's root loader reads it here.
            unverifiedEmail: user.emailVerified
              ? null
              : ((await sessionAddressAwaitingLink(request)) ?? (await addressAwaitingLink(user.id)) ?? user.email),
          } satisfies SessionUserView)
        : null,
      flash: await flashWithKeptText(flash, user?.id ?? null),
    },
    clear ? { headers: { "Set-Cookie": clear } } : undefined,
  );
}

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

function Document({ children, language }: { children: ReactNode; language: string }) {
  const nonce = useNonce();
  // Marks the page as interactive once React has hydrated it; end-to-end tests wait for it
  // before checking what only scripts change (the server-rendered page is the no-JS version).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return (
    <html lang={language} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  const language = isLanguage(root?.language) ? root.language : DEFAULT_LANGUAGE;
  const i18n = useMemo(() => pageI18n(language), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <Document language={language}>
        <Shell user={root?.user ?? null} language={language} flash={root?.flash ?? null}>
          {children}
        </Shell>
      </Document>
    </I18nextProvider>
  );
}

function Shell({
  children,
  user,
  language,
  flash,
}: {
  children: ReactNode;
  user: SessionUserView | null;
  language: string;
  flash: Parameters<typeof FlashMessage>[0]["flash"];
}) {
  const { t } = useTranslation();
  useNavigationFocus();
  return (
    <>
      <a
        href="#inhoud"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
      >
        {t("common.skipToContent")}
      </a>
      <SiteHeader user={user} language={language} />
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <FlashMessage flash={flash} />
        {user?.unverifiedEmail ? <VerifyEmailBanner email={user.unverifiedEmail} /> : null}
        <AutofocusScope>{children}</AutofocusScope>
      </main>
      <SiteFooter />
    </>
  );
}

/** Pages that are themselves about the address: the banner would say the same twice, with two "Stuur de link opnieuw". */
const ABOUT_THE_ADDRESS = /^\/(e-mailadres-bevestigen|profiel\/e-mailadres)(\/|$)/;

/**
 * On every page until the address is verified: what to do, and "stuur de link opnieuw" (a plain form, works without
 * JS). Not on the pages about the address itself (walk9: right after registering the page said it all twice).
 */
function VerifyEmailBanner({ email }: { email: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (ABOUT_THE_ADDRESS.test(location.pathname)) return null;
  return (
    <Notice tone="warn">
      <p className="mb-2">{t("auth.verify.banner", { email })}</p>
      <Form method="post" action="/e-mailadres-bevestigen" className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
        <Button variant="secondary">{t("auth.verify.resend")}</Button>
        <Link to="/profiel/e-mailadres">{t("auth.verify.changeAddress")}</Link>
      </Form>
    </Notice>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
