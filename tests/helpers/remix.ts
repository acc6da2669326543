/**
 * Calls a route module's loader or action as Remix would, with a real
 * Request (form body, cookies, Origin), and normalises what comes back:
 * a thrown or returned Response, or `data()` with a status.
 */
import type { ActionFunction, LoaderFunction } from "@remix-run/node";

export type RouteResult = { status: number; headers: Headers; body: unknown };

const BASE = "http://localhost:3000";

async function normalise(value: unknown): Promise<RouteResult> {
  if (value instanceof Response) {
    // A resource route's JSON answer (Response.json) is read, as a page's `data()` is.
    const json = value.headers.get("Content-Type")?.startsWith("application/json") ?? false;
    return { status: value.status, headers: value.headers, body: json ? await value.clone().json() : null };
  }
  if (value && typeof value === "object" && "type" in value && (value as { type: unknown }).type === "DataWithResponseInit") {
    const { data, init } = value as unknown as { data: unknown; init?: ResponseInit | null };
    return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data };
  }
  return { status: 200, headers: new Headers(), body: value };
}

async function run(fn: () => Promise<unknown> | unknown): Promise<RouteResult> {
  let value: unknown;
  try {
    value = await fn();
  } catch (thrown) {
    if (thrown instanceof Response || (thrown && typeof thrown === "object" && "type" in thrown)) return normalise(thrown);
    throw thrown;
  }
  return normalise(value);
}

export function formRequest(path: string, fields: Record<string, string>, cookie?: string): Request {
  const body = new URLSearchParams(fields);
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export function getRequest(path: string, cookie?: string): Request {
  return new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function callAction(action: ActionFunction, request: Request, params: Record<string, string> = {}): Promise<RouteResult> {
  return run(() => action({ request, params, context: { cspNonce: "" } }));
}

export function callLoader(loader: LoaderFunction, request: Request, params: Record<string, string> = {}): Promise<RouteResult> {
  return run(() => loader({ request, params, context: { cspNonce: "" } }));
}

/** The `name=value` pair of a Set-Cookie header, ready to send back. */
export function cookieFrom(headers: Headers, name: string): string | null {
  for (const header of headers.getSetCookie()) {
    if (header.startsWith(`${name}=`)) return header.split(";")[0]!;
  }
  return null;
}
