/**
 * The live topic view's hooks where they do more than pass socket events on:
 * the store is current right after a dispatch (handlers that run twice before
 * React renders must not decide on an old copy), and the outbox keeps unsent
 * messages in localStorage across a reload while there is no connection.
 */
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { MessageView } from "~/shared/discussions.ts";
import { initialTopicState, maxSeq } from "./topic-state.ts";
import { useOutbox } from "./use-outbox.ts";
import { useTopicStore } from "./use-topic-store.ts";

const topic = {
  id: "topic-1",
  title: "Stages bij kleine werkgevers",
  pinned: false,
  locked: false,
  solvedMessageId: null,
  lastSeq: 0,
  updatedAt: "2026-12-05T09:00:00.000Z",
  authorId: "anna",
};
const storageKey = "pp:outbox:anna:topic-1";

function message(seq: number): MessageView {
  const at = `2026-12-05T09:0${seq}:00.000Z`;
  return {
    id: `m${seq}`,
    topicId: topic.id,
    seq,
    author: { id: "bram", displayName: "Bram Bakker" },
    html: "",
    text: `Bericht ${seq}`,
    json: "{}",
    replyTo: null,
    createdAt: at,
    editedAt: null,
    deletedAt: null,
    updatedAt: at,
    reactions: [],
  };
}

const init = () => initialTopicState({ me: "anna", topic, messages: [] });
const json = JSON.stringify({ root: { children: [{ type: "paragraph", children: [{ text: "Wie heeft ervaring met jobcoaching?" }] }] } });

afterEach(() => window.localStorage.clear());

describe("useTopicStore", () => {
  it("has the new state right after a dispatch, before React renders", () => {
    const { result } = renderHook(() => useTopicStore(init));
    act(() => {
      result.current.dispatch({ type: "messageArrived", message: message(1) });
      // The second arrival must see the first, or it would count as a gap.
      result.current.dispatch({ type: "messageArrived", message: message(2) });
      expect(maxSeq(result.current.current.current)).toBe(2);
    });
    expect(result.current.state.syncFrom).toBeNull();
    expect(maxSeq(result.current.state)).toBe(2);
  });
});

describe("useOutbox without a connection", () => {
  function outbox() {
    return renderHook(() => {
      const store = useTopicStore(init);
      return { store, outbox: useOutbox({ store, socket: null, topicId: topic.id, userId: "anna" }) };
    });
  }

  it("keeps a queued message in localStorage across a reload, and forgets it when discarded", () => {
    const first = outbox();
    act(() => first.result.current.outbox.enqueue({ json, replyToId: null }));
    const [queued] = first.result.current.store.state.outbox;
    expect(queued).toMatchObject({ state: "queued", text: "Wie heeft ervaring met jobcoaching?" });
    expect(JSON.parse(window.localStorage.getItem(storageKey) ?? "[]")).toEqual([queued]);
    first.unmount();

    // A reload while it was being sent: it comes back queued, with the same client key.
    window.localStorage.setItem(storageKey, JSON.stringify([{ ...queued, state: "sending" }]));
    const second = outbox();
    expect(second.result.current.store.state.outbox).toEqual([{ ...queued, state: "queued" }]);
    act(() => second.result.current.outbox.discard(queued!.clientKey));
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });
});
