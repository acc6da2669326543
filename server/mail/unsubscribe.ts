/**
 * Signed one-click unsubscribe links (RFC 8058): the token names a member and
 * a scope and carries an HMAC made with a key derived from TOKEN_SECRET (server/security/tokens.ts), so
 * it works without logging in and cannot be altered or made for someone else.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { tokenKey } from "../security/tokens.ts";

/** `digest` (all digests), `digest-community-<id>`, `email` (all notification mails), `email-<kind>`. */
export type UnsubscribeScope = "digest" | "email" | `digest-community-${string}` | `email-${string}`;

const SCOPE = /^(digest|email|digest-community-[a-z0-9]{1,40}|email-[a-zA-Z]{1,40})$/;

function key(): Buffer {
  return tokenKey("unsubscribe/v1");
}

function sign(payload: string): string {
  return createHmac("sha256", key()).update(payload).digest("base64url");
}

export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  const payload = Buffer.from(`${userId}|${scope}`).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function unsubscribePath(userId: string, scope: UnsubscribeScope): string {
  return `/afmelden/${unsubscribeToken(userId, scope)}`;
}

export function verifyUnsubscribeToken(token: string): { userId: string; scope: UnsubscribeScope } | null {
  if (token.length > 400) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, scope, more] = Buffer.from(payload, "base64url").toString("utf8").split("|");
  if (!userId || !scope || more !== undefined || !SCOPE.test(scope) || !/^[a-z0-9]{1,40}$/.test(userId)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}
