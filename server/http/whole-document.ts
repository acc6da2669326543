/**
 * A document the entry rendered whole (app/entry.server.tsx) is a Buffer before it becomes a
 * Response. Remix's Express adapter would read it back from the Response's stream and write it
 * chunk by chunk, flushing the compression after each chunk (one more deflate pass and socket
 * write). The Response is remembered with its Buffer, and the edge sends that Buffer with one
 * `res.end` (decision 275). The Response keeps its body: anything that reads it (a visitor's
 * page being kept) reads the same bytes.
 */
import type { Response as ExpressResponse } from "express";

const wholeDocuments = new WeakMap<Response, Buffer>();

/** The Response for a whole document, remembered with its bytes. */
export function wholeDocumentResponse(document: Buffer, init: ResponseInit): Response {
  const response = new Response(document as Uint8Array<ArrayBuffer>, init);
  wholeDocuments.set(response, document);
  return response;
}

/**
 * Sends a remembered document at once, with the status and headers `sendRemixResponse` would
 * send (true); anything else, or a body someone has started reading, is left to it (false).
 */
export function sendWholeDocument(method: string, res: ExpressResponse, response: Response): boolean {
  const document = wholeDocuments.get(response);
  if (!document || response.bodyUsed) return false;
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (method === "HEAD") res.end();
  else res.end(document);
  return true;
}
