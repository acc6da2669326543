/**
 * Security hardening (issue 8): the headers every response carries (CSP with
 * a nonce, frame-ancestors none, referrer policy, HSTS in production), the
 * Origin/Sec-Fetch-Site check on mutating requests and socket handshakes,
 * Secure cookies in production and "log out everywhere". The middleware runs
 * in a real express server, as in server/http/app.ts.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { action as logoutAction } from "../../app/routes/uitloggen.tsx";
import { createSession, getSessionUser } from "../../server/accounts/sessions.ts";
import { resetConfigForTests } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { cspNonce, helmetWithOurPolicy, isSameOrigin, sameOriginOnly, secureCookies, securityHeaders } from "../../server/http/security.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

async function withApp<T>(run: (url: string) => Promise<T>): Promise<T> {
  const app = express();
  app.use(cspNonce, securityHeaders(), sameOriginOnly);
  app.all("/", (_req, res) => {
    res.type("text/plain").send(`nonce=${res.locals.cspNonce as string}`);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const saved = { NODE_ENV: process.env.NODE_ENV, APP_URL: process.env.APP_URL };

function asProduction(appUrl: string) {
  process.env.NODE_ENV = "production";
  process.env.APP_URL = appUrl;
  resetConfigForTests();
}

afterEach(() => {
  process.env.NODE_ENV = saved.NODE_ENV;
  if (saved.APP_URL === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = saved.APP_URL;
  resetConfigForTests();
});

describe("security headers", () => {
  it("carry a fresh script nonce per response, frame-ancestors none, a strict referrer policy and no framing", async () => {
    await withApp(async (url) => {
      const [first, second] = await Promise.all([fetch(url), fetch(url)]);
      // Outside production the policy is report-only (Vite's dev scripts), with the same directives.
      const csp = first.headers.get("content-security-policy-report-only")!;
      const nonce = (await first.text()).replace("nonce=", "");
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(csp).toContain(`'nonce-${nonce}'`);
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(second.headers.get("content-security-policy-report-only")).not.toContain(`'nonce-${nonce}'`);
      expect(first.headers.get("x-frame-options")).toBe("DENY");
      expect(first.headers.get("referrer-policy")).toBe("same-origin");
      expect(first.headers.get("x-content-type-options")).toBe("nosniff");
      expect(first.headers.get("strict-transport-security")).toBeNull();
    });
  });

  it("in production on https: an enforced CSP and HSTS", async () => {
    asProduction("https://praktijkplein.nl");
    await withApp(async (url) => {
      const response = await fetch(url);
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
      expect(response.headers.get("content-security-policy-report-only")).toBeNull();
      expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    });
  });
});

/** What a middleware does to a response's headers, in order. */
function headerSteps(middleware: (req: never, res: never, next: (error?: unknown) => void) => void, nonce: string) {
  const steps: unknown[] = [];
  const res = {
    locals: { cspNonce: nonce },
    setHeader: (name: string, value: unknown) => void steps.push(["set", name, value]),
    removeHeader: (name: string) => void steps.push(["remove", name]),
  };
  middleware({} as never, res as never, (error) => steps.push(["next", error]));
  return steps;
}

describe("security headers recorded once (decision 220)", () => {
  for (const [label, setUp] of [
    ["outside production", () => undefined],
    ["in production on https", () => asProduction("https://praktijkplein.example")],
    ["in production on http", () => asProduction("http://127.0.0.1:3000")],
  ] as const) {
    it(`are set as helmet sets them, with each response's own nonce (${label})`, () => {
      setUp();
      const ours = securityHeaders();
      const helmets = helmetWithOurPolicy();
      for (const nonce of ["AAAAAAAAAAAAAAAAAAAAAA==", "q+/Zr0Xy9wVuTsRqPoNmLk==", "ppNonce"]) {
        const steps = headerSteps(ours, nonce);
        expect(steps).toEqual(headerSteps(helmets, nonce));
        expect(JSON.stringify(steps)).toContain(`'nonce-${nonce}'`);
      }
    });
  }
});

describe("CSRF: the Origin check on mutating requests", () => {
  it("refuses a POST from another site or marked cross-site, accepts same-origin and header-less clients", async () => {
    await withApp(async (url) => {
      const post = (headers: Record<string, string>) => fetch(url, { method: "POST", headers, body: "x=1" });
      expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
      expect((await post({ Origin: url, "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
      expect((await post({ Origin: "null" })).status).toBe(403);
      expect((await post({ Origin: url })).status).toBe(200);
      expect((await post({ "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
      expect((await post({})).status).toBe(200);
      // Reading is never refused.
      expect((await fetch(url, { headers: { Origin: "https://evil.example" } })).status).toBe(200);
      expect((await fetch(url, { method: "DELETE", headers: { Origin: "https://evil.example" } })).status).toBe(403);
    });
  });

  it("socket handshakes use the same rule", () => {
    expect(isSameOrigin("https://evil.example", undefined, "localhost:3000")).toBe(false);
    expect(isSameOrigin("http://localhost:3000", "cross-site", "localhost:3000")).toBe(false);
    expect(isSameOrigin("http://localhost:3000", "same-origin", "localhost:3000")).toBe(true);
    expect(isSameOrigin("http://127.0.0.1:4567", undefined, "127.0.0.1:4567")).toBe(true);
  });
});

describe("cookies and sessions", () => {
  it("session cookies are Secure in production except on this machine over http", () => {
    expect(secureCookies()).toBe(false);
    asProduction("https://praktijkplein.nl");
    expect(secureCookies()).toBe(true);
    asProduction("http://praktijkplein.example");
    expect(secureCookies()).toBe(true);
    asProduction("http://127.0.0.1:3000");
    expect(secureCookies()).toBe(false);
  });

  it("log out everywhere ends every session of the member, not those of others", async () => {
    const user = await createUser();
    const other = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const elsewhere = await createSession(user.id, "telefoon");
    const othersSession = await createSession(other.id, "laptop");
    const result = await callAction(logoutAction, formRequest("/uitloggen", { everywhere: "1" }, cookie));
    expect(result.status).toBe(302);
    expect(result.headers.getSetCookie().some((c) => c.startsWith("pp_session=;") || /pp_session=;|Max-Age=0/.test(c))).toBe(true);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await getSessionUser(elsewhere.id)).toBeNull();
    expect(await getSessionUser(othersSession.id)).not.toBeNull();
  });
});
