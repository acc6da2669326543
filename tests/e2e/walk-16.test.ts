/**
 * Walk 16 (decision 295): what changed in the browser. "Bewerk" under one's own message puts focus
 * in its edit box (by mouse, by keyboard and without JavaScript); after saving or cancelling focus
 * goes back to that message's "Bewerk", not to its author's name.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { hydrated, userIdByEmail } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { createTopic } from "../helpers/discussion-factories.ts";
import { PHONE } from "../helpers/phone-journey.ts";

let topicPath = "";

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    const channel = await db().channel.findFirstOrThrow({
      where: { community: { slug: "klantmanagers-arbeidstoeleiding" } },
      select: { id: true, slug: true, communityId: true },
    });
    const topic = await createTopic(channel, await userIdByEmail("facilitator@praktijkplein.test"), {
      title: "Eerste maand na plaatsing",
      messages: [
        "Hoe houden jullie contact in de eerste maand?",
        "Wij bellen in week één en week drie.",
        "Een vaste jobcoach helpt het meest.",
        "De werkgever krijgt ook een belafspraak.",
        "Na vier weken een gesprek met z'n drieën.",
      ],
    });
    topicPath = `/communities/klantmanagers-arbeidstoeleiding/discussies/${channel.slug}/${topic.id}`;
  },
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const editLink = (page: Page, seq: number) => page.getByRole("link", { name: `Bewerk: Bericht ${seq}`, exact: true });

describe("walk 16", () => {
  it("Bewerk focuses the edit box; saving or cancelling brings focus back to Bewerk", { timeout: 90_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", { ...PHONE, goto: topicPath });
    await hydrated(page);
    // The mouse, on the fifth message (walk 15 saw focus land on the author's name).
    await editLink(page, 5).click();
    const box = page.locator("#edit-5");
    await expect.poll(() => isFocused(box)).toBe(true);
    await page.keyboard.type(" Met de klant erbij.");
    await page.getByRole("button", { name: "Wijziging opslaan" }).click();
    await page.getByText("Je wijziging is opgeslagen.").waitFor();
    await page.getByText("Met de klant erbij.").waitFor();
    await expect.poll(() => isFocused(editLink(page, 5))).toBe(true);

    // By keyboard on another message, then cancelled.
    await editLink(page, 2).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => isFocused(page.locator("#edit-2"))).toBe(true);
    await page.getByRole("link", { name: "Annuleren" }).click();
    await expect.poll(() => isFocused(editLink(page, 2))).toBe(true);
    await context.close();

    // Without JavaScript the page opens at the edit box, which takes focus.
    const noScript = await app.signedInAs("facilitator@praktijkplein.test", { ...PHONE, javaScriptEnabled: false, goto: topicPath });
    await editLink(noScript.page, 4).click();
    await noScript.page.waitForURL(/bewerk=/);
    await expect.poll(() => isFocused(noScript.page.locator("#edit-4"))).toBe(true);
    await noScript.context.close();
  });

  it(
    "without JavaScript a library form sent back puts focus on its first wrong field, a group of boxes too",
    { timeout: 60_000 },
    async () => {
      const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", {
        ...PHONE,
        javaScriptEnabled: false,
        goto: "/bibliotheek/nieuw?soort=praktijkcase&community=doe-netwerk-werkgevers-diversiteit",
      });
      await page.getByLabel("Titel").fill("Schoonmaakbedrijf Helder: een vaste buddy");
      await page.getByLabel("Korte samenvatting").fill("Nieuwe medewerkers krijgen drie maanden een vaste buddy.");
      await page.getByRole("textbox", { name: "Naam van de organisatie" }).fill("Helder Schoonmaak");
      await page.getByRole("button", { name: "Insturen voor beoordeling" }).click();
      await page.getByText("Kies minstens één thema.").waitFor();
      // The themes come first; before, focus went to the first wrong text field further down.
      expect(await isFocused(page.getByRole("checkbox", { name: "Meer culturele diversiteit op het werk" }))).toBe(true);

      await page.getByRole("checkbox", { name: "Meer culturele diversiteit op het werk" }).check();
      await page.getByRole("button", { name: "Insturen voor beoordeling" }).click();
      await page.getByText("Kies hoe groot de organisatie is.").waitFor();
      expect(await isFocused(page.getByLabel("Sector van de organisatie"))).toBe(true);
      await context.close();
    },
  );

  it("without JavaScript a refused merge or return keeps what the moderator typed", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("moderator@praktijkplein.test", {
      ...PHONE,
      javaScriptEnabled: false,
      goto: "/bibliotheek/vacatureteksten-in-eenvoudige-taal",
    });
    const target = page.getByLabel("Het item dat blijft (plak het adres van die pagina)");
    await target.fill("https://example.org/iets-anders");
    await page.getByRole("button", { name: "Samenvoegen" }).click();
    await page.getByText("Dat item bestaat niet of kan niet worden gebruikt.").waitFor();
    expect(await target.inputValue()).toBe("https://example.org/iets-anders");

    const comment = page.getByLabel("Opmerking voor de auteur");
    await comment.fill("Kort");
    await page.getByRole("button", { name: "Terugsturen met opmerking" }).click();
    await page.getByText("Schrijf een opmerking voor de auteur (minstens 5 tekens).").waitFor();
    expect(await comment.inputValue()).toBe("Kort");
    expect(await isFocused(comment)).toBe(true);
    await context.close();
  });

  it("without JavaScript, Back from a filtered menukaart shows the filters of the list it shows", { timeout: 60_000 }, async () => {
    const context = await app.browser.newContext({ locale: "nl-NL", ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/menukaart`);
    await page.getByLabel(/^Werkgevers \(/).check();
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(/doelgroep=werkgevers/);
    await page.goBack();
    await page.waitForURL((url) => url.search === "");
    // The whole list again, with nothing ticked (before, the browser put the tick back).
    expect(await page.getByLabel(/^Werkgevers \(/).isChecked()).toBe(false);
    await context.close();
  });
});
