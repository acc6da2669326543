/**
 * One shared document as served by this instance: the in-memory Y.Doc, the
 * sockets editing it here, server-side awareness, and the commit pipeline.
 *
 * An accepted update is applied in memory and relayed to the other sockets
 * here at the end of the turn of the event loop, merged with the others of
 * that turn (decisions 187, 215), then appended to PostgreSQL (group commit:
 * whatever arrived while the previous append was in flight goes in one
 * statement), and only then acknowledged to its sender and published, with
 * its sequence numbers, to the other instances over Redis (while another
 * instance serves the document, decision 213). The
 * acknowledgements of a batch are written as soon as its commit resolves,
 * before anything else is done for it (decision 195).
 */
import type { Namespace } from "socket.io";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { type ClientToServerEvents, presenceColor, syncText, type ServerToClientEvents, tooLargeMessage } from "~/shared/collab.ts";
import { DOCUMENT_ROOT } from "~/shared/document-nodes.ts";
import type { SocketData } from "../realtime/server.ts";
import type { Socket } from "socket.io";
import { config } from "../config.ts";
import { AppError, badInput, conflict } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { errorFields, log } from "../logger.ts";
import { enqueue } from "../queues/producer.ts";
import { appendUpdates, loadState, readSince } from "./store.ts";
import { textEventFrame, writeFrame } from "./frames.ts";
import { checkStructs, SchemaError } from "./schema.ts";
import { instanceId, type Relay, RelayKind, type RelayMessage } from "./relay.ts";
import { collabTrace, type UpdateTrace } from "./trace.ts";

export type CollabSocketData = SocketData & {
  documentId: string;
  communityId: string;
  canEdit: boolean;
  /** When the editing right must be checked again (epoch ms). */
  checkedAt: number;
  /** Counts re-checks of the editing right, so an older answer never overwrites a newer one. */
  accessGeneration: number;
  /** Until when the socket's session is trusted to be alive without asking Redis (epoch ms). */
  sessionAliveUntil: number;
  awarenessClients: Set<number>;
};
export type CollabSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, CollabSocketData>;
export type CollabNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, CollabSocketData>;

/**
 * Log rows (or bytes) past the snapshot after which compaction is due while a
 * document is being edited. While editors are connected the document lives in
 * memory and the log only matters to a cold load and to renders (the page,
 * search indexing), so compaction waits for a pause in the editing
 * (COMPACT_IDLE_MS, decision 215): compacting while people type put its
 * PostgreSQL writes and a core's worth of replay beside their updates. A
 * document edited without a pause is compacted anyway once its log reaches
 * the COMPACT_FORCE_* bounds; when the last editor leaves, it is compacted too.
 */
export const COMPACT_AFTER_UPDATES = 5_000;
export const COMPACT_AFTER_BYTES = 2 * 1024 * 1024;
/** How long a document with compaction due must go without an update before it is compacted. */
export const COMPACT_IDLE_MS = 2_000;
/** Past these, a due compaction no longer waits for a pause (bounds the log a cold load replays). */
export const COMPACT_FORCE_AFTER_UPDATES = 10_000;
export const COMPACT_FORCE_AFTER_BYTES = 4 * 1024 * 1024;
/** An automatic version at most this often while a document is edited. */
export const AUTO_VERSION_INTERVAL_MS = 10 * 60 * 1000;
/** `document.updated` at most this often per document and instance. */
const UPDATED_EVENT_DEBOUNCE_MS = 30_000;
/** How often a member's "last edited" time is written while they type. */
const EDITOR_RECORD_INTERVAL_MS = 60_000;
/** How long a room with no sockets stays open (a reload, a quick reconnect). */
const IDLE_CLOSE_MS = 3_000;
/** Largest awareness message a socket may send. */
export const MAX_AWARENESS_BYTES = 8 * 1024;
/** Awareness client ids one socket may hold (its document's id, and one more after Yjs changed it). */
export const MAX_AWARENESS_CLIENTS = 2;
/** What a client may put in its awareness state besides the name and colour the server sets (Lexical's cursor). */
const AWARENESS_FIELDS = ["anchorPos", "focusPos", "focusing", "awarenessData"] as const;
/** Pauses between attempts to store updates while PostgreSQL is unreachable. */
const STORAGE_RETRY_FIRST_MS = 200;
const STORAGE_RETRY_MAX_MS = 3_000;
/** How long a gap in relayed sequence numbers may last before we read the log. */
const GAP_CATCH_UP_MS = 500;

const roomName = (documentId: string) => `document-${documentId}`;

/** Told once an accepted update is stored (its sequence number) or given up (an AppError). */
export type Settle = (error: AppError | null, seq: number) => void;

type Pending = {
  update: Uint8Array;
  authorId: string | null;
  settle: Settle;
  /** COLLAB_TRACE=1: the update's stage timestamps (decision 248). */
  trace?: UpdateTrace | undefined;
};
type Relayed = { update: Uint8Array; frame: string | null; sender: CollabSocket | null; trace?: UpdateTrace | undefined };

export class DocumentRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly sockets = new Set<CollabSocket>();
  readonly ready: Promise<void>;
  /** True once `ready` has resolved (set just before), so a message can be handled without awaiting it (decision 259). */
  loaded = false;
  communityId = "";
  /** Highest sequence number up to which this instance has every update. */
  seq = 0;
  closed = false;

  private captured: Uint8Array[] = [];
  /** Whether the last transaction on the document changed it (set by the afterTransaction listener). */
  private lastChanged = false;
  private queue: Pending[] = [];
  /** Applied updates not yet relayed to the sockets here (until the end of this turn of the event loop). */
  private relays: Relayed[] = [];
  private committing: Promise<void> | null = null;
  private ahead: [number, number][] = [];
  private gapTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private eventTimer: NodeJS.Timeout | null = null;
  private editedBy = new Set<string>();
  private stateBytes = 0;
  private logUpdates = 0;
  private logBytes = 0;
  private lastAppendAt = 0;
  /** Set while compaction is due and waits for a pause in the editing. */
  private compactTimer: NodeJS.Timeout | null = null;
  private appended = false;
  private lastAutoVersion = 0;
  private editorRecordedAt = new Map<string, number>();
  private unsubscribe: (() => Promise<void>) | null = null;
  private buffered: RelayMessage[] | null = [];
  /** Appends are failing and being retried (the editors were told). */
  private storageTrouble = false;

  constructor(
    readonly id: string,
    private readonly nsp: CollabNamespace,
    private readonly relay: Relay,
    private readonly onClose: (room: DocumentRoom) => void,
  ) {
    this.awareness.setLocalState(null);
    // Only while applyCaptured needs them: with an "update" listener Yjs encodes every transaction again,
    // which an update from an editor does not need (decision 213).
    this.doc.on("afterTransaction", (transaction: Y.Transaction) => {
      this.lastChanged = changedBy(transaction);
    });
    this.awareness.on("update", this.onAwarenessUpdate);
    this.ready = this.load();
    // A failed load is reported to whoever awaits `ready`; this only keeps Node from calling it unhandled.
    this.ready.catch(() => undefined);
  }

  private async load(): Promise<void> {
    // Subscribe before reading, so nothing committed in between is missed (Yjs merges duplicates).
    this.unsubscribe = await this.relay.subscribe(
      this.id,
      (message) => {
        if (this.buffered) this.buffered.push(message);
        else this.onRelay(message);
      },
      () => this.answerPeer(),
    );
    const stored = await loadState(this.id);
    if (!stored) throw new AppError(404, "documents.errors.notFound");
    this.applyCaptured(stored.state, "load");
    this.seq = stored.seq;
    this.stateBytes = stored.state.byteLength;
    this.logUpdates = stored.pending;
    const buffered = this.buffered ?? [];
    this.buffered = null;
    for (const message of buffered) this.onRelay(message);
    this.loaded = true;
  }

  /** Applies an update and returns what it changed (null when nothing). */
  private applyCaptured(update: Uint8Array, origin: unknown): Uint8Array | null {
    this.captured = [];
    this.doc.on("update", this.capture);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.doc.off("update", this.capture);
    }
    const changed = this.captured;
    this.captured = [];
    if (changed.length === 0) return null;
    return changed.length === 1 ? changed[0]! : Y.mergeUpdates(changed);
  }

  private capture = (update: Uint8Array) => {
    this.captured.push(update);
  };

  /** Applies an update as it is (no second encoding); true when it changed the document. */
  private applyAsIs(update: Uint8Array, origin: unknown): boolean {
    this.lastChanged = false;
    Y.applyUpdate(this.doc, update, origin);
    return this.lastChanged;
  }

  // ---- sockets ---------------------------------------------------------------------------

  join(socket: CollabSocket): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.sockets.add(socket);
    void socket.join(roomName(this.id));
    // The update limit, so the editor refuses a larger change itself (decision 241): one larger than the
    // socket's buffer would only close the connection, and the editor would send it again on reconnect.
    socket.emit("hello", { canEdit: socket.data.canEdit, seq: this.seq, maxUpdateBytes: config().COLLAB_MAX_UPDATE_BYTES });
    if (socket.data.canEdit) socket.emit("sync", this.syncStep1());
    if (this.storageTrouble) socket.emit("storage", { saving: false });
    const states = [...this.awareness.getStates().keys()];
    if (states.length) socket.emit("awareness", encodeAwarenessUpdate(this.awareness, states));
  }

  leave(socket: CollabSocket): void {
    this.sockets.delete(socket);
    const clients = [...socket.data.awarenessClients].filter((client) => this.awareness.getStates().has(client));
    if (clients.length) removeAwarenessStates(this.awareness, clients, socket);
    if (this.sockets.size === 0) {
      this.idleTimer = setTimeout(() => void this.closeIfIdle(), IDLE_CLOSE_MS);
      this.idleTimer.unref();
    }
  }

  syncStep1(): Uint8Array {
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    return encoding.toUint8Array(encoder);
  }

  /** Sync step 2 for a client that has this state vector. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep2(encoder, this.doc, stateVector);
    return encoding.toUint8Array(encoder);
  }

  /** True when the update adds nothing to this document (a read-only client's echo). */
  contains(update: Uint8Array): boolean {
    try {
      return Y.snapshotContainsUpdate(Y.snapshot(this.doc), update);
    } catch {
      return false;
    }
  }

  /**
   * Applies a client's awareness update (it is relayed from the awareness
   * listener), carrying only the socket's own user (decision 122): readers do
   * not appear; a socket may hold at most MAX_AWARENESS_CLIENTS client ids and
   * never one that another socket or instance holds; the name and colour are
   * set by the server from the session, and only Lexical's cursor fields are
   * kept. Returns false when the update is refused.
   */
  applyAwareness(socket: CollabSocket, update: Uint8Array): boolean {
    if (!socket.data.canEdit) return true;
    if (update.byteLength > MAX_AWARENESS_BYTES) return false;
    const entries: { client: number; clock: number; state: Record<string, unknown> | null }[] = [];
    try {
      const decoder = decoding.createDecoder(update);
      const count = decoding.readVarUint(decoder);
      if (count > MAX_AWARENESS_CLIENTS) return false;
      for (let i = 0; i < count; i++) {
        const client = decoding.readVarUint(decoder);
        const clock = decoding.readVarUint(decoder);
        const state: unknown = JSON.parse(decoding.readVarString(decoder));
        if (state !== null && (typeof state !== "object" || Array.isArray(state))) return false;
        entries.push({ client, clock, state: state as Record<string, unknown> | null });
      }
    } catch {
      return false;
    }
    const owned = socket.data.awarenessClients;
    const { user } = socket.data;
    const fresh = new Set<number>();
    for (const { client } of entries) {
      // Every state here was written by a server (this one or another instance), so its userId can be trusted.
      const current = this.awareness.getStates().get(client);
      if (current && current.userId !== user.id) return false;
      if (!owned.has(client)) fresh.add(client);
    }
    if (owned.size + fresh.size > MAX_AWARENESS_CLIENTS) return false;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, entries.length);
    for (const { client, clock, state } of entries) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, clock);
      let own: Record<string, unknown> | null = null;
      if (state) {
        own = { name: user.displayName, color: presenceColor(user.id), userId: user.id };
        for (const key of AWARENESS_FIELDS) if (key in state) own[key] = state[key];
      }
      encoding.writeVarString(encoder, JSON.stringify(own));
      owned.add(client);
      // The same member on a new connection (a reload) takes over their own cursor from the old one.
      for (const other of this.sockets) if (other !== socket) other.data.awarenessClients.delete(client);
    }
    applyAwarenessUpdate(this.awareness, encoding.toUint8Array(encoder), socket);
    return true;
  }

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const sender = this.isSocket(origin) ? origin : null;
    const payload = encodeAwarenessUpdate(this.awareness, changed);
    const target = this.nsp.local.to(roomName(this.id));
    (sender ? target.except(sender.id) : target).emit("awareness", payload);
    // Timeouts happen on every instance by themselves; relayed updates were published by their own instance.
    if (origin !== "remote" && origin !== "timeout") {
      this.relay
        .publish(this.id, { kind: RelayKind.awareness, origin: instanceId, payload })
        .catch((error) => log.warn("collab: awareness relay failed", errorFields(error)));
    }
  };

  private isSocket(value: unknown): value is CollabSocket {
    return typeof value === "object" && value !== null && this.sockets.has(value as CollabSocket);
  }

  // ---- updates ---------------------------------------------------------------------------

  /** Checks an update from an editor before it touches the document. Throws AppError. */
  private validate(update: Uint8Array): void {
    const { COLLAB_MAX_UPDATE_BYTES, COLLAB_MAX_DOCUMENT_BYTES } = config();
    if (update.byteLength > COLLAB_MAX_UPDATE_BYTES)
      throw new AppError(413, tooLargeMessage("documents.errors.updateTooLarge", COLLAB_MAX_UPDATE_BYTES));
    let decoded: { structs: (Y.Item | Y.GC | Y.Skip)[] };
    try {
      decoded = Y.decodeUpdate(update);
    } catch {
      throw badInput("documents.errors.malformedUpdate");
    }
    // The first clock of each client in the update (what Y.parseUpdateMeta's `from` says, without decoding it again).
    const from = new Map<number, number>();
    for (const struct of decoded.structs) {
      // Lexical keeps everything under one root; another top-level type is not ours.
      if (struct instanceof Y.Item && typeof struct.parent === "string" && struct.parent !== DOCUMENT_ROOT)
        throw badInput("documents.errors.malformedUpdate");
      const first = from.get(struct.id.client);
      if (first === undefined || struct.id.clock < first) from.set(struct.id.client, struct.id.clock);
    }
    for (const [client, clock] of from) {
      if (clock > Y.getState(this.doc.store, client)) throw conflict("documents.errors.outOfSync");
    }
    // Every node type, property and value must be one the editor writes (decision 121).
    try {
      checkStructs(decoded.structs, this.doc);
    } catch (error) {
      if (error instanceof SchemaError) throw badInput("documents.errors.invalidContent");
      throw badInput("documents.errors.malformedUpdate");
    }
    if (this.stateBytes + update.byteLength > COLLAB_MAX_DOCUMENT_BYTES) {
      this.stateBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
      if (this.stateBytes + update.byteLength > COLLAB_MAX_DOCUMENT_BYTES)
        throw new AppError(413, tooLargeMessage("documents.errors.documentTooLarge", COLLAB_MAX_DOCUMENT_BYTES));
    }
  }

  /**
   * Accepts an update from an editor: calls `settle` with its sequence number
   * once it is committed, or with an AppError when storing it was given up.
   * Throws an AppError, leaving the document as it was, when the update is
   * refused. `settle` is called synchronously from the commit (no promise in
   * between), so the acknowledgement leaves before the batch's Redis publish.
   * `frame`: the client's own text frame of this update, relayed and stored
   * as it came instead of encoded again (decision 213).
   */
  submit(
    update: Uint8Array,
    authorId: string | null,
    socket: CollabSocket | null,
    settle: Settle,
    frame: string | null = null,
    trace?: UpdateTrace,
  ): void {
    if (this.closed) throw new AppError(409, "documents.errors.outOfSync");
    this.validate(update);
    let changed: Uint8Array | null;
    try {
      // With the client's own frame (an update message as canonical base64), the update is stored and
      // relayed as it came: it was checked whole, and Yjs applies what it already has as a no-op (decision 213).
      if (frame !== null) changed = this.applyAsIs(update, socket ?? "server") ? update : null;
      else changed = this.applyCaptured(update, socket ?? "server");
    } catch {
      throw badInput("documents.errors.malformedUpdate");
    }
    const store = this.doc.store as unknown as { pendingStructs: unknown; pendingDs: unknown };
    if (store.pendingStructs || store.pendingDs) {
      // It refers to content this document does not have: the client is out of step and will resync.
      store.pendingStructs = null;
      store.pendingDs = null;
      throw conflict("documents.errors.outOfSync");
    }
    if (trace) trace.applied = performance.now();
    if (!changed) {
      settle(null, this.seq);
      return;
    }
    this.stateBytes += changed.byteLength;
    // Validated and in memory: the other editors here see it at the end of this turn; only its sender waits
    // for storage (decision 187).
    this.relayLater(changed, frame, socket, trace);
    this.queue.push({ update: changed, authorId, settle, trace });
    this.committing ??= this.commitLoop();
  }

  /**
   * Relays an applied update to the sockets here at the end of this turn of the event loop (decision
   * 215): the updates read in one turn (after a pause of the loop, many at once) go out as one merged
   * frame per socket instead of one frame per update and socket. `frame`: the sender's own text frame,
   * sent as it came when the update is alone in its turn (decision 213).
   */
  private relayLater(update: Uint8Array, frame: string | null, sender: CollabSocket | null, trace?: UpdateTrace): void {
    this.relays.push({ update, frame, sender, trace });
    if (this.relays.length === 1) setImmediate(this.flushRelays);
  }

  private flushRelays = (): void => {
    const batch = this.relays.splice(0);
    if (batch.length === 0 || this.closed) return;
    if (!collabTrace) {
      this.relayBatch(batch);
      return;
    }
    const started = performance.now();
    const direct = this.relayBatch(batch);
    const done = performance.now();
    for (const relayed of batch) if (relayed.trace) relayed.trace.relayed = done;
    // Frames engine.io keeps in its write buffer: the socket's previous write had not completed (a queue of its own).
    let held = 0;
    for (const socket of this.sockets) if (heldFrames(socket) > 0) held += 1;
    collabTrace.relayed(batch.length, done - started, this.sockets.size, held, direct);
  };

  /** Relays a turn's updates to the sockets here; returns how many frames went straight to a WebSocket. */
  private relayBatch(batch: Relayed[]): number {
    const first = batch[0]!;
    if (batch.length === 1) return this.sendSync(first.frame ?? syncText(updateMessage(first.update)), first.sender?.id);
    let merged: Uint8Array;
    try {
      merged = Y.mergeUpdates(batch.map((relayed) => relayed.update));
    } catch (error) {
      // They were applied one by one; they can be relayed one by one.
      log.warn("collab: merging relayed updates failed", errorFields(error));
      let direct = 0;
      for (const { update, frame, sender } of batch) direct += this.sendSync(frame ?? syncText(updateMessage(update)), sender?.id);
      return direct;
    }
    // The senders get their own updates back within the merged one (Yjs skips what a document has, as
    // with y-websocket's server, which echoes every update); a batch from one sender skips that sender.
    const sender = first.sender?.id;
    const oneSender = sender !== undefined && batch.every((relayed) => relayed.sender?.id === sender);
    return this.sendSync(syncText(updateMessage(merged)), oneSender ? sender : undefined);
  }

  /**
   * Sends a sync text to every socket here but `except`: its WebSocket frame is built once and written
   * straight to each socket that can take it in order (decision 287); the others (engine.io still holds
   * a packet for them, or no open WebSocket) get it through socket.io's broadcast, as every socket did
   * before. Returns how many were written straight.
   */
  private sendSync(text: string, except: string | undefined): number {
    const skip: string[] = except === undefined ? [] : [except];
    let rest = 0;
    let frame: Buffer | null | undefined;
    for (const socket of this.sockets) {
      if (socket.id === except) continue;
      frame ??= textEventFrame(this.nsp, "sync", text);
      if (frame && writeFrame(socket, frame)) skip.push(socket.id);
      else rest += 1;
    }
    const direct = skip.length - (except === undefined ? 0 : 1);
    // Every socket of the room is in `sockets` (join and leave keep them together); with none left over
    // there is nobody for socket.io to send it to.
    if (rest > 0 || this.sockets.size === 0) this.nsp.local.to(roomName(this.id)).except(skip).emit("sync", text);
    return direct;
  }

  private async commitLoop(): Promise<void> {
    try {
      // Whatever else this turn of the event loop read joins the first append (decision 213): after a
      // pause, the updates that waited come in one commit instead of one and then the rest.
      await new Promise<void>((resolve) => setImmediate(resolve));
      let behindAppend = false;
      while (this.queue.length) {
        const batch = this.queue.splice(0);
        if (collabTrace) {
          const started = performance.now();
          for (const { trace } of batch) if (trace) Object.assign(trace, { appendStarted: started, behindAppend });
          collabTrace.appendStarted(batch.length);
        }
        // Whatever comes while this append is out waits for it and goes in the next one (group commit).
        behindAppend = true;
        let range: { fromSeq: number; toSeq: number };
        try {
          range = await this.appendWithRetry(batch);
        } catch (error) {
          const rest = this.queue.splice(0);
          const refusal = error instanceof AppError ? error : new AppError(409, "documents.errors.saveFailed");
          for (const pending of [...batch, ...rest]) settleSafely(pending, refusal, 0);
          this.fail(error);
          return;
        }
        if (collabTrace) {
          const committed = performance.now();
          for (const { trace } of batch) if (trace) trace.committed = committed;
        }
        // Acknowledge first: the senders wait for this; the other instances and the follow-up work do not.
        for (const pending of batch) settleSafely(pending, null, range.toSeq);
        // One publish per commit batch, not per update, with the batch's sequence numbers; while no other
        // instance listens (decision 213) the batch is not even merged for it: that merge ran between one
        // append and the next, on the commit path of the updates waiting (decision 248).
        if (this.relay.publishing(this.id)) {
          const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((pending) => pending.update));
          this.relay
            .publish(this.id, { kind: RelayKind.update, origin: instanceId, fromSeq: range.fromSeq, toSeq: range.toSeq, payload: merged })
            .catch((error) => log.warn("collab: update relay failed", errorFields(error)));
        }
        this.markSeqs(range.fromSeq, range.toSeq);
        // The log stores each update as a row of its own: its bytes are theirs, not a merge's.
        this.afterAppend(
          batch,
          batch.reduce((sum, pending) => sum + pending.update.byteLength, 0),
        );
      }
    } finally {
      this.committing = null;
    }
  }

  /**
   * Appends a batch; a failure that is not a refusal (PostgreSQL restarting, a
   * dropped connection) is retried with a growing pause, for up to
   * COLLAB_STORAGE_RETRY_MS. The batch stays unacknowledged meanwhile and the
   * editors are told that saving is delayed (decision 120). A retry after an
   * append whose commit was not confirmed may store the same updates twice:
   * Yjs ignores what it already has.
   */
  private async appendWithRetry(batch: Pending[]): Promise<{ fromSeq: number; toSeq: number }> {
    const started = Date.now();
    let delay = STORAGE_RETRY_FIRST_MS;
    const entries = batch.map((pending) => ({ data: pending.update, authorId: pending.authorId }));
    const editors = this.editorsToRecord(batch);
    for (;;) {
      try {
        const range = await appendUpdates(this.id, entries, editors);
        if (this.storageTrouble) this.setStorageTrouble(false);
        return range;
      } catch (error) {
        if (error instanceof AppError || this.closed || Date.now() - started > config().COLLAB_STORAGE_RETRY_MS) throw error;
        if (!this.storageTrouble) {
          log.warn("collab: storing an update failed; retrying", { documentId: this.id, ...errorFields(error) });
          this.setStorageTrouble(true);
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, STORAGE_RETRY_MAX_MS);
      }
    }
  }

  /** Tells the editors here whether their changes are waiting for storage. */
  private setStorageTrouble(trouble: boolean): void {
    this.storageTrouble = trouble;
    this.nsp.local.to(roomName(this.id)).emit("storage", { saving: !trouble });
  }

  /** Follow-up work after an append: compaction, automatic versions, the debounced domain event. */
  private afterAppend(batch: Pending[], bytes: number): void {
    this.appended = true;
    this.logUpdates += batch.length;
    this.logBytes += bytes;
    for (const pending of batch) if (pending.authorId) this.editedBy.add(pending.authorId);
    this.lastAppendAt = Date.now();
    if (this.logUpdates >= COMPACT_FORCE_AFTER_UPDATES || this.logBytes >= COMPACT_FORCE_AFTER_BYTES) this.compactNow();
    else if ((this.logUpdates >= COMPACT_AFTER_UPDATES || this.logBytes >= COMPACT_AFTER_BYTES) && !this.compactTimer) {
      this.compactTimer = setTimeout(this.compactWhenIdle, COMPACT_IDLE_MS);
      this.compactTimer.unref();
    }
    const now = Date.now();
    if (now - this.lastAutoVersion > AUTO_VERSION_INTERVAL_MS) {
      this.lastAutoVersion = now;
      const bucket = Math.floor(now / AUTO_VERSION_INTERVAL_MS);
      enqueue(
        "autoVersionDocument",
        { documentId: this.id },
        { jobId: `auto-version-${this.id}-${bucket}`, delay: AUTO_VERSION_INTERVAL_MS },
      ).catch((error) => log.warn("collab: could not queue an automatic version", errorFields(error)));
    }
    if (!this.eventTimer) {
      this.eventTimer = setTimeout(() => this.emitUpdated(), UPDATED_EVENT_DEBOUNCE_MS);
      this.eventTimer.unref();
    }
  }

  /** Who edited is recorded once a minute per member, not with every keystroke. */
  private editorsToRecord(batch: Pending[]): string[] {
    const now = Date.now();
    const due: string[] = [];
    for (const { authorId } of batch) {
      if (!authorId || due.includes(authorId)) continue;
      if (now - (this.editorRecordedAt.get(authorId) ?? 0) > EDITOR_RECORD_INTERVAL_MS) {
        due.push(authorId);
        this.editorRecordedAt.set(authorId, now);
      }
    }
    return due;
  }

  /** Runs while compaction is due: queues it once the document went COMPACT_IDLE_MS without an append. */
  private compactWhenIdle = (): void => {
    this.compactTimer = null;
    if (this.closed) return;
    const quiet = Date.now() - this.lastAppendAt;
    if (quiet >= COMPACT_IDLE_MS) this.compactNow();
    else {
      this.compactTimer = setTimeout(this.compactWhenIdle, COMPACT_IDLE_MS - quiet);
      this.compactTimer.unref();
    }
  };

  private compactNow(): void {
    if (this.compactTimer) clearTimeout(this.compactTimer);
    this.compactTimer = null;
    this.logUpdates = 0;
    this.logBytes = 0;
    this.queueCompaction();
  }

  private queueCompaction(delay = 0): void {
    enqueue("compactDocument", { documentId: this.id }, { delay, deduplication: { id: `compact-${this.id}` } }).catch((error) =>
      log.warn("collab: could not queue compaction", errorFields(error)),
    );
  }

  private emitUpdated(): void {
    if (this.eventTimer) clearTimeout(this.eventTimer);
    this.eventTimer = null;
    const userIds = [...this.editedBy];
    this.editedBy.clear();
    // The updates are stored already (acknowledged only after storage); the event follows them. If it
    // is lost in a crash, the search sweep repairs the index.
    transaction((tx) => emit(tx, "document.updated", { documentId: this.id, communityId: this.communityId, userIds, content: true })).catch(
      (error: unknown) => log.warn("collab: could not record document.updated", errorFields(error)),
    );
  }

  // ---- other instances -------------------------------------------------------------------

  private onRelay(message: RelayMessage): void {
    if (message.origin === instanceId || this.closed) return;
    switch (message.kind) {
      case RelayKind.update: {
        this.applyRemote(message.payload);
        this.markSeqs(message.fromSeq, message.toSeq);
        break;
      }
      case RelayKind.awareness:
        applyAwarenessUpdate(this.awareness, message.payload, "remote");
        break;
      case RelayKind.access:
        for (const socket of this.sockets) socket.data.checkedAt = 0;
        this.onAccessChanged?.(this);
        break;
      case RelayKind.hello:
        break;
      case RelayKind.deleted:
        for (const socket of this.sockets) {
          socket.emit("collab-error", { error: "documents.errors.deleted", fatal: true });
          socket.disconnect(true);
        }
        void this.close();
        break;
    }
  }

  /**
   * Another instance joined, or was heard after this one stopped publishing because it was alone
   * (decision 213): a marker with no updates and this instance's sequence number makes it read what
   * it lacks from PostgreSQL (the gap check), and the awareness states show it who is here.
   */
  private answerPeer(): void {
    if (this.buffered || this.closed) return;
    this.relay
      .publish(this.id, { kind: RelayKind.update, origin: instanceId, fromSeq: this.seq + 1, toSeq: this.seq, payload: EMPTY_UPDATE })
      .catch((error) => log.warn("collab: update relay failed", errorFields(error)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length === 0) return;
    this.relay
      .publish(this.id, { kind: RelayKind.awareness, origin: instanceId, payload: encodeAwarenessUpdate(this.awareness, states) })
      .catch((error) => log.warn("collab: awareness relay failed", errorFields(error)));
  }

  /** Set by the server: re-checks the access of every socket here. */
  onAccessChanged: ((room: DocumentRoom) => void) | null = null;

  private applyRemote(update: Uint8Array): void {
    const changed = this.applyCaptured(update, "remote");
    if (!changed) return;
    this.stateBytes += changed.byteLength;
    this.relayLater(changed, null, null);
  }

  /** Records that updates fromSeq..toSeq are here; a lasting gap is filled from the log. */
  private markSeqs(fromSeq: number, toSeq: number): void {
    if (fromSeq <= this.seq + 1) this.seq = Math.max(this.seq, toSeq);
    else this.ahead.push([fromSeq, toSeq]);
    this.ahead.sort((a, b) => a[0] - b[0]);
    while (this.ahead.length && this.ahead[0]![0] <= this.seq + 1) this.seq = Math.max(this.seq, this.ahead.shift()![1]);
    if (this.ahead.length && !this.gapTimer) {
      this.gapTimer = setTimeout(() => void this.catchUp(), GAP_CATCH_UP_MS);
      this.gapTimer.unref();
    }
  }

  private async catchUp(): Promise<void> {
    this.gapTimer = null;
    if (this.closed || this.ahead.length === 0) return;
    try {
      const since = await readSince(this.id, this.seq);
      if (!since || this.closed) return;
      for (const update of since.updates) this.applyRemote(update);
      this.seq = Math.max(this.seq, since.seq);
      this.ahead = this.ahead.filter(([, to]) => to > this.seq);
    } catch (error) {
      log.warn("collab: catch-up failed", errorFields(error));
    }
    if (this.ahead.length) this.markSeqs(this.seq + 1, this.seq);
  }

  // ---- lifecycle -------------------------------------------------------------------------

  /**
   * Storing failed for good (the document was deleted, or PostgreSQL stayed
   * away longer than COLLAB_STORAGE_RETRY_MS): what this instance holds in
   * memory may be ahead of the database. Drop it; the editors are told to
   * resync and reconnect by themselves, and the sync handshake sends their
   * unsaved changes again.
   */
  private fail(error: unknown): void {
    // Deleted, or hidden by a moderator (decision 241): for good, and told as such.
    const final =
      error instanceof AppError
        ? error.status === 404
          ? "documents.errors.deleted"
          : error.message === "documents.errors.hidden"
            ? error.message
            : null
        : null;
    if (!final) log.error("collab: storing an update failed", { documentId: this.id, ...errorFields(error) });
    for (const socket of this.sockets) {
      socket.emit("collab-error", final ? { error: final, fatal: true } : { error: "documents.errors.saveFailed", resync: true });
      socket.disconnect(true);
    }
    void this.close();
  }

  private async closeIfIdle(): Promise<void> {
    this.idleTimer = null;
    if (this.sockets.size > 0 || this.closed) return;
    if (this.committing) {
      // Updates still wait for storage (PostgreSQL away): keep the room until they are stored or given up.
      this.idleTimer = setTimeout(() => void this.closeIfIdle(), IDLE_CLOSE_MS);
      this.idleTimer.unref();
      return;
    }
    await this.close();
  }

  /** Finishes in-flight commits, queues compaction when something was written, and frees the room. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.gapTimer) clearTimeout(this.gapTimer);
    if (this.compactTimer) clearTimeout(this.compactTimer);
    await this.committing?.catch(() => undefined);
    if (this.eventTimer) this.emitUpdated();
    if (this.appended) this.queueCompaction();
    await this.unsubscribe?.().catch(() => undefined);
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** A Yjs update with nothing in it (no structs, no deletions). */
const EMPTY_UPDATE = new Uint8Array([0, 0]);

/** Packets engine.io holds for a socket until its transport's previous write completes (tracing only). */
function heldFrames(socket: CollabSocket): number {
  return (socket.conn as unknown as { writeBuffer?: unknown[] }).writeBuffer?.length ?? 0;
}

/** A settle callback that throws (a socket gone wrong) must not stop the commit loop. */
function settleSafely(pending: Pending, error: AppError | null, seq: number): void {
  try {
    pending.settle(error, seq);
  } catch (thrown) {
    log.warn("collab: acknowledging an update failed", errorFields(thrown));
  }
}

/** What Yjs itself checks before it emits "update": the transaction deleted or added something. */
function changedBy(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
