/**
 * Decision 282: the home page's data names each theme in the page's language only (its name and summary),
 * and carries no separate list of the themes; the page showed one language and sent both.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as home from "../../app/routes/_index.tsx";
import { languageCookie } from "../../server/http/language.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";

let cookie = "";
let themeId = "";

type HomeData = { overview: Record<string, unknown> & { discover: { theme: Record<string, unknown>; communities: unknown[] }[] } };

async function load(headers: Record<string, string>): Promise<HomeData> {
  const request = new Request("http://localhost:3000/", { headers });
  return (await home.loader({ request, params: {}, context: { cspNonce: "", clientIp: "127.0.0.1" } })) as unknown as HomeData;
}

beforeAll(async () => {
  const theme = await createTheme();
  themeId = theme.id;
  const member = await createUser();
  const own = await createCommunity({ themeId: theme.id });
  await createCommunity({ themeId: theme.id });
  await addMember(member.id, own.id);
  cookie = await sessionCookieFor(member.id);
}, 60_000);

describe("the home page's data", () => {
  for (const [language, accept, name, summary] of [
    ["nl", "nl-NL,nl;q=0.9", "Thema ", "Een thema van de Werkagenda VIA."],
    ["en", "en-GB,en;q=0.9", "Theme ", "A theme of the VIA work agenda."],
  ] as const) {
    it(`names each theme in the page's language only (${language}), for a member and a visitor`, async () => {
      // The member by their choice of language (the cookie comes before their setting), the visitor by the browser's.
      const choice = (await languageCookie.serialize(language)).split(";")[0]!;
      const asked: Record<string, string>[] = [{ Cookie: `${cookie}; ${choice}` }, { "Accept-Language": accept }];
      for (const headers of asked) {
        const data = await load(headers);
        expect(Object.keys(data.overview).toSorted()).toEqual(["discover", "mine"]);
        const entry = data.overview.discover.find(({ theme }) => theme.id === themeId);
        expect(entry, JSON.stringify(headers)).toBeDefined();
        expect(Object.keys(entry!.theme).toSorted()).toEqual(["id", "name", "slug", "summary"]);
        expect(entry!.theme.name).toMatch(new RegExp(`^${name}`));
        expect(entry!.theme.summary).toBe(summary);
        expect(entry!.communities.length).toBeGreaterThan(0);
      }
    });
  }
});
