/**
 * A Yjs provider over the app's socket.io server, implementing Lexical's
 * Provider contract (awareness, connect, disconnect, on/off for "sync",
 * "status", "update" and "reload"). It speaks y-protocols sync and awareness
 * messages on the "/collab" namespace (app/shared/collab.ts).
 *
 * Local edits are sent once the first sync is done and acknowledged once the
 * server has stored them; `unsaved` counts what is not acknowledged yet.
 * While disconnected, edits stay in the Y.Doc; on reconnect both sides send
 * sync step 1 (their state vector) and answer with step 2 (what the other
 * lacks), so offline edits merge both ways. Works in the browser and in Node
 * (tests, benchmark: pass `extraHeaders` with the session cookie and Origin).
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { Manager, type Socket } from "socket.io-client";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import {
  type AckResult,
  COLLAB_NAMESPACE,
  type ClientToServerEvents,
  type CollabErrorPayload,
  type HelloPayload,
  type ServerToClientEvents,
  type StoragePayload,
  errorKey,
  SYNC_MESSAGE_OVERHEAD,
  syncBytes,
  syncMessageBytes,
  tooLargeMessage,
  syncText,
} from "~/shared/collab.ts";

export type CollabStatus = "connecting" | "connected" | "disconnected";

type Events = {
  status: { status: CollabStatus };
  sync: boolean;
  update: unknown;
  reload: Y.Doc;
  /** Local changes not yet stored on the server. */
  unsaved: number;
  error: CollabErrorPayload;
  access: { canEdit: boolean };
  /** False while the server cannot store changes and keeps retrying. */
  storage: { saving: boolean };
};
type Listener<K extends keyof Events> = (payload: Events[K]) => void;

export type CollabProviderOptions = {
  documentId: string;
  doc: Y.Doc;
  /** Origin of the app; defaults to the page's. */
  url?: string;
  /** Node only: Cookie and Origin headers for the handshake. */
  extraHeaders?: Record<string, string>;
  /** Reconnect delays (ms); tests shorten them. */
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
};

/**
 * Refusals that are final for the change they answer: sending it again would
 * be refused again. Any other failure (saving failed, the server is busy or
 * restarting) leaves the change unsaved, and it is sent again.
 */
const FINAL_REFUSALS = new Set([
  "documents.errors.readOnly",
  "documents.errors.malformedUpdate",
  "documents.errors.invalidContent",
  "documents.errors.updateTooLarge",
  "documents.errors.documentTooLarge",
  "documents.errors.hidden",
]);

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new Error("binary message expected");
}

export class CollabProvider {
  readonly awareness: Awareness;
  readonly doc: Y.Doc;
  readonly documentId: string;
  status: CollabStatus = "disconnected";
  synced = false;
  canEdit = false;
  /** Updates sent and not yet acknowledged. */
  inFlight = 0;
  /** Local changes made while not connected (or refused for being out of step): sent with the next sync. */
  dirty = false;
  lastError: string | null = null;
  /** The largest update the server stores (from its hello); null until known. */
  private maxUpdateBytes: number | null = null;
  /** False while the server says it cannot store changes (it keeps retrying). */
  storageOk = true;

  private readonly manager: Manager;
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();
  private wantConnected = false;
  private generation = 0;
  /** The server's state vector from its last sync step 1. */
  private serverStateVector: Uint8Array | null = null;
  private readonly reconnectDelay: number;
  private readonly reconnectDelayMax: number;
  private reconnectAttempts = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: CollabProviderOptions) {
    this.doc = options.doc;
    this.documentId = options.documentId;
    this.awareness = new Awareness(options.doc);
    this.reconnectDelay = options.reconnectionDelay ?? 500;
    this.reconnectDelayMax = options.reconnectionDelayMax ?? 5_000;
    const url = options.url ?? (typeof window !== "undefined" ? window.location.origin : "");
    this.manager = new Manager(url, {
      transports: ["websocket"],
      autoConnect: false,
      reconnectionDelay: options.reconnectionDelay ?? 500,
      reconnectionDelayMax: options.reconnectionDelayMax ?? 5_000,
      ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
    });
    this.socket = this.manager.socket(COLLAB_NAMESPACE, { auth: { documentId: options.documentId } });
    this.socket.on("connect", this.onConnect);
    this.socket.on("disconnect", this.onDisconnect);
    this.socket.on("connect_error", this.onConnectError);
    this.socket.on("hello", this.onHello);
    this.socket.on("sync", this.onSync);
    this.socket.on("awareness", this.onAwareness);
    this.socket.on("access", this.onAccess);
    this.socket.on("collab-error", this.onError);
    this.socket.on("storage", this.onStorage);
    this.doc.on("update", this.onDocUpdate);
    this.awareness.on("update", this.onAwarenessUpdate);
    if (typeof window !== "undefined") window.addEventListener("offline", this.onBrowserOffline);
  }

  // ---- Lexical's Provider contract ------------------------------------------------------

  connect(): void {
    this.wantConnected = true;
    if (this.socket.connected) return;
    this.setStatus("connecting");
    this.socket.connect();
  }

  disconnect(): void {
    this.wantConnected = false;
    this.cancelReconnect();
    this.socket.disconnect();
    this.handleClosed();
  }

  on<K extends keyof Events>(type: K, listener: Listener<K>): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(type, set);
  }

  off<K extends keyof Events>(type: K, listener: Listener<K>): void {
    this.listeners.get(type)?.delete(listener as Listener<never>);
  }

  // ---- own API --------------------------------------------------------------------------

  /** Everything local is stored on the server. */
  get saved(): boolean {
    return this.inFlight === 0 && !this.dirty;
  }

  get unsaved(): number {
    return this.inFlight + (this.dirty ? 1 : 0);
  }

  destroy(): void {
    this.disconnect();
    if (typeof window !== "undefined") window.removeEventListener("offline", this.onBrowserOffline);
    this.doc.off("update", this.onDocUpdate);
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
    this.socket.removeAllListeners();
    this.listeners.clear();
  }

  private emit<K extends keyof Events>(type: K, payload: Events[K]): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) (listener as Listener<K>)(payload);
  }

  private setStatus(status: CollabStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit("status", { status });
  }

  private emitUnsaved(): void {
    this.emit("unsaved", this.unsaved);
  }

  private send(message: Uint8Array | string, tracked: boolean): void {
    if (!tracked) {
      this.socket.emit("sync", message);
      return;
    }
    if (this.maxUpdateBytes !== null && syncMessageBytes(message) > this.maxUpdateBytes + SYNC_MESSAGE_OVERHEAD) {
      // The server would refuse it, and a message past the socket's buffer would close the connection
      // without a word, again at every reconnect (decision 241): refuse it here, and say so.
      this.refuse(tooLargeMessage("documents.errors.updateTooLarge", this.maxUpdateBytes));
      return;
    }
    const generation = this.generation;
    this.inFlight += 1;
    this.emitUnsaved();
    this.socket.emit("sync", message, (result: AckResult) => {
      // An answer from before a reconnect: the sync after it covered (or will cover) these changes.
      if (generation !== this.generation) return;
      this.inFlight = Math.max(0, this.inFlight - 1);
      if (!result.ok) {
        this.lastError = result.error;
        if (!FINAL_REFUSALS.has(errorKey(result.error))) {
          // Not stored, but not refused for good (out of step, saving failed, the server is
          // restarting): keep it unsaved and start over with a fresh handshake, which sends
          // everything the server lacks.
          this.dirty = true;
          if (result.error === "documents.errors.outOfSync") this.resync();
          else this.scheduleResync();
        }
      }
      this.emitUnsaved();
    });
  }

  // ---- socket events --------------------------------------------------------------------

  private onConnect = () => {
    this.cancelReconnect();
    this.reconnectAttempts = 0;
    this.generation += 1;
    this.setStatus("connected");
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.send(encoding.toUint8Array(encoder), false);
    const local = this.awareness.getLocalState();
    if (local !== null) this.socket.emit("awareness", encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
  };

  /**
   * The browser knows at once that the network is gone; socket.io's heartbeat notices only
   * after up to 45 s, all the while the status line says everything is saved. Closing the
   * connection now shows "Geen verbinding" and lets socket.io reconnect as usual.
   */
  private onBrowserOffline = () => {
    if (this.socket.connected) this.manager.engine.close();
  };

  private onDisconnect = (reason: string) => {
    this.handleClosed();
    if (this.wantConnected) this.setStatus("connecting");
    // socket.io reconnects by itself after a lost connection, never after the server closed it:
    // unless the server said it was for good (a fatal error), we come back ourselves.
    if (reason === "io server disconnect" && this.wantConnected) this.scheduleReconnect();
  };

  private handleClosed() {
    // Unacknowledged updates are sent again by the next sync.
    if (this.inFlight > 0) this.dirty = true;
    this.inFlight = 0;
    this.generation += 1;
    this.serverStateVector = null;
    if (!this.storageOk) {
      this.storageOk = true;
      this.emit("storage", { saving: true });
    }
    if (this.synced) {
      this.synced = false;
      this.emit("sync", false);
    }
    const remote = [...this.awareness.getStates().keys()].filter((client) => client !== this.doc.clientID);
    if (remote.length) removeAwarenessStates(this.awareness, remote, "connection");
    this.setStatus(this.wantConnected ? "connecting" : "disconnected");
    this.emitUnsaved();
  }

  private onConnectError = (error: Error & { data?: { code?: string } }) => {
    const code = error.data?.code;
    const key =
      code === "unauthenticated"
        ? "errors.unauthenticated"
        : code === "origin"
          ? "errors.forbidden"
          : error.message?.startsWith("documents.") || error.message?.startsWith("errors.")
            ? error.message
            : "documents.errors.connection";
    this.lastError = key;
    const fatal = key !== "documents.errors.connection";
    this.emit("error", { error: key, fatal });
    // Refused for good (not found, no access, logged out): stop retrying.
    if (fatal) {
      this.wantConnected = false;
      this.setStatus("disconnected");
    } else if (this.wantConnected && !this.socket.active) {
      // The server refused the handshake for now (it cannot reach its database): socket.io
      // does not retry a refused handshake by itself.
      this.scheduleReconnect();
    }
  };

  private onHello = (hello: HelloPayload) => {
    this.maxUpdateBytes = typeof hello.maxUpdateBytes === "number" ? hello.maxUpdateBytes : null;
    this.setAccess(hello.canEdit);
  };

  private onAccess = ({ canEdit }: { canEdit: boolean }) => this.setAccess(canEdit);

  private setAccess(canEdit: boolean) {
    if (this.canEdit === canEdit) return;
    this.canEdit = canEdit;
    this.emit("access", { canEdit });
  }

  /** A change refused before it was sent: told like the server's refusal of it. */
  private refuse(error: string) {
    this.lastError = error;
    this.emit("error", { error });
  }

  private onError = (payload: CollabErrorPayload) => {
    this.lastError = payload.error;
    if (payload.fatal) {
      this.wantConnected = false;
      this.cancelReconnect();
    }
    if (payload.resync && this.inFlight > 0) this.dirty = true;
    this.emit("error", payload);
  };

  private onStorage = ({ saving }: StoragePayload) => {
    if (this.storageOk === saving) return;
    this.storageOk = saving;
    this.emit("storage", { saving });
  };

  /** Connects again after a pause that grows with each failed attempt. */
  private scheduleReconnect() {
    if (this.reconnectTimer || !this.wantConnected) return;
    const delay = Math.min(this.reconnectDelay * 2 ** this.reconnectAttempts, this.reconnectDelayMax);
    this.reconnectAttempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.wantConnected || this.socket.connected) return;
      this.setStatus("connecting");
      this.socket.connect();
    }, delay);
  }

  /** A fresh handshake after a pause (a change was not stored and must be sent again). */
  private scheduleResync() {
    if (this.reconnectTimer || !this.wantConnected) return;
    const delay = Math.min(this.reconnectDelay * 2 ** this.reconnectAttempts, this.reconnectDelayMax);
    this.reconnectAttempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.dirty) this.resync();
    }, delay);
  }

  private cancelReconnect() {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
  }

  private onSync = (raw: unknown) => {
    let decoder: decoding.Decoder;
    let type: number;
    try {
      decoder = decoding.createDecoder(syncBytes(raw));
      type = decoding.readVarUint(decoder);
    } catch {
      return;
    }
    switch (type) {
      case syncProtocol.messageYjsSyncStep1: {
        // The server asks what it lacks: answer with step 2 (offline edits included), tracked like an update.
        const stateVector = decoding.readVarUint8Array(decoder);
        this.serverStateVector = stateVector;
        if (!this.canEdit) return;
        const encoder = encoding.createEncoder();
        syncProtocol.writeSyncStep2(encoder, this.doc, stateVector);
        this.dirty = false;
        this.send(encoding.toUint8Array(encoder), true);
        return;
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), this);
        if (type === syncProtocol.messageYjsSyncStep2 && !this.synced) {
          this.synced = true;
          this.flushDirty();
          this.emit("sync", true);
        }
        return;
      }
    }
  };

  private onAwareness = (raw: unknown) => {
    try {
      applyAwarenessUpdate(this.awareness, toBytes(raw), this);
    } catch {
      // A malformed awareness update only costs a cursor.
    }
  };

  /** Sends local changes made between our step-2 answer and the end of the first sync. */
  private flushDirty() {
    if (!this.dirty || !this.canEdit || !this.socket.connected || !this.serverStateVector) return;
    this.dirty = false;
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(this.doc, this.serverStateVector));
    this.send(encoding.toUint8Array(encoder), true);
  }

  /** Starts over with a fresh handshake (after the server said we are out of step). */
  private resync() {
    if (!this.wantConnected) return;
    this.socket.disconnect();
    this.handleClosed();
    this.socket.connect();
  }

  // ---- local changes ----------------------------------------------------------------------

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    this.emit("update", update);
    if (!this.canEdit) return;
    if (!this.socket.connected || !this.synced) {
      // Sent with the next sync step 2.
      this.dirty = true;
      this.emitUnsaved();
      return;
    }
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    // As text: one WebSocket frame instead of two (decision 195).
    this.send(syncText(encoding.toUint8Array(encoder)), true);
  };

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === this || origin === "connection" || !this.socket.connected) return;
    const changed = [...added, ...updated, ...removed];
    this.socket.emit("awareness", encodeAwarenessUpdate(this.awareness, changed));
  };
}
