/**
 * Decision 275: a document the entry rendered whole is sent by the edge with one `res.end`,
 * through the same compression as every page, with the status and headers Remix's adapter
 * would send. Compared with `sendRemixResponse` on an Express app with the app's compression.
 */
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { sendRemixResponse } from "@remix-run/express/dist/server.js";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWholeDocument, wholeDocumentResponse } from "../../server/http/whole-document.ts";

const DOCUMENT = Buffer.from(`<!DOCTYPE html><html><body>${"<p>Één alinea – met tekst.</p>".repeat(200)}</body></html>`);
const init = () => ({ status: 404, headers: { "Content-Type": "text/html; charset=utf-8", "X-Test": "ja", "Set-Cookie": "a=1" } });

let base = "";
let close: () => void = () => undefined;
const sent: string[] = [];

beforeAll(async () => {
  const app = express();
  app.use(compression({ level: 1, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } } }));
  app.all("/whole", (req, res) => {
    sent.push(sendWholeDocument(req.method, res, wholeDocumentResponse(DOCUMENT, init())) ? "whole" : "remix");
  });
  app.all("/remix", async (_req, res) => {
    await sendRemixResponse(res, new Response(DOCUMENT, init()));
  });
  app.all("/read", async (req, res) => {
    const response = wholeDocumentResponse(DOCUMENT, init());
    const copy = Buffer.from(await response.clone().arrayBuffer());
    expect(copy.equals(DOCUMENT)).toBe(true);
    await response.body!.getReader().read();
    // Someone read the body: the edge leaves it to Remix's adapter.
    sent.push(sendWholeDocument(req.method, res, response) ? "whole" : "remix");
    res.status(500).end();
  });
  app.all("/other", (req, res) => {
    sent.push(sendWholeDocument(req.method, res, new Response("x")) ? "whole" : "remix");
    res.end();
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe("a whole document at the edge (decision 275)", () => {
  it("is the same answer as Remix's adapter gives: status, headers, bytes, compressed or not", async () => {
    for (const encoding of ["gzip", "br", "deflate", "identity"]) {
      const [whole, remix] = await Promise.all(
        ["/whole", "/remix"].map((path) => fetch(`${base}${path}`, { headers: { "Accept-Encoding": encoding } })),
      );
      expect(whole!.status).toBe(404);
      expect(remix!.status).toBe(404);
      for (const name of ["content-type", "x-test", "set-cookie", "content-encoding", "vary"])
        expect(whole!.headers.get(name), `${encoding} ${name}`).toBe(remix!.headers.get(name));
      const [wholeBody, remixBody] = await Promise.all([whole!.arrayBuffer(), remix!.arrayBuffer()]);
      expect(Buffer.from(wholeBody).equals(DOCUMENT), encoding).toBe(true);
      expect(Buffer.from(remixBody).equals(DOCUMENT), encoding).toBe(true);
    }
    expect(sent.filter((how) => how === "whole")).toHaveLength(4);
  });

  it("sends no body for HEAD", async () => {
    const response = await fetch(`${base}/whole`, { method: "HEAD" });
    expect(response.status).toBe(404);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it("leaves a body someone began to read, and any other Response, to Remix's adapter", async () => {
    sent.length = 0;
    await (await fetch(`${base}/read`)).arrayBuffer();
    await (await fetch(`${base}/other`)).arrayBuffer();
    expect(sent).toEqual(["remix", "remix"]);
  });
});
