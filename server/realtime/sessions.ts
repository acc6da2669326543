/**
 * One session check for every socket namespace (issue 15 F3/F4, decision 112).
 *
 * - Every authenticated socket, in every namespace, joins its member's room
 *   and its session's room (`session-<key>`, a hash of the session id).
 * - Each mutation a socket asks for re-validates its session: a Redis entry
 *   says "alive" for 30 seconds; a miss reads the session table (expiry and
 *   suspension included). Ending a session removes the entry.
 * - `sessions.ended` (logout, logout everywhere, password reset, suspension,
 *   deletion) closes the sockets of those sessions in every namespace on every
 *   instance, from the realtime processor through the Redis emitter.
 * - `membership.removed` closes the member's /collab sockets for that
 *   community's documents: the client reconnects by itself and the handshake
 *   decides again (read-only in an open community, refused otherwise).
 */
import { COLLAB_NAMESPACE } from "~/shared/collab.ts";
import { getSessionUserBatched, sessionKey } from "../accounts/sessions.ts";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { adaptiveBatch } from "../db/adaptive-batch.ts";
import type { DomainEvents } from "../events.ts";
import { errorFields, log } from "../logger.ts";
import { notificationsRedis } from "../notifications/live.ts";
import { broadcaster } from "./broadcast.ts";

/** Every namespace whose sockets belong to a session. A namespace added to the io server must be listed here (tests/integration/socket-sessions.test.ts). */
export const SESSION_NAMESPACES = ["/", COLLAB_NAMESPACE] as const;

/** Every socket of a member, in every namespace. */
export const userRoom = (userId: string) => `user-${userId}`;
export const sessionRoom = (key: string) => `session-${key}`;
/** A member's sockets about one community (the /collab sockets of its documents). */
export const memberRoom = (communityId: string, userId: string) => `member-${communityId}-${userId}`;

const ALIVE_SECONDS = 30;
const aliveKey = (key: string) => `${config().REDIS_PREFIX}:session-alive:${key}`;

/** The rooms every authenticated socket joins. */
export function sessionRooms(data: { user: { id: string }; sessionId: string }): string[] {
  return [userRoom(data.user.id), sessionRoom(sessionKey(data.sessionId))];
}

/**
 * The Redis side of the session check, batched (decision 216): the checks of
 * one turn are one MGET, and the sessions found live in the table one
 * pipeline of SETs. Each check still reads Redis (or the table) after it was
 * asked.
 */
const aliveInCache = adaptiveBatch<string, boolean>((sessionIds) => socketSessionsAliveInCache(sessionIds), { maxInFlight: 2 });
const markAlive = adaptiveBatch<string, void>(
  async (sessionIds) => {
    const pipeline = notificationsRedis().pipeline();
    for (const sessionId of sessionIds) pipeline.set(aliveKey(sessionKey(sessionId)), "1", "EX", ALIVE_SECONDS);
    await pipeline.exec();
    return sessionIds.map(() => undefined);
  },
  { maxInFlight: 2 },
);

/** Is the socket's session still live? Cheap: one Redis GET (batched) while it is known to be. */
export async function socketSessionAlive(sessionId: string): Promise<boolean> {
  if (await aliveInCache.load(sessionId)) return true;
  const session = await getSessionUserBatched(sessionId);
  if (!session) return false;
  await markAlive.load(sessionId).catch(() => undefined);
  return true;
}

/**
 * Which of these sessions Redis knows to be live, in one MGET (false also when Redis is away: the
 * caller then asks socketSessionAlive, which reads the session table).
 */
export async function socketSessionsAliveInCache(sessionIds: string[]): Promise<boolean[]> {
  if (sessionIds.length === 0) return [];
  try {
    const values = await notificationsRedis().mget(...sessionIds.map((sessionId) => aliveKey(sessionKey(sessionId))));
    return values.map((value) => value === "1");
  } catch (error) {
    log.warn("session cache unavailable; sockets ask again one by one", errorFields(error));
    return sessionIds.map(() => false);
  }
}

export async function forgetSocketSessions(keys: string[]): Promise<void> {
  if (keys.length) await notificationsRedis().del(...keys.map(aliveKey));
}

/** The realtime processor's part of `sessions.ended`. */
export async function closeEndedSessions({ userId, sessionKeys, everySocket }: DomainEvents["sessions.ended"]): Promise<void> {
  await forgetSocketSessions(sessionKeys);
  const rooms = everySocket ? [userRoom(userId)] : sessionKeys.map(sessionRoom);
  if (!rooms.length) return;
  for (const namespace of SESSION_NAMESPACES) {
    const target = namespace === "/" ? broadcaster() : broadcaster().of(namespace);
    target.in(rooms).disconnectSockets(true);
  }
}

/** The realtime processor's part of `membership.removed` for /collab (the default namespace leaves its rooms in server/discussions/live.ts). */
export async function closeCommunityDocuments({ communityId, userId }: { communityId: string; userId: string }): Promise<void> {
  // Still (or again) a member: a leave and a re-join processed out of order change nothing.
  if (await db().membership.findUnique({ where: { userId_communityId: { userId, communityId } }, select: { id: true } })) return;
  broadcaster().of(COLLAB_NAMESPACE).in(memberRoom(communityId, userId)).disconnectSockets(true);
}
