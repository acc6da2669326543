/**
 * Relays committed document updates, awareness and access changes between
 * app instances over Redis pub/sub, one channel per document under
 * REDIS_PREFIX. An instance subscribes while it serves the document. Pub/sub
 * may drop a message (a reconnect), so updates carry their sequence numbers
 * and a receiver that sees a gap catches up from PostgreSQL.
 *
 * An instance that is alone on a document's channel does not publish its
 * updates and awareness (decision 213): PUBLISH answers how many subscribers
 * got a message, and one (this instance) means nobody else listens. An
 * instance that subscribes says hello; whoever hears another instance after
 * being alone publishes a marker with its sequence number, so the newcomer
 * sees a gap and reads what it missed from PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { config } from "../config.ts";
import { errorFields, log } from "../logger.ts";
import { createRedis } from "../redis.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";

export const RelayKind = { update: 0, awareness: 1, access: 2, deleted: 3, hello: 4 } as const;
export type RelayMessage =
  | { kind: typeof RelayKind.update; origin: string; fromSeq: number; toSeq: number; payload: Uint8Array }
  | { kind: typeof RelayKind.awareness; origin: string; payload: Uint8Array }
  | { kind: typeof RelayKind.access | typeof RelayKind.deleted | typeof RelayKind.hello; origin: string };

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
    case RelayKind.hello:
      return { kind, origin };
    default:
      throw new Error(`unknown relay message ${kind}`);
  }
}

export const documentChannel = (documentId: string) => `${config().REDIS_PREFIX}:collab:doc:${documentId}`;

/** This process's id in relay messages, so it skips its own. */
export const instanceId = singleton("collab-instance-id", () => randomBytes(8).toString("hex"));

type Handler = (message: RelayMessage) => void;

type Subscription = {
  handler: Handler;
  /** Called when another instance may have missed what this one did not publish (it said hello, or it was heard after being alone). */
  onPeer: () => void;
  /** The last PUBLISH reached this instance only: updates and awareness are not published. */
  alone: boolean;
  /** Messages heard from other instances (so a PUBLISH answer older than one of them does not count). */
  heard: number;
};

/** Published only while another instance listens; access changes and deletions always are. */
const skippable = (message: RelayMessage) => message.kind === RelayKind.update || message.kind === RelayKind.awareness;

export class Relay {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly subscriptions = new Map<string, Subscription>();
  /** Counts the subscriber connection's (re)connections. */
  private subConnections = 0;

  /** `origin`: this instance's id in what it publishes (another one only in tests, for two instances in one process). */
  constructor(readonly origin: string = instanceId) {
    this.pub = createRedis();
    this.sub = createRedis();
    this.sub.on("messageBuffer", (channel: Buffer, message: Buffer) => {
      const subscription = this.subscriptions.get(channel.toString());
      if (!subscription) return;
      let decoded: RelayMessage;
      try {
        decoded = decodeRelay(message);
      } catch (error) {
        log.warn("collab relay: bad message", errorFields(error));
        return;
      }
      if (decoded.origin !== this.origin) {
        subscription.heard += 1;
        const wasAlone = subscription.alone;
        subscription.alone = false;
        if (wasAlone || decoded.kind === RelayKind.hello) this.notifyPeer(subscription);
      }
      try {
        subscription.handler(decoded);
      } catch (error) {
        log.warn("collab relay: bad message", errorFields(error));
      }
    });
    this.sub.on("ready", () => {
      this.subConnections += 1;
      // After a reconnect (ioredis subscribes again by itself): what others published meanwhile
      // was lost, and they may have gone quiet believing they were alone. Say hello again.
      if (this.subConnections > 1) for (const channel of this.subscriptions.keys()) void this.hello(channel);
    });
  }

  private notifyPeer(subscription: Subscription): void {
    try {
      subscription.onPeer();
    } catch (error) {
      log.warn("collab relay: answering another instance failed", errorFields(error));
    }
  }

  /** Subscribed (again), then tells the other instances on the channel that this one listens. */
  private async hello(channel: string): Promise<void> {
    try {
      await this.sub.subscribe(channel);
      if (!this.subscriptions.has(channel)) return;
      await this.pub.publish(channel, encodeRelay({ kind: RelayKind.hello, origin: this.origin }));
    } catch (error) {
      log.warn("collab relay: hello failed", errorFields(error));
    }
  }

  /**
   * Subscribes and says hello; the returned function unsubscribes this handler (not a newer one for
   * the same document). `onPeer`: another instance may lack what this one did not publish while it
   * was alone; publish a marker of the sequence number (and the awareness) for it.
   */
  async subscribe(documentId: string, handler: Handler, onPeer: () => void = () => undefined): Promise<() => Promise<void>> {
    const channel = documentChannel(documentId);
    const subscription: Subscription = { handler, onPeer, alone: false, heard: 0 };
    this.subscriptions.set(channel, subscription);
    await this.sub.subscribe(channel);
    await this.pub.publish(channel, encodeRelay({ kind: RelayKind.hello, origin: this.origin }));
    return async () => {
      if (this.subscriptions.get(channel) !== subscription) return;
      this.subscriptions.delete(channel);
      await this.sub.unsubscribe(channel).catch(() => undefined);
    };
  }

  /** False while this instance is alone on the document's channel and keeps its updates and awareness to itself. */
  publishing(documentId: string): boolean {
    return !this.subscriptions.get(documentChannel(documentId))?.alone;
  }

  async publish(documentId: string, message: RelayMessage): Promise<void> {
    const channel = documentChannel(documentId);
    const subscription = this.subscriptions.get(channel);
    if (subscription?.alone && skippable(message)) return;
    const heard = subscription?.heard;
    const connection = this.subConnections;
    const receivers = await this.pub.publish(channel, encodeRelay(message));
    // Only this instance got it, nobody was heard meanwhile, and its own subscription was live throughout.
    if (
      subscription &&
      receivers <= 1 &&
      this.subscriptions.get(channel) === subscription &&
      subscription.heard === heard &&
      this.subConnections === connection &&
      this.sub.status === "ready"
    )
      subscription.alone = true;
  }

  async close(): Promise<void> {
    this.subscriptions.clear();
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
