import { useCallback, useEffect, useRef } from "react";
import type { PresenceUser } from "~/shared/discussions.ts";
import type { RealtimeSocket } from "./realtime.tsx";
import type { TopicAction } from "./topic-state.ts";

/** A member's own "typing" signal is sent at most this often. */
const TYPING_SEND_EVERY_MS = 3000;
/** After this long without a keystroke the member has stopped typing. */
const TYPING_IDLE_MS = 5000;

/**
 * "… typt": shows who else is typing (each line expires by itself) and tells
 * others while this member types in the composer.
 */
export function useTyping(input: {
  socket: RealtimeSocket | null;
  topicId: string;
  dispatch: (action: TopicAction) => void;
  /** How many are shown as typing now (the expiry timer runs only then). */
  shown: number;
  canPost: boolean;
}): { onComposerChange: () => void; stopTyping: () => void } {
  const { socket, topicId, dispatch, shown, canPost } = input;
  const lastSent = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!socket) return;
    const onTyping = (event: { topicId: string; user: PresenceUser; typing: boolean }) => {
      if (event.topicId === topicId) dispatch({ type: "typing", user: event.user, typing: event.typing, now: Date.now() });
    };
    socket.on("typing", onTyping);
    return () => {
      socket.off("typing", onTyping);
    };
  }, [socket, topicId, dispatch]);

  useEffect(() => {
    if (shown === 0) return;
    const timer = setInterval(() => dispatch({ type: "typingExpired", now: Date.now() }), 1000);
    return () => clearInterval(timer);
  }, [shown, dispatch]);

  useEffect(() => () => clearTimeout(idleTimer.current), []);

  const send = useCallback(
    (value: boolean) => {
      const now = Date.now();
      if (value && now - lastSent.current < TYPING_SEND_EVERY_MS) return;
      lastSent.current = value ? now : 0;
      if (socket?.connected)
        (socket as unknown as { emit: (event: string, payload: unknown) => void }).emit("typing", { topicId, typing: value });
    },
    [socket, topicId],
  );

  const onComposerChange = useCallback(() => {
    if (!canPost) return;
    send(true);
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => send(false), TYPING_IDLE_MS);
  }, [canPost, send]);

  const stopTyping = useCallback(() => {
    clearTimeout(idleTimer.current);
    send(false);
  }, [send]);

  return { onComposerChange, stopTyping };
}
