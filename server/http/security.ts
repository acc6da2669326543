import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { config } from "../config.ts";

/** A fresh nonce per response, for Remix's inline scripts (see app/entry.server.tsx). */
export function cspNonce(_req: Request, res: Response, next: NextFunction) {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
}

/**
 * PostgreSQL cannot hold U+0000 in text (error 22021): a `%00` in a path
 * segment or query value reached `findUnique` through route params (e.g.
 * `/agenda/%00`) and became a 500. No address of this site contains one, so
 * the request is refused before routing. Forms are checked by `readForm()`.
 *
 * So is a path that is not valid percent-encoding (`/bibliotheek/%C0`, a link
 * cut short): Express answered it with its own English "Bad Request" page and
 * its router wrote a stack trace to stderr for each such request, so anyone
 * could fill the log.
 */
export function refuseNulInAddress(req: Request, res: Response, next: NextFunction) {
  if (/%00/i.test(req.originalUrl) || req.originalUrl.includes("\u0000") || !decodable(req.path)) {
    res.status(400).type("text/plain").send("Ongeldig adres. / Invalid address.");
    return;
  }
  next();
}

/**
 * `?_data=<route id>` is Remix's data request from before single fetch; this
 * app uses single fetch (`<path>.data`). Remix still answers one, oddly (an
 * empty 200, or "Unexpected Server Error" for a 403), and reports each to
 * handleError as an error with a stack trace, so anyone could write twelve
 * lines to the log per request (security walk 14). No address of this site
 * has `_data` in its query: refused before routing.
 */
export function refuseLegacyDataRequests(req: Request, res: Response, next: NextFunction) {
  const query = req.originalUrl.indexOf("?");
  if (query >= 0 && new URLSearchParams(req.originalUrl.slice(query + 1)).has("_data")) {
    res.status(400).type("text/plain").send("Ongeldig adres. / Invalid address.");
    return;
  }
  next();
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** When the answer does not say how long to wait (the window is unknown), a minute. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/**
 * Every 429 carries Retry-After (issue 15, F7): routes that know the limit's
 * window set it; any other 429 (a form error, an error boundary) gets a
 * default, added just before the head is written.
 */
export function retryAfterOnEvery429(_req: Request, res: Response, next: NextFunction) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
    if (args[0] === 429 && !res.hasHeader("Retry-After")) {
      res.setHeader("Retry-After", String(DEFAULT_RETRY_AFTER_SECONDS));
    }
    return writeHead.apply(this, args);
  } as Response["writeHead"];
  next();
}

/** helmet's middleware with our policy; `securityHeaders()` replays what it sets. */
export function helmetWithOurPolicy() {
  const { production } = config();
  return helmet({
    contentSecurityPolicy: {
      // Vite's dev server injects inline scripts and its own websocket; report only there.
      reportOnly: !production,
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`, "'strict-dynamic'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'", ...(production ? [] : ["ws:", "wss:"])],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
        ...(production && config().APP_URL.startsWith("https:") ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    strictTransportSecurity: production && config().APP_URL.startsWith("https:") ? { maxAge: 63072000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: "deny" },
  });
}

/** Stands where a response's nonce goes while helmet's headers are recorded (letters only: helmet refuses `;` and `,`). */
const NONCE_MARK = "ppNonceMarkReplacedPerResponse";

type HeaderStep = { remove: string } | { name: string; value: string | string[] };

/**
 * The headers of `helmetWithOurPolicy()`, recorded once and set on every response with its own nonce.
 * helmet built them anew per response (every directive joined, each header validated): about 0.1 ms of
 * every page, visitors' kept pages included (decision 220). Only the nonce depends on the response, so
 * the recorded steps are what helmet would do; tests/integration/security.test.ts compares both.
 */
export function securityHeaders(): (req: Request, res: Response, next: NextFunction) => void {
  const steps: HeaderStep[] = [];
  const recorder = {
    locals: { cspNonce: NONCE_MARK },
    setHeader: (name: string, value: string | string[]) => void steps.push({ name, value }),
    removeHeader: (name: string) => void steps.push({ remove: name }),
  };
  let finished = false;
  helmetWithOurPolicy()({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    finished = true;
  });
  if (!finished) throw new Error("helmet did not set its headers synchronously");
  const withNonce = (value: string, nonce: string) => (value.includes(NONCE_MARK) ? value.split(NONCE_MARK).join(nonce) : value);
  return (_req, res, next) => {
    const nonce = res.locals.cspNonce as string;
    for (const step of steps) {
      if ("remove" in step) res.removeHeader(step.remove);
      else
        res.setHeader(
          step.name,
          Array.isArray(step.value) ? step.value.map((value) => withNonce(value, nonce)) : withNonce(step.value, nonce),
        );
    }
    next();
  };
}

/**
 * Cookies carry `Secure` on https and in every production instance except one
 * served from this machine over http (the end-to-end tests, a local demo):
 * a production site on a real host name never sends a session in clear text.
 */
export function secureCookies(): boolean {
  const { production, APP_URL } = config();
  const url = new URL(APP_URL);
  if (url.protocol === "https:") return true;
  const loopback = url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
  return production && !loopback;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins a browser may send mutating requests and socket connections from. */
export function allowedOrigins(): Set<string> {
  const origins = new Set([new URL(config().APP_URL).origin]);
  if (!config().production) {
    const { PORT } = config();
    origins.add(`http://localhost:${PORT}`);
    origins.add(`http://127.0.0.1:${PORT}`);
  }
  return origins;
}

/**
 * CSRF protection for every mutating route: a browser always sends Origin (or
 * Sec-Fetch-Site) with a cross-site POST, so a request that says it comes from
 * elsewhere is refused. Together with SameSite=Lax session cookies this is
 * OWASP's recommended defence; see docs/decisions/005-csrf-and-sessions.md.
 */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const origin = req.get("origin");
  if (
    isSameOrigin(origin, req.get("sec-fetch-site"), req.get("host"), req.protocol) &&
    originMatchesHost(origin, req.get("x-forwarded-host"), req.get("host"))
  ) {
    return next();
  }
  res.status(403).type("text/plain").send("Verzoek geweigerd: het komt niet van deze website. / Request refused: cross-site request.");
}

/**
 * Remix refuses an action whose Origin names another host than the request
 * (X-Forwarded-Host, else Host) by throwing, which was a 500 for
 * `Origin: http://localhost:PORT` with `Host: 127.0.0.1:PORT` (issue 15, F14).
 * No browser sends that pair, so it is refused here with a 403 instead.
 */
export function originMatchesHost(origin: string | undefined, forwardedHost: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const requestHost = forwardedHost?.split(",")[0]?.trim() || host;
  return requestHost !== undefined && originHost === requestHost;
}

/** Shared by HTTP requests and socket.io handshakes. */
export function isSameOrigin(
  origin: string | undefined,
  fetchSite: string | undefined,
  host: string | undefined,
  protocol = "http",
): boolean {
  if (fetchSite === "cross-site") return false;
  // Non-browser clients send no Origin; they cannot carry a victim's cookies.
  if (origin === undefined) return true;
  if (allowedOrigins().has(origin)) return true;
  return host !== undefined && origin === `${protocol}://${host}`;
}
