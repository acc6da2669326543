/**
 * The wire protocol of shared documents, used by the server's "/collab"
 * namespace and by the browser (and test) provider. Payloads are y-protocols
 * messages: `sync` carries sync step 1, sync step 2 or an update
 * (y-protocols/sync), `awareness` an awareness update
 * (y-protocols/awareness). Updates and step-2 replies from a client are
 * acknowledged once they are committed to PostgreSQL.
 *
 * Other editors' updates come from the server as base64 text (decision 187):
 * socket.io sends a binary payload as two WebSocket frames (a JSON header and
 * the attachment) and text as one, and the server writes every update to
 * every editor. Clients send their own updates the same way (decision 195);
 * the server still accepts them binary. Everything else is binary.
 */
import { fromBase64, toBase64 } from "lib0/buffer";
import { messageWithParams, splitMessage } from "./messages.ts";

export const COLLAB_NAMESPACE = "/collab";

/** A sync message carrying an update, as sent by the server to other editors and by a client for its own update. */
export const syncText = (message: Uint8Array): string => toBase64(message);

/** The bytes of a sync message from the server (binary, or base64 text for a relayed update). */
export function syncBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (typeof value === "string") return fromBase64(value);
  throw new Error("sync message expected");
}

export type AckResult = { ok: true; seq: number } | { ok: false; error: string };

export type CollabErrorPayload = {
  /** An i18n key (documents.errors.*). */
  error: string;
  /** True when the connection is closed after this error for good: the client must not reconnect. */
  fatal?: boolean;
  /** The server drops this connection; the client reconnects and syncs again (its unsaved changes go with the handshake). */
  resync?: boolean;
};

/** Whether the server can store changes right now; `saving: false` while it retries (PostgreSQL away). */
export type StoragePayload = { saving: boolean };

export type HelloPayload = {
  canEdit: boolean;
  seq: number;
  /** The largest update the server stores; the client does not send a larger one (decision 241). */
  maxUpdateBytes?: number;
};

/** Bytes of a sync message as the client sends it (binary, or base64 text). */
export function syncMessageBytes(message: Uint8Array | string): number {
  if (typeof message !== "string") return message.byteLength;
  const padding = message.endsWith("==") ? 2 : message.endsWith("=") ? 1 : 0;
  return (message.length / 4) * 3 - padding;
}

/**
 * "Too large" refusals name the configured limit (COLLAB_MAX_UPDATE_BYTES, COLLAB_MAX_DOCUMENT_BYTES)
 * instead of a fixed "1 MB" (decision 254): `key|{"size":1,"unit":"MB"}`, in MB from 1 MB up
 * (one decimal at most), in kB below.
 */
export function tooLargeMessage(key: "documents.errors.updateTooLarge" | "documents.errors.documentTooLarge", bytes: number): string {
  const MB = 1024 * 1024;
  return bytes >= MB
    ? messageWithParams(key, { size: Math.floor((bytes / MB) * 10) / 10, unit: "MB" })
    : messageWithParams(key, { size: Math.floor(bytes / 1024), unit: "kB" });
}

/** The i18n key of a collab error, without the parameters it may carry. */
export const errorKey = (error: string): string => splitMessage(error).key;

/** A sync message's header (type and length) around the update: the update limit applies to what follows it. */
export const SYNC_MESSAGE_OVERHEAD = 16;

export interface ClientToServerEvents {
  /** Binary, or base64 text for an update (syncText). */
  sync: (message: Uint8Array | string, ack?: (result: AckResult) => void) => void;
  awareness: (message: Uint8Array) => void;
}

export interface ServerToClientEvents {
  hello: (payload: HelloPayload) => void;
  /** Binary, or base64 text for another editor's update (read it with syncBytes). */
  sync: (message: Uint8Array | string) => void;
  awareness: (message: Uint8Array) => void;
  access: (payload: { canEdit: boolean }) => void;
  "collab-error": (payload: CollabErrorPayload) => void;
  storage: (payload: StoragePayload) => void;
}

/** Cursor colours with at least 4.5:1 contrast against white (names are drawn on them in white). */
const PRESENCE_COLORS = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#be185d", "#0f766e", "#4338ca"];

/** A member's cursor colour; the server sets it in their presence (decision 122). */
export function presenceColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length]!;
}
