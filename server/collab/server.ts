/**
 * Live co-editing on the app's socket.io server, in a namespace of its own
 * ("/collab"). A socket serves one document (handshake `auth.documentId`);
 * the handshake is authenticated like every socket (session cookie + same
 * Origin) and must be allowed to open the document live (read it; not hidden by
 * a moderator unless the member moderates, decision 241). Editing rights are
 * checked again while the socket lives (locks, memberships, sessions).
 */
import type { Server } from "socket.io";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import { COLLAB_NAMESPACE, type AckResult } from "~/shared/collab.ts";
import { AppError } from "../errors.ts";
import { errorFields, log } from "../logger.ts";
import { authenticateHandshake } from "../realtime/server.ts";
import { memberRoom, sessionRooms, socketSessionAlive, socketSessionsAliveInCache } from "../realtime/sessions.ts";
import { loadDocumentById } from "../documents/access.ts";
import { liveRight } from "./access.ts";
import { Relay } from "./relay.ts";
import { type CollabNamespace, type CollabSocket, DocumentRoom } from "./room.ts";
import { collabTrace, type UpdateTrace } from "./trace.ts";

/** How long a socket's editing right is trusted before it is checked again (spread, so sockets that joined together are not all checked at once). */
const ACCESS_TTL_MS = 15_000;
const accessTtl = () => ACCESS_TTL_MS * (1 + Math.random());
/**
 * How long a socket's live session is trusted before its next update asks Redis again (decision 187):
 * an editor sends several updates a second. Ending a session closes its sockets anyway (decision 112).
 */
export const SESSION_TRUST_MS = 1_000;
/**
 * Sockets that sent an update this recently have their sessions renewed together, one MGET for all of
 * them every half SESSION_TRUST_MS, instead of one GET per socket per second on the update path
 * (decision 213). The trust still ends SESSION_TRUST_MS after Redis last said the session is alive.
 */
const SESSION_RENEW_RECENT_MS = 5_000;
const DOCUMENT_ID = /^[a-z0-9]{1,40}$/i;

export type Collab = { nsp: CollabNamespace; rooms: Map<string, DocumentRoom>; close: () => Promise<void> };

function bytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A sync message from a client: binary, or an update as base64 text (decision 195). */
function syncMessage(value: unknown): Uint8Array | null {
  if (typeof value !== "string") return bytes(value);
  if (!BASE64.test(value)) return null;
  return Buffer.from(value, "base64");
}

/**
 * The client's own text frame, when the other editors may get it as it is (decision 213): canonical
 * base64 (whole groups of four, so a browser's atob reads what Buffer read) of an update message with
 * nothing after it.
 */
function relayableText(raw: unknown): string | null {
  return typeof raw === "string" && raw.length % 4 === 0 ? raw : null;
}

export function startCollab(io: Server): Collab {
  const nsp = io.of(COLLAB_NAMESPACE) as unknown as CollabNamespace;
  const relay = new Relay();
  const rooms = new Map<string, DocumentRoom>();
  let closing = false;

  const roomFor = (documentId: string): DocumentRoom => {
    let room = rooms.get(documentId);
    if (!room) {
      room = new DocumentRoom(documentId, nsp, relay, (closed) => {
        if (rooms.get(closed.id) === closed) rooms.delete(closed.id);
      });
      room.onAccessChanged = (changed) => {
        for (const socket of changed.sockets) void refreshAccess(socket, true);
      };
      rooms.set(documentId, room);
    }
    return room;
  };

  let renewing = false;
  async function renewSessions(): Promise<void> {
    if (renewing) return;
    const now = Date.now();
    const editing = [...nsp.sockets.values()].filter(
      (socket) => socket.data.sessionAliveUntil > 0 && socket.data.sessionAliveUntil > now - SESSION_RENEW_RECENT_MS,
    );
    if (editing.length === 0) return;
    renewing = true;
    try {
      const alive = await socketSessionsAliveInCache(editing.map((socket) => socket.data.sessionId));
      editing.forEach((socket, index) => {
        // From when the question was asked, not answered; an ended session is left to the update path.
        if (alive[index]) socket.data.sessionAliveUntil = Math.max(socket.data.sessionAliveUntil, now + SESSION_TRUST_MS);
        else confirmSession(socket);
      });
    } finally {
      renewing = false;
    }
  }
  /** Sockets whose session is being read from the table beside their updates (confirmSession). */
  const confirming = new Set<CollabSocket>();
  /**
   * Redis's word that a session is alive lasts 30 s (decision 112) and only the update path's check wrote
   * it again: 30 s after an editor's first update the MGET above missed, the trust ran out and the editor's
   * next update waited for Redis, the session table and Redis again — all editors who joined together at
   * once, every 30 s (decision 277). A miss is now confirmed here, beside the updates, by the same check
   * (socketSessionAlive: the table, then the cache written again); the trust still ends SESSION_TRUST_MS
   * after the check was asked, and an ended session is still left to the update path, which closes it.
   */
  function confirmSession(socket: CollabSocket): void {
    if (confirming.has(socket)) return;
    confirming.add(socket);
    const asked = Date.now();
    socketSessionAlive(socket.data.sessionId)
      .then((alive) => {
        if (alive) socket.data.sessionAliveUntil = Math.max(socket.data.sessionAliveUntil, asked + SESSION_TRUST_MS);
      })
      .catch((error: unknown) => log.warn("collab: session check failed", errorFields(error)))
      .finally(() => confirming.delete(socket));
  }
  const renewTimer = setInterval(() => void renewSessions(), SESSION_TRUST_MS / 2);
  renewTimer.unref();

  /** False (and the socket told and closed) when its session ended. */
  async function sessionStillAlive(socket: CollabSocket): Promise<boolean> {
    if (Date.now() < socket.data.sessionAliveUntil) return true;
    if (await socketSessionAlive(socket.data.sessionId)) {
      socket.data.sessionAliveUntil = Date.now() + SESSION_TRUST_MS;
      return true;
    }
    socket.emit("collab-error", { error: "errors.unauthenticated", fatal: true });
    socket.disconnect(true);
    return false;
  }

  /** Re-reads the socket's rights when they are stale (or `force`); tells the client when they changed. */
  async function refreshAccess(socket: CollabSocket, force = false): Promise<boolean> {
    if (!force && Date.now() < socket.data.checkedAt) return socket.data.canEdit;
    // Of two re-checks at once (a periodic one, one after an access change), only the later one's answer counts.
    const generation = (socket.data.accessGeneration += 1);
    let canEdit = false;
    try {
      // The session and the right in one statement, judged by the same policy as loadDocumentById(…, "live")
      // (decision 277). "live": a document a moderator hid closes for everyone but moderators (decision 241).
      const right = await liveRight(socket.data.sessionId, socket.data.documentId);
      if (!right) {
        socket.emit("collab-error", { error: "errors.unauthenticated", fatal: true });
        socket.disconnect(true);
        return false;
      }
      canEdit = right.permissions.edit;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (generation !== socket.data.accessGeneration) return socket.data.canEdit;
      const key = error.message === "documents.errors.hidden" ? error.message : "documents.errors.notFound";
      socket.emit("collab-error", { error: key, fatal: true });
      socket.disconnect(true);
      return false;
    }
    if (generation !== socket.data.accessGeneration) return socket.data.canEdit;
    socket.data.checkedAt = Date.now() + accessTtl();
    if (canEdit !== socket.data.canEdit) {
      socket.data.canEdit = canEdit;
      socket.emit("access", { canEdit });
    }
    return canEdit;
  }

  /**
   * The socket's editing right for an update, while it is known (checkedAt not 0; after an access change
   * the update waits for refreshAccess). When only the periodic re-check is due, the right in hand is used
   * and read again beside it (decision 213): that check is the fallback for a missed access change, and
   * an update waiting on it (two queries) was the slowest one in a hundred.
   */
  function editingRight(socket: CollabSocket): boolean {
    if (Date.now() >= socket.data.checkedAt) {
      // Not asked again while this one runs; refreshAccess sets the next time when it is done.
      socket.data.checkedAt = Date.now() + accessTtl();
      refreshAccess(socket, true).catch((error: unknown) => log.warn("collab: access re-check failed", errorFields(error)));
    }
    return socket.data.canEdit;
  }

  nsp.use((socket, next) => {
    if (closing) return next(Object.assign(new Error("shutting down"), { data: { code: "unavailable" } }));
    (async () => {
      const session = await authenticateHandshake(socket);
      const documentId = (socket.handshake.auth as { documentId?: unknown } | undefined)?.documentId;
      if (typeof documentId !== "string" || !DOCUMENT_ID.test(documentId)) throw new AppError(404, "documents.errors.notFound");
      const { document, permissions } = await loadDocumentById(session.user, documentId, "live");
      socket.data = {
        ...session,
        documentId: document.id,
        communityId: document.communityId,
        canEdit: permissions.edit,
        checkedAt: Date.now() + accessTtl(),
        accessGeneration: 0,
        // The first update asks Redis (which then remembers the session for a PostgreSQL outage).
        sessionAliveUntil: 0,
        awarenessClients: new Set(),
      };
    })().then(
      () => next(),
      (error: unknown) => {
        const message = error instanceof AppError ? error.message : error instanceof Error ? error.message : "error";
        if (!(error instanceof AppError) && !(error as { data?: unknown }).data) log.warn("collab: handshake failed", errorFields(error));
        next(Object.assign(new Error(message), { data: (error as { data?: unknown }).data ?? { code: message } }));
      },
    );
  });

  nsp.on("connection", (socket: CollabSocket) => {
    const room = roomFor(socket.data.documentId);
    room.communityId = socket.data.communityId;
    // The member's, the session's and the member-in-this-community rooms: logout, removal and the rest close it (decision 112).
    void socket.join([...sessionRooms(socket.data), memberRoom(socket.data.communityId, socket.data.user.id)]);
    let joined = false;
    // Handlers are registered at once, so nothing the client sends early is lost; each waits for the room.
    const refuse = (error: string, ack?: (result: AckResult) => void) => {
      ack?.({ ok: false, error });
      socket.emit("collab-error", { error });
    };

    // A socket's messages are handled in the order they came, up to the point where an update
    // is applied in memory: an update may depend on the one before it. Storing is not waited
    // for here, so an editor can have several updates on their way to PostgreSQL.
    let inOrder: Promise<unknown> = Promise.resolve();
    /** Messages of this socket waiting for something (the room's load, Redis, PostgreSQL) or queued behind one that does. */
    let waiting = 0;

    const fail = (error: unknown, callback?: (result: AckResult) => void) => {
      if (error instanceof AppError) return refuse(error.message, callback);
      log.error("collab: sync message failed", { documentId: room.id, ...errorFields(error) });
      refuse("documents.errors.saveFailed", callback);
    };

    /**
     * Applies one sync message once the room is loaded. An accepted update is acknowledged from the
     * commit itself (decision 195); everything else is answered here. Synchronous while the session
     * and the editing right are in hand (decision 259); a promise when it has to wait for either.
     */
    const handleSync = (
      raw: unknown,
      callback: ((result: AckResult) => void) | undefined,
      trace: UpdateTrace | undefined,
      arrived = false,
    ): void | Promise<void> => {
      if (trace) trace.handled = performance.now();
      const message = syncMessage(raw);
      if (!message) return refuse("documents.errors.malformedUpdate", callback);
      let type: number;
      let payload: Uint8Array;
      let whole: boolean;
      try {
        const decoder = decoding.createDecoder(message);
        type = decoding.readVarUint(decoder);
        payload = decoding.readVarUint8Array(decoder);
        whole = decoder.pos === message.byteLength;
      } catch {
        return refuse("documents.errors.malformedUpdate", callback);
      }
      if (type === syncProtocol.messageYjsSyncStep1) {
        // The payload is the client's state vector; a malformed one is the client's error, not ours.
        let reply: Uint8Array;
        try {
          reply = room.syncStep2(payload);
        } catch {
          return refuse("documents.errors.malformedUpdate", callback);
        }
        socket.emit("sync", reply);
        callback?.({ ok: true, seq: room.seq });
        return;
      }
      if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate)
        return refuse("documents.errors.malformedUpdate", callback);
      const frame = whole && type === syncProtocol.messageYjsUpdate ? relayableText(raw) : null;
      // Every update re-validates the session (cached; decision 112) and uses the editing right in hand
      // (decision 213): both usually without waiting, and then without a promise (decision 259).
      if (Date.now() < socket.data.sessionAliveUntil && socket.data.checkedAt !== 0) {
        if (!socket.connected) return;
        // `arrived`: called from the frame's own event, not after a wait of this socket's (trace only).
        if (trace && arrived) trace.atOnce = true;
        return applyUpdate(payload, frame, editingRight(socket), callback, trace);
      }
      if (trace) trace.waitedFor = Date.now() >= socket.data.sessionAliveUntil ? "session" : "right";
      return (async () => {
        if (!(await sessionStillAlive(socket))) return;
        const canEdit = socket.data.checkedAt === 0 ? await refreshAccess(socket) : editingRight(socket);
        if (!socket.connected) return;
        applyUpdate(payload, frame, canEdit, callback, trace);
      })();
    };

    const applyUpdate = (
      payload: Uint8Array,
      frame: string | null,
      canEdit: boolean,
      callback: ((result: AckResult) => void) | undefined,
      trace: UpdateTrace | undefined,
    ): void => {
      if (trace) trace.checked = performance.now();
      if (!canEdit) {
        // A read-only client's echo of what it received is harmless; anything new is refused.
        if (room.contains(payload)) callback?.({ ok: true, seq: room.seq });
        else refuse("documents.errors.readOnly", callback);
        return;
      }
      room.submit(
        payload,
        socket.data.user.id,
        socket,
        (error, seq) => {
          if (error) fail(error, callback);
          else callback?.({ ok: true, seq });
          if (trace) collabTrace?.finish(trace, !error);
        },
        frame,
        trace,
      );
    };

    /** A message that waits: later ones of this socket wait behind it. */
    const queue = (step: Promise<void>, callback: ((result: AckResult) => void) | undefined) => {
      waiting += 1;
      inOrder = step.then(
        () => (waiting -= 1),
        (error: unknown) => {
          waiting -= 1;
          fail(error, callback);
        },
      );
    };

    socket.on("sync", (raw, ack) => {
      const callback = typeof ack === "function" ? ack : undefined;
      // COLLAB_TRACE=1: the update's stages from here, the frame's arrival (decision 248).
      const trace = collabTrace?.begin();
      if (waiting > 0 || !room.loaded) {
        queue(
          inOrder.then(async () => {
            await room.ready;
            await handleSync(raw, callback, trace);
          }),
          callback,
        );
        return;
      }
      // Nothing of this socket's is waiting and the room is loaded: handled now, not a turn of promises later.
      let step: void | Promise<void>;
      try {
        step = handleSync(raw, callback, trace, true);
      } catch (error) {
        fail(error, callback);
        return;
      }
      if (step) queue(step, callback);
    });

    socket.on("awareness", (raw) => {
      void room.ready.then(
        async () => {
          const message = bytes(raw);
          if (!(await sessionStillAlive(socket))) return;
          let accepted = false;
          try {
            accepted = message !== null && room.applyAwareness(socket, message);
          } catch {
            accepted = false;
          }
          if (!accepted) socket.emit("collab-error", { error: "documents.errors.presenceRefused" });
        },
        () => undefined,
      );
    });

    socket.on("disconnect", () => {
      if (joined) room.leave(socket);
    });

    room.ready.then(
      () => {
        if (!socket.connected) return;
        if (room.closed) {
          // The room closed while this socket waited for it: reconnecting gets a fresh one.
          socket.disconnect(true);
          return;
        }
        joined = true;
        room.join(socket);
      },
      (error: unknown) => {
        if (rooms.get(room.id) === room) rooms.delete(room.id);
        void room.close();
        socket.emit("collab-error", { error: error instanceof AppError ? error.message : "documents.errors.saveFailed", fatal: true });
        socket.disconnect(true);
      },
    );
  });

  return {
    nsp,
    rooms,
    close: async () => {
      closing = true;
      clearInterval(renewTimer);
      await Promise.allSettled([...rooms.values()].map((room) => room.close()));
      await relay.close();
    },
  };
}
