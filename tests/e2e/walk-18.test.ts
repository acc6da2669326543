/**
 * Walk 18 (decision 320): where focus lands after an action that leads to a place on another page
 * (an address with a fragment), and after a refused moderation action without JavaScript.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { hydrated, userIdByEmail } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { flash, PHONE } from "../helpers/phone-journey.ts";

const COMMUNITY = "klantmanagers-arbeidstoeleiding";
let reportPath = "";
let reportedSeq = 0;

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    const lid = await userIdByEmail("lid@praktijkplein.test");
    const topic = await db().topic.findFirstOrThrow({
      where: { title: "Welkom! Lees dit eerst", community: { slug: COMMUNITY } },
      select: {
        id: true,
        messages: { where: { authorId: { not: lid } }, select: { id: true, seq: true }, orderBy: { seq: "desc" }, take: 1 },
      },
    });
    const message = topic.messages[0]!;
    reportPath = `/melden?soort=bericht&id=${message.id}`;
    reportedSeq = message.seq;
  },
});

/** What has focus: its id, or its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return "body";
    return active.id ? `#${active.id}` : `${active.tagName.toLowerCase()}: ${active.textContent?.trim().slice(0, 60)}`;
  });

describe("walk 18", () => {
  it("after a new topic focus is on its title, not on the community's name", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
      ...PHONE,
      goto: `/communities/${COMMUNITY}/discussies/algemeen`,
    });
    await hydrated(page);
    await page.getByLabel("Titel").fill("Wie werkt er met een vaste jobcoach?");
    await page.getByRole("textbox", { name: "Je bericht" }).click();
    await page.keyboard.type("Ik hoor graag hoe dat bij jullie gaat.");
    await page.getByRole("button", { name: "Onderwerp plaatsen" }).click();
    await flash(page, "Je onderwerp is geplaatst.");
    // Before: the community's name (the page's h1), far above the new topic.
    await expect.poll(() => focused(page)).toBe("#topic-title");
    await context.close();
  });

  it("after reporting a message focus is back on that message", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", { ...PHONE, goto: reportPath });
    await hydrated(page);
    await page.getByLabel("Wat is er aan de hand?").selectOption({ label: "Spam of reclame" });
    await page.getByRole("button", { name: "Melding versturen" }).click();
    await flash(page, "Je melding is verstuurd");
    await expect.poll(() => focused(page)).toBe(`#bericht-${reportedSeq}`);
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(
      `after a new measurement focus is on its indicator ${javaScriptEnabled ? "with" : "without"} JavaScript`,
      { timeout: 60_000 },
      async () => {
        const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
          javaScriptEnabled,
          goto: "/werkagenda/arbeidstoeleiding/meting",
        });
        if (javaScriptEnabled) await hydrated(page);
        const indicator = page.getByLabel("Indicator");
        await indicator.selectOption({ index: 1 });
        const indicatorId = await indicator.inputValue();
        await page.getByLabel("Waarde").fill("1100");
        await page.getByLabel("Datum van de meting").fill("2026-01-15");
        await page.getByLabel("Bron").fill("Divosa, regiomonitor");
        await page.getByRole("button", { name: "Meting opslaan" }).click();
        await flash(page, "De meting is opgeslagen.");
        // Before: the theme's name with JavaScript, nothing (the page) without.
        await expect.poll(() => focused(page)).toBe(`#indicator-${indicatorId}`);
        await context.close();
      },
    );
  }

  it("a moderation action refused without JavaScript puts focus on the missing reason", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("moderator@praktijkplein.test", { javaScriptEnabled: false, goto: "/moderatie" });
    const report = page.getByRole("listitem").filter({ hasText: "Intervisie in maart: casus gezocht" }).first();
    await report.getByRole("radio", { name: "Verbergen voor anderen" }).check();
    await report.getByRole("button", { name: "Uitvoeren" }).click();
    const reason = page
      .getByRole("listitem")
      .filter({ hasText: "Intervisie in maart: casus gezocht" })
      .first()
      .getByLabel(/^Reden/);
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    // Before: the page itself (body), the reason far below the top.
    expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.close();
  });
});
