import { emit, transaction, type Tx } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { NOTIFICATION_KINDS, type NotificationData, type NotificationKind } from "./kinds.ts";

export type NotifyInput<K extends NotificationKind> = {
  userId: string;
  kind: K;
  data: NotificationData<K>;
  url: string;
  actorId?: string | null;
  communityId?: string | null;
  /** Makes the call idempotent per member (for example `mention-<messageId>`); processors always pass one. */
  dedupeKey?: string;
};

/**
 * Stores a notification (once per dedupe key) and, only when it is new, emits
 * `notification.created` in the same transaction: delivery (live bell, mail)
 * follows through the outbox. Members are never notified of their own
 * actions. Pass `tx` to write inside a transaction of yours.
 */
export async function notify<K extends NotificationKind>(input: NotifyInput<K>, tx?: Tx): Promise<string | null> {
  if (input.actorId && input.actorId === input.userId) return null;
  if (!tx) return transaction((own) => notify(input, own));
  const data = NOTIFICATION_KINDS[input.kind].parse(input.data) as Prisma.InputJsonValue;
  const [row] = await tx.notification.createManyAndReturn({
    data: [
      {
        userId: input.userId,
        kind: input.kind,
        data,
        url: input.url,
        actorId: input.actorId ?? null,
        communityId: input.communityId ?? null,
        dedupeKey: input.dedupeKey ?? null,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!row) {
    const existing = await tx.notification.findUnique({
      where: { userId_dedupeKey: { userId: input.userId, dedupeKey: input.dedupeKey! } },
      select: { id: true },
    });
    return existing?.id ?? null;
  }
  await emit(tx, "notification.created", { notificationId: row.id, userId: input.userId, kind: input.kind });
  return row.id;
}

/** After inserting notifications in bulk in `tx` (event reminders): announce the new ones. */
export async function announceNotifications(tx: Tx, notifications: { id: string; userId: string; kind: string }[]): Promise<void> {
  for (const n of notifications) await emit(tx, "notification.created", { notificationId: n.id, userId: n.userId, kind: n.kind });
}
