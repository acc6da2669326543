/**
 * The main pages for every demo role (and a visitor), on the demo content:
 * no 5xx, no console or page errors, no serious or critical axe-core
 * violations, and no i18n key shown instead of text, in Dutch and English.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { nl } from "../../app/i18n/nl/index.ts";
import { addSession, describeViolations, seriousAxeViolations, userIdByEmail } from "../helpers/browser.ts";
import { mainPages } from "../helpers/main-pages.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

let pages: string[] = [];

/** "library.title" and the like: an i18n key where a text should be. */
const KEY_PATTERN = new RegExp(`\\b(?:${Object.keys(nl).join("|")})\\.[a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)*\\b`);

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    pages = await mainPages();
  },
});

async function signedIn(
  user: string | null,
  locale: "nl-NL" | "en-GB",
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ locale });
  // The Content-Security-Policy blocks nothing the app does (zod without its `new Function` probe, issue 14.23).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // A page this role may not see answers 403/404 by design; Chromium logs that status.
    if (message.location().url === page.url() && /status of 40[134]/.test(message.text())) return;
    errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  if (user) await addSession(context, app.url, await userIdByEmail(`${user}@praktijkplein.test`));
  const language = locale.slice(0, 2);
  await page.goto(`${app.url}/`);
  if ((await page.evaluate(() => document.documentElement.lang)) !== language) {
    // The header's language switch (a member's stored language beats the browser's).
    await page.click('form[action="/taal"] button');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
  }
  return { context, page, errors };
}

async function checkPages(user: string | null, locale: "nl-NL" | "en-GB", axe: boolean) {
  const { context, page, errors } = await signedIn(user, locale);
  const problems: string[] = [];
  for (const path of pages) {
    const response = await page.goto(`${app.url}${path}`);
    const status = response?.status() ?? 0;
    if (status >= 500) problems.push(`${path}: HTTP ${status}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
    await page.waitForLoadState("load");
    const blocked = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    if (blocked.length) problems.push(`${path}: the Content-Security-Policy blocked ${blocked.join("; ")}`);
    const text = await page.locator("body").innerText();
    const key = KEY_PATTERN.exec(text);
    if (key) problems.push(`${path}: shows the i18n key ${key[0]}`);
    if (axe && status < 400) {
      const violations = await seriousAxeViolations(page);
      if (violations.length) problems.push(`${path}: ${describeViolations(violations)}`);
    }
  }
  await context.close();
  expect([...problems, ...errors]).toEqual([]);
}

const ROLES = [null, "admin", "moderator", "facilitator", "werkgever", "lid", "nieuw"] as const;

describe("every main page, for every demo role", () => {
  // axe-core is the slow part: run it for a visitor and for the admin (who sees
  // every page, management included), and check the other roles without it.
  for (const user of ROLES) {
    const axe = user === null || user === "admin";
    it(`${user ?? "visitor"}: Dutch${axe ? ", with axe-core" : ""}`, { timeout: 90_000 }, async () => {
      await checkPages(user, "nl-NL", axe);
    });
  }
  it("a member in English: no 5xx and no raw i18n keys", { timeout: 90_000 }, async () => {
    await checkPages("lid", "en-GB", false);
  });
  it("an address no route knows: a 404 in the member's language, still signed in", { timeout: 60_000 }, async () => {
    const { context, page, errors } = await signedIn("lid", "en-GB");
    const response = await page.goto(`${app.url}/bestaat-niet/ook-niet`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe("Page not found");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByRole("button", { name: "Log out" }).count()).toBe(1);
    await context.close();
    expect(errors).toEqual([]);
  });
});
