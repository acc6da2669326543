import { createHash, randomBytes } from "node:crypto";
import { db } from "../db.ts";
import { adaptiveBatch } from "../db/adaptive-batch.ts";
import { directQuery } from "../db/direct.ts";
import { emit, transaction, type Tx } from "../events.ts";

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

/**
 * A session with its user, as the hand-written reads select it (the page
 * header's, server/accounts/session-header.ts, and the sockets' batch below):
 * SESSION_USER_COLUMNS over `"Session" s JOIN "User" u`.
 */
export type SessionUserRow = {
  sessionId: string;
  expiresAt: Date;
  userId: string;
  email: string;
  displayName: string;
  globalRole: SessionUser["globalRole"];
  locale: string;
  suspendedUntil: Date | null;
  emailVerifiedAt: Date | null;
};

export const SESSION_USER_COLUMNS = `s."id" AS "sessionId", s."expiresAt", u."id" AS "userId", u."email", u."displayName", u."globalRole"::text AS "globalRole",
       u."locale", u."suspendedUntil", u."emailVerifiedAt"`;

/**
 * The user of a session row read with SESSION_USER_COLUMNS, as getSessionUser
 * answers: null when the session is gone or has expired (then removed) or the
 * user is suspended; slides the expiry as renewSessionIfDue does, or with
 * `renew` (the sockets' batched renewal).
 */
export async function liveSessionUser(
  row: SessionUserRow | null | undefined,
  renew: (sessionId: string, expiresAt: Date) => Promise<boolean> = renewSessionIfDue,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  if (!row) return null;
  // A suspended member's sessions end at suspension; this catches any that slipped through.
  if (row.suspendedUntil && row.suspendedUntil > new Date()) return null;
  if (!(await renew(row.sessionId, row.expiresAt))) return null;
  return {
    user: {
      id: row.userId,
      email: row.email,
      displayName: row.displayName,
      globalRole: row.globalRole,
      locale: row.locale,
      emailVerified: row.emailVerifiedAt !== null,
    },
    sessionId: row.sessionId,
  };
}

/**
 * The session rows of many handshakes and socket checks in one prepared
 * statement (decision 216): a crowd of sockets arriving at once costs one
 * round trip per batch instead of one Prisma query each. Nothing is cached:
 * every id is read in the batch after it was asked for.
 */
const sessionRows = adaptiveBatch<string, SessionUserRow | null>(
  async (ids) => {
    const rows = await directQuery<SessionUserRow>(
      `/* prepared */ SELECT ${SESSION_USER_COLUMNS}
         FROM "Session" s JOIN "User" u ON u."id" = s."userId"
         WHERE s."id" = ANY($1::text[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.sessionId, row]));
    return ids.map((id) => byId.get(id) ?? null);
  },
  { maxInFlight: 2 },
);

/**
 * getSessionUser for sockets (handshakes and their session checks): the same
 * answer, read in a batch with the other sockets asking in the same turn.
 */
export async function getSessionUserBatched(
  sessionId: string | null | undefined,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  if (!sessionId || sessionId.length > 100) return null;
  return liveSessionUser(await sessionRows.load(sessionId), renewSessionIfDueBatched);
}

/**
 * The daily renewals of a crowd of sockets in one UPDATE per batch (a
 * reconnect storm of day-old sessions would otherwise be one write each).
 * The new expiry is computed by PostgreSQL, in UTC as Prisma stores it.
 */
const renewals = adaptiveBatch<string, void>(
  async (ids) => {
    await directQuery(
      `/* prepared */ UPDATE "Session" SET "expiresAt" = (now() AT TIME ZONE 'UTC') + $2::bigint * interval '1 millisecond' WHERE "id" = ANY($1::text[])`,
      [ids, SESSION_TTL_MS],
    );
    return ids.map(() => undefined);
  },
  { maxInFlight: 2 },
);

async function renewSessionIfDueBatched(sessionId: string, expiresAt: Date): Promise<boolean> {
  const left = expiresAt.getTime() - Date.now();
  if (left <= 0 || left >= RENEW_WHEN_LEFT_MS) return renewSessionIfDue(sessionId, expiresAt);
  await renewals.load(sessionId);
  return true;
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

/**
 * What names a session outside the session table: a hash of its id, so the
 * id (a bearer credential) never sits in an event, a room name or a Redis key.
 */
export function sessionKey(sessionId: string): string {
  return createHash("sha256").update(`session:${sessionId}`).digest("hex").slice(0, 32);
}

export type SessionEndReason = "logout" | "logoutEverywhere" | "login" | "passwordReset" | "suspended" | "deleted";

/**
 * Ends sessions inside the caller's transaction and announces it
 * (`sessions.ended`): the realtime processor closes their sockets in every
 * namespace, on every instance (decision 112). `all` ends every session of
 * the member (but `except`); otherwise only `sessionId`.
 */
export async function endSessionsIn(
  tx: Tx,
  userId: string,
  reason: SessionEndReason,
  scope: { sessionId: string } | { all: true; except?: string },
): Promise<string[]> {
  const where = "sessionId" in scope ? { id: scope.sessionId, userId } : { userId, ...(scope.except ? { id: { not: scope.except } } : {}) };
  const sessions = await tx.session.findMany({ where, select: { id: true } });
  if (sessions.length) await tx.session.deleteMany({ where: { id: { in: sessions.map((s) => s.id) } } });
  const sessionKeys = sessions.map((s) => sessionKey(s.id));
  // Suspension and deletion close every socket of the member, also one whose session ended earlier.
  const everySocket = reason === "suspended" || reason === "deleted";
  if (sessionKeys.length || everySocket) await emit(tx, "sessions.ended", { userId, sessionKeys, everySocket, reason });
  return sessionKeys;
}

/** Logging out here: this session and its sockets. */
export async function endSession(sessionId: string, reason: SessionEndReason = "logout"): Promise<void> {
  const session = await db().session.findUnique({ where: { id: sessionId }, select: { userId: true } });
  if (!session) return;
  const keys = await transaction((tx) => endSessionsIn(tx, session.userId, reason, { sessionId }));
  await forgetSessionsSoon(keys);
}

/** The one "end every session" command: log out everywhere (optionally but one), and what else ends them all. */
export async function endAllSessions(userId: string, reason: SessionEndReason, options: { except?: string } = {}): Promise<number> {
  const keys = await transaction((tx) =>
    endSessionsIn(tx, userId, reason, { all: true, ...(options.except ? { except: options.except } : {}) }),
  );
  await forgetSessionsSoon(keys);
  return keys.length;
}

/**
 * The sockets' session cache forgets ended sessions at once in this process's
 * Redis; the realtime processor does it again (a failure here only delays it).
 */
export async function forgetSessionsSoon(keys: string[]): Promise<void> {
  if (!keys.length) return;
  const { forgetSocketSessions } = await import("../realtime/sessions.ts");
  await forgetSocketSessions(keys).catch(() => undefined);
}

export async function deleteExpiredSessions(): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}
