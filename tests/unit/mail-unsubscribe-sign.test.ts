/**
 * Signed unsubscribe links (server/mail/unsubscribe.ts): since decision 324 a
 * signature is two one-shot hashes of prepared blocks instead of copies of
 * prepared hash objects. The tokens must stay exactly what HMAC-SHA256 with
 * the unsubscribe key gives (links in mails already sent keep working).
 */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unsubscribeToken, verifyUnsubscribeToken, type UnsubscribeScope } from "../../server/mail/unsubscribe.ts";
import { tokenKey } from "../../server/security/tokens.ts";

const hmac = (payload: string) => createHmac("sha256", tokenKey("unsubscribe/v1")).update(payload).digest("base64url");

describe("unsubscribe signatures", () => {
  it("are HMAC-SHA256 with the unsubscribe key, for many members and scopes", () => {
    const scopes: UnsubscribeScope[] = ["digest", "email", "digest-community-cm1abc", "email-mention"];
    for (let i = 0; i < 500; i++) {
      const userId = `u${i.toString(36)}x${"z".repeat(i % 30)}`;
      const scope = scopes[i % scopes.length]!;
      const payload = Buffer.from(`${userId}|${scope}`).toString("base64url");
      const token = unsubscribeToken(userId, scope);
      expect(token).toBe(`${payload}.${hmac(payload)}`);
      expect(verifyUnsubscribeToken(token)).toEqual({ userId, scope });
    }
  });

  it("checks a signature over the link's text as UTF-8, as HMAC does", () => {
    // Base64url decoding skips what is not base64, so these payloads all say "u1|digest"; the signature is
    // over the text as it is, so each needs its own, and a non-ASCII one is hashed as UTF-8.
    for (const payload of ["dTF8ZGlnZXN0", "dTF8ZGlnZXN0é", "dTF8ZGlnZXN0\u{1F44D}", `dTF8ZGlnZXN0${"~".repeat(300)}`]) {
      expect(verifyUnsubscribeToken(`${payload}.${hmac(payload)}`)).toEqual({ userId: "u1", scope: "digest" });
      expect(verifyUnsubscribeToken(`${payload}.${hmac(`${payload}x`)}`)).toBeNull();
    }
  });
});
