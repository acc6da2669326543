/**
 * Calls a route module's loader or action as Remix would, with a real
 * Request (form body, cookies, Origin), and normalises what comes back:
 * a thrown or returned Response (a JSON body read), or `data()` with a status.
 */
import type { ActionFunction, LoaderFunction } from "@remix-run/node";

export type RouteResult = { status: number; headers: Headers; body: unknown };

const BASE = "http://localhost:3000";

async function normalise(value: unknown): Promise<RouteResult> {
  if (value instanceof Response) {
    // A JSON Response (a resource route's answer) is read as Remix's fetcher would read it.
    const body = /\bapplication\/json\b/.test(value.headers.get("Content-Type") ?? "") ? await value.clone().json() : null;
    return { status: value.status, headers: value.headers, body };
  }
  if (value && typeof value === "object" && "type" in value && (value as { type: unknown }).type === "DataWithResponseInit") {
    const { data, init } = value as unknown as { data: unknown; init?: ResponseInit | null };
    return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data };
  }
  return { status: 200, headers: new Headers(), body: value };
}

async function run(fn: () => Promise<unknown> | unknown): Promise<RouteResult> {
  try {
    return normalise(await fn());
  } catch (thrown) {
    if (thrown instanceof Response || (thrown && typeof thrown === "object" && "type" in thrown)) return normalise(thrown);
    throw thrown;
  }
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

export async function callLoader(loader: LoaderFunction, request: Request, params: Record<string, string> = {}): Promise<RouteResult> {
  const result = await run(() => loader({ request, params, context: { cspNonce: "" } }));
  // A page with a create form first gives its address a one-time form key (decision 229); a browser follows.
  const keyed = formKeyRedirect(request, result.status, result.headers.get("Location"));
  return keyed ? run(() => loader({ request: keyed, params, context: { cspNonce: "" } })) : result;
}

/** The same GET with the form key added, when `location` is the redirect that adds it to `request`'s address. */
export function formKeyRedirect(request: Request, status: number, location: string | null): Request | null {
  if (status !== 302 || !location || request.method !== "GET") return null;
  const from = new URL(request.url);
  const to = new URL(location, from);
  if (to.pathname !== from.pathname || from.searchParams.has("formulier") || !to.searchParams.has("formulier")) return null;
  return new Request(to, { headers: request.headers });
}

/** The `name=value` pair of a Set-Cookie header, ready to send back. */
export function cookieFrom(headers: Headers, name: string): string | null {
  for (const header of headers.getSetCookie()) {
    if (header.startsWith(`${name}=`)) return header.split(";")[0]!;
  }
  return null;
}
