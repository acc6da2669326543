import { NavLink } from "~/components/ui/link.tsx";
import { useEffect, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { cn } from "~/utils/cn.ts";
import { Sentence } from "~/components/ui/content.tsx";
import { NotificationSentence } from "./notification-sentence.tsx";

type CreatedPayload = { unread: number; message: { key: string; params: Record<string, string> } };
type CountPayload = { unread: number };

/**
 * The bell in the header: a link to /meldingen with the unread count (from the
 * server, so it works without JavaScript), kept up to date over socket.io,
 * with a polite live region that reads out a new notification.
 */
export function NotificationBell({ unread: initial }: { unread: number }) {
  const { t } = useTranslation();
  const [unread, setUnread] = useState(initial);
  const [announcement, setAnnouncement] = useState<CreatedPayload["message"] | null>(null);
  useEffect(() => setUnread(initial), [initial]);
  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    void import("~/utils/realtime.client.ts").then(({ realtimeSocket }) => {
      if (cancelled) return;
      const socket = realtimeSocket();
      const onCreated = (payload: CreatedPayload) => {
        setUnread(payload.unread);
        setAnnouncement(payload.message);
      };
      const onCount = (payload: CountPayload) => setUnread(payload.unread);
      socket.on("notifications:new", onCreated);
      socket.on("notifications:count", onCount);
      cleanup = () => {
        socket.off("notifications:new", onCreated);
        socket.off("notifications:count", onCount);
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [t]);
  const label = unread > 0 ? t("notifications.bell.unread", { count: unread }) : t("notifications.bell.label");
  return (
    <>
      <NavLink
        to="/meldingen"
        data-testid="notification-bell"
        className={({ isActive }) =>
          cn(
            "relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 text-brand-700 no-underline hover:bg-brand-50",
            isActive && "bg-brand-50",
          )
        }
      >
        <svg
          aria-hidden="true"
          width="24"
          height="24"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 10-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 01-3.4 0" />
        </svg>
        <span className="sr-only">{label}</span>
        {unread > 0 ? (
          <span
            aria-hidden="true"
            data-testid="notification-count"
            className="absolute -right-1 -top-1 min-w-6 rounded-full bg-danger-700 px-1.5 text-center text-sm font-bold leading-6 text-white"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </NavLink>
      <div role="status" aria-live="polite" className="sr-only" data-testid="notification-announcement">
        {announcement ? (
          <Sentence k="notifications.bell.announce" dutch={{}} nodes={{ message: <NotificationSentence message={announcement} /> }} />
        ) : null}
      </div>
    </>
  );
}
