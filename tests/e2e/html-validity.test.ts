/**
 * The Nu Html Checker over the server-rendered HTML of every main page, for a
 * visitor and for members (Dutch and English): 0 errors (issue 14.18). The
 * pages are fetched as the browser gets them (with the session cookie) and
 * checked in one JVM run.
 */
import { describe, expect, it } from "vitest";
import { languageCookie } from "../../app/.server/language.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { sessionCookieFor } from "../helpers/factories.ts";
import { mainPages, morePages } from "../helpers/main-pages.ts";
import { nuHtmlErrors } from "../helpers/nu-html-checker.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

let pages: string[] = [];

const app = useBrowserApp({
  before: async () => {
    await seedDemo();
    pages = [...(await mainPages()), ...(await morePages())];
  },
  browser: false,
});

async function cookieFor(email: string | null, language: "nl" | "en"): Promise<string> {
  const cookies = [(await languageCookie.serialize(language)).split(";")[0]!];
  if (email) {
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    cookies.push(await sessionCookieFor(user.id));
  }
  return cookies.join("; ");
}

describe("the Nu Html Checker", () => {
  it("finds 0 errors on every main page, for a visitor and for members, in Dutch and English", { timeout: 180_000 }, async () => {
    const viewers = [
      { who: "visitor", email: null, language: "nl" },
      { who: "admin", email: "admin@praktijkplein.test", language: "nl" },
      { who: "facilitator", email: "facilitator@praktijkplein.test", language: "nl" },
      { who: "lid", email: "lid@praktijkplein.test", language: "en" },
    ] as const;
    const documents: { label: string; html: string }[] = [];
    const problems: string[] = [];
    for (const viewer of viewers) {
      const cookie = await cookieFor(viewer.email, viewer.language);
      for (const path of pages) {
        const response = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
        if (response.status >= 500) problems.push(`${viewer.who} ${path}: HTTP ${response.status}`);
        if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) continue;
        documents.push({ label: `${viewer.who} (${viewer.language}) ${path}`, html: await response.text() });
      }
    }
    expect(documents.length).toBeGreaterThan(pages.length * 3);
    const errors = await nuHtmlErrors(documents);
    expect([...problems, ...errors.map((error) => `${error.document}: ${error.message}\n    ${error.extract}`)]).toEqual([]);
  });

  it("reports an error it should find (the checker runs and its report is read)", async () => {
    const errors = await nuHtmlErrors([
      {
        label: "broken",
        html: '<!DOCTYPE html><html lang="nl"><head><title>x</title></head><body><input type="search" role="combobox"></body></html>',
      },
    ]);
    expect(errors.map((error) => error.document)).toContain("broken");
  });
});
