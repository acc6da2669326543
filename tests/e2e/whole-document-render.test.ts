/**
 * Decision 275: a page's document is rendered in one synchronous pass (`renderToString`) once the
 * loader data's stream has been read to its end, instead of through React's stream renderer. The
 * production build's handler renders every main page both ways, for a visitor and for members of
 * every kind (Dutch and English), and the documents must be the same: same markup, same data
 * scripts (Remix's streamed loader data), same status. No browser; the build is the one the
 * end-to-end files use.
 */
import path from "node:path";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { languageCookie } from "../../app/.server/language.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { sessionCookieFor } from "../helpers/factories.ts";
import { mainPages, morePages } from "../helpers/main-pages.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE = "http://127.0.0.1:3000";
const NONCE = "dGVzdC1ub25jZQ";

let build: ServerBuild;
let pages: string[] = [];

beforeAll(async () => {
  await seedDemo();
  pages = [...(await mainPages()), ...(await morePages()), "/privacy", "/bestaat-niet"];
  build = (await import(path.join(ROOT, "build/server/index.js"))) as ServerBuild;
}, 120_000);

async function cookieFor(email: string | null, language: "nl" | "en"): Promise<string> {
  const cookies = [(await languageCookie.serialize(language)).split(";")[0]!];
  if (email) {
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    cookies.push(await sessionCookieFor(user.id));
  }
  return cookies.join("; ");
}

/** What differs between two renders of one page on purpose: the fresh keys of its forms (topic replies, uploads). */
function comparable(html: string): string {
  let result = html;
  for (const [, name, key] of html.matchAll(/name="(clientKey|formKey)" value="([^"]+)"/g)) result = result.split(key!).join(`<${name}>`);
  // A client key is a fresh UUID, also in the loader data of pages whose form does not show it.
  result = result.replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, "<uuid>");
  // The notification list sends the moment it was read, to word reminders as of reading (decision 319).
  return result.replace(/(now\\*",\\*")\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, "$1<now>");
}

/** Where two documents part, with a little of each around it (null when they are the same). */
function firstDifference(a: string, b: string): { at: number; atOnce: string; streamed: string } | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return { at, atOnce: a.slice(Math.max(0, at - 80), at + 120), streamed: b.slice(Math.max(0, at - 80), at + 120) };
}

async function render(handler: ReturnType<typeof createRequestHandler>, page: string, cookie: string) {
  const response = await handler(new Request(`${BASE}${page}`, { headers: { Cookie: cookie } }), {
    cspNonce: NONCE,
    clientIp: "127.0.0.1",
  });
  return { status: response.status, type: response.headers.get("Content-Type"), html: comparable(await response.text()) };
}

describe("the whole document rendered at once (decision 275)", () => {
  it("is the document the stream renderer gives, on every main page, for visitors and members", { timeout: 180_000 }, async () => {
    const entry = build.entry.module as typeof build.entry.module & { handleRequestStreamed: typeof build.entry.module.default };
    expect(typeof entry.handleRequestStreamed).toBe("function");
    const atOnce = createRequestHandler(build, "production");
    const streamed = createRequestHandler(
      { ...build, entry: { module: { ...entry, default: entry.handleRequestStreamed } } },
      "production",
    );
    const viewers = [
      { who: "visitor", email: null, language: "nl" },
      { who: "admin", email: "admin@praktijkplein.test", language: "nl" },
      { who: "facilitator", email: "facilitator@praktijkplein.test", language: "nl" },
      { who: "lid", email: "lid@praktijkplein.test", language: "en" },
    ] as const;
    let documents = 0;
    for (const viewer of viewers) {
      const cookie = await cookieFor(viewer.email, viewer.language);
      for (const page of pages) {
        // A first visit may change what the next shows (a topic's messages become read): not compared.
        await render(streamed, page, cookie);
        const streamedPage = await render(streamed, page, cookie);
        const atOncePage = await render(atOnce, page, cookie);
        expect({ who: viewer.who, page, status: atOncePage.status, type: atOncePage.type }).toEqual({
          who: viewer.who,
          page,
          status: streamedPage.status,
          type: streamedPage.type,
        });
        if (!(streamedPage.type ?? "").startsWith("text/html")) continue;
        expect(firstDifference(atOncePage.html, streamedPage.html), `${viewer.who} ${page}`).toBeNull();
        // The loader data went out whole, and the document still ends with its closing tags.
        expect(atOncePage.html).toContain("window.__remixContext.streamController.close();");
        expect(atOncePage.html.endsWith("</body></html>")).toBe(true);
        documents++;
      }
    }
    expect(documents).toBeGreaterThan(pages.length * 3);
  });
});
