/**
 * The member's notifications: list, count, mark read. Access is checked again
 * every time: a notification about a community the member can no longer read
 * (or, for membership matters, see) is not shown, counted or opened.
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { aboutListedWhere } from "./about.ts";
import { audienceWhere } from "./audience.ts";
import { ALL_KINDS, KIND_DELIVERY } from "./catalog.ts";
import type { NotificationKind } from "./kinds.ts";
import { emitToUser, NOTIFICATION_EVENTS, type NotificationCountPayload } from "./live.ts";
import { hiddenKinds } from "./preferences.ts";

/** `emailVerified`: an invitation counts for a verified address only (decision 111). */
export type Viewer = { id: string; globalRole: GlobalRoleValue; email: string; emailVerified: boolean };

/**
 * The same rules as communityPermissions (server/communities/policy.ts), as a
 * query: read = open, member or moderator; view = listed, member, invited or
 * moderator. tests/integration/notifications.test.ts checks they agree.
 */
export function visibleNotificationsWhere(
  viewer: Viewer,
  hidden: NotificationKind[] = [],
  now = new Date(),
): Prisma.NotificationWhereInput {
  const kinds = ALL_KINDS.filter((kind) => !hidden.includes(kind));
  // A kind for an audience is shown while the member still belongs to it (audience.ts): a facilitator
  // made member again no longer sees join requests, a former moderator no longer sees submissions.
  const audience = audienceWhere(viewer, kinds);
  if (isModerator(viewer)) return { userId: viewer.id, ...audience };
  const member = { memberships: { some: { userId: viewer.id } } };
  return {
    userId: viewer.id,
    AND: [
      audience,
      {
        OR: [
          { communityId: null },
          {
            kind: { in: kinds.filter((kind) => KIND_DELIVERY[kind].access === "read") },
            community: { OR: [{ accessMode: "OPEN" }, member] },
          },
          {
            kind: { in: kinds.filter((kind) => KIND_DELIVERY[kind].access === "view") },
            community: {
              OR: [
                { accessMode: { not: "INVITE_ONLY" } },
                member,
                ...(viewer.emailVerified
                  ? [{ invitations: { some: { email: viewer.email, status: "PENDING" as const, expiresAt: { gt: now } } } }]
                  : []),
              ],
            },
          },
        ],
      },
    ],
  };
}

/**
 * What the member is shown: `visibleNotificationsWhere` and, through the content registry, nothing
 * about content that is no longer listed (server/notifications/about.ts). The bell, the list, the live
 * push, the mail and the data export all use it.
 */
export async function shownNotificationsWhere(viewer: Viewer, hidden: NotificationKind[] = []): Promise<Prisma.NotificationWhereInput> {
  return { AND: [visibleNotificationsWhere(viewer, hidden), await aboutListedWhere(viewer.id)] };
}

const listSelect = {
  id: true,
  kind: true,
  data: true,
  url: true,
  createdAt: true,
  readAt: true,
  actor: { select: { displayName: true } },
  community: { select: { name: true, slug: true } },
} as const;

export const NOTIFICATIONS_PAGE_SIZE = 25;

export async function listNotifications(viewer: Viewer, options: { page?: number; unreadOnly?: boolean } = {}) {
  const where: Prisma.NotificationWhereInput = {
    AND: [await shownNotificationsWhere(viewer, await hiddenKinds(viewer.id)), options.unreadOnly ? { readAt: null } : {}],
  };
  const total = await db().notification.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db().notification.findMany({
    where,
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
  });
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    data: (row.data ?? {}) as Record<string, unknown>,
    actorName: row.actor?.displayName ?? null,
    community: row.community,
    createdAt: row.createdAt,
    read: row.readAt !== null,
  }));
  return { items, total, page, pageCount };
}

export async function unreadNotificationCount(viewer: Viewer): Promise<number> {
  return db().notification.count({
    where: { AND: [await shownNotificationsWhere(viewer, await hiddenKinds(viewer.id)), { readAt: null }] },
  });
}

/** Tells the member's other tabs and devices the new unread count. */
export async function announceUnread(viewer: Viewer): Promise<void> {
  const payload: NotificationCountPayload = { unread: await unreadNotificationCount(viewer) };
  emitToUser(viewer.id, NOTIFICATION_EVENTS.count, payload);
}

export async function markNotificationRead(viewer: Viewer, id: string): Promise<void> {
  const { count } = await db().notification.updateMany({ where: { id, userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
  if (count) await announceUnread(viewer);
}

export async function markAllNotificationsRead(viewer: Viewer): Promise<number> {
  const { count } = await db().notification.updateMany({ where: { userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
  if (count) await announceUnread(viewer);
  return count;
}

/** Opens a notification: checks access again, marks it read and returns where it leads. */
export async function openNotification(viewer: Viewer, id: string): Promise<string> {
  const row = await db().notification.findFirst({
    where: { AND: [{ id }, await shownNotificationsWhere(viewer)] },
    select: { id: true, url: true, readAt: true },
  });
  if (!row) throw notFound();
  if (!row.readAt) await markNotificationRead(viewer, row.id);
  return row.url.startsWith("/") && !row.url.startsWith("//") ? row.url : "/meldingen";
}
