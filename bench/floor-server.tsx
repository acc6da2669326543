/**
 * The floor of the stack for `npm run bench:pages` (FLOOR=1): a bare Remix v2
 * app on the same pipeline as ours — Express, the same compression settings,
 * @remix-run/express's request and response conversion, Remix's production
 * request handler, React's renderToPipeableStream into one buffer as our
 * entry does — whose one page renders the tree of a given HTML document (the
 * member's /privacy our server sent) as React elements. No session, no
 * loader, no i18n, no security headers, no page cache: what any Remix page of
 * that size costs.
 *
 * Started by bench/pages.ts: `node --import tsx bench/floor-server.tsx <html file>` with PORT and
 * NODE_ENV=production; it sends { type: "listening" } when ready and answers
 * { type: "render", count } with the CPU ms of one bare renderToString of the tree.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import zlib from "node:zlib";
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import { createRequestHandler, type EntryContext, type ServerBuild } from "@remix-run/node";
import { Outlet, RemixServer } from "@remix-run/react";
import compression from "compression";
import express from "express";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { wholeDocument } from "../app/utils/document-end.server.ts";
import { remixFuture } from "../remix-future.ts";
import { elementsOf, parseDocument } from "./floor-tree.ts";

const tree = parseDocument(readFileSync(process.argv[2]!, "utf8"));

function Page() {
  return elementsOf(tree);
}

// The document rendered whole into one buffer, as app/entry.server.tsx does (decision 183).
function handleRequest(request: Request, status: number, headers: Headers, context: EntryContext) {
  return new Promise<Response>((resolve, reject) => {
    const { pipe } = renderToPipeableStream(<RemixServer context={context} url={request.url} />, {
      onAllReady() {
        headers.set("Content-Type", "text/html; charset=utf-8");
        pipe(wholeDocument((document) => resolve(new Response(document as Uint8Array<ArrayBuffer>, { headers, status }))));
      },
      onShellError: reject,
    });
  });
}

const route = (id: string, parentId: string | undefined, path: string) => ({
  id,
  parentId,
  path,
  index: undefined,
  caseSensitive: undefined,
  hasAction: false,
  hasLoader: false,
  hasClientAction: false,
  hasClientLoader: false,
  hasErrorBoundary: false,
  module: `/assets/${id}.js`,
  imports: [],
  css: [],
});

const build: ServerBuild = {
  mode: "production",
  entry: { module: { default: handleRequest } },
  routes: {
    root: { id: "root", parentId: undefined, path: "", index: undefined, caseSensitive: undefined, module: { default: Outlet } },
    page: { id: "page", parentId: "root", path: "privacy", index: undefined, caseSensitive: undefined, module: { default: Page } },
  },
  assets: {
    entry: { module: "/assets/entry.js", imports: [] },
    routes: { root: route("root", undefined, ""), page: route("page", "root", "privacy") },
    url: "/assets/manifest.js",
    version: "floor",
  },
  basename: "/",
  publicPath: "/",
  assetsBuildDirectory: "build/client",
  future: remixFuture,
  isSpaMode: false,
} as unknown as ServerBuild;

const app = express();
app.disable("x-powered-by");
app.use(compression({ level: 1, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } } }));
const handle = createRequestHandler(build, "production");
app.all("*", async (req, res, next) => {
  try {
    await sendRemixResponse(res, await handle(createRemixRequest(req, res)));
  } catch (error) {
    next(error);
  }
});

/** CPU ms of one renderToString of the tree (no Remix, no HTTP), over `count` renders after as many to warm up. */
function renderCost(count: number): { cpuMs: number; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < count; i++) bytes = renderToString(elementsOf(tree)).length;
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) renderToString(elementsOf(tree));
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000 / count, bytes };
}

process.on("message", (message: { type?: string; count?: number }) => {
  if (message.type === "render") process.send?.({ type: "render", ...renderCost(message.count ?? 300) });
});

const server = createServer(app);
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ type: "listening" }));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
