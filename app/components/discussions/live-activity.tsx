import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { request, useRealtime } from "./realtime.tsx";

/**
 * Keeps a channel or topic list current: joins the community's room and
 * reloads the page's data (unread counts, order) shortly after activity.
 * Renders nothing; without JavaScript the list is as fresh as its last load.
 */
export function LiveCommunityActivity({ communityId }: { communityId: string }) {
  const { socket, status } = useRealtime();
  const revalidator = useRevalidator();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    if (!socket || status !== "connected") return;
    void request("community:join", { communityId }).then((ack) => setJoined(ack.ok));
    const refresh = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => revalidator.revalidate(), 800);
    };
    socket.on("topic:activity", refresh);
    socket.on("topic:updated", refresh);
    socket.on("topic:deleted", refresh);
    return () => {
      clearTimeout(timer.current);
      socket.off("topic:activity", refresh);
      socket.off("topic:updated", refresh);
      socket.off("topic:deleted", refresh);
      void request("community:leave", { communityId });
    };
    // revalidator changes identity on every render; the subscription must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [socket, status, communityId]);
  return joined ? <span hidden data-live-community={communityId} /> : null;
}
