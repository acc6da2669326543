/**
 * Walk 10 (decision 253): what a first-time member met in the browser and what changed. A tab of a
 * community that refuses a non-member says why and leads to the community; the message box offers
 * picking a member after "@" only with JavaScript, and the plain box says how to type a mention
 * instead (decision 269); the library's upload limit reads as Dutch.
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { expectAccessible, hydrated } from "../helpers/browser.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const app = useBrowserApp({
  before: seedDemo,
});

describe("walk 10", () => {
  it("a community's discussions refuse a non-member with why and a way to the community page", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("nieuw@praktijkplein.test");
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { name: true } });
    const response = await page.goto(`${app.url}/communities/${DEMO_COMMUNITY}/discussies`);
    expect(response?.status()).toBe(403);
    await hydrated(page);
    await page.getByRole("heading", { level: 1, name: "Alleen voor leden" }).waitFor({ timeout: 10_000 });
    expect(await page.title()).toBe(`Geen toegang: ${community.name} | Praktijkplein`);
    expect(await page.getByRole("link", { name: `Naar ${community.name}` }).getAttribute("href")).toBe(`/communities/${DEMO_COMMUNITY}`);
    await expectAccessible(page);
    await context.close();

    // A member who may not manage the community still gets the site's own "Geen toegang".
    const member = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled: false });
    expect((await member.page.goto(`${app.url}/communities/${DEMO_COMMUNITY}/beheer`))?.status()).toBe(403);
    await member.page.getByText("Je hebt geen toegang tot deze pagina.").waitFor({ timeout: 10_000 });
    expect(await member.page.getByRole("heading", { name: "Alleen voor leden" }).count()).toBe(0);
    await member.context.close();
  });

  it(
    "the message box offers picking a member after '@' only with JavaScript; the plain box says to type the full name (decision 269)",
    { timeout: 60_000 },
    async () => {
      const channel = await db().channel.findFirstOrThrow({ where: { community: { slug: DEMO_COMMUNITY } }, select: { slug: true } });
      const path = `/communities/${DEMO_COMMUNITY}/discussies/${channel.slug}`;
      const hint = "Typ @ en een naam om iemand te noemen.";
      const plain = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled: false, goto: path });
      await plain.page.getByRole("heading", { name: "Nieuw onderwerp" }).waitFor({ timeout: 10_000 });
      expect(await plain.page.getByText(hint).count()).toBe(0);
      await plain.page.getByText("Wil je iemand noemen? Typ @ en de voor- en achternaam, zoals @Samir Benali.").first().waitFor();
      await plain.context.close();
      const rich = await app.signedInAs("lid@praktijkplein.test", { goto: path });
      await hydrated(rich.page);
      await rich.page.getByText(hint).waitFor({ timeout: 10_000 });
      await rich.context.close();
    },
  );

  it("the library's upload limit reads '15 MB', not '15.0 MB'", { timeout: 60_000 }, async () => {
    const item = await db().libraryItem.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
    const { context, page } = await app.signedInAs("moderator@praktijkplein.test", {
      javaScriptEnabled: false,
      goto: `/bibliotheek/${item.slug}`,
    });
    await page.getByText(/Hoogstens 15 MB\.$/).waitFor({ timeout: 10_000 });
    await context.close();
  });
});
