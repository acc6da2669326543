/**
 * Live delivery and presence. A web instance emits through its own socket.io
 * server; a worker (no socket server) emits through @socket.io/redis-emitter
 * on the adapter's channel (`${REDIS_PREFIX}:socket.io`), so the bell updates
 * wherever the notification was made. Presence: each connected socket keeps a
 * short-lived entry in a Redis sorted set per member.
 */
import type { Redis } from "ioredis";
import { config } from "../config.ts";
import { adaptiveBatch } from "../db/adaptive-batch.ts";
import { broadcaster } from "../realtime/broadcast.ts";
import { userRoom } from "../realtime/server.ts";
import { createRedis } from "../redis.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";

export const NOTIFICATION_EVENTS = {
  /** A new notification; the payload has the new unread count. */
  created: "notifications:new",
  /** The unread count changed (read elsewhere). */
  count: "notifications:count",
} as const;

export type NotificationCreatedPayload = { id: string; unread: number; message: { key: string; params: Record<string, string> } };
export type NotificationCountPayload = { unread: number };

/** One plain Redis connection for presence and the emitter (not BullMQ's). */
export function notificationsRedis(): Redis {
  return singleton("notifications-redis", () => createRedis({ maxRetriesPerRequest: 3 }));
}

export function emitToUser(userId: string, event: string, payload: unknown): void {
  broadcaster().to(userRoom(userId)).emit(event, payload);
}

const PRESENCE_TTL_MS = 90_000;
export const PRESENCE_REFRESH_MS = 30_000;
const presenceKey = (userId: string) => `${config().REDIS_PREFIX}:presence:${userId}`;

type Touch = { userId: string; socketId: string; now: number };

/** The touches of one turn (a crowd connecting at once) in one MULTI (decision 216); each is idempotent, so a failed batch may be retried one by one. */
const touches = adaptiveBatch<Touch, void>(
  async (batch) => {
    const multi = notificationsRedis().multi();
    for (const { userId, socketId, now } of batch) {
      const key = presenceKey(userId);
      multi
        .zadd(key, now + PRESENCE_TTL_MS, socketId)
        .zremrangebyscore(key, "-inf", now)
        .pexpire(key, PRESENCE_TTL_MS);
    }
    await multi.exec();
    return batch.map(() => undefined);
  },
  { maxInFlight: 2 },
);

/** Marks one socket of a member as connected for the next PRESENCE_TTL_MS. */
export async function touchPresence(userId: string, socketId: string, now = Date.now()): Promise<void> {
  await touches.load({ userId, socketId, now });
}

export async function dropPresence(userId: string, socketId: string): Promise<void> {
  await notificationsRedis().zrem(presenceKey(userId), socketId);
}

/** Online: at least one socket seen within the TTL (a crashed instance's sockets expire by themselves). */
export async function isOnline(userId: string, now = Date.now()): Promise<boolean> {
  return (await notificationsRedis().zcount(presenceKey(userId), now, "+inf")) > 0;
}

export async function closeNotificationsRedis(): Promise<void> {
  const redis = peekSingleton<Redis>("notifications-redis");
  forgetSingleton("realtime-emitter");
  forgetSingleton("notifications-redis");
  await redis?.quit().catch(() => undefined);
}
