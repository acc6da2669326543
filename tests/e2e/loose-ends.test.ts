/**
 * Loose ends of decision 286 as a person meets them in Chromium (Dutch, phone width where it
 * matters): comparing review rounds and /melden opened without what their links fill in explain
 * what is needed; an empty reply names the message; an attachment over 2 MB uploads with
 * JavaScript; one over the limit is named at the field before it is sent, and without JavaScript
 * the refusal page says why.
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { ATTACHMENT_MAX_BYTES } from "../../app/shared/library.ts";
import { db } from "../../server/db.ts";
import { expectAccessible, hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { PHONE } from "../helpers/phone-journey.ts";

const app = useBrowserApp({ before: seedDemo });

/** A PDF (by its first bytes) of `size` bytes. */
function pdf(name: string, size: number) {
  const buffer = Buffer.alloc(size, 0x20);
  buffer.write("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  return { name, mimeType: "application/pdf", buffer };
}

async function itemPage() {
  const item = await db().libraryItem.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true } });
  return `/bibliotheek/${item.slug}`;
}

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

  it(
    "with JavaScript a 3 MB attachment uploads, and one over the limit is named at the field without sending it",
    { timeout: 90_000 },
    async () => {
      const { context, page } = await app.signedInAs("moderator@praktijkplein.test", { goto: await itemPage() });
      await hydrated(page);
      const posts: string[] = [];
      page.on("request", (request) => {
        if (request.method() === "POST") posts.push(request.url());
      });
      const file = page.getByLabel("Bijlage toevoegen");
      await file.setInputFiles(pdf("werkproces.pdf", 3 * 1024 * 1024));
      await page.getByRole("button", { name: "Uploaden" }).click();
      await page.getByText("De bijlage is toegevoegd.").waitFor({ timeout: 20_000 });
      expect(await page.getByRole("link", { name: /werkproces\.pdf/ }).count()).toBe(1);

      posts.length = 0;
      await file.setInputFiles(pdf("jaarverslag.pdf", ATTACHMENT_MAX_BYTES + 1));
      await file.press("Tab");
      await page.keyboard.press("Enter");
      await page.getByText("Dit bestand is te groot. Het mag hoogstens 15 MB zijn.").waitFor({ timeout: 10_000 });
      expect(await file.getAttribute("aria-invalid")).toBe("true");
      expect(await file.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(posts).toEqual([]);
      await context.close();
    },
  );

  it("without JavaScript a file over the limit gets the refusal page with the reason", { timeout: 120_000 }, async () => {
    const item = await itemPage();
    const { context, page } = await app.signedInAs("moderator@praktijkplein.test", { ...PHONE, javaScriptEnabled: false, goto: item });
    await page.getByLabel("Bijlage toevoegen").setInputFiles(pdf("jaarverslag.pdf", ATTACHMENT_MAX_BYTES + 1));
    await page.getByRole("button", { name: "Uploaden" }).click();
    await page.getByText("Dit bestand is te groot. Het mag hoogstens 15 MB zijn.").waitFor({ timeout: 20_000 });
    await page.getByRole("link", { name: "Terug" }).click();
    await page.waitForURL(new RegExp(`${item}$`));

    // Far over the limit, refused before the body is read: a page that says why and leads back.
    await page.getByLabel("Bijlage toevoegen").setInputFiles(pdf("scan.pdf", 20 * 1024 * 1024));
    await page.getByRole("button", { name: "Uploaden" }).click();
    await page.getByRole("heading", { name: "Dit bestand is te groot" }).waitFor({ timeout: 60_000 });
    await page.getByRole("link", { name: "Terug naar het item" }).click();
    await page.waitForURL(new RegExp(`${item}$`));
    await context.close();
  });
});
