import { isLanguage, type Language } from "~/i18n/index.ts";
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

/** The member chose a language (the switch while logged in): stored as their own choice. */
export async function setLocale(userId: string, locale: Language): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale, localeChosen: true } });
}

/**
 * The language at login (decision 322), given the language chosen in this browser (its cookie), if
 * any. An account with its own choice keeps it, and the browser takes it over, so the language stays
 * after logging out; an account without one takes the browser's choice. Answers the language the
 * browser's cookie should now hold, or null to leave the browser as it is (no choice on either side).
 */
export async function settleLocaleAtLogin(userId: string, browserChoice: Language | null): Promise<Language | null> {
  const account = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true, localeChosen: true } });
  if (account.localeChosen && isLanguage(account.locale)) return account.locale;
  if (!browserChoice) return null;
  await db().user.update({ where: { id: userId }, data: { locale: browserChoice, localeChosen: true } });
  return browserChoice;
}
