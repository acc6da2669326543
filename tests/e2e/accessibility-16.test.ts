/**
 * Walk 16, English interface (WCAG 3.1.2, decision 299): the platform's own Dutch names inside
 * translated sentences, lists and options are marked lang="nl" — a community's name in "Members
 * of …", an indicator's unit in "Target: 250 …", a region option, an organisation, the search
 * thesaurus's words — and nothing extra is marked in the Dutch interface. The server-rendered HTML.
 */
import { describe, expect, it } from "vitest";
import { languageCookie } from "../../app/.server/language.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { sessionCookieFor } from "../helpers/factories.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const cookies: Record<string, string> = {};

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    for (const [who, email] of [
      ["member", "lid@praktijkplein.test"],
      ["moderator", "moderator@praktijkplein.test"],
    ] as const) {
      const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const session = await sessionCookieFor(user.id);
      cookies[`${who}-en`] = `${(await languageCookie.serialize("en")).split(";")[0]}; ${session}`;
      cookies[`${who}-nl`] = `${(await languageCookie.serialize("nl")).split(";")[0]}; ${session}`;
    }
  },
  browser: false,
});

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");

async function html(path: string, who: "member" | "moderator" = "member", language: "en" | "nl" = "en"): Promise<string> {
  const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies[`${who}-${language}`]! } });
  const text = await response.text();
  expect(response.status, `${path}: ${app.server.output().slice(-2000)}`).toBe(200);
  expect(text).toContain(`<html lang="${language}"`);
  return text;
}

describe("the platform's Dutch names in the English interface", () => {
  it("are marked lang=nl inside translated sentences", { timeout: 60_000 }, async () => {
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { name: true } });
    const name = escape(community.name);

    expect(await html(`/communities/${DEMO_COMMUNITY}/leden`)).toContain(`Members of <span lang="nl">${name}</span>`);
    expect(await html("/instellingen/meldingen")).toContain(`How often for <span lang="nl">${name}</span>`);

    const theme = await html("/werkagenda/meer-diversiteit-op-het-werk");
    expect(theme).toMatch(/Target: 250 <span lang="nl">werkgevers<\/span> by/);
    expect(theme).toMatch(/Value \(<span lang="nl">werkgevers<\/span>\)/);
    expect(theme).toMatch(/Measurements of <span lang="nl">Werkgevers die de Barometer Culturele Diversiteit gebruiken<\/span>/);

    const search = await html("/zoeken?q=werkgevers");
    expect(search).toMatch(/<span lang="nl">werkgevers<\/span> → <span lang="nl">ondernemer, bedrijf, organisatie<\/span>/);
    expect(search).toMatch(/<label for="facet-community-[^"]+"><span lang="nl">[^<]+<\/span> \(\d+\)<\/label>/);
  });

  it("are marked in options, member details and the thesaurus", { timeout: 60_000 }, async () => {
    const members = await html("/leden");
    expect(members).toMatch(/<option value="[^"]+" lang="nl">Rijk van Nijmegen<\/option>/);
    expect(members).toContain(`<span lang="nl">Gemeente Rotterdam, team Werk en Inkomen</span>`);

    const thesaurus = await html("/beheer/zoekwoorden", "moderator");
    expect(thesaurus).toMatch(/<span lang="nl">statushouder = vergunninghouder/);
  });

  it("are not marked again in the Dutch interface", { timeout: 60_000 }, async () => {
    const theme = await html("/werkagenda/meer-diversiteit-op-het-werk", "member", "nl");
    expect(theme).toMatch(/250 werkgevers/);
    expect(theme).not.toMatch(/<span lang="nl">werkgevers<\/span>/);
    const members = await html("/leden", "member", "nl");
    expect(members).not.toMatch(/<option [^>]*lang="nl"/);
  });
});
