/**
 * Walk 16, English interface (WCAG 3.1.2, decision 299): the platform's own Dutch names inside
 * translated sentences, lists and options are marked lang="nl" — a community's name in "Members
 * of …", an indicator's unit in "Target: 250 …", a region option, an organisation, the search
 * thesaurus's words — and nothing extra is marked in the Dutch interface. Topic, item and event titles
 * in notification sentences too; buttons whose name joins an English verb and a Dutch name take it
 * from marked elements (aria-labelledby) instead of one aria-label string. The server-rendered HTML.
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
      ["facilitator", "facilitator@praktijkplein.test"],
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

async function html(path: string, who: "member" | "moderator" | "facilitator" = "member", language: "en" | "nl" = "en"): Promise<string> {
  const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies[`${who}-${language}`]! } });
  const text = await response.text();
  expect(response.status, `${path}: ${app.server.output().slice(-2000)}`).toBe(200);
  expect(text).toContain(`<html lang="${language}"`);
  return text;
}

/** Every id an `aria-labelledby` names is on the page once: a name made of missing or doubled elements is wrong. */
function labelledByTargetsExist(page: string) {
  const ids = new Map<string, number>();
  for (const [, id] of page.matchAll(/\sid="([^"]+)"/g)) ids.set(id!, (ids.get(id!) ?? 0) + 1);
  for (const [, list] of page.matchAll(/aria-labelledby="([^"]+)"/g))
    for (const id of list!.split(" ")) expect(ids.get(id) ?? 0, `aria-labelledby names #${id}, on the page that often`).toBe(1);
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

  it("are marked in notification sentences, and buttons name them through marked elements", { timeout: 60_000 }, async () => {
    const member = await db().user.findUniqueOrThrow({ where: { email: "lid@praktijkplein.test" }, select: { id: true } });
    const actor = await db().user.findUniqueOrThrow({ where: { email: "facilitator@praktijkplein.test" }, select: { id: true } });
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true, name: true } });
    const notification = await db().notification.create({
      data: {
        userId: member.id,
        actorId: actor.id,
        communityId: community.id,
        kind: "reply",
        data: { topicId: "t1", messageId: "m1", topicTitle: "Taaleisen in vacatures", excerpt: "Wat vinden jullie?" },
        url: "/meldingen",
      },
    });
    const notifications = await html("/meldingen");
    expect(notifications).toMatch(/replied to “<span lang="nl">Taaleisen in vacatures<\/span>”/);
    // "Mark as read" is named by its own text and the sentence, whose title is marked, not by an aria-label string.
    expect(notifications).toContain(`aria-labelledby="mark-read-name notification-${notification.id}"`);
    expect(notifications).toContain(`<span id="mark-read-name" hidden="">Mark as read:</span>`);
    expect(notifications).not.toMatch(/aria-label="Mark as read/);
    labelledByTargetsExist(notifications);

    const questions = await html("/werkagenda/kennisvragen");
    expect(questions).toMatch(/aria-labelledby="vote-([^" ]+) question-\1"/);
    labelledByTargetsExist(questions);

    const thesaurus = await html("/beheer/zoekwoorden", "moderator");
    expect(thesaurus).toMatch(/<span id="shipped-terms-0"[^>]*><span lang="nl">/);
    expect(thesaurus).toContain(`aria-labelledby="shipped-switch-0 shipped-terms-0"`);
    expect(thesaurus).not.toMatch(/aria-label="Switch (off|on) rule/);
    labelledByTargetsExist(thesaurus);

    const manage = await html("/werkagenda/meer-diversiteit-op-het-werk/beheer", "moderator");
    expect(manage).toMatch(/Change goal: <span lang="nl">[^<]+<\/span>/);
    expect(manage).toMatch(/<span id="status-of-[^"]+">Status of <span lang="nl">[^<]+<\/span><\/span>/);
    expect(manage).toMatch(/aria-labelledby="change-status-([^" ]+) status-of-\1"/);
    labelledByTargetsExist(manage);

    const channels = await html(`/communities/${DEMO_COMMUNITY}/discussies/kanalen`, "facilitator");
    expect(channels).toMatch(/<h3 id="channel-heading-([^"]+)"[^>]*><span lang="nl">[^<]+<\/span><\/h3>/);
    expect(channels).toMatch(/aria-labelledby="channel-up-([^" ]+) channel-heading-\1"/);
    labelledByTargetsExist(channels);

    const theme = await html("/werkagenda/meer-diversiteit-op-het-werk");
    expect(theme).toMatch(
      /<div role="img" aria-labelledby="(indicator-[^"]+-chart-label)"[^>]*><span id="\1" hidden="">Chart: <span lang="nl">/,
    );
    labelledByTargetsExist(theme);
  });

  it("are not marked again in the Dutch interface", { timeout: 60_000 }, async () => {
    const theme = await html("/werkagenda/meer-diversiteit-op-het-werk", "member", "nl");
    expect(theme).toMatch(/250 werkgevers/);
    expect(theme).not.toMatch(/<span lang="nl">werkgevers<\/span>/);
    const members = await html("/leden", "member", "nl");
    expect(members).not.toMatch(/<option [^>]*lang="nl"/);
  });
});
