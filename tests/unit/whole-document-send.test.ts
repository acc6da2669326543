/**
 * Decision 275: a document the entry rendered whole is sent by the edge with one `res.end`,
 * with the status and headers Remix's adapter would send. Decision 308: the edge compresses it
 * itself, in one pass, as the compression middleware would — the same encoding for every
 * Accept-Encoding, the same bytes — and sends it with its length instead of in chunks.
 * Compared with `sendRemixResponse` through the app's compression on an Express app.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { sendRemixResponse } from "@remix-run/express/dist/server.js";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPRESSION_OPTIONS, sendWholeDocument, wholeDocumentResponse } from "../../server/http/whole-document.ts";

const DOCUMENT = Buffer.from(`<!DOCTYPE html><html><body>${"<p>Één alinea – met tekst.</p>".repeat(200)}</body></html>`);
/** Under the middleware's 1 kB threshold: never compressed. */
const SMALL = Buffer.from(`<!DOCTYPE html><html><body>${"<p>Kort.</p>".repeat(60)}</body></html>`);
const init = (extra: Record<string, string> = {}) => ({
  status: 404,
  headers: { "Content-Type": "text/html; charset=utf-8", "X-Test": "ja", "Set-Cookie": "a=1", ...extra },
});
/** What a route answers: `?small` the small document, `?notransform` with Cache-Control: no-transform. */
function variant(url: string): { document: Buffer; init: ResponseInit } {
  const query = new URL(url, "http://x").searchParams;
  return {
    document: query.has("small") ? SMALL : DOCUMENT,
    init: init(query.has("notransform") ? { "Cache-Control": "private, no-transform" } : {}),
  };
}

let base = "";
let close: () => void = () => undefined;
const sent: string[] = [];

beforeAll(async () => {
  const app = express();
  app.use(compression(COMPRESSION_OPTIONS));
  app.all("/whole", (req, res) => {
    const { document, init } = variant(req.url);
    sent.push(sendWholeDocument(req, res, wholeDocumentResponse(document, init)) ? "whole" : "remix");
  });
  app.all("/remix", async (req, res) => {
    const { document, init } = variant(req.url);
    await sendRemixResponse(res, new Response(document as Uint8Array<ArrayBuffer>, init));
  });
  // What decision 275 sent: the document in one res.end, compressed by the middleware's stream.
  app.all("/end", (req, res) => {
    const { document, init } = variant(req.url);
    res.status(init.status!);
    for (const [key, value] of Object.entries(init.headers as Record<string, string>)) res.append(key, value);
    if (req.method === "HEAD") res.end();
    else res.end(document);
  });
  app.all("/read", async (req, res) => {
    const response = wholeDocumentResponse(DOCUMENT, init());
    const copy = Buffer.from(await response.clone().arrayBuffer());
    expect(copy.equals(DOCUMENT)).toBe(true);
    await response.body!.getReader().read();
    // Someone read the body: the edge leaves it to Remix's adapter.
    sent.push(sendWholeDocument(req, res, response) ? "whole" : "remix");
    res.status(500).end();
  });
  app.all("/other", (req, res) => {
    sent.push(sendWholeDocument(req, res, new Response("x")) ? "whole" : "remix");
    res.end();
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** The answer as sent: raw bytes, no decoding. */
function raw(path: string, headers: Record<string, string>, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

function decoded(answer: Raw): Buffer {
  switch (answer.headers["content-encoding"]) {
    case "br":
      return zlib.brotliDecompressSync(answer.body);
    case "gzip":
      return zlib.gunzipSync(answer.body);
    case "deflate":
      return zlib.inflateSync(answer.body);
    default:
      return answer.body;
  }
}

const ACCEPTED = [
  "gzip",
  "br",
  "deflate",
  "identity",
  "gzip, deflate",
  "gzip, deflate, br",
  "gzip, deflate, br, zstd",
  "br;q=0.5, gzip;q=0.8",
  "deflate;q=1, gzip;q=0.5",
  "*",
  "*;q=0.5, gzip;q=0",
  "identity;q=0, deflate",
  "zstd",
  "br;q=0",
  "",
];

describe("a whole document at the edge (decisions 275 and 308)", () => {
  it("is the same answer as the middleware gives for the document in one write: status, headers, encoding, bytes", async () => {
    for (const query of ["", "?small", "?notransform"]) {
      for (const accepted of [...ACCEPTED, null]) {
        const headers: Record<string, string> = accepted === null ? {} : { "Accept-Encoding": accepted };
        // Remix's adapter writes in chunks, so the middleware cannot see that a small document is
        // small: it compresses it anyway. For the others it is the reference too.
        const references = query === "?small" ? ["/end"] : ["/end", "/remix"];
        const [whole, ...others] = await Promise.all(
          [`/whole${query}`, ...references.map((path) => `${path}${query}`)].map((path) => raw(path, headers)),
        );
        const what = `${query} Accept-Encoding: ${accepted ?? "(none)"}`;
        expect(whole!.status, what).toBe(404);
        for (const reference of others) {
          expect(reference.status, what).toBe(404);
          for (const name of ["content-type", "x-test", "set-cookie", "content-encoding", "vary", "cache-control"])
            expect(whole!.headers[name], `${what}: ${name}`).toEqual(reference.headers[name]);
          // The very bytes the middleware's stream gives (same library, settings and input).
          expect(whole!.body.equals(reference.body), what).toBe(true);
        }
        expect(decoded(whole!).equals(query === "?small" ? SMALL : DOCUMENT), what).toBe(true);
        // Sent whole, with its length, not in chunks.
        expect(whole!.headers["content-length"], what).toBe(String(whole!.body.length));
        expect(whole!.headers["transfer-encoding"], what).toBeUndefined();
      }
    }
    expect(sent.filter((how) => how === "whole")).toHaveLength(3 * (ACCEPTED.length + 1));
  });

  it("compresses what a browser asks for with brotli, and less than a kilobyte or no-transform not at all", async () => {
    const browser = { "Accept-Encoding": "gzip, deflate, br, zstd" };
    expect((await raw("/whole", browser)).headers["content-encoding"]).toBe("br");
    expect((await raw("/whole", { "Accept-Encoding": "gzip, deflate" })).headers["content-encoding"]).toBe("gzip");
    expect((await raw("/whole?small", browser)).headers["content-encoding"]).toBeUndefined();
    expect((await raw("/whole?notransform", browser)).headers["content-encoding"]).toBeUndefined();
  });

  it("sends no body for HEAD", async () => {
    const response = await fetch(`${base}/whole`, { method: "HEAD" });
    expect(response.status).toBe(404);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
    const [whole, remix] = await Promise.all([
      raw("/whole", { "Accept-Encoding": "gzip" }, "HEAD"),
      raw("/remix", { "Accept-Encoding": "gzip" }, "HEAD"),
    ]);
    expect(whole.headers["content-encoding"]).toEqual(remix.headers["content-encoding"]);
    expect(whole.body.length).toBe(0);
  });

  it("reads as a Response with the document as its body, made only when asked for (decision 309)", async () => {
    const response = wholeDocumentResponse(DOCUMENT, init());
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.headers.get("X-Test"), response.bodyUsed]).toEqual([404, "ja", false]);
    const copy = response.clone();
    expect(Buffer.from(await copy.arrayBuffer()).equals(DOCUMENT)).toBe(true);
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe(DOCUMENT.toString());
    expect(response.bodyUsed).toBe(true);
    expect(() => response.clone()).toThrow(TypeError);
    await expect(response.text()).rejects.toThrow(TypeError);
    const streamed = wholeDocumentResponse(DOCUMENT, init());
    const chunks: Uint8Array[] = [];
    const reader = streamed.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    expect(Buffer.concat(chunks).equals(DOCUMENT)).toBe(true);
    expect(streamed.bodyUsed).toBe(true);
    expect(Buffer.from(await wholeDocumentResponse(DOCUMENT, init()).bytes()).equals(DOCUMENT)).toBe(true);
  });

  it("leaves a body someone began to read, and any other Response, to Remix's adapter", async () => {
    sent.length = 0;
    await (await fetch(`${base}/read`)).arrayBuffer();
    await (await fetch(`${base}/other`)).arrayBuffer();
    expect(sent).toEqual(["remix", "remix"]);
  });
});
