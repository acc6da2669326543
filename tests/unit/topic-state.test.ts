/**
 * The live topic view's rules, without React or a socket: messages in order of
 * their sequence numbers, gaps filled by a sync instead of shown out of order,
 * a late copy never undoing an edit, deletion or hiding, one message per client
 * key, and the outbox's states (queued, sending, failed, retried, discarded).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutboxItem } from "../../app/components/discussions/outbox.ts";
import {
  initialTopicState,
  isAtEnd,
  maxSeq,
  orderedMessages,
  type TopicAction,
  topicReducer,
  type TopicState,
  TYPING_SHOWN_MS,
  typingNames,
} from "../../app/components/discussions/topic-state.ts";
import type { MessageView } from "../../app/shared/discussions.ts";

const topicId = "topic-1";
const anna = { id: "anna", displayName: "Anna de Vries" };
const bram = { id: "bram", displayName: "Bram Bakker" };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute)).toISOString();

function message(seq: number, patch: Partial<MessageView> = {}): MessageView {
  return {
    id: `m${seq}`,
    topicId,
    seq,
    author: bram,
    html: `<p>Bericht ${seq}</p>`,
    text: `Bericht ${seq}`,
    json: "{}",
    replyTo: null,
    createdAt: at(seq),
    editedAt: null,
    deletedAt: null,
    updatedAt: at(seq),
    reactions: [],
    ...patch,
  };
}

function start(seqs: number[], lastSeq = Math.max(0, ...seqs)): TopicState {
  return initialTopicState({
    me: anna.id,
    topic: {
      id: topicId,
      title: "Werkervaringsplekken in de regio",
      pinned: false,
      locked: false,
      solvedMessageId: null,
      lastSeq,
      updatedAt: at(0),
      authorId: anna.id,
    },
    messages: seqs.map((seq) => message(seq)),
  });
}

const run = (state: TopicState, ...actions: TopicAction[]) => actions.reduce(topicReducer, state);
const seqs = (state: TopicState) => orderedMessages(state).map((m) => m.seq);

function item(clientKey: string, state: OutboxItem["state"] = "queued"): OutboxItem {
  return { clientKey, json: "{}", text: "Wie komt er naar de bijeenkomst?", replyToId: null, createdAt: at(30), state };
}

describe("ordering by sequence number", () => {
  it("shows messages in sequence order whatever order they were merged in", () => {
    const state = run(start([]), { type: "synced", messages: [message(3), message(1), message(2)], lastSeq: 3 });
    expect(seqs(state)).toEqual([1, 2, 3]);
    expect(isAtEnd(state)).toBe(true);
  });

  it("shows the next message as it arrives and announces it", () => {
    const state = run(start([1, 2]), { type: "messageArrived", message: message(3) });
    expect(seqs(state)).toEqual([1, 2, 3]);
    expect(state.syncFrom).toBeNull();
    expect(state.announcement).toEqual({ kind: "newMessage", name: bram.displayName, excerpt: "Bericht 3" });
  });

  it("does not announce the member's own message", () => {
    const state = run(start([1]), { type: "messageArrived", message: message(2, { author: anna }) });
    expect(seqs(state)).toEqual([1, 2]);
    expect(state.announcement).toBeNull();
  });

  it("ignores messages of another topic", () => {
    const before = start([1]);
    expect(run(before, { type: "messageArrived", message: message(2, { topicId: "other" }) })).toBe(before);
  });
});

describe("gaps and sync", () => {
  it("does not show a message after a gap, but asks for a sync from the last one it has", () => {
    const state = run(start([1, 2]), { type: "messageArrived", message: message(5) });
    expect(seqs(state)).toEqual([1, 2]);
    expect(state.syncFrom).toBe(2);
    expect(state.knownLastSeq).toBe(5);
    const synced = run(state, { type: "syncStarted" }, { type: "synced", messages: [message(3), message(4), message(5)], lastSeq: 5 });
    expect(synced.syncFrom).toBeNull();
    expect(seqs(synced)).toEqual([1, 2, 3, 4, 5]);
  });

  it("while reading history, only counts new messages and shows none out of order", () => {
    // Loaded 1–2 of a topic that has 10 messages: the member is not at the end.
    const state = run(start([1, 2], 10), { type: "messageArrived", message: message(11) });
    expect(seqs(state)).toEqual([1, 2]);
    expect(state.knownLastSeq).toBe(11);
    expect(state.syncFrom).toBeNull();
    expect(isAtEnd(state)).toBe(false);
  });

  it("takes the topic's last sequence number from the join and merges what the join brought", () => {
    const state = run(
      start([1]),
      { type: "joinStarted" },
      { type: "joined", topic: { ...start([]).topic, lastSeq: 4, updatedAt: at(1) }, presence: [anna], messages: [message(2), message(3)] },
    );
    expect(seqs(state)).toEqual([1, 2, 3]);
    expect(state.knownLastSeq).toBe(4);
    expect(state.joins).toBe(1);
  });

  it("ends with every message exactly once, in order, for any arrival order of live events and sync batches", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8], { minLength: 0, maxLength: 8 }), (live) => {
        let state = start([]);
        for (const seq of live) {
          state = topicReducer(state, { type: "messageArrived", message: message(seq) });
          // The stream hook answers a sync request with everything after it.
          if (state.syncFrom !== null) {
            const from = state.syncFrom;
            const upTo = state.knownLastSeq;
            state = run(
              state,
              { type: "syncStarted" },
              { type: "synced", messages: range(from + 1, upTo).map((s) => message(s)), lastSeq: upTo },
            );
          }
        }
        const expected = live.length ? range(1, Math.max(...live)) : [];
        expect(seqs(state)).toEqual(expected);
        expect(maxSeq(state)).toBe(expected.at(-1) ?? 0);
      }),
    );
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

describe("edits, deletions and hidden messages", () => {
  it("replaces a message with a newer copy (edited, deleted, hidden)", () => {
    const edited = message(2, { text: "Bericht 2 (aangepast)", editedAt: at(40), updatedAt: at(40) });
    const hidden = message(2, { text: "", html: "", json: null, hidden: true, updatedAt: at(41) });
    const deleted = message(1, { text: "", html: "", json: null, deletedAt: at(42), updatedAt: at(42) });
    const state = run(
      start([1, 2]),
      { type: "messageChanged", message: edited },
      { type: "messageChanged", message: hidden },
      { type: "messageChanged", message: deleted },
    );
    expect(state.bySeq.get(2)).toMatchObject({ hidden: true, text: "" });
    expect(state.bySeq.get(1)?.deletedAt).toBe(at(42));
  });

  it("never lets a late, older copy undo an edit, deletion or hiding", () => {
    const hidden = message(2, { text: "", hidden: true, updatedAt: at(41) });
    const stale = message(2, { text: "Bericht 2", updatedAt: at(2) });
    const afterChange = run(start([1, 2]), { type: "messageChanged", message: hidden }, { type: "messageChanged", message: stale });
    expect(afterChange.bySeq.get(2)?.hidden).toBe(true);
    // The same holds for loader data and sync batches that read the row before the change.
    const afterLoad = run(
      afterChange,
      { type: "loaded", messages: [stale], topic: afterChange.topic },
      { type: "synced", messages: [stale], lastSeq: 2 },
    );
    expect(afterLoad.bySeq.get(2)?.hidden).toBe(true);
  });

  it("does not add an edited message that is not loaded (it comes current when loaded)", () => {
    const before = start([1, 2], 5);
    expect(run(before, { type: "messageChanged", message: message(4, { updatedAt: at(50) }) })).toBe(before);
  });

  it("applies a newer reaction count and ignores an older one", () => {
    const reactions = [{ emoji: "thumbsup" as const, count: 2, userIds: [anna.id, bram.id] }];
    const newer = run(start([1]), { type: "reactionUpdated", update: { topicId, messageId: "m1", reactions, updatedAt: at(20) } });
    expect(newer.bySeq.get(1)?.reactions).toEqual(reactions);
    const older = run(newer, { type: "reactionUpdated", update: { topicId, messageId: "m1", reactions: [], updatedAt: at(10) } });
    expect(older.bySeq.get(1)?.reactions).toEqual(reactions);
  });

  it("keeps the newest topic state and notices a deleted topic", () => {
    const pinned = { ...start([]).topic, pinned: true, updatedAt: at(20) };
    const state = run(
      start([1]),
      { type: "topicUpdated", topic: pinned },
      { type: "topicUpdated", topic: { ...pinned, pinned: false, updatedAt: at(10) } },
    );
    expect(state.topic.pinned).toBe(true);
    expect(run(state, { type: "topicDeleted", topicId: "other" }).deleted).toBe(false);
    expect(run(state, { type: "topicDeleted", topicId }).deleted).toBe(true);
  });
});

describe("the outbox", () => {
  it("keeps one item per client key", () => {
    const state = run(start([]), { type: "outboxQueued", item: item("k1") }, { type: "outboxQueued", item: item("k1") });
    expect(state.outbox).toHaveLength(1);
  });

  it("queues again what was on its way when the page went away, and keeps what was queued before loading", () => {
    const state = run(
      start([]),
      { type: "outboxQueued", item: item("new") },
      { type: "outboxLoaded", items: [item("k1", "sending"), { ...item("k2", "failed"), error: "errors.forbidden" }] },
    );
    expect(state.outboxLoaded).toBe(true);
    expect(state.outbox.map((i) => [i.clientKey, i.state])).toEqual([
      ["k1", "queued"],
      ["k2", "failed"],
      ["new", "queued"],
    ]);
  });

  it("goes queued → sending → sent, shows the message once, and announces each send", () => {
    let state = run(start([1]), { type: "outboxQueued", item: item("k1") }, { type: "outboxSending", clientKey: "k1" });
    expect(state.outbox[0]?.state).toBe("sending");
    state = run(state, { type: "outboxSent", clientKey: "k1", message: message(2, { author: anna }) });
    expect(state.outbox).toEqual([]);
    expect(seqs(state)).toEqual([1, 2]);
    expect(state.announcement).toEqual({ kind: "sent", repeat: false });
    // The echo of the same message (by client key, the same seq) does not double it.
    state = run(state, { type: "messageArrived", message: message(2, { author: anna }) });
    expect(seqs(state)).toEqual([1, 2]);
    // A second send changes the live region's text, so it is read out again.
    state = run(
      state,
      { type: "outboxQueued", item: item("k2") },
      { type: "outboxSent", clientKey: "k2", message: message(3, { author: anna }) },
    );
    expect(state.announcement).toEqual({ kind: "sent", repeat: true });
  });

  it("asks for a sync when the sent message lands after messages it has not seen", () => {
    const state = run(
      start([1]),
      { type: "outboxQueued", item: item("k1") },
      { type: "outboxSent", clientKey: "k1", message: message(4, { author: anna }) },
    );
    expect(seqs(state)).toEqual([1]);
    expect(state.syncFrom).toBe(1);
  });

  it("defers on no answer, fails on a refusal, and retries or discards on request", () => {
    let state = run(
      start([]),
      { type: "outboxQueued", item: item("k1") },
      { type: "outboxSending", clientKey: "k1" },
      { type: "outboxDeferred", clientKey: "k1" },
    );
    expect(state.outbox[0]?.state).toBe("queued");
    state = run(state, { type: "outboxSending", clientKey: "k1" }, { type: "outboxFailed", clientKey: "k1", error: "errors.topicLocked" });
    expect(state.outbox[0]).toMatchObject({ state: "failed", error: "errors.topicLocked" });
    state = run(state, { type: "outboxRetry", clientKey: "k1" });
    expect(state.outbox[0]).toMatchObject({ state: "queued", error: undefined });
    state = run(state, { type: "outboxDiscard", clientKey: "k1" });
    expect(state.outbox).toEqual([]);
  });
});

describe("presence and typing", () => {
  it("replays presence events that came while the join was pending over the join's snapshot", () => {
    const state = run(
      start([]),
      { type: "joinStarted" },
      { type: "presenceChanged", change: { joined: [bram], left: [] } },
      { type: "joined", topic: start([]).topic, presence: [anna] },
    );
    expect(state.presence.map((u) => u.displayName)).toEqual([anna.displayName, bram.displayName]);
    expect(state.presenceSinceJoin).toBeNull();
  });

  it("shows who is typing until it expires, a message from them or their stop", () => {
    const now = 1_000_000;
    let state = run(start([1]), { type: "typing", user: bram, typing: true, now }, { type: "typing", user: anna, typing: true, now });
    expect(typingNames(state)).toEqual([bram.displayName]); // never oneself
    expect(run(state, { type: "typingExpired", now: now + TYPING_SHOWN_MS - 1 })).toBe(state);
    expect(typingNames(run(state, { type: "typingExpired", now: now + TYPING_SHOWN_MS }))).toEqual([]);
    expect(typingNames(run(state, { type: "typing", user: bram, typing: false, now }))).toEqual([]);
    state = run(state, { type: "messageArrived", message: message(2) });
    expect(typingNames(state)).toEqual([]);
  });
});
