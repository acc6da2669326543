/** "Seen up to" markers that digest sections use to leave out what a member already saw. */
import { db } from "../db.ts";

/** Writes at most once a minute per member and scope: pages call this on every view. */
const MIN_INTERVAL_MS = 60_000;

export async function markSeen(userId: string, scope: string, now = new Date()): Promise<void> {
  await db().seenMarker.upsert({
    where: { userId_scope: { userId, scope } },
    create: { userId, scope, readAt: now },
    update: { readAt: now },
  });
}

export async function markSeenThrottled(userId: string, scope: string, now = new Date()): Promise<void> {
  const existing = await db().seenMarker.findUnique({ where: { userId_scope: { userId, scope } }, select: { readAt: true } });
  if (existing && now.getTime() - existing.readAt.getTime() < MIN_INTERVAL_MS) return;
  await markSeen(userId, scope, now);
}

export { membersSeenScope } from "./digest/sections/new-members.ts";
export { documentSeenScope } from "./digest/sections/documents.ts";
export { librarySeenScope } from "./digest/sections/library.ts";
