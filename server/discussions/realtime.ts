/**
 * Discussion over socket.io: handlers for what clients ask (join a topic,
 * send, edit, react, sync after a reconnect, typing). What rooms hear of
 * domain events is sent by the realtime processor (server/discussions/live.ts,
 * processors.ts). Every payload is
 * validated with zod; every mutation calls the same command as the HTTP
 * actions. A bad request gets an error acknowledgement (or an `app:error`
 * event) and never affects other sockets. Rooms live in the Redis adapter, so
 * an event emitted on one instance reaches sockets on all of them.
 */
import type { Server, Socket } from "socket.io";
import type { z } from "zod";
import { type Ack, type PresenceUser, type ServerEvents, socketSchemas, type SocketRequest } from "~/shared/discussions.ts";
import { config } from "../config.ts";
import { adaptiveBatch } from "../db/adaptive-batch.ts";
import { directQuery } from "../db/direct.ts";
import { messageWithParams } from "~/shared/messages.ts";
import { AppError } from "../errors.ts";
import { errorFields, log } from "../logger.ts";
import { type AppSocket, communityRoom, currentIo, onConnection } from "../realtime/server.ts";
import { createRedis } from "../redis.ts";
import { socketSessionAlive } from "../realtime/sessions.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";
import { loadCommunityForDiscussion, loadTopicBatched } from "./access.ts";
import { deleteMessage, editMessage, markRead, postMessage, type SignedIn, toggleReaction } from "./commands.ts";
import { topicRoom, typingRoom } from "./live.ts";
import { messagesAfter } from "./queries.ts";

export { topicRoom };

type Emit = <K extends keyof ServerEvents>(event: K, ...args: Parameters<ServerEvents[K]>) => void;

type JoinedTopic = { communityId: string; canType: boolean; lastTyping: number };
type SocketState = { topics: Map<string, JoinedTopic>; windowStart: number; eventsInWindow: number };

/** Per-socket guard against floods of cheap requests (posting has its own Redis-backed limit). */
const EVENTS_PER_SECOND = 40;

const states = new WeakMap<Socket, SocketState>();
function stateOf(socket: Socket): SocketState {
  let state = states.get(socket);
  if (!state) {
    state = { topics: new Map(), windowStart: Date.now(), eventsInWindow: 0 };
    states.set(socket, state);
  }
  return state;
}

function actorOf(socket: Socket): SignedIn {
  const user = (socket.data as AppSocket["data"]).user;
  return { id: user.id, globalRole: user.globalRole, displayName: user.displayName };
}

function errorBody(error: unknown): { status: number; message: string; retryAfterMs?: number } {
  if (error instanceof AppError) {
    const retryAfterMs = typeof error.details.retryAfterMs === "number" ? error.details.retryAfterMs : undefined;
    // A message with placeholders travels as `key|{params}`, as in forms (app/shared/messages.ts).
    const message = error.details.params ? messageWithParams(error.message, error.details.params) : error.message;
    return { status: error.status, message, ...(retryAfterMs ? { retryAfterMs } : {}) };
  }
  return { status: 500, message: "errors.generic" };
}

/**
 * Registers a validated request handler. The client may pass an
 * acknowledgement callback; without one, errors arrive as `app:error`.
 *
 * Every request re-validates the session (cached; decision 112): a logged-out
 * socket gets nothing and is closed. A handler normally starts once the
 * session is confirmed; one registered `early` (a send, decision 191) starts
 * at once and must await `sessionChecked` before it changes anything. Either
 * way an ended session answers 401, whatever the handler concluded.
 */
function handle<K extends SocketRequest>(
  socket: Socket,
  name: K,
  run: (payload: z.output<(typeof socketSchemas)[K]>, sessionChecked: Promise<void>) => Promise<object | void>,
  options: { early?: boolean } = {},
) {
  (socket as unknown as { on: (event: string, listener: (raw: unknown, maybeAck?: unknown) => void) => void }).on(name, (raw, maybeAck) => {
    const ack =
      typeof maybeAck === "function"
        ? (maybeAck as (reply: Ack) => void)
        : typeof raw === "function"
          ? (raw as (reply: Ack) => void)
          : null;
    const fail = (error: unknown) => {
      if (!(error instanceof AppError)) log.error(`socket ${name} failed`, { userId: actorOf(socket).id, ...errorFields(error) });
      const body = errorBody(error);
      if (ack) ack({ ok: false, error: body });
      else (socket.emit as Emit)("app:error", { event: name, status: body.status, message: body.message });
    };
    const state = stateOf(socket);
    const now = Date.now();
    if (now - state.windowStart >= 1000) {
      state.windowStart = now;
      state.eventsInWindow = 0;
    }
    if (++state.eventsInWindow > EVENTS_PER_SECOND)
      return fail(new AppError(429, "errors.rateLimited", { retryAfterMs: 1000 - (now - state.windowStart) }));
    const parsed = socketSchemas[name].safeParse(typeof raw === "function" ? undefined : raw);
    if (!parsed.success) return fail(new AppError(400, "errors.invalidRequest"));
    const payload = parsed.data as z.output<(typeof socketSchemas)[K]>;
    const sessionChecked = socketSessionAlive((socket.data as AppSocket["data"]).sessionId).then((alive) => {
      if (!alive) throw new SessionEnded();
    });
    const outcome = options.early ? run(payload, sessionChecked) : sessionChecked.then(() => run(payload, sessionChecked));
    void Promise.allSettled([sessionChecked, outcome]).then(([session, result]) => {
      if (session.status === "rejected") {
        fail(session.reason instanceof SessionEnded ? new AppError(401, "errors.unauthenticated") : session.reason);
        if (session.reason instanceof SessionEnded) socket.disconnect(true);
      } else if (result.status === "rejected") fail(result.reason);
      else ack?.({ ok: true, ...(result.value ?? {}) });
    });
  });
}

class SessionEnded extends Error {}

// ---------------------------------------------------------------- presence

/** Who has a topic open: a Redis hash userId → number of open sockets, shared by all instances. */
const presenceKey = (topicId: string) => `${config().REDIS_PREFIX}:presence:topic-${topicId}`;
const PRESENCE_TTL_SECONDS = 24 * 60 * 60;

function presenceRedis() {
  // Auto-pipelining: the presence commands of a crowd joining at once leave in one write per turn.
  return singleton("discussion-presence-redis", () => createRedis({ maxRetriesPerRequest: 3, enableAutoPipelining: true }));
}

type PendingPresence = { joined: Map<string, PresenceUser>; left: Set<string>; timer: NodeJS.Timeout };
const pendingPresence = singleton("discussion-presence-pending", () => new Map<string, PendingPresence>());
/** Joins and leaves are batched per topic, so a crowd arriving at once is one event per window, not one per person. */
const PRESENCE_FLUSH_MS = 250;
/**
 * Each window's event goes to everyone in the room, so a crowd joining a
 * crowd was quadratic (bench:realtime, 5,000 clients: the presence events
 * were more writes than the messages of the run). Past 500 sockets the window
 * grows with the room, so presence costs this instance at most about 2,000
 * deliveries a second per topic (decision 216); smaller rooms keep 250 ms.
 */
const PRESENCE_DELIVERIES_PER_SECOND = 2_000;
const PRESENCE_FLUSH_MAX_MS = 5_000;

export function presenceWindowMs(roomSize: number): number {
  return Math.min(PRESENCE_FLUSH_MAX_MS, Math.max(PRESENCE_FLUSH_MS, Math.ceil((roomSize / PRESENCE_DELIVERIES_PER_SECOND) * 1000)));
}

function queuePresence(topicId: string, change: { joined?: PresenceUser; left?: string }) {
  let pending = pendingPresence.get(topicId);
  if (!pending) {
    pending = {
      joined: new Map(),
      left: new Set(),
      timer: setTimeout(
        () => {
          pendingPresence.delete(topicId);
          const io = currentIo();
          if (!io || (pending!.joined.size === 0 && pending!.left.size === 0)) return;
          (io.to(topicRoom(topicId)).emit as Emit)("presence", {
            topicId,
            joined: [...pending!.joined.values()],
            left: [...pending!.left],
          });
        },
        presenceWindowMs(currentIo()?.sockets.adapter.rooms.get(topicRoom(topicId))?.size ?? 0),
      ),
    };
    pending.timer.unref();
    pendingPresence.set(topicId, pending);
  }
  if (change.joined) {
    pending.left.delete(change.joined.id);
    pending.joined.set(change.joined.id, change.joined);
  }
  if (change.left) {
    pending.joined.delete(change.left);
    pending.left.add(change.left);
  }
}

/**
 * The joins of one turn count themselves in with one MULTI (decision 216).
 * A failed MULTI fails each of its joins; it is not retried one by one
 * (HINCRBY is not idempotent).
 */
const presenceJoins = adaptiveBatch<{ topicId: string; userId: string }, number | Error>(
  async (joins) => {
    const multi = presenceRedis().multi();
    for (const { topicId, userId } of joins)
      multi.hincrby(presenceKey(topicId), userId, 1).expire(presenceKey(topicId), PRESENCE_TTL_SECONDS);
    try {
      const results = (await multi.exec()) ?? [];
      return joins.map((_, index) => {
        const [error, count] = results[2 * index] ?? [new Error("presence: no reply")];
        return error ?? Number(count);
      });
    } catch (error) {
      return joins.map(() => (error instanceof Error ? error : new Error(String(error))));
    }
  },
  { maxInFlight: 2 },
);

async function presenceJoin(topicId: string, user: PresenceUser): Promise<void> {
  // An Error answer rejects this load (DataLoader), so what arrives is the count.
  const count = await presenceJoins.load({ topicId, userId: user.id });
  if (count === 1) queuePresence(topicId, { joined: user });
}

async function presenceLeave(topicId: string, userId: string): Promise<void> {
  const redis = presenceRedis();
  const count = await redis.hincrby(presenceKey(topicId), userId, -1);
  if (count <= 0) {
    await redis.hdel(presenceKey(topicId), userId);
    queuePresence(topicId, { left: userId });
  }
}

/** A crowd is summed up by the first names; the rest arrive as presence events. */
const PRESENCE_LIST_MAX = 50;

/**
 * Who is in the topic, as far as a joiner needs to know: at most
 * PRESENCE_LIST_MAX people. Read with one HSCAN step instead of HGETALL, so a
 * join costs the same in a topic of 50 or 5,000 people (HGETALL made joining
 * a crowd quadratic: 26 s for 5,000 clients in bench:realtime). The joins of
 * one turn share one read per topic (decision 216), made after each of them
 * counted itself in.
 */
const presenceLists = adaptiveBatch<string, PresenceUser[]>(
  async (topicIds) => {
    const distinct = [...new Set(topicIds)];
    const lists = new Map(await Promise.all(distinct.map(async (topicId) => [topicId, await readPresenceList(topicId)] as const)));
    return topicIds.map((topicId) => lists.get(topicId)!);
  },
  { maxInFlight: 2 },
);

async function readPresenceList(topicId: string): Promise<PresenceUser[]> {
  const [, flat] = await presenceRedis().hscan(presenceKey(topicId), "0", "COUNT", PRESENCE_LIST_MAX * 2);
  const ids: string[] = [];
  for (let i = 0; i + 1 < flat.length && ids.length < PRESENCE_LIST_MAX; i += 2) if (Number(flat[i + 1]) > 0) ids.push(flat[i]!);
  if (ids.length === 0) return [];
  return directQuery<PresenceUser>(
    `/* prepared */ SELECT "id", "displayName" FROM "User" WHERE "id" = ANY($1::text[]) ORDER BY "displayName" ASC`,
    [ids],
  );
}

// ---------------------------------------------------------------- handlers

async function leaveTopic(socket: Socket, topicId: string) {
  const state = stateOf(socket);
  if (!state.topics.delete(topicId)) return;
  await socket.leave(topicRoom(topicId));
  await socket.leave(typingRoom(topicId));
  await presenceLeave(topicId, actorOf(socket).id);
}

function registerHandlers(socket: Socket) {
  const actor = actorOf(socket);
  const user = (socket.data as AppSocket["data"]).user;
  const me: PresenceUser = { id: user.id, displayName: user.displayName };

  handle(socket, "community:join", async ({ communityId }) => {
    await loadCommunityForDiscussion(actor, { id: communityId });
    await socket.join(communityRoom(communityId));
  });
  handle(socket, "community:leave", async ({ communityId }) => {
    await socket.leave(communityRoom(communityId));
  });

  // Early (decisions 191, 216): the topic check overlaps the session check; nothing joins before both said yes.
  handle(
    socket,
    "topic:join",
    async ({ topicId, afterSeq }, sessionChecked) => {
      const [{ topic, community, permissions }] = await Promise.all([loadTopicBatched(actor, topicId), sessionChecked]);
      const state = stateOf(socket);
      const already = state.topics.has(topicId);
      const canType = permissions.post && (!topic.locked || permissions.moderate);
      state.topics.set(topicId, { communityId: community.id, canType, lastTyping: 0 });
      await socket.join(canType ? [topicRoom(topicId), typingRoom(topicId)] : topicRoom(topicId));
      if (!canType) await socket.leave(typingRoom(topicId));
      if (!already) await presenceJoin(topicId, me);
      const missed = afterSeq !== undefined ? await messagesAfter(actor, topicId, afterSeq) : null;
      return {
        topic: {
          id: topic.id,
          title: topic.title,
          pinned: topic.pinned,
          locked: topic.locked,
          solvedMessageId: topic.solvedMessageId,
          lastSeq: topic.lastSeq,
          updatedAt: topic.updatedAt.toISOString(),
        },
        presence: (await presenceLists.load(topicId)).slice(),
        ...(missed ? { messages: missed.messages, more: missed.more } : {}),
      };
    },
    { early: true },
  );
  handle(socket, "topic:leave", async ({ topicId }) => {
    await leaveTopic(socket, topicId);
  });

  handle(socket, "topic:sync", async ({ topicId, afterSeq, limit }) => messagesAfter(actor, topicId, afterSeq, limit));
  handle(socket, "topic:read", async ({ topicId, seq }) => ({ lastReadSeq: await markRead(actor, topicId, seq) }));

  handle(
    socket,
    "message:send",
    ({ topicId, clientKey, body, text, replyToId }, sessionChecked) =>
      postMessage(actor, { topicId, clientKey, replyToId, body: { json: body, text } }, { sessionChecked }),
    { early: true },
  );
  handle(socket, "message:edit", async ({ messageId, body, text }) => ({
    message: await editMessage(actor, messageId, { json: body, text }),
  }));
  handle(socket, "message:delete", async ({ messageId }) => ({ message: await deleteMessage(actor, messageId) }));
  handle(socket, "reaction:toggle", async ({ messageId, emoji }) => toggleReaction(actor, messageId, emoji));

  handle(socket, "typing", async ({ topicId, typing }) => {
    const joined = stateOf(socket).topics.get(topicId);
    if (!joined || !socket.rooms.has(topicRoom(topicId))) throw new AppError(403, "errors.forbidden");
    // Rights changed since the join (the socket left the typing room, decision 306): ask the policy again.
    if (joined.canType && !socket.rooms.has(typingRoom(topicId))) {
      const { topic, permissions } = await loadTopicBatched(actor, topicId);
      joined.canType = permissions.post && (!topic.locked || permissions.moderate);
      if (joined.canType) await socket.join(typingRoom(topicId));
    }
    if (!joined.canType) throw new AppError(403, "discussions.errors.membersOnly");
    const now = Date.now();
    // Clients send "typing" at most every few seconds; more often is dropped, not an error.
    if (typing && now - joined.lastTyping < 1000) return;
    joined.lastTyping = typing ? now : 0;
    (socket.to(topicRoom(topicId)).emit as Emit)("typing", { topicId, user: me, typing });
  });

  socket.on("disconnecting", () => {
    const state = stateOf(socket);
    for (const topicId of state.topics.keys()) {
      presenceLeave(topicId, actor.id).catch((error: unknown) => log.warn("presence leave failed", errorFields(error)));
    }
    state.topics.clear();
  });
}

/** Closes this process's presence connection (shutdown). */
export async function closeDiscussionRealtime(): Promise<void> {
  const redis = peekSingleton<ReturnType<typeof createRedis>>("discussion-presence-redis");
  forgetSingleton("discussion-presence-redis");
  await redis?.quit().catch(() => undefined);
}

/** Called once per process by registerRealtimeFeatures(). */
export function registerDiscussionRealtime(): void {
  onConnection("discussions", (socket: AppSocket, _io: Server) => registerHandlers(socket as unknown as Socket));
}
