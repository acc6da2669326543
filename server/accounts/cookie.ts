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

/** The session id from a Cookie header (HTTP requests and socket handshakes alike). */
export async function sessionIdFromCookieHeader(header: string | null | undefined): Promise<string | null> {
  if (!header) return null;
  const value = (await sessionCookie().parse(header)) as unknown;
  return typeof value === "string" ? value : null;
}
