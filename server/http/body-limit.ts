/**
 * Body-size limits (issue 15, F8): an anonymous 100 MB POST to /inloggen was
 * read whole into memory (11.6 s, +1.2 GB) and slowed every other request.
 * Every mutating request is refused with 413 before its body is read when
 * Content-Length announces more than its route may take; a body without a
 * (truthful) length is counted while it streams in `readForm()`
 * (app/.server/form-data.ts) and refused as soon as it passes the limit.
 * Uploads have their own, larger limit (app/.server/uploads.ts).
 * See docs/decisions/117-body-size-limits.md.
 */
import type { NextFunction, Request, Response } from "express";
import { ATTACHMENT_MAX_BYTES } from "~/shared/library.ts";

/** Every form and JSON body: a long library text in Lexical JSON stays well below this. */
export const FORM_BODY_MAX_BYTES = 2 * 1024 * 1024;
/** Routes that take a file: the attachment limit (15 MB) plus room for the other fields and boundaries. */
export const UPLOAD_BODY_MAX_BYTES = 16 * 1024 * 1024;
/** With JavaScript, Remix posts a form to the route's address plus ".data" (single fetch): 2 MB was the limit there (decision 286). */
const UPLOAD_PATHS = [/^\/bibliotheek\/[^/]+\/bijlagen(?:\.data)?\/?$/];

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The most a request to this path may send. */
export function bodyLimitFor(pathname: string): number {
  return UPLOAD_PATHS.some((pattern) => pattern.test(pathname)) ? UPLOAD_BODY_MAX_BYTES : FORM_BODY_MAX_BYTES;
}

/**
 * What a browser without JavaScript shows for an attachment over the limit (decision 286): the
 * reason in Dutch and English and the way back to the item, instead of one bare line of text.
 */
const MEGABYTES = ATTACHMENT_MAX_BYTES / (1024 * 1024);

function uploadTooLargePage(pathname: string): string | null {
  const slug = /^\/bibliotheek\/([a-z0-9-]{1,200})\/bijlagen\/?$/.exec(pathname)?.[1];
  if (!slug) return null;
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bestand te groot | Praktijkplein</title></head>
<body><main><h1>Dit bestand is te groot</h1>
<p>Een bijlage mag hoogstens ${MEGABYTES} MB zijn. Kies een kleiner bestand, of maak het bestand kleiner.</p>
<p lang="en">This file is too large. An attachment may be at most ${MEGABYTES} MB.</p>
<p><a href="/bibliotheek/${slug}">Terug naar het item</a></p></main></body></html>`;
}

/** Refuses an announced oversized body with 413 and closes the connection instead of reading it. */
export function bodySizeLimit(req: Request, res: Response, next: NextFunction) {
  if (BODYLESS.has(req.method)) return next();
  const announced = req.get("content-length");
  if (announced !== undefined && Number(announced) > bodyLimitFor(req.path)) {
    res.set("Connection", "close");
    const page = req.accepts("html") && !req.path.endsWith(".data") ? uploadTooLargePage(req.path) : null;
    if (page) res.status(413).type("html").send(page);
    else res.status(413).type("text/plain").send("Het verzoek is te groot. / Request too large.");
    return;
  }
  next();
}

export class BodyTooLargeError extends Error {
  constructor() {
    super("request body too large");
    this.name = "BodyTooLargeError";
  }
}

/**
 * Reads a request body, counting bytes as they arrive: past `maxBytes` the
 * stream is cancelled and BodyTooLargeError thrown, so at most the limit is
 * ever held in memory, whatever Content-Length said.
 */
export async function readBodyLimited(request: globalThis.Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const announced = Number(request.headers.get("Content-Length") ?? "0");
  if (announced > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError();
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
