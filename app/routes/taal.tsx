import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { languageCookie } from "~/.server/language.ts";
import { getUser, safeRedirect } from "~/.server/session.ts";
import { isLanguage } from "~/i18n/index.ts";
import { setLocale } from "~/.server/accounts.ts";
import { readForm } from "~/.server/form-data.ts";

/** The language switch: a plain form post, so it works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const language = form.get("language");
  const to = safeRedirect(form.get("redirectTo"));
  if (!isLanguage(language)) return redirect(to);
  const user = await getUser(request);
  if (user) await setLocale(user.id, language);
  return redirect(to, { headers: { "Set-Cookie": await languageCookie.serialize(language) } });
}

export function loader() {
  return redirect("/");
}
