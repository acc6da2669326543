import { createCookie } from "@remix-run/node";
import { config } from "../config.ts";
import { secureCookies } from "../http/security.ts";
import { singleton } from "../singleton.ts";
import { SESSION_TTL_MS } from "./sessions.ts";

/** The signed, httpOnly, SameSite=Lax cookie that carries the session id. */
export function sessionCookie() {
  return singleton("session-cookie", () =>
    createCookie("pp_session", {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies(),
      path: "/",
      secrets: [config().SESSION_SECRET],
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    }),
  );
}

/**
 * Set when a member logs out: it holds no identity, only that this browser's session was ended here. A form sent
 * afterwards from a page of that session (another tab) then says that it was not saved, as one sent with an
 * expired session does; without it the browser sends no session cookie and looks like a visitor's.
 */
export function signedOutCookie() {
  return singleton("signed-out-cookie", () =>
    createCookie("pp_signed_out", {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies(),
      path: "/",
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    }),
  );
}

/** Verified Cookie headers kept per process; past it the memo starts again. */
export const MAX_VERIFIED_HEADERS = 10_000;
/** Longer headers are verified each time (a browser's are far shorter). */
const MAX_KEPT_HEADER = 4_096;

/**
 * The session id from a Cookie header (HTTP requests and socket handshakes alike). Reading a header means
 * parsing it and checking the session cookie's HMAC, about 0.1 ms of a member's page (decision 220); the id a
 * header gives is fixed for a process (one secret list), so a header that carried a valid signature is
 * remembered with its id. Only verified ids are kept: a forged or unsigned header is checked every time. Whether
 * the session still exists is decided by the read that follows, as before.
 */
export async function sessionIdFromCookieHeader(header: string | null | undefined): Promise<string | null> {
  if (!header) return null;
  const cookie = sessionCookie();
  // Per cookie object: one made with other secrets starts without any.
  const byCookie = singleton("verified-cookie-headers", () => new WeakMap<object, Map<string, string>>());
  let verified = byCookie.get(cookie);
  if (!verified) byCookie.set(cookie, (verified = new Map()));
  const known = verified.get(header);
  if (known !== undefined) return known;
  const value = (await cookie.parse(header)) as unknown;
  if (typeof value !== "string") return null;
  if (header.length <= MAX_KEPT_HEADER) {
    if (verified.size >= MAX_VERIFIED_HEADERS) verified.clear();
    verified.set(header, value);
  }
  return value;
}
