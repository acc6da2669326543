/**
 * In the browser: a member downloads their data without JavaScript (request,
 * refresh until ready, download the zip), the privacy pages pass axe-core,
 * and a member deletes their account and can no longer log in.
 */
import { strFromU8, unzipSync } from "fflate";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { type RunningWorkers, startWorkers } from "../../workers/registry.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, TEST_PASSWORD } from "../helpers/factories.ts";

let workers: RunningWorkers;
const consoleErrors: string[] = [];

async function logIn(email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await app.signedInAs(email, options);
  page.on("console", (message) => {
    // A refused form (wrong password) is a 400 by design; Chromium logs every 4xx fetch.
    if (message.type() === "error" && !message.text().includes("status of 400")) consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return { context, page };
}

const app = useBrowserApp({
  // The web process does not run jobs; this test process runs the workers against the same database and Redis.
  beside: async () => {
    workers = await startWorkers({ schedule: false });
  },
  after: async () => {
    await workers?.close();
  },
});

describe("privacy in the browser", () => {
  it("downloads my data without JavaScript", { timeout: 120_000 }, async () => {
    const member = await createUser({ email: "noor@praktijkplein.test", displayName: "Noor Visser", organisation: "UWV Utrecht" });
    const community = await createCommunity({ name: "Lerend netwerk inburgering en werk" });
    await addMember(member.id, community.id);
    const channel = await createChannel(community.id, { name: "Algemeen" });
    await createTopic(channel, member.id, { title: "Taalcoaches op de werkvloer", messages: ["Wie werkt er met taalcoaches?"] });

    const { context, page } = await logIn(member.email, { javaScriptEnabled: false });
    await page.goto(`${app.url}/profiel`);
    await page.getByRole("link", { name: "Download mijn gegevens" }).click();
    await page.waitForURL(`${app.url}/profiel/gegevens`);
    await page.getByText("Je hebt nog geen download aangevraagd.").waitFor();
    await page.getByRole("button", { name: "Gegevens klaarzetten" }).click();
    await page.waitForURL(`${app.url}/profiel/gegevens`);
    // Without JavaScript the member follows the job with the refresh link.
    const download = page.getByRole("link", { name: "Download zip-bestand" });
    for (let attempt = 0; attempt < 100 && !(await download.isVisible()); attempt++) {
      await page.getByRole("link", { name: "Ververs deze pagina" }).click();
      await page.waitForLoadState("load");
    }
    await download.waitFor({ state: "visible", timeout: 1_000 });
    // Until when, in Dutch time like every time on the site (it said the server's UTC).
    const { expiresAt } = await db().dataExport.findFirstOrThrow({ where: { userId: member.id }, select: { expiresAt: true } });
    const dutchTime = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" });
    await page.getByText(`Je kunt het downloaden tot ${dutchTime.format(expiresAt)}.`).waitFor({ timeout: 1_000 });
    const href = await download.getAttribute("href");
    const response = await context.request.get(`${app.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await response.body()));
    expect(JSON.parse(strFromU8(files["profile.json"]!))).toMatchObject({ displayName: "Noor Visser", organisation: "UWV Utrecht" });
    expect(strFromU8(files["overzicht.html"]!)).toContain("Taalcoaches op de werkvloer");
    await context.close();

    // The same pages, with JavaScript, pass axe-core.
    const withJs = await logIn(member.email);
    await withJs.page.goto(`${app.url}/profiel/gegevens`);
    await withJs.page.getByRole("link", { name: "Download zip-bestand" }).waitFor();
    await expectAccessible(withJs.page);
    await withJs.page.goto(`${app.url}/privacy`);
    await withJs.page.getByRole("heading", { name: "Hoe lang bewaren we ze?" }).waitFor();
    await expectAccessible(withJs.page);
    await withJs.page.goto(`${app.url}/toegankelijkheid`);
    await expectAccessible(withJs.page);
    await withJs.context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("without JavaScript a wrong password keeps the choice of what happens to my contributions", { timeout: 60_000 }, async () => {
    const member = await createUser({ email: "ruben@praktijkplein.test", displayName: "Ruben Kok" });
    const { context, page } = await logIn(member.email, { javaScriptEnabled: false });
    await page.goto(`${app.url}/profiel/verwijderen`);
    const remove = page.getByRole("radio", { name: "Verwijder mijn bijdragen" });
    await remove.check();
    await page.getByLabel("Je wachtwoord").fill("niet mijn wachtwoord");
    await page.getByRole("button", { name: "Verwijder mijn account definitief" }).click();
    await page.getByText("Dit wachtwoord klopt niet.").waitFor();
    expect(await remove.isChecked()).toBe(true);
    expect(await page.getByText("Kies wat er met je bijdragen gebeurt.").count()).toBe(0);
    await context.close();
    expect(await db().user.count({ where: { id: member.id } })).toBe(1);
  });

  it("deletes my account, keeping my messages as 'voormalig lid'", { timeout: 120_000 }, async () => {
    const member = await createUser({ email: "jesse@praktijkplein.test", displayName: "Jesse Smit" });
    const community = await createCommunity({ name: "Werkgevers Noord" });
    await addMember(member.id, community.id);
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const topic = await createTopic(channel, member.id, { title: "Stageplekken in de zorg", messages: ["Wij hebben nog twee plekken."] });

    const { context, page } = await logIn(member.email);
    await page.goto(`${app.url}/profiel/gegevens`);
    await page.getByRole("link", { name: "Account verwijderen" }).click();
    await page.waitForURL(`${app.url}/profiel/verwijderen`);
    await expectAccessible(page);
    // A wrong password is refused at the field.
    await page.getByRole("radio", { name: "Laat mijn bijdragen staan, als 'voormalig lid'" }).check();
    await page.getByLabel("Je wachtwoord").fill("niet mijn wachtwoord");
    await page.getByRole("button", { name: "Verwijder mijn account definitief" }).click();
    await page.getByText("Dit wachtwoord klopt niet.").waitFor();
    // The choice stays; only the password is asked again.
    expect(await page.getByRole("radio", { name: "Laat mijn bijdragen staan, als 'voormalig lid'" }).isChecked()).toBe(true);
    await page.getByLabel("Je wachtwoord").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Verwijder mijn account definitief" }).click();
    await page.waitForURL(`${app.url}/`);
    await page.getByText("Je account is verwijderd. Bedankt voor je bijdragen.").waitFor();
    await context.close();

    expect(await db().user.count({ where: { email: member.email } })).toBe(0);
    expect(await db().message.count({ where: { topicId: topic.id, authorId: null } })).toBe(1);

    // Logging in again fails; another member sees the message by a "Voormalig lid".
    const again = await app.browser.newContext({ locale: "nl-NL" });
    const loginPage = await again.newPage();
    await loginPage.goto(`${app.url}/inloggen`);
    await loginPage.getByLabel("E-mailadres").fill(member.email);
    await loginPage.getByLabel("Wachtwoord").fill(TEST_PASSWORD);
    await loginPage.getByRole("button", { name: "Inloggen" }).click();
    await loginPage.getByRole("alert").first().waitFor();
    expect(loginPage.url()).toContain("/inloggen");
    await again.close();

    const reader = await createUser({ email: "lezer@praktijkplein.test" });
    await addMember(reader.id, community.id);
    const other = await logIn(reader.email);
    await other.page.goto(`${app.url}/communities/${community.slug}/discussies/algemeen/${topic.id}`);
    await other.page.getByText("Wij hebben nog twee plekken.").waitFor();
    await other.page.getByText("Voormalig lid").first().waitFor();
    await other.context.close();
    expect(consoleErrors).toEqual([]);
  });
});
