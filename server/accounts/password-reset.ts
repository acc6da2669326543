/**
 * Password reset by e-mail. A request enqueues a job that stores a
 * PasswordReset row when the address has an account; the mail job makes the token, stores only its SHA-256 and mails the link, so the
 * token never sits in the queue. The link works once, for an hour; using it
 * sets the new password, ends every session and voids other open resets.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { mailLanguage } from "../mail/i18n.ts";
import { sendOnce, type OnceResult } from "../mail/once.ts";
import { passwordResetMail } from "../mail/templates/password-reset.ts";
import { enqueue } from "../queues/producer.ts";
import { transaction, type Tx } from "../events.ts";
import { passwordResetIpLimit } from "../security/limits.ts";
import { clearLoginFailures } from "./login.ts";
import { hashPassword } from "./password.ts";
import { endSessionsIn, forgetSessionsSoon } from "./sessions.ts";

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
/** At most this many reset mails per account per hour (a form anyone can fill in). */
const MAX_REQUESTS_PER_HOUR = 3;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Asked for on /wachtwoord-vergeten. Looks the same to the requester, in its answer and in the work
 * done before it (decision 241): whether or not the address has an account, this counts one request
 * for the IP address and enqueues one job with the address; the job finds out the rest. Throws 429
 * when the IP address asked too often.
 */
export async function requestPasswordReset(email: string, clientIp: string): Promise<void> {
  await passwordResetIpLimit().consume(clientIp);
  const requestId = randomUUID();
  await enqueue("requestPasswordReset", { email: email.trim().toLowerCase(), requestId }, { jobId: `password-reset-request-${requestId}` });
}

/**
 * The job behind a request: nothing for an address without an account or one that had its three
 * mails this hour; otherwise a PasswordReset row (its id is the request's, so a retried job makes
 * no second one) and the job that mails the link.
 */
export async function startPasswordReset(
  input: { email: string; requestId: string },
  now = new Date(),
): Promise<"noAccount" | "limited" | "queued"> {
  const user = await db().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!user) return "noAccount";
  // Counted and stored under a per-account lock: requests sent at once were each counted before any
  // was stored, and all of them mailed (walk 17: eight at once gave five mails; decision 306).
  const limited = await transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`password-reset:${user.id}`}))`;
    const recent = await tx.passwordReset.count({
      where: { userId: user.id, id: { not: input.requestId }, createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) } },
    });
    if (recent >= MAX_REQUESTS_PER_HOUR) return true;
    await tx.passwordReset.createMany({
      data: [{ id: input.requestId, userId: user.id, expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS) }],
      skipDuplicates: true,
    });
    return false;
  });
  if (limited) return "limited";
  await enqueue("sendPasswordReset", { resetId: input.requestId }, { jobId: `password-reset-${input.requestId}` });
  return "queued";
}

export async function sendPasswordResetMail(input: { resetId: string }, signal?: AbortSignal): Promise<OnceResult | "stale"> {
  const reset = await db().passwordReset.findUnique({
    where: { id: input.resetId },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, displayName: true, locale: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt < new Date()) return "stale";
  return sendOnce(
    { key: `password-reset-${reset.id}`, kind: "PASSWORD_RESET", userId: reset.user.id },
    async () => {
      // A new token per attempt: a retry after a failed send makes the earlier (unsent) link void.
      const token = randomBytes(32).toString("base64url");
      await db().passwordReset.update({ where: { id: reset.id }, data: { tokenHash: hash(token) } });
      return {
        outcome: "send",
        mail: {
          to: reset.user.email,
          ...passwordResetMail({
            language: mailLanguage(reset.user.locale),
            displayName: reset.user.displayName,
            token,
            expiresAt: reset.expiresAt,
          }),
        },
      };
    },
    signal,
  );
}

/** Whether a reset link can still be used (for showing the form or a notice). */
export async function passwordResetIsValid(token: string, now = new Date()): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const reset = await db().passwordReset.findUnique({ where: { tokenHash: hash(token) }, select: { usedAt: true, expiresAt: true } });
  return reset !== null && reset.usedAt === null && reset.expiresAt > now;
}

/** Sets the new password and ends every session; the link is used up. Returns the member's id. */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<string> {
  if (!token || token.length > 100) throw new AppError(410, "passwordReset.reset.invalid");
  const passwordHash = await hashPassword(newPassword);
  const result = await transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash: hash(token) }, select: { id: true, userId: true } });
    if (!reset) throw new AppError(410, "passwordReset.reset.invalid");
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new AppError(410, "passwordReset.reset.invalid");
    // The link came by mail to the account's address: that proves the mailbox too (decision 110).
    const user = await tx.user.findUniqueOrThrow({ where: { id: reset.userId }, select: { emailVerifiedAt: true, email: true } });
    await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, ...(user.emailVerifiedAt ? {} : { emailVerifiedAt: now }) },
    });
    const sessionKeys = await endSessionsIn(tx, reset.userId, "passwordReset", { all: true });
    await voidOpenResets(tx, reset.userId, now);
    return { userId: reset.userId, email: user.email, sessionKeys };
  });
  await forgetSessionsSoon(result.sessionKeys);
  // The link came to the account's mailbox: failures others caused no longer keep its owner out (decision 319).
  await clearLoginFailures(result.email);
  return result.userId;
}

/**
 * Open reset links of the account stop working: after a reset, and when the account's address
 * changes, since they were sent to a mailbox that no longer speaks for it (security walk 15).
 */
export async function voidOpenResets(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
