/**
 * The browser's one socket.io connection (websocket only, same origin; the
 * session cookie authenticates it). Areas subscribe to their events on it.
 */
import { io, type Socket } from "socket.io-client";

let socket: Socket | undefined;

export function realtimeSocket(): Socket {
  socket ??= io({ transports: ["websocket"], withCredentials: true });
  return socket;
}
