import { db } from "../db.ts";
import { emit, transaction } from "../events.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { registrationLimit } from "../security/limits.ts";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password.ts";
import { noticeRegistrationAttempt } from "./registration-notice.ts";

/**
 * A new account, waiting for its verification link (decision 110). New
 * accounts per IP address are limited (issue 8) before any work is done.
 * A taken address (whatever its case) gets the same answer and nothing is
 * made: its owner is told by mail instead (decision 243), so the form does
 * not reveal who has an account. The route starts no session either way.
 */
export async function registerUser(input: {
  email: string;
  password: string;
  displayName: string;
  locale?: string;
  clientIp: string;
}): Promise<{ email: string }> {
  await registrationLimit().consume(input.clientIp);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  try {
    await transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, passwordHash, displayName: input.displayName.trim(), locale: input.locale === "en" ? "en" : "nl" },
        select: { id: true },
      });
      await emit(tx, "user.registered", { userId: created.id });
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await noticeRegistrationAttempt(email);
  }
  return { email };
}

/**
 * Checks e-mail and password; takes the same time whether or not the address
 * exists. A suspended member (issue 8) gets `suspendedUntil` and no session.
 */
export async function authenticate(email: string, password: string): Promise<{ id: string; suspendedUntil?: Date } | null> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, suspendedUntil: true },
  });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const suspended = user.suspendedUntil !== null && user.suspendedUntil > new Date();
  return suspended ? { id: user.id, suspendedUntil: user.suspendedUntil! } : { id: user.id };
}

export async function setLocale(userId: string, locale: "nl" | "en"): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
