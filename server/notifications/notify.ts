import { db, type DbClient } from "../db.ts";
import { events } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { NOTIFICATION_KINDS, type NotificationData, type NotificationKind } from "./kinds.ts";

declare module "../events.ts" {
  interface DomainEvents {
    "notification.created": { notificationId: string; userId: string; kind: string };
  }
}

export type NotifyInput<K extends NotificationKind> = {
  userId: string;
  kind: K;
  data: NotificationData<K>;
  url: string;
  actorId?: string | null;
  communityId?: string | null;
  /** Makes the call idempotent per member (for example `mention-<messageId>`). */
  dedupeKey?: string;
};

/**
 * Stores a notification (once per dedupe key) and announces it after the
 * write. Members are never notified of their own actions. Pass `client` to
 * write inside a transaction; then call `announceNotifications` after commit.
 */
export async function notify<K extends NotificationKind>(input: NotifyInput<K>, client: DbClient = db()): Promise<string | null> {
  if (input.actorId && input.actorId === input.userId) return null;
  const data = NOTIFICATION_KINDS[input.kind].parse(input.data) as Prisma.InputJsonValue;
  const row = input.dedupeKey
    ? await client.notification.upsert({
        where: { userId_dedupeKey: { userId: input.userId, dedupeKey: input.dedupeKey } },
        create: { userId: input.userId, kind: input.kind, data, url: input.url, actorId: input.actorId ?? null, communityId: input.communityId ?? null, dedupeKey: input.dedupeKey },
        update: {},
        select: { id: true, createdAt: true },
      })
    : await client.notification.create({
        data: { userId: input.userId, kind: input.kind, data, url: input.url, actorId: input.actorId ?? null, communityId: input.communityId ?? null },
        select: { id: true, createdAt: true },
      });
  if (client === db()) await events.emit("notification.created", { notificationId: row.id, userId: input.userId, kind: input.kind });
  return row.id;
}

/** After a transaction that called notify(tx), tell the listeners (live delivery). */
export async function announceNotifications(notifications: { id: string; userId: string; kind: string }[]): Promise<void> {
  for (const n of notifications) await events.emit("notification.created", { notificationId: n.id, userId: n.userId, kind: n.kind });
}
