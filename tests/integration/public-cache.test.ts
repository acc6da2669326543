/**
 * Visitor caching (issue 17.2, decision 135): visitors' loader data comes from
 * a short shared cache that domain events drop in every web process; members
 * never read from it; HTTP revalidation for visitors only.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { EntryContext } from "@remix-run/node";
import express from "express";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPageCaching } from "../../app/.server/page-caching.ts";
import { loader as libraryLoader } from "../../app/routes/bibliotheek._index.tsx";
import { keepPolicyOfRevalidatedPages } from "../../server/cache/http.ts";
import { publicDataReady, usePublicDataCacheInTests } from "../../server/cache/public-data.ts";
import { config } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { publishedLibraryItem } from "../helpers/library.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

type Listing = { items: { id: string; title: string }[] };

const titles = async (query: string, cookie?: string) =>
  ((await callLoader(libraryLoader, getRequest(`/bibliotheek?q=${encodeURIComponent(query)}`, cookie))).body as Listing).items.map(
    (item) => item.title,
  );

const publishedItem = (authorId: string, title: string) => publishedLibraryItem(authorId, title, { kind: "HANDREIKING" });

beforeAll(async () => {
  usePublicDataCacheInTests();
  expect(await publicDataReady()).toBe(true);
});

afterAll(() => usePublicDataCacheInTests(false));

describe("the public data cache", () => {
  it("serves visitors from the cache, never the visitors' copy to members, and drops it when a moderator hides an item", async () => {
    const author = await createUser();
    const reporter = await createUser();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const memberCookie = await sessionCookieFor(reporter.id);
    const item = await publishedItem(author.id, "Checklist werving zonder drempels");
    expect(await titles("Checklist werving")).toEqual(["Checklist werving zonder drempels"]);

    // A write that announces nothing: visitors keep the cached copy; a member who had no copy kept reads anew
    // (members share a copy of their own since decision 304: tests/integration/member-scope-kept-data.test.ts).
    await db().libraryItem.update({ where: { id: item.id }, data: { title: "Checklist werving zonder drempels (nieuw)" } });
    expect(await titles("Checklist werving")).toEqual(["Checklist werving zonder drempels"]);
    expect(await titles("Checklist werving", memberCookie)).toEqual(["Checklist werving zonder drempels (nieuw)"]);

    // Hidden through the moderation command: its event drops the cache, the visitor no longer sees it.
    const { reportId } = await reportContent(reporter, {
      targetKind: "LIBRARY_ITEM",
      targetId: item.id,
      reason: "MISINFORMATION",
      text: undefined,
    });
    await moderateReport(moderator, { reportId, action: "HIDE", reason: "Verouderde informatie" });
    expect(await titles("Checklist werving")).toEqual([]);
    expect(await titles("Checklist werving", memberCookie)).toEqual([]);
  });

  it("is dropped when another process announces a change over Redis", async () => {
    const author = await createUser();
    const item = await publishedItem(author.id, "Stappenplan proefplaatsing");
    expect(await titles("Stappenplan proefplaatsing")).toEqual(["Stappenplan proefplaatsing"]);
    await db().libraryItem.update({ where: { id: item.id }, data: { hiddenAt: new Date(), hiddenReason: "test" } });
    expect(await titles("Stappenplan proefplaatsing")).toEqual(["Stappenplan proefplaatsing"]);
    // What the public-pages processor does in the worker: publish on the channel.
    const other = new Redis(config().REDIS_URL);
    try {
      await other.publish(`${config().REDIS_PREFIX}:public-data`, "drop");
    } finally {
      other.disconnect();
    }
    await expect.poll(() => titles("Stappenplan proefplaatsing"), { timeout: 5_000 }).toEqual([]);
  });
});

describe("HTTP caching of pages", () => {
  const context = (loaderData: unknown) =>
    ({ manifest: { version: "v1" }, staticHandlerContext: { loaderData } }) as unknown as EntryContext;
  const request = (headers: Record<string, string> = {}, method = "GET") =>
    new Request("http://localhost/bibliotheek", { method, headers });

  it("gives visitors an ETag and a 304 while the data is the same; members and posts get no-store", () => {
    const first = new Headers();
    expect(applyPageCaching(request(), 200, first, context({ root: { user: null }, page: [1] }))).toBe(false);
    expect(first.get("Cache-Control")).toBe("private, no-cache");
    const etag = first.get("ETag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.get("Vary")).toContain("Cookie");

    expect(applyPageCaching(request({ "If-None-Match": etag }), 200, new Headers(), context({ root: { user: null }, page: [1] }))).toBe(
      true,
    );
    const changed = new Headers();
    expect(applyPageCaching(request({ "If-None-Match": etag }), 200, changed, context({ root: { user: null }, page: [1, 2] }))).toBe(false);
    expect(changed.get("ETag")).not.toBe(etag);

    for (const [req, status, headers] of [
      [request({ Cookie: "pp_session=abc", "If-None-Match": etag }), 200, new Headers()],
      [request({ "If-None-Match": etag }, "POST"), 200, new Headers()],
      [request({ "If-None-Match": etag }), 404, new Headers()],
      [request({ "If-None-Match": etag }), 200, new Headers({ "Set-Cookie": "pp_flash=; Max-Age=0" })],
    ] as const) {
      expect(applyPageCaching(req, status, headers, context({ root: { user: null }, page: [1] }))).toBe(false);
      expect(headers.get("Cache-Control")).toBe("private, no-store");
      expect(headers.get("ETag")).toBeNull();
    }
  });

  it("sends no Content-Security-Policy with a 304, so the kept page keeps the policy of its own nonce", async () => {
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader("Content-Security-Policy", "script-src 'nonce-fresh'");
      next();
    });
    app.use(keepPolicyOfRevalidatedPages);
    app.get("/kept", (_req, res) => res.status(304).end());
    app.get("/page", (_req, res) => res.status(200).send("<p>page</p>"));
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const kept = await fetch(`${base}/kept`);
      expect(kept.status).toBe(304);
      expect(kept.headers.get("Content-Security-Policy")).toBeNull();
      const page = await fetch(`${base}/page`);
      expect(page.headers.get("Content-Security-Policy")).toBe("script-src 'nonce-fresh'");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
