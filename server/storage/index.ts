/**
 * File storage behind one small interface, so uploads can move from the
 * local disk to an S3-compatible bucket without touching the domain. Keys are
 * opaque, slash-separated paths the domain makes (`library/<item>/<random>`);
 * every method maps one-to-one onto an S3 call (PutObject with a stream and a
 * known length, GetObject, HeadObject, DeleteObject).
 */
import type { Readable } from "node:stream";
import { config } from "../config.ts";
import { singleton } from "../singleton.ts";
import { LocalDiskStorage } from "./local.ts";

export type StoredObject = { size: number; contentType: string };

export interface FileStorage {
  /** Stores the bytes under `key` (replacing what was there). */
  put(key: string, body: Uint8Array | Readable, meta: { contentType: string; size: number }): Promise<void>;
  /** A stream of the stored bytes, or null when the key does not exist. */
  get(key: string): Promise<{ body: Readable; size: number } | null>;
  /** Deletes the object; deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9/._-]{0,200}$/i;

/** Keys the domain makes are checked once more here: no `..`, no absolute paths. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.split("/").some((part) => part === "" || part === "." || part === "..")) {
    throw new Error(`invalid storage key: ${key}`);
  }
}

/** The storage of this process: local disk under `${DATA_DIR}/uploads`. */
export function fileStorage(): FileStorage {
  return singleton(`storage:${config().DATA_DIR}`, () => new LocalDiskStorage(`${config().DATA_DIR}/uploads`));
}
