/**
 * A document the entry rendered whole (app/entry.server.tsx) is a Buffer before it becomes a
 * Response. Remix's Express adapter would read it back from the Response's stream and write it
 * chunk by chunk, flushing the compression after each chunk (one more deflate pass and socket
 * write). The Response is remembered with its Buffer, and the edge sends that Buffer with one
 * `res.end` (decision 275). The Response keeps its body: anything that reads it (a visitor's
 * page being kept) reads the same bytes.
 *
 * The edge also compresses it itself, in one synchronous pass with the very settings and choice
 * of encoding the compression middleware has, and sends it with its length (decision 308): the
 * middleware would make a zlib stream per answer, compress on libuv's thread pool, come back for
 * each output chunk and send them in chunked encoding. The middleware still runs; it sees the
 * answer already encoded and only adds `Vary`, as it does for anything encoded.
 */
import { createRequire } from "node:module";
import zlib from "node:zlib";
import type { CompressionOptions } from "compression";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";

/** The compression of every answer (app.ts's middleware) and of whole documents (below): fast settings, decision 163. */
export const COMPRESSION_OPTIONS = {
  level: 1,
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } },
} satisfies CompressionOptions;

/** The middleware's defaults, which COMPRESSION_OPTIONS leaves as they are: answers under 1 kB go uncompressed. */
const THRESHOLD = 1024;
const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/i;
/** What the middleware offers and prefers, in its order (compression 1.8 with brotli). */
const SUPPORTED = ["br", "gzip", "deflate", "identity"];
const PREFERRED = ["br", "gzip"];

type Negotiator = { encoding(available: string[], preferred: string[]): string | undefined };
// The middleware's own negotiator (the same copy: it has no types of its own).
const Negotiator = createRequire(import.meta.url)("negotiator") as new (req: { headers: ExpressRequest["headers"] }) => Negotiator;

const wholeDocuments = new WeakMap<Response, Buffer>();

/**
 * A document's Response whose body stream is made only when someone asks for the body (decision
 * 309): a Response made around a Buffer sets up a byte stream at once (undici's extractBody), about a
 * tenth of a millisecond that a member's page, sent from the Buffer by the edge, never used. Status,
 * status text and headers are the Response's own; `body`, `bodyUsed`, the readers and `clone` are
 * those of a Response with the document as its body, made on first use (a visitor's page being kept,
 * tests reading the handler's answer).
 */
class WholeDocumentResponse extends Response {
  readonly #document: Buffer;
  #withBody: Response | undefined;

  constructor(document: Buffer, init: ResponseInit) {
    super(null, init);
    this.#document = document;
  }

  #body(): Response {
    return (this.#withBody ??= new Response(this.#document as Uint8Array<ArrayBuffer>, this));
  }

  override get body() {
    return this.#body().body;
  }
  override get bodyUsed() {
    return this.#withBody?.bodyUsed ?? false;
  }
  override arrayBuffer() {
    return this.#body().arrayBuffer();
  }
  override blob() {
    return this.#body().blob();
  }
  override bytes() {
    return this.#body().bytes();
  }
  override formData() {
    return this.#body().formData();
  }
  override json() {
    return this.#body().json();
  }
  override text() {
    return this.#body().text();
  }
  override clone(): Response {
    if (this.bodyUsed) return this.#body().clone(); // throws as a used Response's clone does
    return new Response(this.#document as Uint8Array<ArrayBuffer>, this);
  }
}

/** The Response for a whole document, remembered with its bytes. */
export function wholeDocumentResponse(document: Buffer, init: ResponseInit): Response {
  const response = new WholeDocumentResponse(document, init);
  wholeDocuments.set(response, document);
  return response;
}

/**
 * The encoding the compression middleware would choose for a document of `length` bytes with the
 * response's headers as they are now, or null for none: not for HEAD, `Cache-Control:
 * no-transform`, less than 1 kB, or nothing acceptable (no Accept-Encoding at all is identity).
 */
export function documentEncoding(req: Pick<ExpressRequest, "method" | "headers">, res: ExpressResponse, length: number): string | null {
  if (req.method === "HEAD" || length < THRESHOLD) return null;
  const cacheControl = res.getHeader("Cache-Control");
  if (cacheControl && NO_TRANSFORM.test(String(cacheControl))) return null;
  if (!req.headers["accept-encoding"]) return null;
  const method = new Negotiator(req).encoding(SUPPORTED, PREFERRED);
  return method && method !== "identity" ? method : null;
}

/** `document` compressed whole, as the middleware's stream would give it for one write and its end. */
export function compressDocument(encoding: string, document: Buffer): Buffer {
  if (encoding === "br") return zlib.brotliCompressSync(document, COMPRESSION_OPTIONS.brotli);
  if (encoding === "gzip") return zlib.gzipSync(document, { level: COMPRESSION_OPTIONS.level });
  if (encoding === "deflate") return zlib.deflateSync(document, { level: COMPRESSION_OPTIONS.level });
  throw new Error(`no such encoding: ${encoding}`);
}

/**
 * Sends a remembered document at once, with the status and headers `sendRemixResponse` would
 * send (true), compressed here (decision 308) and with its length; anything else, or a body
 * someone has started reading, is left to it (false).
 */
export function sendWholeDocument(req: Pick<ExpressRequest, "method" | "headers">, res: ExpressResponse, response: Response): boolean {
  const document = wholeDocuments.get(response);
  if (!document || response.bodyUsed) return false;
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  const encoding = documentEncoding(req, res, document.length);
  const body = encoding ? compressDocument(encoding, document) : document;
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.end(body);
  return true;
}
