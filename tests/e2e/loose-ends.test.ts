/**
 * Loose ends of decision 286 as a person meets them in Chromium (Dutch, phone width where it
 * matters): comparing review rounds and /melden opened without what their links fill in explain
 * what is needed; an empty reply names the message. (The upload journeys are walk 14's,
 * tests/e2e/walk-14.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { expectAccessible, hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { PHONE } from "../helpers/phone-journey.ts";

const app = useBrowserApp({ before: seedDemo });

describe("loose ends (decision 286)", () => {
  it("comparing rounds with one round says two are needed, and leads back", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", {
      ...PHONE,
      javaScriptEnabled: false,
      goto: "/werkagenda/herijking/vergelijken",
    });
    await page.getByRole("heading", { level: 1, name: "Twee rondes vergelijken" }).waitFor({ timeout: 10_000 });
    await page.getByText("Vergelijken kan pas als er twee rondes zijn. Er is nu één ronde.").waitFor();
    await page.getByRole("link", { name: "Terug naar de herijking" }).click();
    await page.waitForURL(/\/werkagenda\/herijking$/);
    await context.close();
  });

  it("/melden without a target says how to report and where to go", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", { ...PHONE, goto: "/melden" });
    await hydrated(page);
    await page.getByRole("heading", { name: "Zo meld je iets" }).waitFor({ timeout: 10_000 });
    expect(await page.getByText("Kies daar de knop ‘Melden’.").isVisible()).toBe(true);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Naar de bibliotheek" }).click();
    await page.waitForURL(/\/bibliotheek$/);
    await context.close();
  });

  it("an empty reply with JavaScript asks for the message", { timeout: 60_000 }, async () => {
    const topic = await db().topic.findFirstOrThrow({
      where: { channel: { community: { slug: DEMO_COMMUNITY } } },
      select: { id: true, channel: { select: { slug: true } } },
    });
    const { context, page } = await app.signedInAs("lid@praktijkplein.test", {
      goto: `/communities/${DEMO_COMMUNITY}/discussies/${topic.channel.slug}/${topic.id}`,
    });
    await hydrated(page);
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.getByText("Schrijf eerst je bericht.").waitFor({ timeout: 10_000 });
    await context.close();
  });
});
