import { createCookie } from "@remix-run/node";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/i18n/index.ts";

export const languageCookie = createCookie("pp_lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 60 * 60 });

/** The language chosen in this browser (the switch sets the cookie), if any. */
export async function chosenLanguage(cookieHeader: string | null | undefined): Promise<Language | null> {
  const fromCookie = cookieHeader ? ((await languageCookie.parse(cookieHeader)) as unknown) : null;
  return isLanguage(fromCookie) ? fromCookie : null;
}

/**
 * Cookie first (an explicit choice), then the member's setting, then the
 * browser's Accept-Language. Also the language part of a visitor page's key
 * in the page cache (server/http/page-cache.ts), so both always agree.
 */
export async function languageOf(
  cookieHeader: string | null | undefined,
  acceptLanguage: string | null | undefined,
  userLocale?: string | null,
): Promise<Language> {
  const fromCookie = await chosenLanguage(cookieHeader);
  if (fromCookie) return fromCookie;
  if (isLanguage(userLocale)) return userLocale;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return DEFAULT_LANGUAGE;
}
