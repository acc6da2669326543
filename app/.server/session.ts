import { redirect } from "@remix-run/node";
import { sessionCookie, sessionIdFromCookieHeader, signedOutCookie } from "~server/accounts/cookie.ts";
import { getSessionUserWithUnread } from "~server/accounts/session-header.ts";
import { createSession, endAllSessions, endSession as endOneSession, getSessionUser, type SessionUser } from "~server/accounts/sessions.ts";
import { requestScope } from "~server/http/request-scope.ts";
import { redirectWithFlash } from "./flash.ts";

export type { SessionUser };

type SessionRead = Promise<{ user: SessionUser; sessionId: string; unreadNotifications?: number; pendingEmail?: string | null } | null>;
const cache = new WeakMap<Request, SessionRead>();

/**
 * One read per request, shared by its loaders: through the page request's
 * scope (each loader gets its own copy of the Request, decision 210), else
 * per Request object (form posts, tests). A page (GET) also needs the
 * header's unread count: it comes in the same round trip (issue 17.2).
 */
async function readSession(request: Request) {
  const scope = requestScope(request);
  let pending = (scope?.get("session") as SessionRead | undefined) ?? cache.get(request);
  if (!pending) {
    const read = request.method === "GET" || request.method === "HEAD" ? getSessionUserWithUnread : getSessionUser;
    pending = sessionIdFromCookieHeader(request.headers.get("Cookie")).then(read);
    if (scope) scope.set("session", pending);
    else cache.set(request, pending);
  }
  return pending;
}

/** The unread count read with the session (pages), or null when it was not (a form post's root loader counts itself). */
export async function sessionUnreadCount(request: Request): Promise<number | null> {
  return (await readSession(request))?.unreadNotifications ?? null;
}

/**
 * The address an unverified member's banner names, read with the session (pages: the new address waiting
 * for its link, else their own), or undefined when the session read did not include it (a form post's
 * root loader reads it itself). Only for a member whose address is not verified (decision 315).
 */
export async function sessionAddressAwaitingLink(request: Request): Promise<string | undefined> {
  const read = await readSession(request);
  if (!read || read.user.emailVerified || read.pendingEmail === undefined) return undefined;
  return read.pendingEmail ?? read.user.email;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await readSession(request))?.user ?? null;
}

export async function getSessionId(request: Request): Promise<string | null> {
  return (await readSession(request))?.sessionId ?? null;
}

const REDIRECT_BASE = "http://praktijkplein.invalid";

/**
 * Only local paths, so a crafted link cannot send someone to another site
 * after login. Browsers drop tabs and newlines from a URL and read `\` as `/`,
 * so `/\t/evil.example` means `//evil.example`: any control character or
 * backslash gives the fallback, as does anything that resolves to another
 * origin. The result is the normalised path (non-ASCII percent-encoded), so
 * it is always a valid Location header (a `%0A` was a 500 after login).
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length > 2_000 || !to.startsWith("/") || to.startsWith("//")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, REDIRECT_BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== REDIRECT_BASE) return fallback;
  // Dot segments are resolved away: "/.//evil.example" came out as "//evil.example", another site to a browser.
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    const login = `/inloggen?redirectTo=${encodeURIComponent(redirectTo)}`;
    // A form sent with a session that has ended (expired, logged out in another tab): say that it
    // was not saved, instead of a login page that looks as if nothing happened.
    const cookies = request.headers.get("Cookie");
    const ended =
      request.method !== "GET" &&
      request.method !== "HEAD" &&
      ((await sessionIdFromCookieHeader(cookies)) || (await signedOutCookie().parse(cookies)) === "1");
    if (ended) throw await redirectWithFlash(login, "auth.login.sessionEnded", { kind: "info" });
    throw redirect(login);
  }
  return user;
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUser(request)) throw redirect("/");
}

/**
 * Starts a fresh session (a new id at every login: no session fixation) and
 * redirects with its cookie. An old session in the same browser is ended.
 */
export async function startSession(request: Request, userId: string, redirectTo: string, otherCookies: string[] = []) {
  // Checked before the session exists, so no row is made for a redirect that cannot be answered.
  const location = safeRedirect(redirectTo);
  const previous = await getSessionId(request);
  if (previous) await endOneSession(previous, "login");
  const session = await createSession(userId, request.headers.get("User-Agent"));
  const headers = new Headers();
  headers.append("Set-Cookie", await sessionCookie().serialize(session.id, { expires: session.expiresAt }));
  for (const cookie of otherCookies) headers.append("Set-Cookie", cookie);
  return redirect(location, { headers });
}

/** A Set-Cookie value that removes the session cookie. */
export function sessionCookieHeaderToClear(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: 0, expires: new Date(0) });
}

/** Ends the request's session; answers the Set-Cookie values that clear it and mark the browser as signed out. */
export async function endSession(request: Request, options: { everywhere?: boolean } = {}): Promise<string[]> {
  const session = await readSession(request);
  if (session) {
    // Sessions and their sockets in every namespace (decision 112).
    if (options.everywhere) await endAllSessions(session.user.id, "logoutEverywhere");
    else await endOneSession(session.sessionId);
  }
  return [await sessionCookieHeaderToClear(), await signedOutCookie().serialize("1")];
}
