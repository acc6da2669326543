/**
 * Keys for tokens in links (calendar feeds, unsubscribe links, and any later
 * signed link): derived with HKDF from TOKEN_SECRET, one key per purpose, so
 * they are independent of the session secret and of each other
 * (docs/decisions/116). Rotating SESSION_SECRET logs everyone out but keeps
 * links in sent mails working; a leaked key of one purpose forges nothing
 * else.
 */
import { hkdfSync } from "node:crypto";
import { config } from "../config.ts";

const keys = new Map<string, Buffer>();

/** A 32-byte HMAC key for one purpose, e.g. `calendar-feed/v1`. */
export function tokenKey(purpose: string): Buffer {
  const secret = config().TOKEN_SECRET;
  const cacheKey = `${secret.length}:${secret}|${purpose}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "praktijkplein/tokens", `praktijkplein/${purpose}`, 32));
    keys.set(cacheKey, key);
  }
  return key;
}
