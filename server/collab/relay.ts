/**
 * Relays committed document updates, awareness and access changes between
 * app instances over Redis pub/sub, one channel per document under
 * REDIS_PREFIX. An instance subscribes while it serves the document. Pub/sub
 * may drop a message (a reconnect), so updates carry their sequence numbers
 * and a receiver that sees a gap catches up from PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { config } from "../config.ts";
import { errorFields, log } from "../logger.ts";
import { createRedis } from "../redis.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";

export const RelayKind = { update: 0, awareness: 1, access: 2, deleted: 3 } as const;
export type RelayMessage =
  | { kind: typeof RelayKind.update; origin: string; fromSeq: number; toSeq: number; payload: Uint8Array }
  | { kind: typeof RelayKind.awareness; origin: string; payload: Uint8Array }
  | { kind: typeof RelayKind.access | typeof RelayKind.deleted; origin: string };

export function encodeRelay(message: RelayMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, message.kind);
  encoding.writeVarString(encoder, message.origin);
  if (message.kind === RelayKind.update) {
    encoding.writeVarUint(encoder, message.fromSeq);
    encoding.writeVarUint(encoder, message.toSeq);
  }
  if (message.kind === RelayKind.update || message.kind === RelayKind.awareness) encoding.writeVarUint8Array(encoder, message.payload);
  return Buffer.from(encoding.toUint8Array(encoder));
}

export function decodeRelay(buffer: Uint8Array): RelayMessage {
  const decoder = decoding.createDecoder(buffer);
  const kind = decoding.readVarUint(decoder);
  const origin = decoding.readVarString(decoder);
  switch (kind) {
    case RelayKind.update: {
      const fromSeq = decoding.readVarUint(decoder);
      const toSeq = decoding.readVarUint(decoder);
      return { kind, origin, fromSeq, toSeq, payload: decoding.readVarUint8Array(decoder) };
    }
    case RelayKind.awareness:
      return { kind, origin, payload: decoding.readVarUint8Array(decoder) };
    case RelayKind.access:
    case RelayKind.deleted:
      return { kind, origin };
    default:
      throw new Error(`unknown relay message ${kind}`);
  }
}

export const documentChannel = (documentId: string) => `${config().REDIS_PREFIX}:collab:doc:${documentId}`;

/** This process's id in relay messages, so it skips its own. */
export const instanceId = singleton("collab-instance-id", () => randomBytes(8).toString("hex"));

type Handler = (message: RelayMessage) => void;

export class Relay {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, Handler>();

  constructor() {
    this.pub = createRedis();
    this.sub = createRedis();
    this.sub.on("messageBuffer", (channel: Buffer, message: Buffer) => {
      const handler = this.handlers.get(channel.toString());
      if (!handler) return;
      try {
        handler(decodeRelay(message));
      } catch (error) {
        log.warn("collab relay: bad message", errorFields(error));
      }
    });
  }

  /** Subscribes; the returned function unsubscribes this handler (not a newer one for the same document). */
  async subscribe(documentId: string, handler: Handler): Promise<() => Promise<void>> {
    const channel = documentChannel(documentId);
    this.handlers.set(channel, handler);
    await this.sub.subscribe(channel);
    return async () => {
      if (this.handlers.get(channel) !== handler) return;
      this.handlers.delete(channel);
      await this.sub.unsubscribe(channel).catch(() => undefined);
    };
  }

  async publish(documentId: string, message: RelayMessage): Promise<void> {
    await this.pub.publish(documentChannel(documentId), encodeRelay(message));
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}

/**
 * Publishes without a running collaboration server (HTTP actions such as a
 * restore, workers): one lazily opened connection per process.
 */
export async function publishToDocument(documentId: string, message: RelayMessage): Promise<void> {
  const publisher = singleton("collab-publisher", () => createRedis());
  await publisher.publish(documentChannel(documentId), encodeRelay(message));
}

export async function closePublisher(): Promise<void> {
  const publisher = peekSingleton<Redis>("collab-publisher");
  forgetSingleton("collab-publisher");
  if (publisher) await publisher.quit().catch(() => undefined);
}
