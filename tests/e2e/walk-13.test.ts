/**
 * Walk 13 (decision 278): what changed in the browser. A printed live handreiking leaves out the
 * template's hints, with and without JavaScript; an empty invitation, a new action without a goal
 * and an email address that fails two checks are named once, at the field, which takes focus; an
 * unknown community's tab has a title; the data download says to reload without JavaScript; the
 * search filters leave the default order out of the address.
 */
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { templateState } from "../../server/documents/templates.ts";
import type { editorState } from "../../server/documents/builder.ts";
import { hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { PHONE } from "../helpers/phone-journey.ts";

let handreiking = "";

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true } });
    const member = await db().user.findUniqueOrThrow({ where: { email: "lid@praktijkplein.test" }, select: { id: true } });
    const document = await createDocumentIn(
      community.id,
      member.id,
      "Handreiking proefplaatsing",
      templateState("handreiking") as ReturnType<typeof editorState>,
    );
    handreiking = `/communities/${DEMO_COMMUNITY}/documenten/${document.id}`;
  },
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe("walk 13", () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`a printed handreiking leaves out the template's hints (JavaScript: ${javaScriptEnabled})`, { timeout: 60_000 }, async () => {
      const { context, page } = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled, goto: handreiking });
      const content = page.getByTestId(javaScriptEnabled ? "document-editor" : "document-html");
      if (javaScriptEnabled) await hydrated(page);
      const hint = content.getByText("Eerste stap", { exact: true });
      await hint.waitFor({ timeout: 15_000 });
      await page.emulateMedia({ media: "print" });
      await hint.waitFor({ state: "hidden" });
      expect(await content.getByText(/Beschrijf in een paar zinnen/).isVisible()).toBe(false);
      // The headings are the document's own words and stay.
      expect(await content.getByText("Stap voor stap", { exact: true }).isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });
      expect(await hint.isVisible()).toBe(true);
      await context.close();
    });
  }

  it("an empty invitation asks for the invitee's address at the field, which takes focus", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("facilitator@praktijkplein.test", {
      ...PHONE,
      javaScriptEnabled: false,
      goto: `/communities/${DEMO_COMMUNITY}/beheer`,
    });
    await page.getByRole("button", { name: "Uitnodigen", exact: true }).click();
    await page.getByText("Vul het e-mailadres in van wie je uitnodigt.").waitFor({ timeout: 10_000 });
    expect(await page.getByText("Vul je e-mailadres in.").count()).toBe(0);
    const email = page.getByLabel("E-mailadres");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await isFocused(email)).toBe(true);
    await context.close();
  });

  it("a new action without a goal says to choose the goal, at the goal", { timeout: 60_000 }, async () => {
    const theme = await db().theme.findFirstOrThrow({ select: { slug: true } });
    const { context, page } = await app.signedInAs("admin@praktijkplein.test", {
      javaScriptEnabled: false,
      goto: `/werkagenda/${theme.slug}/beheer`,
    });
    await page.getByRole("button", { name: "Actie toevoegen" }).click();
    await page.getByText("Kies het doel.").first().waitFor({ timeout: 10_000 });
    expect(await page.getByText("Dit verzoek klopt niet.").count()).toBe(0);
    expect(await page.locator("select[aria-invalid=true] option", { hasText: "Kies een doel" }).count()).toBe(1);
    await context.close();
  });

  it("an address that fails two checks is named once", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled: false, goto: "/profiel/e-mailadres" });
    const email = page.getByLabel("Nieuw e-mailadres");
    await email.evaluate((input: HTMLInputElement) => {
      input.removeAttribute("maxlength");
      input.value = `${"a".repeat(300)}@`;
    });
    await page.getByRole("button", { name: "Stuur een link naar het nieuwe adres" }).click();
    const message = page.getByText("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
    await message.first().waitFor({ timeout: 10_000 });
    expect(await message.count()).toBe(1);
    await context.close();
  });

  it("an unknown community's tab is titled like every page that is not found", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled: false });
    expect((await page.goto(`${app.url}/communities/bestaat-niet`))?.status()).toBe(404);
    expect(await page.title()).toBe("Pagina niet gevonden | Praktijkplein");
    await context.close();
  });

  it("a queued data download says to reload only without JavaScript", { timeout: 60_000 }, async () => {
    const reload = "Ververs deze pagina over een minuut om te zien of je gegevens klaarstaan.";
    // A request still in the queue (no worker runs here), as the button leaves it.
    const member = await db().user.findUniqueOrThrow({ where: { email: "nieuw@praktijkplein.test" }, select: { id: true } });
    await db().dataExport.create({ data: { userId: member.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    const plain = await app.signedInAs("nieuw@praktijkplein.test", { javaScriptEnabled: false, goto: "/profiel/gegevens" });
    await plain.page.getByText("Je aanvraag staat in de wachtrij.").waitFor({ timeout: 10_000 });
    await plain.page.getByText(reload).waitFor();
    await plain.context.close();
    // With JavaScript the page follows the job by itself.
    const rich = await app.signedInAs("nieuw@praktijkplein.test", { goto: "/profiel/gegevens" });
    await hydrated(rich.page);
    await rich.page.getByText("Je aanvraag staat in de wachtrij.").waitFor({ timeout: 10_000 });
    expect(await rich.page.getByText(reload).count()).toBe(0);
    await rich.context.close();
  });

  it("the search filters leave the default order out of the address, without JavaScript", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", { javaScriptEnabled: false, goto: "/zoeken?q=werkgevers" });
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await page.waitForLoadState();
    const search = new URL(page.url()).searchParams;
    expect(search.get("q")).toBe("werkgevers");
    expect(search.has("sort")).toBe(false);
    await context.close();
  });
});
