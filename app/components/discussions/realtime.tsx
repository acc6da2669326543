/**
 * The browser's one socket.io connection (websocket transport, same origin,
 * session cookie), shared by every discussion component on the page and kept
 * across client-side navigation. Components read the connection state with
 * useRealtime(); nothing connects until a component asks for it.
 */
import { io, type Socket } from "socket.io-client";
import { useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "~/utils/translation.ts";
import type { Ack, ServerEvents, SocketPayload, SocketRequest } from "~/shared/discussions.ts";
import { cn } from "~/utils/cn.ts";

export type ConnectionStatus = "connecting" | "connected" | "offline";
export type RealtimeSocket = Socket<ServerEvents>;

type Store = { socket: Socket<ServerEvents> | null; status: ConnectionStatus; listeners: Set<() => void>; users: number };
const store: Store = { socket: null, status: "connecting", listeners: new Set(), users: 0 };

function setStatus(status: ConnectionStatus) {
  if (store.status === status) return;
  store.status = status;
  for (const listener of store.listeners) listener();
}

export function getSocket(): Socket<ServerEvents> {
  if (!store.socket) {
    const socket: Socket<ServerEvents> = io({ transports: ["websocket"], withCredentials: true, reconnectionDelayMax: 10_000 });
    socket.on("connect", () => setStatus("connected"));
    socket.on("disconnect", () => setStatus("offline"));
    socket.on("connect_error", () => setStatus("offline"));
    socket.io.on("reconnect_attempt", () => setStatus(store.status === "connected" ? "connected" : "connecting"));
    window.addEventListener("online", () => socket.connected || socket.connect());
    store.socket = socket;
    for (const listener of store.listeners) listener();
  }
  return store.socket;
}

/** Sends a request and resolves with its acknowledgement (or a timeout error). */
export async function request<K extends SocketRequest, T extends object = object>(
  event: K,
  payload: SocketPayload<K>,
  timeoutMs = 10_000,
): Promise<Ack<T>> {
  try {
    const socket = getSocket() as unknown as {
      timeout: (ms: number) => { emitWithAck: (event: string, payload: unknown) => Promise<unknown> };
    };
    return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as Ack<T>;
  } catch {
    return { ok: false, error: { status: 0, message: "errors.generic" } };
  }
}

const subscribe = (listener: () => void) => {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
};

/** The shared socket and its state; connects on first use. */
export function useRealtime(): { status: ConnectionStatus; socket: Socket<ServerEvents> | null } {
  const status = useSyncExternalStore(
    subscribe,
    () => store.status,
    () => "connecting" as const,
  );
  useEffect(() => {
    getSocket();
    store.users += 1;
    return () => {
      store.users -= 1;
    };
  }, []);
  return { status, socket: store.socket };
}

/**
 * The page's socket once a component connected it (a topic page, the live activity), without
 * connecting one: for what only listens along, such as the community's "Verlaat community…" (decision 330).
 */
export function useSharedSocket(): Socket<ServerEvents> | null {
  return useSyncExternalStore(
    subscribe,
    () => store.socket,
    () => null,
  );
}

export function ConnectionState({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const tone =
    status === "connected"
      ? "bg-ok-50 text-ok-700 border-ok-700/30"
      : status === "offline"
        ? "bg-warn-50 text-warn-800 border-warn-800/30"
        : "bg-slate-100 text-ink-700 border-line";
  return (
    <p role="status" className={cn("inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium", tone)}>
      <span
        aria-hidden="true"
        className={cn(
          "inline-block h-2.5 w-2.5 rounded-full",
          status === "connected" ? "bg-ok-700" : status === "offline" ? "bg-warn-800" : "bg-ink-600",
        )}
      />
      {t(`discussions.live.${status}`)}
    </p>
  );
}
