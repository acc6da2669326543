import { useEffect } from "react";
import type { PresenceChange } from "~/shared/discussions.ts";
import type { RealtimeSocket } from "./realtime.tsx";
import type { TopicAction } from "./topic-state.ts";

/**
 * "Nu hier": presence events for this topic. The join (useTopicStream) brings
 * the snapshot; events that arrive while it is pending are replayed over it by
 * the topic state (docs/decisions/084).
 */
export function usePresence(socket: RealtimeSocket | null, topicId: string, dispatch: (action: TopicAction) => void): void {
  useEffect(() => {
    if (!socket) return;
    const onPresence = (event: PresenceChange & { topicId: string }) => {
      if (event.topicId === topicId) dispatch({ type: "presenceChanged", change: { joined: event.joined, left: event.left } });
    };
    socket.on("presence", onPresence);
    return () => {
      socket.off("presence", onPresence);
    };
  }, [socket, topicId, dispatch]);
}
