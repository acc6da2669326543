/**
 * Signed one-click unsubscribe links (RFC 8058): the token names a member and
 * a scope and carries an HMAC made with a key derived from TOKEN_SECRET (server/security/tokens.ts), so
 * it works without logging in and cannot be altered or made for someone else.
 */
import { hash, timingSafeEqual } from "node:crypto";
import { type Config, config } from "../config.ts";
import { tokenKey } from "../security/tokens.ts";

/** `digest` (all digests), `digest-community-<id>`, `email` (all notification mails), `email-<kind>`. */
export type UnsubscribeScope = "digest" | "email" | `digest-community-${string}` | `email-${string}`;

const SCOPE = /^(digest|email|digest-community-[a-z0-9]{1,40}|email-[a-zA-Z]{1,40})$/;

/**
 * HMAC-SHA256 (RFC 2104) with the key's inner and outer blocks made once per
 * key: a digest signs one link per community for every member, and
 * `createHmac` set the key up again each time (decision 276). Each token is
 * two one-shot hashes (`crypto.hash`) of a block and what follows it, which
 * costs about a quarter less than copying two prepared hash objects
 * (decision 324). The signature is byte for byte `createHmac("sha256", key)`'s.
 */
const keyedBlocks = new WeakMap<Buffer, { inner: Buffer; outer: Buffer }>();

function keyed(secret: Buffer): { inner: Buffer; outer: Buffer } {
  let blocks = keyedBlocks.get(secret);
  if (!blocks) {
    if (secret.length > 64) throw new Error("an unsubscribe key longer than the SHA-256 block");
    const block = Buffer.alloc(64);
    secret.copy(block);
    // The outer block with room for the inner digest after it (written per token, read at once).
    const outer = Buffer.alloc(64 + 32);
    for (let i = 0; i < 64; i++) outer[i] = block[i]! ^ 0x5c;
    blocks = { inner: Buffer.from(block.map((byte) => byte ^ 0x36)), outer };
    keyedBlocks.set(secret, blocks);
  }
  return blocks;
}

/** The blocks of the current configuration's key: looked up once, not per link (decision 324). */
let current: { settings: Config; blocks: { inner: Buffer; outer: Buffer } } | undefined;

function currentBlocks(): { inner: Buffer; outer: Buffer } {
  const settings = config();
  if (current?.settings !== settings) current = { settings, blocks: keyed(tokenKey("unsubscribe/v1")) };
  return current.blocks;
}

function sign(payload: string): string {
  const { inner, outer } = currentBlocks();
  hash("sha256", Buffer.concat([inner, Buffer.from(payload, "utf8")]), "buffer").copy(outer, 64);
  return hash("sha256", outer, "base64url");
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
