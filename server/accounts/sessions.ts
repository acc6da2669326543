import { randomBytes } from "node:crypto";
import { db } from "../db.ts";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A session is extended when less than this is left, at most once a day. */
const RENEW_WHEN_LEFT_MS = SESSION_TTL_MS - 24 * 60 * 60 * 1000;

export async function createSession(userId: string, userAgent?: string | null): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db().session.create({ data: { id, userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null } });
  return { id, expiresAt };
}

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  globalRole: "MEMBER" | "MODERATOR" | "ADMIN";
  locale: string;
  /** The address is verified (decision 110): until then no joining, invitations, posting or digests. */
  emailVerified: boolean;
};

const sessionUserSelect = { id: true, email: true, displayName: true, globalRole: true, locale: true } as const;

/** The user of a live session, or null; slides the expiry forward once a day. */
export async function getSessionUser(sessionId: string | null | undefined): Promise<{ user: SessionUser; sessionId: string } | null> {
  if (!sessionId || sessionId.length > 100) return null;
  const session = await db().session.findUnique({
    where: { id: sessionId },
    select: { id: true, expiresAt: true, user: { select: { ...sessionUserSelect, suspendedUntil: true, emailVerifiedAt: true } } },
  });
  if (!session) return null;
  // A suspended member's sessions end at suspension; this catches any that slipped through.
  if (session.user.suspendedUntil && session.user.suspendedUntil > new Date()) return null;
  if (!(await renewSessionIfDue(sessionId, session.expiresAt))) return null;
  const { suspendedUntil: _suspendedUntil, emailVerifiedAt, ...rest } = session.user;
  return { user: { ...rest, emailVerified: emailVerifiedAt !== null }, sessionId: session.id };
}

/** False (and the row removed) when the session has expired; slides the expiry forward at most once a day. */
export async function renewSessionIfDue(sessionId: string, expiresAt: Date): Promise<boolean> {
  const left = expiresAt.getTime() - Date.now();
  if (left <= 0) {
    await db().session.deleteMany({ where: { id: sessionId } });
    return false;
  }
  if (left < RENEW_WHEN_LEFT_MS) {
    await db().session.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() + SESSION_TTL_MS) } });
  }
  return true;
}

export async function deleteSession(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** "Log out everywhere": ends every session of the user, optionally but one. */
export async function deleteAllSessions(userId: string, except?: string): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  return count;
}

export async function deleteExpiredSessions(): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
