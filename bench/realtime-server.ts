/**
 * A server process for bench/realtime.ts. `app`: the app's own socket.io
 * server with cookie authentication, the Redis adapter and the discussion
 * handlers (every message is authorised, rate-limited, stored with its
 * sequence number and its outbox event in PostgreSQL, echoed to the room and
 * relayed to the events queue, as a web instance does; no worker runs here).
 * `bare`: socket.io with nothing else, broadcasting what it receives (the floor).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";

const mode = process.argv[2] === "bare" ? "bare" : "app";
const httpServer = createServer((_req, res) => {
  res.statusCode = 404;
  res.end();
});

let close: () => Promise<void>;
if (mode === "bare") {
  const io = new Server(httpServer, { transports: ["websocket"], serveClient: false, maxHttpBufferSize: 2 * 1024 * 1024 });
  let seq = 0;
  io.on("connection", (socket) => {
    socket.on("topic:join", (_payload: unknown, ack?: (reply: object) => void) => {
      void socket.join("topic");
      ack?.({ ok: true });
    });
    socket.on("message:send", (payload: { clientKey: string; text: string; topicId: string }, ack?: (reply: object) => void) => {
      // The same shape and size as the app's MessageView.
      seq += 1;
      const now = new Date().toISOString();
      const message = {
        id: `bare${seq}`,
        topicId: payload.topicId,
        seq,
        author: { id: "bare", displayName: "Bench afzender" },
        html: `<p>${payload.text}</p>`,
        text: payload.text,
        json: JSON.stringify({
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
                children: [{ type: "text", text: payload.text, format: 0, detail: 0, mode: "normal", style: "", version: 1 }],
              },
            ],
          },
        }),
        replyTo: null,
        createdAt: now,
        editedAt: null,
        deletedAt: null,
        updatedAt: now,
        reactions: [],
      };
      io.to("topic").emit("message:new", message);
      ack?.({ ok: true, created: true, message });
    });
  });
  close = () => new Promise((resolve) => io.close(() => resolve()));
} else {
  const { registerRealtimeFeatures, closeRealtimeFeatures } = await import("../server/realtime/features.ts");
  const { createRealtime } = await import("../server/realtime/server.ts");
  const { disconnectDb, warmDb } = await import("../server/db.ts");
  const { closeQueues } = await import("../server/queues/producer.ts");
  registerRealtimeFeatures();
  const realtime = createRealtime(httpServer);
  // As a web instance starts (server/main.ts, decision 247): Prisma's query compiler before any client.
  await warmDb();
  close = async () => {
    await realtime.close();
    await closeRealtimeFeatures();
    await closeQueues();
    await disconnectDb();
  };
}

httpServer.listen(0, "127.0.0.1", () => {
  process.send?.({ type: "listening", port: (httpServer.address() as AddressInfo).port });
});
// CPU seconds (user + system) of this server so far: on a shared machine a count that still compares.
process.on("message", (message: { type?: string }) => {
  if (message?.type === "cpu") {
    const { user, system } = process.cpuUsage();
    process.send?.({ type: "cpu", seconds: (user + system) / 1e6 });
  }
});
process.on("SIGTERM", () => {
  void close().finally(() => process.exit(0));
});
