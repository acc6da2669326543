/**
 * A keyboard-only walk through the demo (issue 14, "What to build"): the main
 * navigation, search with suggestions, the menukaart filters, RSVP, the
 * editor toolbar and sending a chat message, in Chromium at phone width, in
 * Dutch. After each step the test checks where focus is: on the new page's
 * heading after a navigation (14.19), never on <body> after a form posts back
 * to its page (14.20); and the topic page's landmarks and announcements (14.22).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { isFocused, tabTo } from "../helpers/keyboard.ts";
import { DEMO_COMMUNITY } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { PHONE } from "../helpers/phone-journey.ts";

let memberId = "";
const consoleErrors: string[] = [];

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    await reconcile();
    memberId = (await db().user.findUniqueOrThrow({ where: { email: "lid@praktijkplein.test" }, select: { id: true } })).id;
  },
});

/** What has focus, for assertion messages. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "BODY";
    const name = element.getAttribute("aria-label") ?? element.getAttribute("name") ?? element.id ?? "";
    return `${element.tagName.toLowerCase()} ${name} ${(element.textContent ?? "").trim().slice(0, 60)}`.trim();
  });
}

async function expectHeadingFocused(page: Page, name: string | RegExp) {
  await expect.poll(() => focused(page)).toMatch(/^h1 /);
  expect(await page.locator("main h1").innerText()).toMatch(name);
}

async function memberPage(): Promise<Page> {
  const { page } = await app.signedInContext(memberId, { ...PHONE, consoleErrors });
  return page;
}

describe("a keyboard-only walk", () => {
  it("main navigation and search with suggestions: focus lands on each new page's heading", { timeout: 120_000 }, async () => {
    const page = await memberPage();
    await page.goto(`${app.url}/`);
    await page.waitForLoadState("networkidle");

    // At phone width the header is one row; the menu button (a <details>) opens the whole navigation.
    const menu = page.locator("header summary", { hasText: "Menu" });
    expect(await page.getByRole("navigation", { name: "Hoofdmenu" }).count()).toBe(0);
    await tabTo(page, menu);
    await page.keyboard.press("Enter");
    const library = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Bibliotheek" });
    await tabTo(page, library, { max: 60 });
    await page.keyboard.press("Enter");
    await page.waitForURL(`${app.url}/bibliotheek`);
    await expectHeadingFocused(page, /Bibliotheek/);
    // The menu closed after the navigation; Escape closes it too, with focus back on the button.
    expect(await page.getByRole("navigation", { name: "Hoofdmenu" }).count()).toBe(0);
    await tabTo(page, menu, { backwards: true, max: 20 });
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await isFocused(menu)).toBe(true);
    expect(await page.getByRole("navigation", { name: "Hoofdmenu" }).count()).toBe(0);

    // The header search (in the menu at this width): type, arrow to the first suggestion, Enter opens it.
    await page.keyboard.press("Enter");
    const search = page.getByRole("combobox", { name: "Zoek op Praktijkplein" });
    await tabTo(page, search, { max: 20 });
    await page.keyboard.type("werkgevers");
    const options = page.getByRole("listbox", { name: "Suggesties" }).getByRole("option");
    await options.first().waitFor();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => search.getAttribute("aria-activedescendant")).toBeTruthy();
    expect(await isFocused(search)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname !== "/bibliotheek");
    await expectHeadingFocused(page, /.+/);

    // Search for results with Enter: the results page's heading.
    await menu.click();
    await search.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("stage");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/zoeken\?q=stage/);
    await expectHeadingFocused(page, /Zoeken|Zoekresultaten|stage/i);
    expect(consoleErrors).toEqual([]);
  });

  it(
    "menukaart filters: when the focused option goes away, focus stays in the filters, never on <body>",
    { timeout: 120_000 },
    async () => {
      const page = await memberPage();
      await page.goto(`${app.url}/menukaart`);
      await page.waitForLoadState("networkidle");
      const filters = page.getByRole("search", { name: "Menukaart" });
      const boxes = filters.getByRole("checkbox");
      const before = await boxes.evaluateAll((elements) => elements.map((element) => element.id));

      // Choose the last option (Space), then submit from it (Enter): it stays, and keeps focus.
      const last = boxes.last();
      await tabTo(page, last, { max: 120 });
      await page.keyboard.press("Space");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\?.+/);
      await expect.poll(() => boxes.count()).toBeLessThan(before.length);
      expect(await focused(page)).toMatch(/^input /);
      expect(await isFocused(last)).toBe(true);

      // From an option that the choice leaves without results (it disappears): focus moves to a control nearby.
      await page.goto(`${app.url}/menukaart`);
      await page.waitForLoadState("networkidle");
      await tabTo(page, boxes.last(), { max: 120 });
      await page.keyboard.press("Space");
      const after = await (async () => {
        const response = await fetch(
          `${app.url}/menukaart?${await filters.evaluate((form) => new URLSearchParams(new FormData(form as HTMLFormElement) as unknown as string).toString())}`,
        );
        const html = await response.text();
        return new Set([...html.matchAll(/id="(f-[^"]+)"/g)].map((match) => match[1]));
      })();
      const disappearing = before.find((id) => !after.has(id));
      expect(disappearing, "an option that the choice removes").toBeTruthy();
      const gone = page.locator(`#${disappearing}`);
      await tabTo(page, gone, { backwards: true, max: 120 });
      await page.keyboard.press("Enter");
      await page.waitForURL(/\?.+/);
      await gone.waitFor({ state: "detached" });
      await expect.poll(() => focused(page)).not.toBe("BODY");
      expect(await page.evaluate(() => !!document.activeElement?.closest("form[role=search]"))).toBe(true);
      expect(consoleErrors).toEqual([]);
    },
  );

  it("RSVP by keyboard: after the answer is saved, focus is back on the button, not on <body>", { timeout: 120_000 }, async () => {
    const event = await db().meeting.findFirstOrThrow({
      where: { communityId: null, startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
      select: { id: true },
    });
    const page = await memberPage();
    await page.goto(`${app.url}/agenda/${event.id}`);
    await page.waitForLoadState("networkidle");
    const rsvp = page.getByRole("region", { name: "Kom je?" });
    const maybe = rsvp.getByRole("radio", { name: /Misschien/ });
    // Tab reaches the radio group once; the arrow keys choose within it.
    for (let presses = 0; presses < 120; presses++) {
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio")) break;
      await page.keyboard.press("Tab");
    }
    for (let presses = 0; presses < 4 && !(await maybe.isChecked()); presses++) await page.keyboard.press("ArrowDown");
    expect(await isFocused(maybe)).toBe(true);
    const submit = rsvp.getByRole("button", { name: "Antwoord opslaan" });
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: /misschien/i })
      .first()
      .waitFor();
    await expect.poll(() => focused(page)).not.toBe("BODY");
    expect(await isFocused(submit)).toBe(true);
    const answer = await db().rsvp.findFirst({ where: { meetingId: event.id, userId: memberId }, select: { answer: true } });
    expect(answer?.answer).toBe("MAYBE");
    expect(consoleErrors).toEqual([]);
  });

  it(
    "a topic: the toolbar by arrow keys, a message sent by keyboard and announced; no stray listbox or repeated landmarks",
    { timeout: 120_000 },
    async () => {
      const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true } });
      const topic = await db().topic.findFirstOrThrow({
        where: { communityId: community.id, deletedAt: null, locked: false },
        orderBy: [{ lastSeq: "desc" }, { createdAt: "asc" }],
        select: { id: true, lastSeq: true, channel: { select: { slug: true } } },
      });
      const page = await memberPage();
      await page.goto(`${app.url}/communities/${DEMO_COMMUNITY}/discussies/${topic.channel.slug}/${topic.id}`);
      await page.getByText("Verbonden").first().waitFor();

      // 14.22: no listbox outside the landmarks, none named in English, and no form landmark per message.
      expect(
        await page
          .locator('[role="listbox"]')
          .evaluateAll((lists) => lists.filter((list) => !list.closest("main, header, nav, footer, form")).length),
      ).toBe(0);
      expect(await page.getByRole("listbox", { name: "Typeahead menu" }).count()).toBe(0);
      expect(await page.getByRole("form", { name: "Reacties" }).count()).toBe(0);
      expect(await page.getByRole("group", { name: "Reacties" }).count()).toBeGreaterThan(0);

      // Into the message box and type; then Shift+Tab to the toolbar, where the arrow keys move,
      // and a format button keeps focus (14.4); Tab goes back into the text.
      const toolbar = page.getByRole("toolbar", { name: "Opmaak" });
      const composer = page.getByRole("textbox", { name: "Schrijf een bericht" });
      await tabTo(page, composer, { max: 200 });
      await page.keyboard.type("Met het toetsenbord verstuurd");
      await page.keyboard.press("ControlOrMeta+a");
      await tabTo(page, toolbar.getByRole("button").first(), { backwards: true });
      await page.keyboard.press("ArrowRight");
      expect(await isFocused(toolbar.getByRole("button").nth(1))).toBe(true);
      await page.keyboard.press("ArrowLeft");
      const bold = toolbar.getByRole("button", { name: "Vet" });
      expect(await isFocused(bold)).toBe(true);
      await page.keyboard.press("Space");
      await expect.poll(() => bold.getAttribute("aria-pressed")).toBe("true");
      expect(await isFocused(bold)).toBe(true);
      await page.keyboard.press("Tab");
      expect(await isFocused(composer)).toBe(true);

      // Tab to "Versturen", Enter.
      const send = page.getByRole("button", { name: "Versturen" });
      await tabTo(page, send);
      await page.keyboard.press("Enter");
      await page.getByRole("listitem").filter({ hasText: "Met het toetsenbord verstuurd" }).first().waitFor();
      await expect.poll(() => page.locator("#live-announcer").innerText()).toMatch(/Bericht verstuurd/);
      await expect.poll(() => focused(page)).not.toBe("BODY");
      await expect
        .poll(async () => (await db().topic.findUniqueOrThrow({ where: { id: topic.id }, select: { lastSeq: true } })).lastSeq)
        .toBe(topic.lastSeq + 1);
      await expectAccessible(page);
      expect(consoleErrors).toEqual([]);
    },
  );
});

describe("a form that comes back with an error, without JavaScript", () => {
  it("puts focus on the first field to correct, not at the top of the page", { timeout: 60_000 }, async () => {
    const community = await db().community.findUniqueOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true } });
    const channel = await db().channel.findFirstOrThrow({ where: { communityId: community.id }, orderBy: { position: "asc" } });
    const { context, page } = await app.signedInContext(memberId, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${app.url}/communities/${DEMO_COMMUNITY}/discussies/${channel.slug}`);
    // A title the server refuses (too short): the page comes back with the error beside the field.
    const title = page.getByRole("textbox", { name: "Titel" });
    await title.fill("Ab");
    await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), title.press("Enter")]);
    await page.waitForLoadState("load");
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    expect(await focused(page)).toBe("input title");
    expect(await isFocused(title)).toBe(true);
    // HTML allows one autofocus per page.
    expect(await page.locator("[autofocus]").count()).toBe(1);
    await context.close();
  });

  it("with several fields to correct, the first has focus and the page one autofocus (as HTML allows)", { timeout: 60_000 }, async () => {
    const moderator = await db().user.findUniqueOrThrow({ where: { email: "moderator@praktijkplein.test" }, select: { id: true } });
    const { context, page } = await app.signedInContext(moderator.id, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${app.url}/agenda/nieuw`);
    // What the browser would check itself is left out, so the server's answer names two fields.
    await page.evaluate(() => document.querySelectorAll("form").forEach((form) => (form.noValidate = true)));
    await page.getByRole("textbox", { name: "Titel" }).fill("A");
    await page.locator('main form button[type="submit"]').last().click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await page.locator('[aria-invalid="true"]').evaluateAll((fields) => fields.map((field) => field.getAttribute("name")))).toEqual(
      expect.arrayContaining(["title", "description"]),
    );
    expect(await page.locator("[autofocus]").count()).toBe(1);
    expect(await focused(page)).toBe("input title");
    await context.close();
  });
});
