import { db } from "../db.ts";
import { fieldError } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { registrationLimit } from "../security/limits.ts";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password.ts";

/**
 * A new account, logged in by the route. New accounts per IP address are
 * limited (issue 8) before any work is done; a taken address (whatever its
 * case) is refused at the e-mail field.
 */
export async function registerUser(input: {
  email: string;
  password: string;
  displayName: string;
  locale?: string;
  clientIp: string;
}): Promise<{ id: string; email: string; displayName: string }> {
  await registrationLimit().consume(input.clientIp);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  try {
    return await transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, passwordHash, displayName: input.displayName.trim(), locale: input.locale === "en" ? "en" : "nl" },
        select: { id: true, email: true, displayName: true },
      });
      await emit(tx, "user.registered", { userId: created.id });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw fieldError("email", "errors.emailTaken", 409);
    throw error;
  }
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
