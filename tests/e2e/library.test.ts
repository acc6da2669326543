/**
 * In the browser, on the demo content: an employer submits a case from the
 * do-network, a moderator returns it with a comment, the employer fixes it,
 * the moderator publishes it, and it shows in the showcase and the library
 * filters. The menukaart filters by URL and passes axe-core.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const consoleErrors: string[] = [];
const NETWORK = "doe-netwerk-werkgevers-diversiteit";
const TITLE = "Bakkerij Van Leeuwen: vaste vragen voor elk gesprek";

function watch(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  // Name the failing request, so a console "Failed to load resource" says which one.
  page.on("response", (response) => {
    if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
}

async function visible(locator: Locator) {
  await locator.waitFor({ state: "visible", timeout: 10_000 });
}

async function logIn(email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const signedIn = await app.signedInAs(email, options);
  watch(signedIn.page);
  return signedIn;
}

// Each test answers for its own console: a form sent without JavaScript that comes back with
// field errors is a 400 document, which the browser logs as a failed resource.
beforeEach(() => {
  consoleErrors.length = 0;
});

const app = useBrowserApp({
  before: seedDemo,
});

describe("the library in the browser", () => {
  it("submit, return, fix, publish; then in the showcase and the filters", { timeout: 180_000 }, async () => {
    // Lotte runs a bakery and is a member of the do-network.
    const member = await logIn("lotte@praktijkplein.test");
    const page = member.page;
    await page.goto(`${app.url}/communities/${NETWORK}/praktijkvoorbeelden`);
    await visible(page.getByRole("heading", { name: "Praktijkvoorbeelden van dit netwerk" }));
    await expectAccessible(page);
    await page.getByRole("link", { name: "Deel een praktijkvoorbeeld" }).click();
    await page.waitForURL(/\/bibliotheek\/nieuw\?soort=praktijkcase&community=/);
    await visible(page.getByText("Je deelt dit vanuit Doe-netwerk werkgevers: culturele diversiteit."));
    await visible(page.getByRole("toolbar"));
    await expectAccessible(page);

    await page.getByLabel("Titel", { exact: true }).fill(TITLE);
    await page
      .getByLabel("Korte samenvatting")
      .fill("In elk sollicitatiegesprek stellen we dezelfde vijf vragen, en we scoren de antwoorden eerst apart.");
    await page.getByRole("checkbox", { name: "Meer culturele diversiteit op het werk" }).check();
    await page.getByLabel("Naam van de organisatie", { exact: true }).fill("Bakkerij Van Leeuwen");
    await page.getByLabel("Sector van de organisatie").selectOption({ label: "Horeca en recreatie" });
    await page.getByLabel("Omvang van de organisatie").selectOption({ label: "Mkb" });
    await page.getByLabel("De uitdaging").fill("Gesprekken verliepen steeds anders, en we kozen op gevoel.");
    await page.getByLabel("De aanpak").fill("Vijf vaste vragen, een scorelijst en twee mensen bij elk gesprek.");
    await page.getByRole("group", { name: "Fase" }).getByRole("checkbox", { name: "Werving en selectie" }).check();
    await page.getByRole("button", { name: "Insturen voor beoordeling" }).click();
    await visible(page.getByText("Ingestuurd. Een moderator bekijkt het zo snel mogelijk."));
    await visible(page.getByText("Dit item wacht op beoordeling door een moderator."));
    const itemUrl = page.url();
    const slug = itemUrl.split("/bibliotheek/")[1]!;
    await expectAccessible(page);

    // The moderator finds it in the queue and returns it with a comment.
    const moderator = await logIn("moderator@praktijkplein.test");
    const mod = moderator.page;
    await mod.goto(`${app.url}/bibliotheek/beheer`);
    await expectAccessible(mod);
    await mod.getByRole("link", { name: TITLE }).click();
    await mod.waitForURL(itemUrl);
    await mod.getByLabel("Opmerking voor de auteur").fill("Goed voorbeeld! Wat leverde het op? Noem cijfers als je die hebt.");
    await mod.getByRole("button", { name: "Terugsturen met opmerking" }).click();
    await visible(mod.getByText("Teruggestuurd naar de auteur."));

    // Lotte sees the comment, fixes the case and sends it in again.
    await page.reload();
    await visible(page.getByText("Goed voorbeeld! Wat leverde het op? Noem cijfers als je die hebt.").first());
    await page.getByRole("link", { name: "Bewerken" }).click();
    await page.waitForURL(`${itemUrl}/bewerken`);
    await expectAccessible(page);
    await page.getByLabel("De resultaten").fill("Vier van de vijf nieuwe medewerkers werken er na een jaar nog.");
    await page.getByRole("button", { name: "Insturen voor beoordeling" }).click();
    await visible(page.getByText("Ingestuurd. Een moderator bekijkt het zo snel mogelijk."));

    // The moderator publishes it and marks it a good example.
    await mod.reload();
    await mod.getByRole("button", { name: "Publiceren" }).click();
    await visible(mod.getByText("Gepubliceerd.", { exact: true }));
    await mod.getByRole("checkbox", { name: /Goed voorbeeld: tonen in de etalage/ }).check();
    await mod.getByRole("button", { name: "Beoordeling opslaan" }).click();
    await visible(mod.getByText("De beoordeling is opgeslagen."));
    await visible(mod.getByRole("heading", { name: "Geschiedenis" }));
    await expectAccessible(mod);

    const stored = await db().libraryItem.findUniqueOrThrow({ where: { slug }, include: { revisions: { orderBy: { createdAt: "asc" } } } });
    expect(stored).toMatchObject({
      status: "PUBLISHED",
      goodExample: true,
      sectors: ["HORECA_RECREATIE"],
      results: "Vier van de vijf nieuwe medewerkers werken er na een jaar nog.",
    });
    expect(stored.revisions.map((r) => r.action)).toEqual([
      "created",
      "submitted",
      "returned",
      "edited",
      "submitted",
      "published",
      "curated",
    ]);
    expect(
      await db().notification.count({
        where: { user: { email: "lotte@praktijkplein.test" }, kind: { in: ["libraryItemReturned", "libraryItemPublished"] } },
      }),
    ).toBe(2);

    // In the do-network's showcase, as a good example.
    await page.goto(`${app.url}/communities/${NETWORK}/praktijkvoorbeelden`);
    const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: TITLE }) });
    await visible(card);
    await visible(card.getByText("Goed voorbeeld"));

    // And in the library filters: the sector facet counts it and filtering finds it.
    await page.goto(`${app.url}/bibliotheek?soort=praktijkcase`);
    await visible(page.getByText("Horeca en recreatie (1)"));
    await page.getByRole("checkbox", { name: /Horeca en recreatie/ }).check();
    await page.getByRole("button", { name: "Toon resultaten" }).click();
    await page.waitForURL(/sector=horeca-recreatie/);
    await visible(page.getByRole("heading", { name: "1 resultaat" }));
    await visible(page.getByRole("link", { name: TITLE }));
    await expectAccessible(page);

    await member.context.close();
    await moderator.context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("the menukaart: shareable filter URLs, exports, and no serious axe violations", { timeout: 120_000 }, async () => {
    const context = await app.browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    watch(page);
    // Visitors see the public part.
    await page.goto(`${app.url}/menukaart`);
    await expect(page.title()).resolves.toBe("Menukaart | Praktijkplein");
    await expect(page.locator('meta[property="og:title"]').getAttribute("content")).resolves.toBe("Menukaart");
    await expectAccessible(page);

    const { context: memberContext, page: member } = await logIn("lid@praktijkplein.test");
    await member.goto(`${app.url}/menukaart`);
    await visible(member.getByRole("heading", { name: "9 aanpakken" }));
    await expectAccessible(member);
    await member
      .getByRole("group", { name: "Fase" })
      .getByRole("checkbox", { name: /Studiekeuze/ })
      .check();
    await member.getByRole("button", { name: "Toon resultaten" }).click();
    await member.waitForURL(/\/menukaart\?.*fase=studiekeuze/);
    await visible(member.getByRole("heading", { name: "1 aanpak" }));
    await visible(member.getByRole("link", { name: "Oriënterende bedrijfsbezoeken bij de studiekeuze" }));
    await expectAccessible(member);
    // The same URL opened fresh gives the same view: the filter lives in the link.
    const shared = await member.context().newPage();
    await shared.goto(member.url());
    await visible(shared.getByRole("heading", { name: "1 aanpak" }));
    await shared.close();
    // Exports carry the filters.
    const csv = await member.getByRole("link", { name: "Download als CSV (Excel)" }).getAttribute("href");
    expect(csv).toBe("/menukaart.csv?fase=studiekeuze");
    const download = await member.request.get(`${app.url}${csv}`);
    expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await download.text()).split("\r\n").filter(Boolean)).toHaveLength(2);
    // Print view: no site header, no filters.
    await member.emulateMedia({ media: "print" });
    await expect(member.locator("body > header").isVisible()).resolves.toBe(false);
    await expect(member.getByRole("search").isVisible()).resolves.toBe(false);
    await memberContext.close();
    await context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("submitting works without JavaScript", { timeout: 60_000 }, async () => {
    const { context, page } = await logIn("lid@praktijkplein.test", { javaScriptEnabled: false });
    await page.goto(`${app.url}/bibliotheek/nieuw?soort=veelgestelde-vraag`);
    await page.getByLabel("Titel", { exact: true }).fill("Waar meld ik stagediscriminatie?");
    await page.getByLabel("Korte samenvatting").fill("Studenten en scholen vragen vaak waar ze terecht kunnen met een melding.");
    await page.getByRole("checkbox", { name: "Meer kansen op eerste baan of stage voor jongeren" }).check();
    // Too little first: the form comes back with the message, and what was typed stays.
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await visible(page.getByText("Schrijf eerst het antwoord."));
    await expect(page.getByLabel("Titel", { exact: true }).inputValue()).resolves.toBe("Waar meld ik stagediscriminatie?");
    await page.getByRole("textbox", { name: "Antwoord" }).fill("Bij de stagecoördinator van je school, en bij SBB.");
    await page.getByRole("button", { name: "Opslaan als concept" }).click();
    await visible(page.getByText("Opgeslagen als concept."));
    await visible(page.getByText("Dit is een concept. Alleen jij en de moderatoren zien het."));
    await context.close();
  });
  it("a handreiking shows its shared document to readers, and only where it lives to others", { timeout: 60_000 }, async () => {
    const item = await db().libraryItem.findFirstOrThrow({
      where: { title: "Checklist voor een inclusieve vacaturetekst" },
      select: { slug: true, documentId: true },
    });
    const documentTitle = "Toolkit: vacatureteksten zonder onnodige drempels";
    // Lotte is a member of the network where the document is written.
    const member = await logIn("lotte@praktijkplein.test");
    await member.page.goto(`${app.url}/bibliotheek/${item.slug}`);
    const link = member.page.getByRole("link", { name: documentTitle });
    await visible(link);
    await expect(link.getAttribute("href")).resolves.toBe(`/communities/${NETWORK}/documenten/${item.documentId}`);
    await member.page.screenshot({ path: process.env.LIBRARY_SCREENSHOT ?? "/dev/null", fullPage: true }).catch(() => undefined);
    await expectAccessible(member.page);
    await member.context.close();
    // A visitor (the item is public on the web) learns where it lives, not the document itself.
    const visitor = await app.browser.newContext({ locale: "nl-NL" });
    const page = await visitor.newPage();
    watch(page);
    await page.goto(`${app.url}/bibliotheek/${item.slug}`);
    await visible(page.getByRole("heading", { name: "Gedeeld document" }));
    await visible(page.getByText(/hoort bij een gedeeld document in (de community|een besloten community)/));
    expect(await page.content()).not.toContain(documentTitle);
    await expectAccessible(page);
    await visitor.close();
    expect(consoleErrors).toEqual([]);
  });
});
