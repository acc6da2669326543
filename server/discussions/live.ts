/**
 * What connected sockets see of discussions. `echoNewMessage` is the one
 * in-process path: the web instance that stored a message broadcasts it to the
 * topic room right after the commit, as fast as bare socket.io. Everything
 * else is sent by the realtime processor (in the worker, through the Redis
 * emitter), from the current state of the rows, so a late or repeated job
 * never shows something stale (clients keep the newest `updatedAt`).
 * A message whose echo was lost in a crash reaches clients through the
 * gap-free sequence: the next message or a reconnect syncs it (decision 010).
 */
import type { MessageView, ServerEvents } from "~/shared/discussions.ts";
import { db } from "../db.ts";
import { isModerator, MODERATOR_ROLES } from "../moderation/roles.ts";
import { broadcaster } from "../realtime/broadcast.ts";
import { communityRoom, currentIo, userRoom } from "../realtime/server.ts";
import { messageViewSelect, reactionViews, toMessageView, toTopicState } from "./views.ts";

export const topicRoom = (topicId: string) => `topic-${topicId}`;
/**
 * The sockets in a topic that were allowed to type when they joined it. A change of rights (a role
 * change in the community, the topic locked or unlocked) makes sockets leave it, from any process;
 * the next "typing" of such a socket asks the policy again (decision 306).
 */
export const typingRoom = (topicId: string) => `typing-${topicId}`;

type Rooms = string | string[];
function send<K extends keyof ServerEvents>(rooms: Rooms, event: K, ...args: Parameters<ServerEvents[K]>): void {
  broadcaster()
    .to(rooms)
    .emit(event, ...args);
}

/** Right after the commit, in the web process that stored it (no-op elsewhere). */
export function echoNewMessage(view: MessageView): void {
  const io = currentIo();
  if (io) (io.to(topicRoom(view.topicId)).emit as (event: "message:new", message: MessageView) => void)("message:new", view);
}

/** A new message moved the topic on: the community's channel lists update their unread counts. */
export async function announceTopicActivity(messageId: string): Promise<void> {
  const row = await db().message.findUnique({
    where: { id: messageId },
    select: {
      seq: true,
      createdAt: true,
      authorId: true,
      topic: { select: { id: true, channelId: true, communityId: true, hiddenAt: true } },
    },
  });
  // A moderator's note in a hidden topic is no activity for the community's lists.
  if (!row || row.topic.hiddenAt) return;
  send(communityRoom(row.topic.communityId), "topic:activity", {
    communityId: row.topic.communityId,
    channelId: row.topic.channelId,
    topicId: row.topic.id,
    lastSeq: row.seq,
    lastMessageAt: row.createdAt.toISOString(),
    authorId: row.authorId,
  });
}

/** An edit, deletion, hide or unhide: the message as it is now. */
export async function broadcastMessage(messageId: string): Promise<void> {
  const row = await db().message.findUnique({ where: { id: messageId }, select: messageViewSelect });
  if (!row) return;
  send(topicRoom(row.topicId), row.deletedAt ? "message:deleted" : "message:edited", toMessageView(row));
}

export async function broadcastReactions(messageId: string): Promise<void> {
  const row = await db().message.findUnique({
    where: { id: messageId },
    select: {
      topicId: true,
      updatedAt: true,
      deletedAt: true,
      hiddenAt: true,
      reactions: { select: { emoji: true, userId: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return;
  const gone = row.deletedAt !== null || row.hiddenAt !== null;
  send(topicRoom(row.topicId), "reaction:updated", {
    topicId: row.topicId,
    messageId,
    reactions: gone ? [] : reactionViews(row.reactions),
    updatedAt: row.updatedAt.toISOString(),
  });
}

/** A topic renamed, pinned, locked, solved, hidden, unhidden or deleted: as it is now. */
export async function broadcastTopic(topicId: string): Promise<void> {
  const topic = await db().topic.findUnique({ where: { id: topicId } });
  if (!topic) return;
  const rooms = [topicRoom(topic.id), communityRoom(topic.communityId)];
  if (topic.deletedAt || topic.hiddenAt) {
    send(rooms, "topic:deleted", { topicId: topic.id, communityId: topic.communityId });
    // Sockets that had it open would otherwise still hear what is said in it (decision 237). Those who may
    // still read it (its author, moderators) join again when they open it.
    broadcaster().in(topicRoom(topic.id)).socketsLeave(topicRoom(topic.id));
  } else send(rooms, "topic:updated", toTopicState(topic));
}

const LEAVE_BATCH = 500;

/**
 * A member who left or was removed stops receiving what they may no longer
 * read, on every instance: their sockets leave the community's rooms (also
 * from a worker, which cannot list sockets; so every topic room of the
 * community is named).
 */
export async function leaveCommunityRooms(communityId: string, userId: string): Promise<void> {
  const [user, community] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { globalRole: true } }),
    db().community.findUnique({ where: { id: communityId }, select: { accessMode: true, slug: true, name: true } }),
  ]);
  // Moderators read and post everywhere: nothing changes for them.
  if (!user || !community || isModerator(user)) return;
  // Still (or again) a member: a leave and a re-join processed out of order change nothing.
  if (await db().membership.findUnique({ where: { userId_communityId: { userId, communityId } }, select: { id: true } })) return;
  // Their open topic pages of the community put the reply box away and say why (decision 319), in
  // open communities too, where they go on reading.
  send(userRoom(userId), "membership:ended", {
    communityId,
    slug: community.slug,
    community: community.name,
    readable: community.accessMode === "OPEN",
  });
  // Open communities stay readable for everyone signed in.
  if (community.accessMode === "OPEN") return;
  const sockets = broadcaster().in(userRoom(userId));
  sockets.socketsLeave(communityRoom(communityId));
  await forTopicRooms(communityId, topicRoom, (rooms) => sockets.socketsLeave(rooms));
}

/**
 * A community that is no longer open (its settings changed): signed-in readers who are not members
 * stop receiving it on every instance, as a member who leaves does (decision 279). The worker cannot
 * list sockets, so every socket in the community's rooms leaves them except those of its members and
 * of moderators and admins, who may still read it.
 */
export async function leaveRoomsOfClosedCommunity(communityId: string): Promise<void> {
  const community = await db().community.findUnique({ where: { id: communityId }, select: { accessMode: true } });
  if (!community || community.accessMode === "OPEN") return;
  const readers = await db().user.findMany({
    where: { OR: [{ memberships: { some: { communityId } } }, { globalRole: { in: [...MODERATOR_ROLES] } }] },
    select: { id: true },
  });
  const stay = readers.map((reader) => userRoom(reader.id));
  const leave = (rooms: string[]) => {
    const sockets = broadcaster().in(rooms);
    (stay.length ? sockets.except(stay) : sockets).socketsLeave(rooms);
  };
  leave([communityRoom(communityId)]);
  await forTopicRooms(communityId, topicRoom, leave);
}

/** The rooms of a community's topics, LEAVE_BATCH at a time (a large community has many). */
/** A member's role in the community changed: their sockets ask again before they may type in its topics. */
export async function recheckTypingInCommunity(communityId: string, userId: string): Promise<void> {
  const sockets = broadcaster().in(userRoom(userId));
  await forTopicRooms(communityId, typingRoom, (rooms) => sockets.socketsLeave(rooms));
}

/** A topic was locked or unlocked: everyone in it asks again before they may type. */
export function recheckTypingInTopic(topicId: string): void {
  broadcaster().in(topicRoom(topicId)).socketsLeave(typingRoom(topicId));
}

async function forTopicRooms(communityId: string, room: (topicId: string) => string, each: (rooms: string[]) => void): Promise<void> {
  for (let afterId: string | undefined; ;) {
    const topics = await db().topic.findMany({
      where: { communityId, ...(afterId ? { id: { gt: afterId } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: LEAVE_BATCH,
    });
    if (topics.length) each(topics.map((topic) => room(topic.id)));
    if (topics.length < LEAVE_BATCH) break;
    afterId = topics.at(-1)!.id;
  }
}
