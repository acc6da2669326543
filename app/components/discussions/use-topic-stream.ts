import { useCallback, useEffect, useRef } from "react";
import type { MessageView, PresenceUser, ServerEvents, TopicStateView } from "~/shared/discussions.ts";
import { type ConnectionStatus, type RealtimeSocket, request } from "./realtime.tsx";
import { isAtEnd, maxSeq, type TopicInfo } from "./topic-state.ts";
import type { TopicStore } from "./use-topic-store.ts";

/** At most this many sync batches in one catch-up (SYNC_BATCH_SIZE messages each). */
const SYNC_ROUNDS = 50;

/**
 * Keeps the topic's messages current: loader data joins what we have; on every
 * (re)connect the view joins the topic's room and catches up from the last
 * message it has; new, edited, deleted and hidden messages, reactions and the
 * topic's state arrive by themselves; a gap is filled by a sync in order.
 * Marks what is on screen as read. `onJoined` runs after each join (the outbox flushes then).
 */
export function useTopicStream(input: {
  store: TopicStore;
  topicId: string;
  socket: RealtimeSocket | null;
  status: ConnectionStatus;
  hydrated: boolean;
  loaderMessages: MessageView[];
  loaderTopic: TopicInfo;
  onJoined: () => void;
}): { syncAfter: (after: number) => Promise<void> } {
  const { store, topicId, socket, status, hydrated, loaderMessages, loaderTopic } = input;
  const { dispatch, current } = store;
  const onJoined = useRef(input.onJoined);
  onJoined.current = input.onJoined;

  useEffect(() => dispatch({ type: "loaded", messages: loaderMessages, topic: loaderTopic }), [dispatch, loaderMessages, loaderTopic]);

  /** Fetches everything after `after` in batches. */
  const syncAfter = useCallback(
    async (after: number) => {
      let from = after;
      for (let round = 0; round < SYNC_ROUNDS; round++) {
        const ack = await request<"topic:sync", { messages: MessageView[]; more: boolean; lastSeq: number }>("topic:sync", {
          topicId,
          afterSeq: from,
        });
        if (!ack.ok) return;
        dispatch({ type: "synced", messages: ack.messages, lastSeq: ack.lastSeq });
        if (!ack.more || !ack.messages.length) return;
        from = ack.messages.at(-1)!.seq;
      }
    },
    [dispatch, topicId],
  );

  // The state asks for a sync when a message arrived after a gap.
  const syncFrom = store.state.syncFrom;
  useEffect(() => {
    if (syncFrom === null) return;
    dispatch({ type: "syncStarted" });
    void syncAfter(syncFrom);
  }, [syncFrom, dispatch, syncAfter]);

  // Join the topic's room on every (re)connect and catch up from the last message we have.
  useEffect(() => {
    if (!socket || status !== "connected") return;
    let cancelled = false;
    const after = maxSeq(current.current);
    const wasAtEnd = isAtEnd(current.current);
    dispatch({ type: "joinStarted" });
    void request<"topic:join", { topic: TopicStateView; presence: PresenceUser[]; messages?: MessageView[]; more?: boolean }>(
      "topic:join",
      {
        topicId,
        ...(wasAtEnd ? { afterSeq: after } : {}),
      },
    ).then(async (ack) => {
      if (cancelled) return;
      if (!ack.ok) return dispatch({ type: "joinFailed" });
      dispatch({ type: "joined", topic: ack.topic, presence: ack.presence, messages: ack.messages });
      if (ack.messages && ack.more) await syncAfter(ack.messages.at(-1)?.seq ?? after);
      onJoined.current();
    });
    return () => {
      cancelled = true;
    };
  }, [socket, status, topicId, dispatch, current, syncAfter]);

  useEffect(() => {
    if (!socket) return;
    const listeners: { [K in keyof ServerEvents]?: ServerEvents[K] } = {
      "message:new": (message) => dispatch({ type: "messageArrived", message }),
      // Hidden messages come as edits; deleted ones carry no body.
      "message:edited": (message) => dispatch({ type: "messageChanged", message }),
      "message:deleted": (message) => dispatch({ type: "messageChanged", message }),
      "reaction:updated": (update) => dispatch({ type: "reactionUpdated", update }),
      "topic:updated": (topic) => dispatch({ type: "topicUpdated", topic }),
      "topic:deleted": (event) => dispatch({ type: "topicDeleted", topicId: event.topicId }),
    };
    const entries = Object.entries(listeners) as [keyof ServerEvents, ServerEvents[keyof ServerEvents]][];
    for (const [event, listener] of entries) socket.on(event, listener);
    return () => {
      for (const [event, listener] of entries) socket.off(event, listener);
    };
  }, [socket, dispatch]);

  // Leave the room when the page goes away.
  useEffect(() => () => void request("topic:leave", { topicId }), [topicId]);

  // What is on screen counts as read.
  const atEnd = isAtEnd(store.state);
  const lastShown = maxSeq(store.state);
  useEffect(() => {
    if (!hydrated || !atEnd || status !== "connected" || lastShown === 0) return;
    const timer = setTimeout(() => {
      if (document.visibilityState === "visible") void request("topic:read", { topicId, seq: lastShown });
    }, 1000);
    return () => clearTimeout(timer);
  }, [hydrated, atEnd, status, lastShown, topicId]);

  return { syncAfter };
}
