/**
 * Walk 14 (decision 284): what changed in the browser. A refused attachment is told at the file
 * field, which takes focus, with and without JavaScript; a file over 2 MB uploads with JavaScript;
 * the item's history names what changed in Dutch; the wide tables on a phone can be scrolled by
 * keyboard.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { expectAccessible, hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { PHONE } from "../helpers/phone-journey.ts";

const app = useBrowserApp({ before: () => seedDemo() });

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** A concept handreiking by werkgever@, whose page has the upload form. */
async function draftItem(slug: string): Promise<string> {
  const author = await db().user.findUniqueOrThrow({ where: { email: "werkgever@praktijkplein.test" }, select: { id: true } });
  await db().libraryItem.create({
    data: {
      slug,
      kind: "HANDREIKING",
      title: `Checklist taalcoaching ${slug}`,
      summary: "Een checklist voor leidinggevenden die een nieuwe collega begeleiden.",
      body: {},
      bodyText: "",
      tags: [],
      status: "DRAFT",
      authorId: author.id,
    },
  });
  return `/bibliotheek/${slug}`;
}

const files = mkdtempSync(path.join(tmpdir(), "walk14-"));
afterAll(() => rmSync(files, { recursive: true, force: true }));

function file(name: string, bytes: Buffer): string {
  const where = path.join(files, name);
  writeFileSync(where, bytes);
  return where;
}

const PROGRAM_AS_PDF = () => file("factuur.pdf", Buffer.from("MZ\x90\x00\x03\x00\x00\x00 geen pdf"));
const PDF = (size: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size, 32), Buffer.from("\ntrailer<<>>\n%%EOF\n")]);

describe("walk 14", () => {
  for (const javaScriptEnabled of [false, true]) {
    it(
      `a refused attachment is told at the file field, which takes focus (JavaScript: ${javaScriptEnabled})`,
      { timeout: 60_000 },
      async () => {
        const item = await draftItem(`weigering-${javaScriptEnabled ? "js" : "html"}`);
        const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", { ...PHONE, javaScriptEnabled, goto: item });
        if (javaScriptEnabled) await hydrated(page);
        const input = page.getByLabel("Bijlage toevoegen");
        await input.setInputFiles(PROGRAM_AS_PDF());
        await page.getByRole("button", { name: "Uploaden" }).click();
        const message = page.getByText("Dit soort bestand kan niet.", { exact: false });
        await message.waitFor({ timeout: 15_000 });
        expect(await input.getAttribute("aria-invalid")).toBe("true");
        const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
        const errorId = await message.evaluate((element) => element.closest("[id]")?.id);
        expect(describedBy.split(" ")).toContain(errorId);
        await expect.poll(() => isFocused(input)).toBe(true);
        expect(await page.getByRole("link", { name: "factuur.pdf" }).count()).toBe(0);
        await context.close();
      },
    );
  }

  it("a 3 MB PDF uploads with JavaScript, and the history names it in Dutch", { timeout: 90_000 }, async () => {
    const item = await draftItem("drie-megabyte");
    const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", { goto: item });
    await hydrated(page);
    await page.getByLabel("Bijlage toevoegen").setInputFiles(file("verslag.pdf", PDF(3 * 1024 * 1024)));
    await page.getByRole("button", { name: "Uploaden" }).click();
    await page.getByText("De bijlage is toegevoegd.").waitFor({ timeout: 20_000 });
    await page
      .getByRole("link", { name: /verslag\.pdf/ })
      .first()
      .waitFor();
    const history = page.locator("section").filter({ has: page.getByRole("heading", { name: "Geschiedenis" }) });
    expect(await history.innerText()).toContain("Bijlage toegevoegd");
    expect(await history.innerText()).toMatch(/verslag\.pdf/);
    expect(await history.innerText()).not.toMatch(/attachment/);
    await context.close();
  });

  it("an edited item's history lists the fields by their Dutch names", { timeout: 60_000 }, async () => {
    const item = await draftItem("bewerkt");
    const row = await db().libraryItem.findUniqueOrThrow({ where: { slug: "bewerkt" }, select: { id: true, authorId: true } });
    await db().libraryRevision.create({
      data: {
        itemId: row.id,
        actorId: row.authorId,
        action: "edited",
        changes: { summary: { from: "a", to: "b" }, bodyText: { from: "", to: "c" }, documentId: { from: null, to: "d" } },
      },
    });
    const { context, page } = await app.signedInAs("werkgever@praktijkplein.test", { javaScriptEnabled: false, goto: item });
    const history = page.locator("section").filter({ has: page.getByRole("heading", { name: "Geschiedenis" }) });
    expect(await history.innerText()).toContain("Gewijzigd: Korte samenvatting, Uitleg, Gedeeld document uit een community");
    await context.close();
  });

  it("a wide table on a phone scrolls by keyboard: the review round's indicators", { timeout: 60_000 }, async () => {
    const round = await db().reviewRound.findFirstOrThrow({ select: { id: true } });
    const { context, page } = await app.signedInAs("admin@praktijkplein.test", { ...PHONE, goto: `/werkagenda/herijking/${round.id}` });
    await hydrated(page);
    await expectAccessible(page);
    const region = page.getByRole("region", { name: /^Indicatoren: / }).first();
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.goto(`${app.url}/beheer/auditlog`);
    await expectAccessible(page);
    await context.close();
  });
});
