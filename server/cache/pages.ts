/**
 * Visitors' rendered pages, whole (decision 163): status, headers and body of
 * a page a visitor without cookies got, kept a few seconds so the next visitor
 * of the same address in the same language gets it without loaders or render.
 *
 * - Kept only under the public data's generation (server/cache/public-data.ts):
 *   the drop that the `public-pages` processor announces after a change makes
 *   every kept page stale in every web process, and a page rendered while a
 *   drop arrived is not kept. Nothing is kept while this process is not
 *   subscribed to drops.
 * - The body is kept split where the render's CSP nonce stood; every answer
 *   gets its own nonce (the one in its Content-Security-Policy header).
 * - At most PAGE_CACHE_TTL_MS (10 s unless configured): short on purpose, it
 *   bounds what no event announces (a member count) on top of the public
 *   data's own TTL. At most PAGE_BYTES in all; the least recently used go first.
 * What may be kept and for whom is decided in server/http/page-cache.ts.
 */
import { config } from "../config.ts";
import { singleton } from "../singleton.ts";
import { publicDataGeneration } from "./public-data.ts";

const PAGE_BYTES = 32 * 1024 * 1024;

export type KeptPage = {
  status: number;
  /** The response's headers as Remix made them (never Set-Cookie). */
  headers: [string, string][];
  etag: string | null;
  /** The body, split where the render's nonce stood. */
  parts: Buffer[];
  bytes: number;
  expires: number;
};

type Store = { entries: Map<string, KeptPage>; bytes: number; generation: number | null };

const store = () => singleton<Store>("rendered-page-cache", () => ({ entries: new Map(), bytes: 0, generation: null }));

/** The store for the current generation: emptied when a drop has come since. */
function current(generation: number): Store {
  const kept = store();
  if (kept.generation !== generation) {
    kept.entries.clear();
    kept.bytes = 0;
    kept.generation = generation;
  }
  return kept;
}

function forget(kept: Store, key: string): void {
  const page = kept.entries.get(key);
  if (!page) return;
  kept.entries.delete(key);
  kept.bytes -= page.bytes;
}

/** What `pageGeneration()` gives before a render; null: nothing may be kept now. */
export const pageGeneration = publicDataGeneration;

/** The kept page for `key`, if it is still current. */
export function keptPage(key: string): KeptPage | null {
  const generation = publicDataGeneration();
  if (generation === null) return null;
  const kept = current(generation);
  const page = kept.entries.get(key);
  if (!page) return null;
  kept.entries.delete(key);
  if (page.expires <= Date.now()) {
    kept.bytes -= page.bytes;
    return null;
  }
  // Most recently used last, so the budget drops the least used first.
  kept.entries.set(key, page);
  return page;
}

/** Splits `body` where `nonce` stands (the nonce itself left out). */
export function splitAtNonce(body: Buffer, nonce: string): Buffer[] {
  if (!nonce) return [body];
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** The body with `nonce` where the render's nonce stood. */
export function bodyWithNonce(page: Pick<KeptPage, "parts">, nonce: string): Buffer {
  if (page.parts.length === 1) return page.parts[0]!;
  const glue = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  page.parts.forEach((part, index) => {
    if (index > 0) pieces.push(glue);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}

/**
 * Makes a page from a rendered answer and keeps it when the generation it was
 * rendered in (`pageGeneration()` before its loaders ran) is still current.
 * Returns the page either way, for sending.
 */
export function keepPage(
  key: string,
  generation: number | null,
  answer: { status: number; headers: [string, string][]; body: Buffer; nonce: string },
): KeptPage {
  const parts = splitAtNonce(answer.body, answer.nonce);
  const page: KeptPage = {
    status: answer.status,
    headers: answer.headers,
    etag: answer.headers.find(([name]) => name.toLowerCase() === "etag")?.[1] ?? null,
    parts,
    bytes: answer.body.length + key.length + 512,
    expires: Date.now() + config().PAGE_CACHE_TTL_MS,
  };
  if (generation === null || config().PAGE_CACHE_TTL_MS === 0 || publicDataGeneration() !== generation || page.bytes > PAGE_BYTES / 16)
    return page;
  const kept = current(generation);
  forget(kept, key);
  while (kept.bytes + page.bytes > PAGE_BYTES && kept.entries.size > 0) forget(kept, kept.entries.keys().next().value!);
  kept.entries.set(key, page);
  kept.bytes += page.bytes;
  return page;
}

/** For tests: forget every kept page of this process. */
export function forgetKeptPages(): void {
  const kept = store();
  kept.entries.clear();
  kept.bytes = 0;
}
