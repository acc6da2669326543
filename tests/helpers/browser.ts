/**
 * Headless Debian chromium through playwright-core, plus an axe-core check.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { db } from "../../server/db.ts";
import { sessionCookieFor } from "./factories.ts";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] };

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() is not subject to the page's Content-Security-Policy, unlike an injected <script>.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html).join("\n  ")}`).join("\n");
}

/** Waits until React has hydrated the page (`data-hydrated` on <html>, set in app/root.tsx). */
export async function hydrated(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
}

/** Fails the test with a readable list when the page has serious or critical axe violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/**
 * A new browser context that is already signed in as `userId`: a session is
 * made in the database and its cookie written into the context, as the Epic
 * Stack's login fixture does. Use it wherever logging in is not what the test
 * is about (facilitator-journey.test.ts and foundation.test.ts log in through the form on purpose).
 * The app server must sign with this process's SESSION_SECRET (it does when
 * started with tests/helpers/app-server.ts).
 */
export async function signedInContext(
  browser: Browser,
  baseUrl: string,
  userId: string,
  options: BrowserContextOptions & { consoleErrors?: string[] } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { consoleErrors, ...contextOptions } = options;
  const context = await browser.newContext({ locale: "nl-NL", ...contextOptions });
  await addSession(context, baseUrl, userId);
  const page = await context.newPage();
  if (consoleErrors) {
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  }
  return { context, page };
}

/** Signs an existing browser context in as `userId`: a new session row, its cookie added to the context. */
export async function addSession(context: BrowserContext, baseUrl: string, userId: string): Promise<void> {
  const cookie = await sessionCookieFor(userId);
  const separator = cookie.indexOf("=");
  await context.addCookies([
    { name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: baseUrl, httpOnly: true, sameSite: "Lax" },
  ]);
}

/** The id of the member with this e-mail address (seeded or made by a factory). */
export async function userIdByEmail(email: string): Promise<string> {
  return (await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

/**
 * signedInContext for the member with this e-mail address (seeded or made by a
 * factory); `goto` opens a page first (the form login ended on the home page).
 */
export async function signedInAs(
  browser: Browser,
  baseUrl: string,
  email: string,
  options: BrowserContextOptions & { consoleErrors?: string[]; goto?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { goto, ...contextOptions } = options;
  const signedIn = await signedInContext(browser, baseUrl, await userIdByEmail(email), contextOptions);
  if (goto !== undefined) await signedIn.page.goto(`${baseUrl}${goto}`);
  return signedIn;
}
