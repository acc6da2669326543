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

/**
 * The session id from a Cookie header (HTTP requests and socket handshakes alike). Decision 220 remembered
 * verified headers to save ~0.1 ms of a member's page; it was taken out again because it made the socket
 * server's delivery tail 2–3× longer in bench:realtime (p99 2.2–4.9× bare socket.io against 1.0–1.7×), cause
 * not found. Whether the session still exists is decided by the read that follows.
 */
export async function sessionIdFromCookieHeader(header: string | null | undefined): Promise<string | null> {
  if (!header) return null;
  const value = (await sessionCookie().parse(header)) as unknown;
  return typeof value === "string" ? value : null;
}
