import { createHash } from "node:crypto";
import type { EntryContext } from "@remix-run/node";
import { sessionCookie } from "../accounts/cookie.ts";
import { VISITOR_PAGE_HEADER } from "./page-cache.ts";

/** How long an ETag holds at most, so texts that depend on the clock ("2 uur geleden") refresh. */
const ETAG_PERIOD_MS = 5 * 60_000;

function hasSessionCookie(request: Request): boolean {
  const name = sessionCookie().name;
  return (request.headers.get("Cookie") ?? "").split(";").some((part) => part.trim().startsWith(`${name}=`));
}

/**
 * HTTP caching of documents (decision 135). Anything sent with a session
 * cookie: `private, no-store` (never kept, never shared between members).
 * A visitor's page (no session cookie, 200, no cookie set): `private,
 * no-cache` with an ETag over the build, the loaders' data and a five-minute
 * period, so the browser asks again each time and gets a 304 without the page
 * being rendered when nothing changed. Such a page of routes that opted in
 * (`keepForVisitors`) is marked for the page cache (decision 163). Returns
 * true for a 304.
 */
export function applyPageCaching(
  request: Request,
  status: number,
  headers: Headers,
  context: EntryContext,
  keepForVisitors = false,
): boolean {
  if (headers.has("Cache-Control")) return false;
  if (request.method !== "GET" && request.method !== "HEAD") {
    headers.set("Cache-Control", "private, no-store");
    return false;
  }
  if (hasSessionCookie(request) || status !== 200 || headers.has("Set-Cookie")) {
    headers.set("Cache-Control", "private, no-store");
    return false;
  }
  const hash = createHash("sha256")
    .update(context.manifest.version)
    .update(String(Math.floor(Date.now() / ETAG_PERIOD_MS)))
    .update(JSON.stringify(context.staticHandlerContext.loaderData))
    .digest("base64url")
    .slice(0, 27);
  const etag = `W/"${hash}"`;
  headers.set("ETag", etag);
  headers.set("Cache-Control", "private, no-cache");
  headers.append("Vary", "Cookie");
  headers.append("Vary", "Accept-Language");
  if (keepForVisitors && request.method === "GET") headers.set(VISITOR_PAGE_HEADER, "1");
  const asked = request.headers.get("If-None-Match");
  return asked !== null && asked.split(",").some((tag) => tag.trim() === etag);
}

/**
 * Data requests (Remix single fetch, `<path>.data`, made on every client-side
 * navigation and after every form) carry the same loaders' data as the page,
 * but Remix renders no document for them, so `applyPageCaching` never saw
 * them: a member's `.data` answer had no Cache-Control at all, which lets a
 * shared cache keep it by its own heuristics (security walk 14). They are
 * never kept, for members and visitors alike; a route that set its own
 * Cache-Control keeps it.
 */
export function applyDataCaching(response: Response): Response {
  if (response.headers.has("Cache-Control")) return response;
  try {
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  } catch {
    // A response with immutable headers (Response.redirect): copied with the header.
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", "private, no-store");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
