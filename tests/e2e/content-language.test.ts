/**
 * Dutch content in the English interface is marked lang="nl" (WCAG 3.1.2,
 * issue 14.21): library titles, summaries and bodies, community names, topic
 * titles and messages. The server-rendered HTML, as a member reading English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { languageCookie } from "../../app/.server/language.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { sessionCookieFor } from "../helpers/factories.ts";
import { DEMO_COMMUNITY, morePages } from "../helpers/main-pages.ts";

let server: AppServer;
let cookie = "";

beforeAll(async () => {
  await seedDemo();
  const member = await db().user.findUniqueOrThrow({ where: { email: "lid@praktijkplein.test" }, select: { id: true } });
  cookie = `${(await languageCookie.serialize("en")).split(";")[0]}; ${await sessionCookieFor(member.id)}`;
  server = await startAppServer();
});

afterAll(async () => {
  await server?.stop();
});

async function html(path: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/<html lang="en"/);
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
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");

    const page = await html(`/bibliotheek/${item.slug}`);
    expect(page).toContain(`<h1 class="text-3xl font-bold" lang="nl">${escape(item.title)}</h1>`);
    expect(page).toMatch(/class="prose-pp mb-6 max-w-3xl" lang="nl"/);

    const library = await html("/bibliotheek");
    expect(library).toMatch(
      new RegExp(`<a lang="nl"[^>]*href="/bibliotheek/${item.slug}"|<a[^>]*href="/bibliotheek/${item.slug}"[^>]*lang="nl"`),
    );

    const communityPage = await html(`/communities/${DEMO_COMMUNITY}`);
    expect(communityPage).toContain(`lang="nl">${escape(community.name)}</h1>`);

    const topic = await html(topicPage);
    expect(topic).toMatch(/<h2 id="topic-title"[^>]*lang="nl"/);
    expect(topic).toMatch(/class="prose-pp mt-2 break-words" lang="nl"/);
  });
});
