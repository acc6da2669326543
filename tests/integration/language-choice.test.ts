/**
 * The language a person chose stays theirs (walk 18, decision 322): a choice made before logging in
 * fills an account that has none; an account's own choice comes along to a fresh browser at login;
 * after logging out the last language stays instead of the browser's. Through the routes (the
 * switch, the login form, logging out, the root loader) with one browser's cookies.
 */
import type { ActionFunction } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "../../app/root.tsx";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { action as languageAction } from "../../app/routes/taal.tsx";
import { action as logoutAction } from "../../app/routes/uitloggen.tsx";
import { db } from "../../server/db.ts";
import { createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, callLoader, type RouteResult } from "../helpers/remix.ts";

const BASE = "http://localhost:3000";

/** A browser: its cookies (as Set-Cookie left them) and its Accept-Language. */
function browser(acceptLanguage: string) {
  const jar = new Map<string, string>();
  const headers = (): Record<string, string> => ({
    "Accept-Language": acceptLanguage,
    ...(jar.size ? { Cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") } : {}),
  });
  const keep = (result: RouteResult) => {
    for (const header of result.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(";");
      const [name, value] = [pair!.slice(0, pair!.indexOf("=")), pair!.slice(pair!.indexOf("=") + 1)];
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    return result;
  };
  const post = async (action: ActionFunction, path: string, fields: Record<string, string>) =>
    keep(
      await callAction(
        action,
        new Request(`${BASE}${path}`, {
          method: "POST",
          body: new URLSearchParams(fields),
          headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, ...headers() },
        }),
      ),
    );
  return {
    jar,
    chooseLanguage: (language: string) => post(languageAction, "/taal", { language, redirectTo: "/" }),
    logIn: (email: string) => post(loginAction, "/inloggen", { email, password: TEST_PASSWORD }),
    logOut: () => post(logoutAction, "/uitloggen", {}),
    /** The language a page is shown in (the root loader's). */
    language: async () => {
      const result = keep(await callLoader(rootLoader, new Request(`${BASE}/`, { headers: headers() })));
      return (result.body as { language: string }).language;
    },
  };
}

const account = (id: string) => db().user.findUniqueOrThrow({ where: { id }, select: { locale: true, localeChosen: true } });

describe("the language a person chose", () => {
  it("chosen before logging in, is stored on an account without a choice, and stays after logging out", async () => {
    const member = await createUser();
    expect(await account(member.id)).toEqual({ locale: "nl", localeChosen: false });
    const dutchBrowser = browser("nl-NL,nl;q=0.9");
    await dutchBrowser.chooseLanguage("en");
    expect(await dutchBrowser.language()).toBe("en");

    expect((await dutchBrowser.logIn(member.email)).status).toBe(302);
    expect(await account(member.id)).toEqual({ locale: "en", localeChosen: true });
    expect(await dutchBrowser.language()).toBe("en");

    await dutchBrowser.logOut();
    expect(dutchBrowser.jar.has("pp_session")).toBe(false);
    expect(await dutchBrowser.language()).toBe("en");

    // The account's choice now comes along to another browser.
    const other = browser("nl-NL");
    await other.logIn(member.email);
    expect(await other.language()).toBe("en");
  });

  it("chosen while logged in, comes along to a fresh browser and stays there after logging out", async () => {
    const member = await createUser();
    const first = browser("nl-NL");
    await first.logIn(member.email);
    await first.chooseLanguage("en");
    expect(await account(member.id)).toEqual({ locale: "en", localeChosen: true });

    const fresh = browser("nl-NL,nl;q=0.9");
    expect(await fresh.language()).toBe("nl");
    await fresh.logIn(member.email);
    expect(await fresh.language()).toBe("en");
    await fresh.logOut();
    // Was "nl" (the browser's language) before: "Je bent uitgelogd" to a member who chose English.
    expect(await fresh.language()).toBe("en");
  });

  it("an account's own choice wins over an earlier choice in this browser, which then follows the account", async () => {
    const member = await createUser();
    const own = browser("en-GB");
    await own.logIn(member.email);
    await own.chooseLanguage("nl");
    expect(await account(member.id)).toEqual({ locale: "nl", localeChosen: true });

    const shared = browser("en-GB");
    await shared.chooseLanguage("en");
    await shared.logIn(member.email);
    expect(await account(member.id)).toEqual({ locale: "nl", localeChosen: true });
    expect(await shared.language()).toBe("nl");
    await shared.logOut();
    expect(await shared.language()).toBe("nl");
  });

  it("with no choice on either side, changes nothing: the browser's language as before", async () => {
    const member = await createUser();
    const english = browser("en-GB");
    const login = await english.logIn(member.email);
    expect(login.headers.getSetCookie().some((cookie) => cookie.startsWith("pp_lang="))).toBe(false);
    expect(await account(member.id)).toEqual({ locale: "nl", localeChosen: false });
    await english.logOut();
    expect(await english.language()).toBe("en");
  });

  it("a failed login stores nothing", async () => {
    const member = await createUser();
    const someone = browser("nl-NL");
    await someone.chooseLanguage("en");
    const refused = await callAction(
      loginAction,
      new Request(`${BASE}/inloggen`, {
        method: "POST",
        body: new URLSearchParams({ email: member.email, password: "niet-het-wachtwoord" }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, Cookie: `pp_lang=${someone.jar.get("pp_lang")}` },
      }),
    );
    expect(refused.status).toBe(400);
    expect(await account(member.id)).toEqual({ locale: "nl", localeChosen: false });
  });
});
