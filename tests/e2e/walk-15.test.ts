/**
 * Walk 15 (decision 288): what changed in the browser. A mouse click on a form's button right after
 * typing a wrong value sends the form (the field's error no longer appears on blur and pushes the
 * button away between mouse-down and mouse-up).
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { PHONE } from "../helpers/phone-journey.ts";

const app = useBrowserApp({ before: () => seedDemo() });

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe("walk 15", () => {
  it("a mouse click right after a wrong value sends the form: a new meeting and a new document", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
      ...PHONE,
      goto: "/agenda/nieuw?community=klantmanagers-arbeidstoeleiding",
    });
    await hydrated(page);
    await page.getByLabel("Titel").fill("Intervisie jobcoaches");
    await page.getByLabel("Beschrijving").fill("Jobcoaches bespreken een casus over de eerste maand werk.");
    await page.getByLabel("Begint op").fill("2027-06-09T14:00");
    await page.getByLabel("Eindigt op").fill("2027-06-09T16:00");
    await page.getByRole("textbox", { name: /^Plaats/ }).fill("Tilburg");
    const capacity = page.getByLabel(/^Maximum aantal plaatsen/);
    await capacity.fill("-3");
    // The mouse, not Enter: focus is still in the field, so the button's mouse-down blurs it.
    await page.getByRole("button", { name: "Bijeenkomst maken" }).click();
    await page.getByText("Het aantal plaatsen kan niet kleiner zijn dan 0.").waitFor();
    // The click was a submit: conform moves focus to the first wrong field (before, it stayed on the button).
    await expect.poll(() => isFocused(capacity)).toBe(true);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.url}/communities/klantmanagers-arbeidstoeleiding/documenten/nieuw`);
    await hydrated(page);
    const title = page.getByLabel("Titel");
    await title.fill(" ");
    await page.getByRole("button", { name: "Document maken" }).click();
    await expect.poll(() => title.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => isFocused(title)).toBe(true);
    await context.close();
  });
});
