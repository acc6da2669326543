/**
 * The invitation link's token (security walk 16, decision 297). The command
 * draws a random seed; the token is an HMAC of it with a key derived from
 * TOKEN_SECRET (server/security/tokens.ts). The outbox row, the jobs and the
 * notification's dedupe key carry the seed, which opens nothing without the
 * secret; the invitation row keeps the token's SHA-256 to look it up. So the
 * mail job can still make the link, and nothing stored reads as one.
 */
import { createHmac, randomBytes } from "node:crypto";
import { tokenKey } from "../security/tokens.ts";

export function newInvitationSeed(): string {
  return randomBytes(24).toString("base64url");
}

export function invitationToken(seed: string): string {
  return createHmac("sha256", tokenKey("invitation/v1")).update(seed).digest("base64url");
}
