import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";

const PROMOTED = "notifications.kinds.eventPromoted";

/**
 * A member on the waiting list who has the meeting's page open when a seat comes free (someone
 * cancels) gets the live notification "Er is een plek vrij" from the bell; the page itself then
 * loads again, so it no longer says they are on the waiting list (walk 20, decision 332). The bell
 * already announces the notification, so the page adds no announcement of its own.
 */
export function usePromotionReload(waitlisted: boolean): void {
  const { revalidate } = useRevalidator();
  const reload = useRef(revalidate);
  reload.current = revalidate;
  useEffect(() => {
    if (!waitlisted) return;
    let cancelled = false;
    let cleanup = () => {};
    void import("~/utils/realtime.client.ts").then(({ realtimeSocket }) => {
      if (cancelled) return;
      const socket = realtimeSocket();
      const onCreated = (payload: { message?: { key?: string } }) => {
        if (payload.message?.key === PROMOTED) reload.current();
      };
      socket.on("notifications:new", onCreated);
      cleanup = () => {
        socket.off("notifications:new", onCreated);
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [waitlisted]);
}
