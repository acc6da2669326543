import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * Keeps the notification list on /meldingen in step with the bell: when a new
 * notification arrives over the socket, the page's loader runs again, so the
 * list shows it without a reload. Several arrivals close together load once.
 */
export function useLiveNotificationList(): void {
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cleanup = () => {};
    void import("~/utils/realtime.client.ts").then(({ realtimeSocket }) => {
      if (cancelled) return;
      const socket = realtimeSocket();
      const onCreated = () => {
        clearTimeout(timer);
        timer = setTimeout(() => revalidate.current(), 250);
      };
      socket.on("notifications:new", onCreated);
      cleanup = () => socket.off("notifications:new", onCreated);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      cleanup();
    };
  }, []);
}
