/**
 * Walk 12 (decision 269): what changed in the browser. A practice case's sector and size ask for a
 * choice and say which is missing; a filtered menukaart address has no empty "q="; a topic's
 * "Titel wijzigen" closes on Escape like every fold-out; the plain reply box says how to mention
 * someone, tied to the box; an answer to an invitation without a choice says so at the choice and
 * takes focus there; a review comment the server refused takes focus with JavaScript too.
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";

const app = useBrowserApp({
  before: seedDemo,
});

async function demoTopic() {
  const topic = await db().topic.findFirstOrThrow({
    where: { channel: { community: { slug: DEMO_COMMUNITY } }, deletedAt: null, hiddenAt: null, locked: false },
    select: { id: true, channel: { select: { slug: true } } },
  });
  return `/communities/${DEMO_COMMUNITY}/discussies/${topic.channel.slug}/${topic.id}`;
}

describe("walk 12", () => {
  it("a practice case's sector and size ask for a choice and name what is missing, without JavaScript", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", {
      javaScriptEnabled: false,
      goto: "/bibliotheek/nieuw?soort=praktijkcase",
    });
    const sector = page.getByLabel("Sector van de organisatie");
    expect(await sector.locator("option").first().textContent()).toBe("Kies een sector");
    expect(await page.getByLabel("Omvang van de organisatie").locator("option").first().textContent()).toBe("Kies een omvang");
    // "Geen keuze" only where no choice is allowed (the region), not for these two.
    expect(await sector.locator("option", { hasText: "Geen keuze" }).count()).toBe(0);
    expect(await page.getByLabel("Omvang van de organisatie").locator("option", { hasText: "Geen keuze" }).count()).toBe(0);
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await page.getByText("Kies de sector.").waitFor({ timeout: 10_000 });
    await page.getByText("Kies hoe groot de organisatie is.").waitFor();
    expect(await sector.getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });

  it("a filtered menukaart address has no empty q=, without JavaScript", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled: false, goto: "/menukaart" });
    await page.locator("input[name=thema]").first().check();
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(/thema=/);
    expect(new URL(page.url()).search).not.toContain("q=");
    await context.close();
  });

  it("'Titel wijzigen' closes on Escape with focus back on it", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", { goto: await demoTopic() });
    await hydrated(page);
    const summary = page.locator("summary", { hasText: "Titel wijzigen" });
    await summary.focus();
    await page.keyboard.press("Enter");
    const title = page.locator("#topic-title-input");
    await title.waitFor();
    await title.focus();
    await page.keyboard.press("Escape");
    await title.waitFor({ state: "hidden" });
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.close();
  });

  it("the plain reply box says how to mention someone, tied to the box", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled: false, goto: await demoTopic() });
    const hint = page.locator("#composer-hint");
    expect(await hint.textContent()).toBe("Wil je iemand noemen? Typ @ en de voor- en achternaam, zoals @Samir Benali.");
    expect((await page.locator("textarea#composer").getAttribute("aria-describedby"))?.split(" ")).toContain("composer-hint");
    await context.close();
  });

  for (const javaScriptEnabled of [false, true]) {
    it(
      `an answer to an invitation without a choice is named at the choice, which takes focus (JavaScript: ${javaScriptEnabled})`,
      {
        timeout: 60_000,
      },
      async () => {
        const meeting = await db().meeting.findFirstOrThrow({
          where: { cancelledAt: null, startsAt: { gt: new Date() } },
          orderBy: { startsAt: "asc" },
          select: { id: true },
        });
        const { context, page } = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled, goto: `/agenda/${meeting.id}` });
        if (javaScriptEnabled) await hydrated(page);
        await page.evaluate(() =>
          document.querySelectorAll<HTMLInputElement>("input[name=answer]").forEach((input) => (input.checked = false)),
        );
        await page.getByRole("button", { name: "Antwoord opslaan" }).click();
        await page.getByText("Kies of je komt: ja, misschien of nee.").waitFor({ timeout: 10_000 });
        await page.waitForFunction(() => document.activeElement?.id === "rsvp-answer");
        expect(await page.locator("fieldset[aria-describedby=rsvp-answer-error]").count()).toBe(1);
        await context.close();
      },
    );
  }

  it("a return without a comment puts focus on the comment, with JavaScript", { timeout: 60_000 }, async () => {
    const item = await db().libraryItem.findFirstOrThrow({ where: { status: "SUBMITTED" }, select: { slug: true } });
    const { context, page } = await app.signedInAs("moderator@praktijkplein.test", { goto: `/bibliotheek/${item.slug}` });
    await hydrated(page);
    await page.getByRole("button", { name: "Terugsturen met opmerking" }).click();
    await page.getByText("Schrijf een opmerking voor de auteur (minstens 5 tekens).").waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.activeElement?.id === "return-comment");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true");
    await context.close();
  });
});
