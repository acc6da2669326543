/**
 * An in-process web instance without Remix: an HTTP server with the app's
 * socket.io server and every realtime feature, on a free port, against this
 * test file's database and Redis prefix. Plus socket.io clients that carry a
 * session cookie, as a browser would.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connectClient, type Socket as ClientSocket } from "socket.io-client";
import { mentionNode, textNode } from "../../server/richtext/index.ts";
import { closeRealtimeFeatures, registerRealtimeFeatures } from "../../server/realtime/features.ts";
import { createRealtime } from "../../server/realtime/server.ts";

export type RealtimeServer = { url: string; close: () => Promise<void> };

export async function startRealtimeServer(): Promise<RealtimeServer> {
  const httpServer = createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  registerRealtimeFeatures();
  const realtime = createRealtime(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await realtime.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await closeRealtimeFeatures();
    },
  };
}

export type Client = ClientSocket;

/**
 * A realtime server for the test file (started in beforeAll, closed in afterAll with every socket
 * `track`ed); `url()` once it runs.
 */
export function useRealtimeServer(hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }) {
  let server: RealtimeServer | undefined;
  const sockets: ClientSocket[] = [];
  hooks.beforeAll(async () => {
    server = await startRealtimeServer();
  });
  hooks.afterAll(async () => {
    for (const socket of sockets) socket.close();
    await server?.close();
  });
  return {
    url: () => server!.url,
    track: <T extends ClientSocket>(socket: T): T => (sockets.push(socket), socket),
  };
}

/** Connects with the cookie; resolves once connected, rejects with the server's refusal. */
export function connect(url: string, cookie: string | null, options: { origin?: string; reconnection?: boolean } = {}): Promise<Client> {
  const socket = connectClient(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    extraHeaders: { ...(cookie ? { Cookie: cookie } : {}), ...(options.origin ? { Origin: options.origin } : {}) },
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

export type AckReply = { ok: boolean; error?: { status: number; message: string; retryAfterMs?: number }; [key: string]: unknown };

export function request(socket: Client, event: string, payload?: unknown): Promise<AckReply> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<AckReply>;
}

/** Collects every payload of an event, and waits for a count or a condition. */
export function collect<T>(socket: Client, event: string) {
  const items: T[] = [];
  const waiters: { check: () => boolean; resolve: () => void }[] = [];
  socket.on(event, (payload: T) => {
    items.push(payload);
    for (const waiter of [...waiters]) {
      if (!waiter.check()) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  return {
    items,
    until(check: (items: T[]) => boolean, timeoutMs = 10_000): Promise<T[]> {
      if (check(items)) return Promise.resolve(items);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event} (have ${items.length})`)), timeoutMs);
        waiters.push({ check: () => check(items), resolve: () => (clearTimeout(timer), resolve(items)) });
      });
    },
  };
}

/** Lexical state with one paragraph of text. */
export function lexical(text: string, extra: object[] = []) {
  return {
    root: {
      type: "root",
      version: 1,
      direction: "ltr",
      format: "",
      indent: 0,
      children: [
        {
          type: "paragraph",
          version: 1,
          direction: "ltr",
          format: "",
          indent: 0,
          textFormat: 0,
          textStyle: "",
          children: [textNode(text), ...extra],
        },
      ],
    },
  };
}

/** A mention node as the editor sends it; `name` is the client's, which the server replaces. */
export const mention = mentionNode;
