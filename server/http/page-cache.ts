/**
 * Whole visitor pages from the page cache (server/cache/pages.ts, decision
 * 163): who may get a kept page, and what may be kept.
 *
 * - Only GET and HEAD without any cookie but the language cookie: a session,
 *   a flash message or any other cookie means the page is rendered for this
 *   request alone. The key is the language (cookie, else Accept-Language,
 *   as the root loader decides), bot or browser (bots get the whole document
 *   at once), and the full address.
 * - Only kept when entry.server marked the answer (`VISITOR_PAGE_HEADER`,
 *   set by applyPageCaching for a visitor's 200 without Set-Cookie on a page
 *   whose routes opted in), for a GET, and under the generation of public
 *   data in which its loaders started.
 * - A kept page is sent with this response's own nonce and the security
 *   headers of this response; a matching If-None-Match gets a 304.
 */
import type { NextFunction, Request, Response } from "express";
import { isbot } from "isbot";
import { bodyWithNonce, type KeptPage, keepPage, keptPage, pageGeneration } from "../cache/pages.ts";
import { languageCookie, languageOf } from "./language.ts";

/** Set by entry.server on a visitor page that may be kept; never sent. */
export const VISITOR_PAGE_HEADER = "X-Praktijkplein-Visitor-Page";

type Slot = { key: string; generation: number | null };

/** Cookies that change nothing on a visitor's page but its language (which is part of the key). */
const VISITOR_COOKIES = new Set([languageCookie.name]);

function onlyVisitorCookies(header: string): boolean {
  for (const part of header.split(";")) {
    const name = part.split("=", 1)[0]!.trim();
    if (name && !VISITOR_COOKIES.has(name)) return false;
  }
  return true;
}

/** The page cache key of this request, or null when it is not a visitor's page request. */
export async function visitorPageKey(req: Request): Promise<string | null> {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const cookie = req.headers.cookie;
  if (cookie && !onlyVisitorCookies(cookie)) return null;
  const language = await languageOf(cookie, req.headers["accept-language"]);
  const reader = isbot(req.headers["user-agent"] ?? "") ? "bot" : "browser";
  return `${language} ${reader} ${req.protocol}://${req.get("host") ?? ""}${req.originalUrl}`;
}

function sendPage(req: Request, res: Response, page: KeptPage, source: "hit" | "miss"): void {
  const asked = req.headers["if-none-match"];
  if (page.etag && asked?.split(",").some((tag) => tag.trim() === page.etag)) {
    for (const [name, value] of page.headers)
      if (["etag", "cache-control", "vary"].includes(name.toLowerCase())) res.setHeader(name, value);
    res.status(304).end();
    return;
  }
  res.status(page.status);
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader("X-Page-Cache", source);
  const body = bodyWithNonce(page, res.locals.cspNonce as string);
  res.setHeader("Content-Length", body.length);
  if (req.method === "HEAD") res.end();
  else res.end(body);
}

/**
 * Before static files and Remix: a visitor's kept page is sent at once; for
 * any other visitor page request the key and the generation are noted for
 * `sendVisitorPage`.
 */
export function visitorPageCache(req: Request, res: Response, next: NextFunction): void {
  visitorPageKey(req).then((key) => {
    if (key === null) return next();
    const page = keptPage(key);
    if (page) return sendPage(req, res, page, "hit");
    res.locals.visitorPage = { key, generation: pageGeneration() } satisfies Slot;
    next();
  }, next);
}

/**
 * After Remix answered: a marked visitor page is read whole, kept when it may
 * be, and sent (true); anything else is left to the caller (false). The mark
 * never leaves the server.
 */
export async function sendVisitorPage(req: Request, res: Response, response: globalThis.Response): Promise<boolean> {
  if (!response.headers.has(VISITOR_PAGE_HEADER)) return false;
  response.headers.delete(VISITOR_PAGE_HEADER);
  const slot = res.locals.visitorPage as Slot | undefined;
  if (!slot || req.method !== "GET" || response.status !== 200 || response.headers.has("Set-Cookie") || !response.body) return false;
  const body = Buffer.from(await response.arrayBuffer());
  const page = keepPage(slot.key, slot.generation, {
    status: response.status,
    headers: [...response.headers],
    body,
    nonce: res.locals.cspNonce as string,
  });
  sendPage(req, res, page, "miss");
  return true;
}
