/**
 * Walk 19 (decision 329): where focus lands when a message box refuses what was sent with
 * JavaScript (an empty reply, an emptied edit), and after making a document.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { flash, PHONE } from "../helpers/phone-journey.ts";

const COMMUNITY = "klantmanagers-arbeidstoeleiding";

const app = useBrowserApp({ before: seedDemo });

/** What has focus: its id, or its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return "body";
    return active.id ? `#${active.id}` : `${active.tagName.toLowerCase()}: ${active.textContent?.trim().slice(0, 60)}`;
  });

describe("walk 19", () => {
  it("an empty reply and an emptied edit put focus back in the box with the error", { timeout: 90_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
      ...PHONE,
      goto: `/communities/${COMMUNITY}/discussies/algemeen`,
    });
    await hydrated(page);
    await page.getByLabel("Titel").fill("Wie heeft ervaring met proefplaatsingen?");
    await page.getByRole("textbox", { name: "Je bericht" }).click();
    await page.keyboard.type("Ik ben benieuwd hoe dat bij jullie loopt.");
    await page.getByRole("button", { name: "Onderwerp plaatsen" }).click();
    await flash(page, "Je onderwerp is geplaatst.");

    // An empty reply, sent by keyboard: the error is under the box, focus goes back into it.
    await page.getByRole("button", { name: "Versturen" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Schrijf eerst je bericht.").waitFor();
    // Before: focus stayed on "Versturen", the error was not read.
    await expect.poll(() => focused(page)).toBe("#composer");
    expect(await page.locator("#composer").getAttribute("aria-describedby")).toContain("composer-error");

    // Emptying the opening message: the server refuses it, focus goes back to the edit box.
    await page.getByRole("link", { name: "Bewerk: Bericht 1" }).click();
    const edit = page.locator("#edit-1");
    await expect.poll(() => focused(page)).toBe("#edit-1");
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.getByRole("button", { name: "Wijziging opslaan" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Een bericht kan niet leeg zijn.").waitFor();
    // Before: focus stayed on "Wijziging opslaan".
    await expect.poll(() => focused(page)).toBe("#edit-1");
    expect(await edit.getAttribute("aria-describedby")).toContain("edit-1-error");
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(
      `after making a document focus is on its title ${javaScriptEnabled ? "with" : "without"} JavaScript`,
      { timeout: 60_000 },
      async () => {
        const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
          ...PHONE,
          javaScriptEnabled,
          goto: `/communities/${COMMUNITY}/documenten/nieuw`,
        });
        if (javaScriptEnabled) await hydrated(page);
        await page.getByLabel("Titel").fill(`Werkafspraken ${javaScriptEnabled ? "met" : "zonder"} JavaScript`);
        await page.getByRole("button", { name: "Document maken" }).click();
        await flash(page, "Het document is gemaakt.");
        // Before: the community's name (the page's h1) with JavaScript, the page without.
        await expect.poll(() => focused(page)).toBe("#document-title");
        await context.close();
      },
    );
  }
});
