/**
 * The relay between app instances keeps a document's updates and awareness
 * to itself while no other instance listens, and starts again as soon as one
 * does (decision 213). Two Relays with their own origins stand for two
 * instances.
 */
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { Relay, type RelayMessage, RelayKind } from "../../server/collab/relay.ts";

const relays: Relay[] = [];
afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.close()));
});

function instance(origin: string) {
  const relay = new Relay(origin);
  relays.push(relay);
  const heard: RelayMessage[] = [];
  let peers = 0;
  return {
    relay,
    heard,
    peers: () => peers,
    subscribe: (documentId: string) =>
      relay.subscribe(
        documentId,
        (message) => heard.push(message),
        () => (peers += 1),
      ),
  };
}

const update = (origin: string, seq: number): RelayMessage => ({
  kind: RelayKind.update,
  origin,
  fromSeq: seq,
  toSeq: seq,
  payload: new Uint8Array([0, 0]),
});
/** The updates another instance published (a subscriber hears its own too; the room skips those). */
const updatesFrom = (heard: RelayMessage[], origin: string) =>
  heard.flatMap((message) => (message.kind === RelayKind.update && message.origin === origin ? [message.fromSeq] : []));

describe("collab relay between instances", { timeout: 20_000 }, () => {
  it("an instance alone on a document stops publishing, and hears and answers one that joins", async () => {
    const documentId = randomBytes(6).toString("hex");
    const a = instance("instance-a");
    await a.subscribe(documentId);
    expect(a.relay.publishing(documentId)).toBe(true);
    // The first publish finds nobody else listening.
    await a.relay.publish(documentId, update("instance-a", 1));
    expect(a.relay.publishing(documentId)).toBe(false);
    // Kept to itself now; access changes still go out.
    await a.relay.publish(documentId, update("instance-a", 2));
    await a.relay.publish(documentId, { kind: RelayKind.access, origin: "instance-a" });

    const b = instance("instance-b");
    await b.subscribe(documentId);
    // B's hello reaches A: A publishes again and is asked to answer (its marker lets B catch up).
    await expect.poll(() => a.peers()).toBe(1);
    expect(a.relay.publishing(documentId)).toBe(true);
    await a.relay.publish(documentId, update("instance-a", 3));
    await expect.poll(() => updatesFrom(b.heard, "instance-a")).toEqual([3]);
    expect(b.heard.some((message) => message.kind === RelayKind.access)).toBe(false);
    expect(b.heard.some((message) => message.kind === RelayKind.hello && message.origin === "instance-a")).toBe(false);
    // B hears A's updates only, not the ones from before it came; A hears B's.
    await b.relay.publish(documentId, update("instance-b", 4));
    await expect.poll(() => updatesFrom(a.heard, "instance-b")).toEqual([4]);
    expect(b.relay.publishing(documentId)).toBe(true);

    // B leaves: A finds itself alone again at its next publish.
    await relays[1]!.close();
    await a.relay.publish(documentId, update("instance-a", 5));
    expect(a.relay.publishing(documentId)).toBe(false);
  });

  it("an instance that was alone and then hears another one (it came back) is asked to answer it", async () => {
    const documentId = randomBytes(6).toString("hex");
    const a = instance("instance-a");
    await a.subscribe(documentId);
    await a.relay.publish(documentId, update("instance-a", 1));
    expect(a.relay.publishing(documentId)).toBe(false);
    // Another instance publishes without having said hello to A (as after a reconnect).
    const b = instance("instance-b");
    await b.relay.publish(documentId, update("instance-b", 2));
    await expect.poll(() => a.peers()).toBe(1);
    expect(a.relay.publishing(documentId)).toBe(true);
  });
});
