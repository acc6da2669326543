import { useCallback, useEffect, useRef } from "react";
import type { MessageView } from "~/shared/discussions.ts";
import { loadOutbox, newClientKey, saveOutbox, textOfState } from "./outbox.ts";
import { type RealtimeSocket, request } from "./realtime.tsx";
import type { TopicStore } from "./use-topic-store.ts";

/** After no answer or a server error, try again after this long. */
const RETRY_AFTER_MS = 3000;

/**
 * Sending through the outbox: a message is queued (and kept in localStorage, so
 * it survives a dropped connection and a reload), then sent with its client key
 * when the socket is connected. No answer, a server error or "too fast" keep it
 * queued and retry later; a refusal (4xx) marks it failed, with retry and discard.
 */
export function useOutbox(input: { store: TopicStore; socket: RealtimeSocket | null; topicId: string; userId: string }): {
  flush: () => Promise<void>;
  enqueue: (message: { json: string; replyToId: string | null }) => void;
  retry: (clientKey: string) => void;
  discard: (clientKey: string) => void;
} {
  const { store, socket, topicId, userId } = input;
  const { dispatch, current } = store;
  const flushing = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => dispatch({ type: "outboxLoaded", items: loadOutbox(topicId, userId) }), [dispatch, topicId, userId]);

  const { outbox, outboxLoaded } = store.state;
  useEffect(() => {
    if (outboxLoaded) saveOutbox(topicId, userId, outbox);
  }, [outbox, outboxLoaded, topicId, userId]);

  useEffect(() => () => clearTimeout(retryTimer.current), []);

  const flush = useCallback(async () => {
    if (flushing.current || !socket?.connected) return;
    flushing.current = true;
    try {
      for (const item of current.current.outbox.filter((i) => i.state === "queued")) {
        dispatch({ type: "outboxSending", clientKey: item.clientKey });
        const ack = await request<"message:send", { message: MessageView }>("message:send", {
          topicId,
          clientKey: item.clientKey,
          body: item.json,
          replyToId: item.replyToId,
        });
        if (ack.ok) {
          dispatch({ type: "outboxSent", clientKey: item.clientKey, message: ack.message });
          continue;
        }
        const { status: code, message, retryAfterMs } = ack.error;
        if (code === 0 || code >= 500 || code === 429) {
          dispatch({ type: "outboxDeferred", clientKey: item.clientKey });
          clearTimeout(retryTimer.current);
          retryTimer.current = setTimeout(() => void flush(), code === 429 ? (retryAfterMs ?? 2000) + 50 : RETRY_AFTER_MS);
          break;
        }
        dispatch({ type: "outboxFailed", clientKey: item.clientKey, error: message });
      }
    } finally {
      flushing.current = false;
    }
  }, [socket, topicId, dispatch, current]);

  const enqueue = useCallback(
    ({ json, replyToId }: { json: string; replyToId: string | null }) => {
      dispatch({
        type: "outboxQueued",
        item: { clientKey: newClientKey(), json, text: textOfState(json), replyToId, createdAt: new Date().toISOString(), state: "queued" },
      });
      void flush();
    },
    [dispatch, flush],
  );

  const retry = useCallback(
    (clientKey: string) => {
      dispatch({ type: "outboxRetry", clientKey });
      void flush();
    },
    [dispatch, flush],
  );

  const discard = useCallback((clientKey: string) => dispatch({ type: "outboxDiscard", clientKey }), [dispatch]);

  return { flush, enqueue, retry, discard };
}
