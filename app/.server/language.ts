import { createCookie } from "@remix-run/node";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/i18n/index.ts";

export const languageCookie = createCookie("pp_lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 60 * 60 });

/** Cookie first (an explicit choice), then the member's setting, then the browser's Accept-Language. */
export async function getLanguage(request: Request, userLocale?: string | null): Promise<Language> {
  const fromCookie = (await languageCookie.parse(request.headers.get("Cookie"))) as unknown;
  if (isLanguage(fromCookie)) return fromCookie;
  if (isLanguage(userLocale)) return userLocale;
  const accept = request.headers.get("Accept-Language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return DEFAULT_LANGUAGE;
}
