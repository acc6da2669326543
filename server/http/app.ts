/**
 * The HTTP side of a web instance: Express with security headers, CSRF
 * origin checks, static assets and the Remix request handler (from the built
 * app in production, from Vite's dev server in development).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
// Not re-exported by the package index; the adapter's own request and response conversion.
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type Express, type RequestHandler } from "express";
import type { ViteDevServer } from "vite";
import { config } from "../config.ts";
import { db } from "../db.ts";
import { errorFields, log } from "../logger.ts";
import { keepPolicyOfRevalidatedPages } from "../cache/http.ts";
import { bodySizeLimit } from "./body-limit.ts";
import { sendVisitorPage, visitorPageCache } from "./page-cache.ts";
import { openRequestScope } from "./request-scope.ts";
import { installBranchQuery } from "./branch-query.ts";
import { installLoaderRequest } from "./loader-request.ts";
import { installRenderRoutesCache } from "./render-routes.ts";
import {
  cspNonce,
  refuseLegacyDataRequests,
  refuseNulInAddress,
  retryAfterOnEvery429,
  sameOriginOnly,
  securityHeaders,
} from "./security.ts";
import { COMPRESSION_OPTIONS, sendWholeDocument } from "./whole-document.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppLoadContext = {
  cspNonce: string;
  /** For per-IP rate limits: the peer address, or the proxy's X-Forwarded-For only with TRUST_PROXY. */ clientIp?: string;
};

/**
 * What every request meets first (issue 15, F7 and F8): X-Forwarded-For is
 * believed only from configured proxies (TRUST_PROXY, docs/decisions/115),
 * otherwise any client could pick a fresh address per request and escape the
 * per-IP limits; every 429 says when to retry; an announced oversized body is
 * refused before it is read.
 */
export function guardTheEdge(app: Express): void {
  app.set("trust proxy", config().TRUST_PROXY);
  app.use(retryAfterOnEvery429);
  app.use(bodySizeLimit);
}

export async function createExpressApp(
  options: { dev?: boolean; buildDir?: string } = {},
): Promise<{ app: Express; vite?: ViteDevServer }> {
  // Route trees compiled once instead of on every match (decision 209); a page's loaders run over its own
  // branch of routes and the render's route tree is made once per build (decision 220).
  installBranchQuery();
  installRenderRoutesCache();
  // A page's loaders share its Request when its address has no search (decision 309).
  installLoaderRequest();
  const app = express();
  app.disable("x-powered-by");
  guardTheEdge(app);
  // Fast settings: pages are compressed per answer (a kept page too: its nonce differs each time), and
  // brotli's default quality 4 cost about 2.5× quality 2 for 7 % less on a 35 kB page (decision 163).
  // A document rendered whole is compressed by the edge itself with the same settings (decision 308).
  app.use(compression(COMPRESSION_OPTIONS));

  app.get("/healthz", async (_req, res) => {
    try {
      await db().$queryRaw`SELECT 1`;
      // Which web process answered (1…WEB_CONCURRENCY under server/cluster.ts): a number, not a pid.
      res.json({ status: "ok", ...(process.env.WEB_PROCESS ? { process: Number(process.env.WEB_PROCESS) } : {}) });
    } catch (error) {
      log.error("health check failed", errorFields(error));
      res.status(503).json({ status: "unavailable" });
    }
  });

  app.use(cspNonce);
  app.use(securityHeaders());
  app.use(keepPolicyOfRevalidatedPages);
  app.use(sameOriginOnly);
  app.use(refuseNulInAddress);
  app.use(refuseLegacyDataRequests);
  // Visitors' kept pages before the disk is asked for static files (decision 163); not with Vite's dev server.
  if (!options.dev) app.use(visitorPageCache);

  let vite: ViteDevServer | undefined;
  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (options.dev) {
    const { createServer } = await import("vite");
    vite = await createServer({ root: ROOT, server: { middlewareMode: true } });
    app.use(vite.middlewares);
    const devServer = vite;
    build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
    app.use(express.static(path.join(ROOT, "public"), { maxAge: "1h" }));
  } else {
    const buildDir = options.buildDir ?? path.join(ROOT, "build");
    app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
    // The build's other files (public/ copied by Vite) are known at start: a page is not looked for on disk.
    app.use(onlyFor(filesOf(path.join(buildDir, "client"), ["assets"]), express.static(path.join(buildDir, "client"), { maxAge: "1h" })));
    build = (await import(path.join(buildDir, "server/index.js"))) as ServerBuild;
  }

  // @remix-run/express's handler, with a visitor's page kept on the way out (server/http/page-cache.ts).
  const handleRequest = createRequestHandler(build, config().production ? "production" : "development");
  app.all("*", async (req, res, next) => {
    try {
      const context: AppLoadContext = { cspNonce: res.locals.cspNonce as string, clientIp: req.ip };
      openRequestScope(req, res);
      const response = await handleRequest(createRemixRequest(req, res), context);
      if (!(await sendVisitorPage(req, res, response)) && !sendWholeDocument(req, res, response)) await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  });
  return { app, vite };
}

/** The URL paths of the files under `dir` (skipping the top-level folders in `skip`), read once. */
function filesOf(dir: string, skip: string[]): Set<string> {
  const files = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep);
    if (!skip.includes(relative[0]!)) files.add(`/${relative.join("/")}`);
  }
  return files;
}

/** `handler` for the listed paths only: any other request (a page) skips it without a disk access. */
function onlyFor(paths: Set<string>, handler: RequestHandler): RequestHandler {
  return (req, res, next) => (paths.has(req.path) ? handler(req, res, next) : next());
}
