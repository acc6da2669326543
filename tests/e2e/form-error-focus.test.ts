/**
 * A form-wide error takes focus in the browser (decision 231): a wrong password on /inloggen,
 * with and without JavaScript, so a keyboard or screen-reader user learns that the form was not
 * accepted. Field errors keep taking focus on the first field with an error (decision 223).
 */
import { createHash } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { hydrated } from "../helpers/browser.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const app = useBrowserApp({
  before: seedDemo,
});

/** What has focus: its role and text, or its tag and name. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return "body";
    return `${active.getAttribute("role") ?? active.tagName.toLowerCase()}: ${active.textContent?.trim() || active.getAttribute("name")}`;
  });
}

describe("a form-wide error takes focus", () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`a wrong password on /inloggen ${javaScriptEnabled ? "with" : "without"} JavaScript`, { timeout: 60_000 }, async () => {
      const context = await app.browser.newContext({ locale: "nl-NL", javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${app.url}/inloggen`);
      if (javaScriptEnabled) await hydrated(page);
      await page.getByLabel("E-mailadres").fill("lid@praktijkplein.test");
      await page.getByLabel("Wachtwoord").fill("niet-het-goede-wachtwoord");
      await page.getByLabel("Wachtwoord").press("Enter");
      await page.getByRole("alert").waitFor();
      await expect.poll(() => focused(page)).toBe("alert: Dit e-mailadres of wachtwoord klopt niet.");

      // The second try, from the password field, comes back with the same error: focus goes to it again.
      await page.getByLabel("Wachtwoord").fill("nog-steeds-niet-goed");
      expect(await focused(page)).toMatch(/^input/);
      await page.getByLabel("Wachtwoord").press("Enter");
      await expect.poll(() => focused(page)).toBe("alert: Dit e-mailadres of wachtwoord klopt niet.");
      await context.close();
    });
  }

  it("a password reset whose link was used meanwhile, without JavaScript", { timeout: 60_000 }, async () => {
    const token = "h4-form-error-focus-reset-token";
    const user = await db().user.findUniqueOrThrow({ where: { email: "nieuw@praktijkplein.test" }, select: { id: true } });
    const reset = await db().passwordReset.create({
      data: { userId: user.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const context = await app.browser.newContext({ locale: "nl-NL", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/wachtwoord-herstellen/${token}`);
    await db().passwordReset.update({ where: { id: reset.id }, data: { usedAt: new Date() } });
    await page.getByLabel("Nieuw wachtwoord").fill("een-heel-nieuw-wachtwoord-2026");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).press("Enter");
    await page.getByRole("alert").waitFor();
    await expect.poll(() => focused(page)).toBe("alert: Deze link werkt niet meer. Hij is al gebruikt of verlopen.");
    await context.close();
  });

  it("a field error still focuses its field (no form-wide error on the page)", { timeout: 60_000 }, async () => {
    const context = await app.browser.newContext({ locale: "nl-NL", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/inloggen`);
    await page.evaluate(() => document.querySelector("form#login")?.setAttribute("novalidate", ""));
    await page.getByLabel("E-mailadres").fill("geen-adres");
    await page.getByLabel("Wachtwoord").press("Enter");
    await page.waitForLoadState("load");
    expect(await page.getByRole("alert").count()).toBe(0);
    await expect.poll(() => focused(page)).toMatch(/^input: email/);
    await context.close();
  });

  it("an empty reply without JavaScript focuses the message box, not the top of the page (walk 10)", { timeout: 60_000 }, async () => {
    const topic = await db().topic.findFirstOrThrow({
      where: { channel: { community: { slug: DEMO_COMMUNITY } } },
      select: { id: true, channel: { select: { slug: true } } },
    });
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", {
      javaScriptEnabled: false,
      goto: `/communities/${DEMO_COMMUNITY}/discussies/${topic.channel.slug}/${topic.id}`,
    });
    await page.getByRole("button", { name: "Versturen" }).press("Enter");
    await page.getByText("Schrijf eerst je bericht.").waitFor();
    await expect.poll(() => focused(page)).toBe("textarea: bodyText");
    await context.close();
  });
});
