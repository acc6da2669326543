/**
 * Search in the browser: suggestions in the header combobox by keyboard, the
 * results page with facets (with and without JavaScript), and axe-core.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { expectAccessible, hydrated } from "../helpers/browser.ts";
import { addMember, createCommunity, createTheme, createUser } from "../helpers/factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const content = { topic: "", document: "" };
const consoleErrors: string[] = [];

function watch(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
}

const app = useBrowserApp({
  before: async () => {
    const theme = await createTheme({ nameNl: "Meer culturele diversiteit op het werk" });
    const youth = await createTheme({ nameNl: "Meer kansen voor jongeren" });
    await createCommunity({
      slug: "werkgevers-inclusief",
      name: "Werkgevers voor inclusief werven",
      accessMode: "OPEN",
      themeId: theme.id,
    });
    await createCommunity({
      slug: "stage-zonder-drempels",
      name: "Stage zonder drempels",
      accessMode: "ON_REQUEST",
      themeId: youth.id,
      about: "Scholen en werkgevers gaan samen stagediscriminatie tegen.",
    });
    const member = await createUser({
      email: "zoeker@praktijkplein.test",
      displayName: "Zoë Zoeker",
      bio: "Adviseur voor werkgevers bij het werkgeversservicepunt.",
    });
    const secret = await createCommunity({
      slug: "besloten",
      name: "Besloten kring voor werkgevers",
      accessMode: "INVITE_ONLY",
      themeId: theme.id,
    });
    await addMember(member.id, secret.id);
    // Content of every kind (issue 6 sources): a topic with a reply, a document, a library item.
    const channel = await createChannel(secret.id, { slug: "algemeen", name: "Algemeen" });
    const topic = await createTopic(channel, member.id, {
      title: "Ervaringen met een buddyprogramma",
      messages: ["Wie werkt met buddy's voor nieuwe collega's?", "Ons buddyprogramma loopt sinds vorig jaar, met vaste koppels."],
    });
    content.topic = `/communities/besloten/discussies/algemeen/${topic.id}`;
    const document = await createDocumentIn(
      secret.id,
      member.id,
      "Opzet buddyprogramma",
      editorState(p("Zo koppelen we een buddy aan elke nieuwe medewerker.")),
    );
    content.document = `/communities/besloten/documenten/${document.id}`;
    await db().libraryItem.create({
      data: {
        slug: "buddyprogramma-op-de-werkvloer",
        kind: "INTERVENTIE",
        status: "PUBLISHED",
        publishedAt: new Date(),
        title: "Buddyprogramma op de werkvloer",
        summary: "Een vaste collega begeleidt een nieuwe medewerker het eerste halfjaar.",
        body: {},
        evidenceLevel: "GOED_ONDERBOUWD",
        themes: { create: [{ themeId: theme.id }] },
      },
    });
    await reconcile();
  },
});

describe("search in the browser", () => {
  it("suggests while typing and opens a suggestion by keyboard", { timeout: 60_000 }, async () => {
    const context = await app.browser.newContext({ locale: "nl-NL" });
    const page = await context.newPage();
    watch(page);
    await page.goto(`${app.url}/`);
    await hydrated(page);
    const box = page.getByRole("combobox", { name: "Zoek op Praktijkplein" });
    await box.click();
    await box.pressSequentially("werkgev", { delay: 30 });
    const listbox = page.getByRole("listbox", { name: "Suggesties" });
    await listbox.waitFor({ state: "visible" });
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("true");
    const options = listbox.getByRole("option");
    // A visitor sees the listed communities, not the invite-only one.
    await expect(options.allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining("Werkgevers voor inclusief werven")]),
    );
    expect((await options.allTextContents()).join(" ")).not.toContain("Besloten");
    await expectAccessible(page);

    await box.press("ArrowDown");
    const active = await box.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    await expect(page.locator(`#${active!.replace(/:/g, "\\:")}`).getAttribute("aria-selected")).resolves.toBe("true");
    const chosen = (await page
      .locator(`#${active!.replace(/:/g, "\\:")} span`)
      .first()
      .textContent())!;
    await box.press("Escape");
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("false");
    await box.press("ArrowDown");
    await listbox.waitFor({ state: "visible" });
    await box.press("Enter");
    await page.waitForURL(/\/communities\//);
    // The page of the chosen suggestion (its title, without the highlight).
    await page.getByRole("heading", { level: 1, name: chosen }).waitFor();
    await context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("shows results with facets, filters at once, and passes axe-core", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("zoeker@praktijkplein.test");
    watch(page);
    await page.goto(`${app.url}/`);
    // Typed before React hydrates, the text is reset and Enter searches for nothing.
    await hydrated(page);

    const box = page.getByRole("combobox", { name: "Zoek op Praktijkplein" });
    await box.fill("werkgevers");
    await box.press("Enter");
    await page.waitForURL(/\/zoeken\?q=werkgevers/);
    const heading = page.getByRole("heading", { name: /resultaten voor ‘werkgevers’/ });
    await heading.waitFor();
    // Stemming: the bio says "werkgeversadviseur"? No: it finds "werkgevers" in communities and the member's organisation text.
    await page.getByRole("link", { name: "Besloten kring voor werkgevers" }).waitFor();
    await expect(page.locator("mark").first().textContent()).resolves.toMatch(/werkgevers/i);
    await expectAccessible(page);

    await page.getByRole("checkbox", { name: /^Lid \(/ }).check();
    await page.waitForURL(/kind=member/);
    await page.getByRole("heading", { name: /1 resultaat voor/ }).waitFor();
    await page.getByRole("link", { name: "Zoë Zoeker" }).waitFor();
    await expect(page.locator("section[aria-labelledby='search-results-heading'] ol > li").count()).resolves.toBe(1);
    await expectAccessible(page);

    await page.goto(`${app.url}/zoeken?q=${"x".repeat(1000)}`);
    await page.getByText("Je zoekvraag was erg lang.").waitFor();
    await page.getByText("We hebben niets gevonden.").waitFor();
    await expectAccessible(page);
    await context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("shows topics, replies, documents and library items with their place, date and evidence level", { timeout: 60_000 }, async () => {
    const { context, page } = await app.signedInAs("zoeker@praktijkplein.test");
    watch(page);
    await page.goto(`${app.url}/zoeken?q=buddyprogramma`);
    const results = page.locator("section[aria-labelledby='search-results-heading'] ol > li");
    await page.getByRole("heading", { name: /4 resultaten voor/ }).waitFor();
    const hit = (name: RegExp) => results.filter({ has: page.getByRole("link", { name }) });
    await expect(
      hit(/^Ervaringen met een buddyprogramma$/)
        .getByRole("link")
        .getAttribute("href"),
    ).resolves.toBe(content.topic);
    // A reply is titled by its topic, its own words in the snippet (decision 254).
    const reply = hit(/^Reactie in: Ervaringen met een buddyprogramma$/);
    await expect(reply.getByRole("link").getAttribute("href")).resolves.toBe(`${content.topic}#bericht-2`);
    await expect(reply.textContent()).resolves.toMatch(/Ons buddyprogramma loopt sinds vorig jaar/);
    await expect(
      hit(/^Opzet buddyprogramma$/)
        .getByRole("link")
        .getAttribute("href"),
    ).resolves.toBe(content.document);
    await expect(
      hit(/^Buddyprogramma op de werkvloer$/)
        .getByRole("link")
        .getAttribute("href"),
    ).resolves.toBe("/bibliotheek/buddyprogramma-op-de-werkvloer");
    // Kind, community and evidence level are shown with each hit.
    await expect(hit(/^Opzet buddyprogramma$/).textContent()).resolves.toMatch(/Document[\s\S]*in Besloten kring voor werkgevers/);
    await expect(reply.textContent()).resolves.toMatch(/Bericht[\s\S]*in Besloten kring voor werkgevers/);
    await expect(hit(/^Buddyprogramma op de werkvloer$/).textContent()).resolves.toMatch(/Bibliotheek[\s\S]*Goed onderbouwd/);
    await page.getByRole("checkbox", { name: /^Goed onderbouwd \(1\)/ }).waitFor();
    await page.screenshot({ path: process.env.SEARCH_SCREENSHOT ?? "/dev/null", fullPage: true }).catch(() => undefined);
    await expectAccessible(page);
    await context.close();
    expect(consoleErrors).toEqual([]);
  });

  it("works without JavaScript", { timeout: 60_000 }, async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, locale: "nl-NL" });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.getByRole("combobox", { name: "Zoek op Praktijkplein" }).fill("stagediscriminatie");
    await page.getByRole("button", { name: "Zoek", exact: true }).click();
    await page.waitForURL(/\/zoeken\?q=stagediscriminatie/);
    await page.getByRole("link", { name: "Stage zonder drempels" }).waitFor();
    await page.getByRole("radio", { name: /Afgelopen jaar/ }).check();
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await page.waitForURL(/period=year/);
    await page.getByRole("link", { name: "Stage zonder drempels" }).waitFor();
    await context.close();
  });
});
