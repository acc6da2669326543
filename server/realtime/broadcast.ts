/**
 * Rooms from anywhere: a web instance emits through its own socket.io server
 * (the Redis adapter carries it to the other instances); a worker, which has
 * no socket server, publishes on the adapter's channel through
 * @socket.io/redis-emitter. Both reach every instance's sockets.
 */
import { Emitter } from "@socket.io/redis-emitter";
import { config } from "../config.ts";
import { notificationsRedis } from "../notifications/live.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";
import { currentIo } from "./server.ts";

type Operator = {
  emit(event: string, ...args: unknown[]): unknown;
  /** Leaves out the sockets in these rooms (socket.io's server and the Redis emitter both have it). */
  except(room: string | string[]): Operator;
  socketsLeave(room: string | string[]): void;
  disconnectSockets(close?: boolean): void;
};

export type Broadcaster = {
  to(room: string | string[]): Operator;
  in(room: string | string[]): Operator;
  /** Another namespace ("/collab"); socket.io's server and the Redis emitter both have it. */
  of(namespace: string): Pick<Broadcaster, "to" | "in">;
};

function emitter(): Emitter {
  return singleton("realtime-emitter", () => new Emitter(notificationsRedis(), { key: `${config().REDIS_PREFIX}:socket.io` }));
}

export function broadcaster(): Broadcaster {
  return peekSingleton<Broadcaster>("realtime-broadcaster-override") ?? ((currentIo() ?? emitter()) as unknown as Broadcaster);
}

/** Tests: send every broadcast of this process to `replacement` (null restores the default). */
export function replaceBroadcaster(replacement: Broadcaster | null): void {
  forgetSingleton("realtime-broadcaster-override");
  if (replacement) singleton("realtime-broadcaster-override", () => replacement);
}
