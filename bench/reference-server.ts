/**
 * The reference for bench/collab.ts: a bare Yjs server from y-websocket's
 * server utilities (@y/websocket-server 0.1.1, the Yjs 13 line), in memory,
 * no authentication, no persistence. Started as a child process.
 */
import http from "node:http";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";
import { answerEventLoopProbe } from "../tests/helpers/event-loop-probe.ts";

const port = Number(process.env.PORT ?? 0);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("okay");
});
const wss = new WebSocketServer({ noServer: true });
wss.on("connection", (socket, request) => setupWSConnection(socket, request));
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});
answerEventLoopProbe();
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  process.send?.({ type: "listening", port: typeof address === "object" && address ? address.port : port });
});
process.on("SIGTERM", () => process.exit(0));
