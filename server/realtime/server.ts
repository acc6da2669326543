/**
 * The app's socket.io server, on the same HTTP server as Remix. Websocket
 * transport only (no sticky sessions needed), a Redis adapter so that events
 * reach sockets on every instance, and authentication from the session cookie
 * with an Origin check in the handshake. Areas add their handlers through
 * `onConnection` (discussion) or their own namespace (collaboration).
 */
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-adapter";
import type { Redis } from "ioredis";
import { Server, type Socket } from "socket.io";
import { sessionIdFromCookieHeader } from "../accounts/cookie.ts";
import { getSessionUserBatched, type SessionUser } from "../accounts/sessions.ts";
import { config } from "../config.ts";
import { errorFields, log } from "../logger.ts";
import { createRedis } from "../redis.ts";
import { isSameOrigin } from "../http/security.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";
import { sessionRooms } from "./sessions.ts";

export type SocketData = { user: SessionUser; sessionId: string };
export type AppSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;

type ConnectionHandler = (socket: AppSocket, io: Server) => void;
const connectionHandlers = singleton("realtime-handlers", () => new Map<string, ConnectionHandler>());

/** Registers a per-connection handler on the default namespace (idempotent by name). */
export function onConnection(name: string, handler: ConnectionHandler): void {
  connectionHandlers.set(name, handler);
}

type ServerFeature = (io: Server) => { close: () => Promise<void> };
const serverFeatures = singleton("realtime-server-features", () => new Map<string, ServerFeature>());

/** Registers a feature that needs the io server itself, such as a namespace of its own (idempotent by name). */
export function onServerStart(name: string, feature: ServerFeature): void {
  serverFeatures.set(name, feature);
}

export { userRoom } from "./sessions.ts";
export const communityRoom = (communityId: string) => `community-${communityId}`;

/** Authenticates a handshake: a live session and a same-origin page. */
export async function authenticateHandshake(socket: Socket): Promise<SocketData> {
  const headers = socket.handshake.headers;
  const origin = typeof headers.origin === "string" ? headers.origin : undefined;
  if (!isSameOrigin(origin, headers["sec-fetch-site"] as string | undefined, headers.host)) {
    throw Object.assign(new Error("forbidden origin"), { data: { code: "origin" } });
  }
  // Batched with the other handshakes of this turn (decision 216): a crowd arriving at once is one statement, not one each.
  const session = await getSessionUserBatched(await sessionIdFromCookieHeader(headers.cookie));
  if (!session) throw Object.assign(new Error("not authenticated"), { data: { code: "unauthenticated" } });
  return { user: session.user, sessionId: session.sessionId };
}

export function authMiddleware(socket: Socket, next: (error?: Error) => void) {
  authenticateHandshake(socket).then(
    (data) => {
      socket.data = data;
      next();
    },
    (error: Error) => next(error),
  );
}

export type Realtime = { io: Server; close: () => Promise<void> };

export function createRealtime(httpServer: HttpServer): Realtime {
  const pub: Redis = createRedis();
  const sub: Redis = pub.duplicate();
  const io = new Server(httpServer, {
    transports: ["websocket"],
    serveClient: false,
    // Room for a co-editing update up to its limit as base64 text, so the collab server can refuse a
    // larger one in words instead of the socket closing (decision 241).
    maxHttpBufferSize: Math.max(2 * 1024 * 1024, Math.ceil((config().COLLAB_MAX_UPDATE_BYTES * 4) / 3) + 64 * 1024),
    pingInterval: 20_000,
    pingTimeout: 20_000,
    adapter: createAdapter(pub, sub, { key: `${config().REDIS_PREFIX}:socket.io` }),
  });
  io.use(authMiddleware);
  io.on("connection", (socket: AppSocket) => {
    void socket.join(sessionRooms(socket.data));
    for (const [name, handler] of connectionHandlers) {
      try {
        handler(socket, io);
      } catch (error) {
        log.error(`socket handler ${name} failed`, errorFields(error));
      }
    }
  });
  singleton("io", () => io);
  const started = [...serverFeatures.entries()].map(([name, feature]) => ({ name, running: feature(io) }));
  return {
    io,
    close: async () => {
      forgetSingleton("io");
      for (const { name, running } of started) {
        await running.close().catch((error: unknown) => log.warn(`realtime feature ${name} did not close cleanly`, errorFields(error)));
      }
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}

/** The io server of this process, when it runs one (web instances; not workers). */
export function currentIo(): Server | undefined {
  return peekSingleton<Server>("io");
}
