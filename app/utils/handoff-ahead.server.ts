/**
 * Remix (single fetch) sends the loader data after the document as turbo-stream text, which its
 * `StreamTransfer` reads from `serverHandoffStream` chunk by chunk while React renders, suspending
 * on each chunk: so the document had to go through React's stream renderer (2 KB byte chunks, a
 * pipe, a Suspense retry per chunk). Every loader has finished before the render, so the stream
 * is complete a few microtasks later: read to its end here, each chunk is put where
 * `StreamTransfer` keeps what it read (`renderMeta.streamCache`, by its `identifier`, decoded as
 * it decodes them), and the render never suspends (decision 275).
 */
import type { EntryContext } from "@remix-run/node";

type Read = { done: boolean; value: string };
type CacheEntry = Promise<void> & { result?: Read; error?: unknown };
type RenderMeta = { didRenderScripts?: boolean; streamCache?: Record<number, CacheEntry> };

const settled = (result: Read): CacheEntry => Object.assign(Promise.resolve(), { result });

/**
 * Reads the handoff stream to its end into the render's stream cache. True when it ended: the
 * render cannot suspend. False when there is no stream to read this way or reading it failed:
 * the chunks read so far are kept, and `StreamTransfer` reads the rest (or meets the error) itself.
 */
export async function readHandoffAhead(context: EntryContext): Promise<boolean> {
  const stream = (context as { serverHandoffStream?: ReadableStream<Uint8Array> }).serverHandoffStream;
  const renderMeta = (context as { renderMeta?: RenderMeta }).renderMeta;
  if (!stream || !renderMeta) return false;
  const cache = (renderMeta.streamCache ??= {});
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  try {
    for (let identifier = 0; ; identifier++) {
      const { done, value } = await reader.read();
      // As StreamTransfer decodes: one decoder for the whole stream, `stream: true` on every chunk.
      cache[identifier] = settled({ done, value: decoder.decode(value, { stream: true }) });
      if (done) break;
    }
  } catch {
    // Unread chunks (or the error) are for StreamTransfer's own reader: the stream must be free.
    reader.releaseLock();
    return false;
  }
  // Read to its end: RemixServer still asks the stream for a reader during the render, but
  // StreamTransfer finds every chunk in the cache and never reads. Releasing the lock instead costs
  // Node a fresh TypeError with its stack for the closed promise (about 0.1 ms per page, decision 325).
  (context as { serverHandoffStream?: Pick<ReadableStream<Uint8Array>, "getReader"> }).serverHandoffStream = readEnd;
  return true;
}

/** The handoff stream of a document read to its end: a reader that only says so. */
const endReader = { read: () => Promise.resolve({ done: true, value: undefined }), releaseLock() {}, cancel: () => Promise.resolve() };
const readEnd = { getReader: () => endReader } as unknown as Pick<ReadableStream<Uint8Array>, "getReader">;
