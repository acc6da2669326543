/**
 * Member content in the other language than the interface's is marked with its own (WCAG 3.1.2,
 * issue 14.21, decision 230): Dutch library titles, summaries and bodies, community names, topic
 * titles and messages in the English interface, and an English topic in the Dutch interface;
 * content in the page's own language is not marked again. The server-rendered HTML.
 */
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { languageCookie } from "../../app/.server/language.ts";
import { detectContentLanguage } from "../../app/utils/content-language.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { sessionCookieFor } from "../helpers/factories.ts";
import { DEMO_COMMUNITY, morePages } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

let cookie = "";
let dutchCookie = "";

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    const member = await db().user.findUniqueOrThrow({ where: { email: "lid@praktijkplein.test" }, select: { id: true } });
    dutchCookie = `${(await languageCookie.serialize("nl")).split(";")[0]}; ${await sessionCookieFor(member.id)}`;
    cookie = `${(await languageCookie.serialize("en")).split(";")[0]}; ${await sessionCookieFor(member.id)}`;
  },
  browser: false,
});

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");

async function html(path: string, language: "en" | "nl" = "en"): Promise<string> {
  const response = await fetch(`${app.url}${path}`, { headers: { Cookie: language === "en" ? cookie : dutchCookie } });
  const text = await response.text();
  expect(response.status, `${path}: ${app.server.output().slice(-2000)}`).toBe(200);
  expect(text).toMatch(new RegExp(`<html lang="${language}"`));
  return text;
}

describe("Dutch content in the English interface", () => {
  it("is marked lang=nl", { timeout: 60_000 }, async () => {
    const item = await db().libraryItem.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { slug: "asc" },
      select: { slug: true, title: true },
    });
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { name: true } });
    const topicPage = (await morePages())[1]!;

    const page = await html(`/bibliotheek/${item.slug}`);
    expect(page).toContain(`<h1 id="item-title" class="text-3xl font-bold" lang="nl">${escape(item.title)}</h1>`);
    expect(page).toMatch(/class="prose-pp mb-6 max-w-3xl" lang="nl"/);

    const library = await html("/bibliotheek");
    expect(library).toContain(`href="/bibliotheek/${item.slug}"><span lang="nl">${escape(item.title)}</span></a>`);

    const communityPage = await html(`/communities/${DEMO_COMMUNITY}`);
    expect(communityPage).toContain(`lang="nl">${escape(community.name)}</h1>`);

    const topic = await html(topicPage);
    expect(topic).toMatch(/<h2 id="topic-title"[^>]*lang="nl"/);
    expect(topic).toMatch(/class="prose-pp mt-2 break-words" lang="nl"/);

    // The same pages in Dutch: Dutch content is in the page's language and carries no lang of its own.
    const dutchItem = await html(`/bibliotheek/${item.slug}`, "nl");
    expect(dutchItem).toContain(`<h1 id="item-title" class="text-3xl font-bold">${escape(item.title)}</h1>`);
    expect(await html(topicPage, "nl")).not.toMatch(/lang="nl"[^<]*<\/h2>|break-words" lang=/);
  });
});

describe("English content in the Dutch interface", () => {
  it("is marked lang=en, title and message, in the topic list and on the topic page", { timeout: 60_000 }, async () => {
    const channel = await db().channel.findFirstOrThrow({
      where: { community: { slug: DEMO_COMMUNITY } },
      orderBy: { position: "asc" },
      select: { slug: true },
    });
    const channelPath = `/communities/${DEMO_COMMUNITY}/discussies/${channel.slug}`;
    const title = "How do you find an internship with an employer?";
    const body = "We have tried a few things with the employers in our region, and this is what worked for our students.";
    const posted = await fetch(`${app.url}${channelPath}`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: dutchCookie, Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ title, bodyText: body }),
    });
    expect(posted.status).toBe(302);
    const topicPath = posted.headers.get("location")!;

    const topic = await html(topicPath, "nl");
    expect(topic).toMatch(new RegExp(`<h2 id="topic-title"[^>]*lang="en"[^>]*>${escape(title).replace("?", "\\?")}</h2>`));
    expect(topic).toMatch(/class="prose-pp mt-2 break-words" lang="en"/);
    const list = await html(channelPath, "nl");
    expect(list).toContain(`<span lang="en">${escape(title)}</span>`);
    // In the English interface the same topic is in the page's language.
    expect(await html(topicPath, "en")).not.toMatch(/lang="en"[^>]*>How do you/);
  });
});

/** The `lang` in force at the element whose own text is `text` (the page's, when nothing nearer says otherwise). */
function langAt(page: string, text: string): string | null {
  const window = new Window();
  window.document.write(page);
  const element = [...window.document.body.querySelectorAll("*")].find(
    (candidate) => candidate.textContent?.trim() === text && [...candidate.children].every((child) => child.textContent?.trim() !== text),
  );
  const lang = element?.closest("[lang]")?.getAttribute("lang") ?? null;
  void window.happyDOM.close();
  if (!element) throw new Error(`"${text}" is not on the page`);
  return lang;
}

describe("Dutch werkagenda, community and library text in the English interface (decision 294)", () => {
  it(
    "is marked lang=nl: review round actions, indicators and decisions, a community's about, a join request, the library queue",
    { timeout: 60_000 },
    async () => {
      const round = await db().reviewRound.findFirstOrThrow({ select: { id: true } });
      const decision = await db().reviewDecision.findFirstOrThrow({ where: { roundId: round.id }, select: { text: true } });
      const goal = await db().agendaGoal.findFirstOrThrow({
        where: { actions: { some: {} }, indicators: { some: {} } },
        orderBy: { sortOrder: "asc" },
        select: {
          title: true,
          theme: { select: { slug: true } },
          actions: { take: 1, select: { title: true } },
          indicators: { take: 1, select: { name: true } },
        },
      });
      const reviewPage = await html(`/werkagenda/herijking/${round.id}`);
      expect(langAt(reviewPage, goal.actions[0]!.title)).toBe("nl");
      expect(langAt(reviewPage, goal.indicators[0]!.name)).toBe("nl");
      expect(langAt(reviewPage, decision.text)).toBe("nl");
      expect(langAt(await html(`/werkagenda/${goal.theme.slug}`), goal.indicators[0]!.name)).toBe("nl");

      const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true, about: true } });
      expect(langAt(await html(`/communities/${DEMO_COMMUNITY}`), community.about)).toBe("nl");
      const request = await db().joinRequest.findFirstOrThrow({
        where: { communityId: community.id, status: "PENDING", message: { not: null } },
        select: { message: true },
      });
      const facilitator = await db().user.findUniqueOrThrow({ where: { email: "facilitator@praktijkplein.test" }, select: { id: true } });
      const asFacilitator = `${(await languageCookie.serialize("en")).split(";")[0]}; ${await sessionCookieFor(facilitator.id)}`;
      const manage = await (await fetch(`${app.url}/communities/${DEMO_COMMUNITY}/beheer`, { headers: { Cookie: asFacilitator } })).text();
      expect(langAt(manage, request.message!)).toBe("nl");
      const moderator = await db().user.findUniqueOrThrow({ where: { email: "moderator@praktijkplein.test" }, select: { id: true } });
      const asModerator = `${(await languageCookie.serialize("en")).split(";")[0]}; ${await sessionCookieFor(moderator.id)}`;
      // A title long enough for the detector on its own (decision 230 leaves "Stageplekken" unmarked).
      const queued = (await db().libraryItem.findMany({ where: { status: "SUBMITTED" }, select: { title: true } })).find(
        (item) => detectContentLanguage(item.title) === "nl",
      )!;
      const queue = await (await fetch(`${app.url}/bibliotheek/beheer`, { headers: { Cookie: asModerator } })).text();
      expect(langAt(queue, queued.title)).toBe("nl");
    },
  );
});
