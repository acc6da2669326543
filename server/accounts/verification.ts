/**
 * E-mail verification (decision 110). A new account, and a new address asked
 * for on /profiel, get a mailed link that proves the member reads that
 * mailbox. The link is signed (HMAC with a key derived from TOKEN_SECRET, server/security/tokens.ts),
 * names the account and the address and expires after 48 hours, so the mail
 * job makes it without storing a token; a link for an address the account no
 * longer has (or no longer asks for) does nothing.
 *
 * Until then an account reads what visitors read and what open communities
 * show, but cannot join, ask to join, accept an invitation, post or receive
 * digests; invitations sent to its address do not count for it.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { tokenKey } from "../security/tokens.ts";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { mailLanguage } from "../mail/i18n.ts";
import { sendOnce, type OnceResult } from "../mail/once.ts";
import { emailVerificationMail } from "../mail/templates/email-verification.ts";
import { emailChangeLimit, verificationMailLimit } from "../security/limits.ts";
import { verifyPassword } from "./password.ts";
import { voidOpenResets } from "./password-reset.ts";
import { sendEmailClaimNoticeMail } from "./registration-notice.ts";

export const EMAIL_VERIFICATION_TTL_MS = 48 * 60 * 60 * 1000;
const ID = /^[a-z0-9]{1,40}$/;

function key(): Buffer {
  return tokenKey("email-verification/v1");
}

function sign(payload: string): string {
  return createHmac("sha256", key()).update(payload).digest("base64url");
}

/** The token in the link: `<base64url(userId|email|expiry ms)>.<signature>`. */
export function emailVerificationToken(userId: string, email: string, expiresAt: Date): string {
  const payload = Buffer.from(`${userId}|${email}|${expiresAt.getTime()}`).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function readEmailVerificationToken(token: string, now = new Date()): { userId: string; email: string } | null {
  if (!token || token.length > 800) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, email, expiry, more] = Buffer.from(payload, "base64url").toString("utf8").split("|");
  if (!userId || !email || !expiry || more !== undefined || !ID.test(userId)) return null;
  if (!/^\d{1,15}$/.test(expiry) || Number(expiry) <= now.getTime()) return null;
  return { userId, email };
}

/** Whether the account's address is verified (the one check every guarded command makes). */
export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return user?.emailVerifiedAt != null;
}

/** Throws 403 with a message that says what to do, for an account whose address is not verified yet. */
export async function requireVerifiedEmail(userId: string): Promise<void> {
  if (!(await isEmailVerified(userId))) throw new AppError(403, "auth.verify.required");
}

export type VerifyResult = { userId: string; outcome: "verified" | "changed" | "already" };

/**
 * Follows a link: verifies the account's address, or makes the asked-for new
 * address the account's own. 410 for a link that is broken, expired or no
 * longer about the account's (pending) address.
 */
export async function verifyEmail(token: string, now = new Date()): Promise<VerifyResult> {
  const claim = readEmailVerificationToken(token, now);
  if (!claim) throw new AppError(410, "auth.verify.invalid");
  try {
    return await transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: claim.userId },
        select: { id: true, email: true, pendingEmail: true, emailVerifiedAt: true },
      });
      if (!user) throw new AppError(410, "auth.verify.invalid");
      if (claim.email === user.email) {
        if (user.emailVerifiedAt) return { userId: user.id, outcome: "already" as const };
        await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now }, select: { id: true } });
        return { userId: user.id, outcome: "verified" as const };
      }
      if (claim.email === user.pendingEmail) {
        await tx.user.update({
          where: { id: user.id },
          data: { email: claim.email, pendingEmail: null, emailVerifiedAt: now },
          select: { id: true },
        });
        await voidOpenResets(tx, user.id, now);
        await emit(tx, "user.updated", { userId: user.id });
        return { userId: user.id, outcome: "changed" as const };
      }
      throw new AppError(410, "auth.verify.invalid");
    });
  } catch (error) {
    // Someone else registered the new address meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError(409, "errors.emailTaken");
    throw error;
  }
}

/** "Stuur de link opnieuw": a new mail to the address that still waits for its link. */
export async function resendVerification(userId: string): Promise<{ email: string }> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, emailVerifiedAt: true, pendingEmail: true },
  });
  const address = user ? addressToVerify(user) : null;
  if (!address) throw new AppError(409, "auth.verify.nothingToSend");
  await verificationMailLimit().consume(userId);
  await transaction(async (tx) => {
    await emit(tx, "user.verificationRequested", { userId });
  });
  return { email: address };
}

/** The address an unverified account's banner names: the one its link went to (a new one asked for, or its own). */
export async function addressAwaitingLink(userId: string): Promise<string | null> {
  const user = await verificationStatus(userId);
  return user ? addressToVerify(user) : null;
}

/** What /e-mailadres-bevestigen shows: the address, whether it is verified, and a new one waiting for its link. */
export async function verificationStatus(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: { email: true, pendingEmail: true, emailVerifiedAt: true } });
}

/**
 * A new address waits for its link (`pendingEmail`); the account keeps its address until the link is
 * followed, verified or not (a typo at registration included). The answer, what the account's pages
 * show afterwards and the work done are the same whether or not another account has the address:
 * "al in gebruik" told anyone with a free account who has an account here (security walk 15, as
 * registration did before decision 243). The mail job sends no link to an address that is taken.
 */
export async function requestEmailChange(userId: string, input: { email: string; password: string }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true } });
  if (!user) throw new AppError(401, "errors.unauthenticated");
  await emailChangeLimit().consume(userId);
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError(400, "errors.wrongPassword", { field: "password" });
  if (email === user.email) throw new AppError(400, "profile.email.same", { field: "email" });
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { pendingEmail: email }, select: { id: true } });
    await emit(tx, "user.verificationRequested", { userId });
  });
}

/** The address that waits for a link: a new one asked for, or the account's own while unverified. */
function addressToVerify(user: { email: string; pendingEmail: string | null; emailVerifiedAt: Date | null }): string | null {
  return user.pendingEmail ?? (user.emailVerifiedAt ? null : user.email);
}

/** The mail job: one mail per request (`requestId` is the event's id), with a fresh signed link. */
export async function sendEmailVerificationMail(
  input: { userId: string; requestId: string },
  signal?: AbortSignal,
  now = new Date(),
): Promise<OnceResult | "stale"> {
  const user = await db().user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, pendingEmail: true, emailVerifiedAt: true, displayName: true, locale: true },
  });
  if (!user || !addressToVerify(user)) return "stale";
  // An address another account has gets no link (requestEmailChange answered as for any address); its owner is told.
  const owner = await db().user.findFirst({
    where: { email: addressToVerify(user)!, id: { not: user.id } },
    select: { id: true, email: true, displayName: true, locale: true },
  });
  if (owner) return sendEmailClaimNoticeMail(owner, input.requestId, signal);
  return sendOnce(
    { key: `email-verification-${input.requestId}`, kind: "EMAIL_VERIFICATION", userId: user.id },
    async () => {
      const address = addressToVerify(user)!;
      const expiresAt = new Date(now.getTime() + EMAIL_VERIFICATION_TTL_MS);
      const token = emailVerificationToken(user.id, address, expiresAt);
      return {
        outcome: "send",
        mail: {
          to: address,
          ...emailVerificationMail({
            language: mailLanguage(user.locale),
            displayName: user.displayName,
            token,
            expiresAt,
            change: address !== user.email,
          }),
        },
      };
    },
    signal,
  );
}
