/**
 * What the loaders of one page request share (decision 210). Remix hands
 * each loader its own copy of the request (`new Request(…)` per loader, to
 * strip `?index` and `_routes`), so a cache keyed on the Request object is
 * not shared: every member page read its session once per loader. The web
 * edge gives each GET and HEAD a random key in REQUEST_SCOPE_HEADER
 * (overwriting any value the client sent), which the copies carry, and
 * drops the scope when the answer is done.
 *
 * Only reads that belong to this one request may be kept here (the
 * session of its cookie); form posts get no scope, so an action that
 * changes the session is never followed by a loader that reads an older one.
 */
import { randomUUID } from "node:crypto";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { singleton } from "../singleton.ts";

export const REQUEST_SCOPE_HEADER = "x-praktijkplein-request-scope";

type Scope = Map<string, unknown>;
const scopes = () => singleton("request-scopes", () => new Map<string, Scope>());

/** Opens the scope of a page request (GET or HEAD); it ends with the answer. Anything else gets none. */
export function openRequestScope(req: ExpressRequest, res: ExpressResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    delete req.headers[REQUEST_SCOPE_HEADER];
    return;
  }
  const key = randomUUID();
  req.headers[REQUEST_SCOPE_HEADER] = key;
  scopes().set(key, new Map());
  res.once("close", () => scopes().delete(key));
}

/** The scope of the request this (copied) Request belongs to, or undefined (no scope: tests, form posts). */
export function requestScope(request: Request): Scope | undefined {
  const key = request.headers.get(REQUEST_SCOPE_HEADER);
  return key ? scopes().get(key) : undefined;
}
