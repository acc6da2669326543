import type { ProfileInput } from "~/shared/forms/accounts.ts";
import { db } from "../db.ts";
import { emit, transaction } from "../events.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password.ts";

export type RegisterResult =
  | { ok: true; user: { id: string; email: string; displayName: string } }
  | { ok: false; field: "email"; error: "errors.emailTaken" };

export async function registerUser(input: {
  email: string;
  password: string;
  displayName: string;
  locale?: string;
}): Promise<RegisterResult> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, passwordHash, displayName: input.displayName.trim(), locale: input.locale === "en" ? "en" : "nl" },
        select: { id: true, email: true, displayName: true },
      });
      await emit(tx, "user.registered", { userId: created.id });
      return created;
    });
    return { ok: true, user };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "email", error: "errors.emailTaken" };
    }
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

/** The member's own profile; the member directory and search follow through `user.updated`. */
export async function updateProfile(userId: string, input: ProfileInput): Promise<void> {
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: input, select: { id: true } });
    await emit(tx, "user.updated", { userId });
  });
}

export async function setLocale(userId: string, locale: "nl" | "en"): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}

export async function getOwnProfile(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      displayName: true,
      organisation: true,
      fieldRole: true,
      region: true,
      bio: true,
      showOrganisation: true,
      showFieldRole: true,
      showRegion: true,
      showBio: true,
      globalRole: true,
      createdAt: true,
    },
  });
}
