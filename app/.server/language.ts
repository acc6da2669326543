import type { Language } from "~/i18n/index.ts";
import { languageOf } from "~server/http/language.ts";

export { chosenLanguage, languageCookie } from "~server/http/language.ts";

/** Cookie first (an explicit choice), then the member's setting, then the browser's Accept-Language. */
export function getLanguage(request: Request, userLocale?: string | null): Promise<Language> {
  return languageOf(request.headers.get("Cookie"), request.headers.get("Accept-Language"), userLocale);
}
