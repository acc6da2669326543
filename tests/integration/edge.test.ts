/**
 * The edge of a web instance (issue 15, F6-F9 and F16): redirects after
 * login, the proxy setting and Retry-After, body-size limits, secrets and
 * the smaller findings. Each block names the finding it guards.
 */
import type { AddressInfo } from "node:net";
import express, { type Express } from "express";
import { afterEach, describe, expect, it } from "vitest";
import { readForm } from "../../app/.server/form-data.ts";
import { readUploadForm } from "../../app/.server/uploads.ts";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { safeRedirect } from "../../app/.server/session.ts";
import { ConfigError, parseConfig, resetConfigForTests } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { guardTheEdge } from "../../server/http/app.ts";
import { FORM_BODY_MAX_BYTES, UPLOAD_BODY_MAX_BYTES } from "../../server/http/body-limit.ts";
import { sameOriginOnly } from "../../server/http/security.ts";
import { feedToken } from "../../server/meetings/feed.ts";
import { unsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { cleanFileName } from "../../server/library/attachments.ts";
import { createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

describe("F6: redirects after login stay on this site", () => {
  it("safeRedirect keeps local paths and refuses everything a browser could read as another site", () => {
    expect(safeRedirect("/communities/zorg?tab=leden#top")).toBe("/communities/zorg?tab=leden#top");
    expect(safeRedirect("/zoeken?q=café")).toBe("/zoeken?q=caf%C3%A9");
    for (const hostile of [
      "/\t/evil.example/phish",
      "/\n/evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "//evil.example",
      // Ninth outside probe: dot segments resolved to a protocol-relative address (/taal and /melden followed it).
      "/.//evil.example",
      "/..//evil.example/phish",
      "/a/../..//evil.example",
      "/%2e//evil.example",
      "/\r\nSet-Cookie: x=1",
      "https://evil.example",
      "javascript:alert(1)",
      "/a\u0000b",
      "/a\u0085b",
      "",
      "x",
    ]) {
      expect(safeRedirect(hostile, "/start"), JSON.stringify(hostile)).toBe("/start");
    }
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect("/" + "a".repeat(5_000))).toBe("/");
  });

  it("login with a tab or newline in redirectTo lands on the home page, and a refused redirect makes no session first", async () => {
    const user = await createUser();
    for (const redirectTo of ["/\t/evil.example/phish", "/\n", "/x\r\nLocation: https://evil.example"]) {
      const before = await db().session.count({ where: { userId: user.id } });
      const result = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD, redirectTo }));
      expect(result.status, JSON.stringify(redirectTo)).toBe(302);
      expect(result.headers.get("Location")).toBe("/");
      expect(await db().session.count({ where: { userId: user.id } })).toBe(before + 1);
    }
  });
});

// ---------------------------------------------------------------- a small app behind the real edge middleware

async function withEdge<T>(routes: (app: Express) => void, run: (url: string) => Promise<T>): Promise<T> {
  resetConfigForTests();
  const app = express();
  guardTheEdge(app);
  app.use(sameOriginOnly);
  routes(app);
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const savedEnv = { ...process.env };
afterEach(() => {
  for (const name of ["TRUST_PROXY", "NODE_ENV", "APP_URL", "SESSION_SECRET", "TOKEN_SECRET"]) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  resetConfigForTests();
});

const ipRoute = (app: Express) => app.get("/ip", (req, res) => res.type("text/plain").send(req.ip));

describe("F7: X-Forwarded-For only from a configured proxy; Retry-After on every 429", () => {
  it("ignores X-Forwarded-For unless TRUST_PROXY says a proxy stands in front", async () => {
    delete process.env.TRUST_PROXY;
    await withEdge(ipRoute, async (url) => {
      const ips = await Promise.all(
        ["203.0.113.1", "203.0.113.2"].map(async (forwarded) =>
          (await fetch(`${url}/ip`, { headers: { "X-Forwarded-For": forwarded } })).text(),
        ),
      );
      expect(ips.map((ip) => ip.replace(/^::ffff:/, ""))).toEqual(["127.0.0.1", "127.0.0.1"]);
    });
    process.env.TRUST_PROXY = "1";
    await withEdge(ipRoute, async (url) => {
      expect(await (await fetch(`${url}/ip`, { headers: { "X-Forwarded-For": "198.51.100.7, 203.0.113.9" } })).text()).toBe("203.0.113.9");
    });
    process.env.TRUST_PROXY = "loopback";
    await withEdge(ipRoute, async (url) => {
      expect(await (await fetch(`${url}/ip`, { headers: { "X-Forwarded-For": "203.0.113.5" } })).text()).toBe("203.0.113.5");
    });
  });

  it("TRUST_PROXY is validated: trusting everyone is refused", () => {
    const base = { DATABASE_URL: "postgresql://u@localhost:5432/db", REDIS_URL: "redis://127.0.0.1:6379" };
    expect(parseConfig(base).TRUST_PROXY).toBe(false);
    expect(parseConfig({ ...base, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseConfig({ ...base, TRUST_PROXY: "10.0.0.0/8, loopback" }).TRUST_PROXY).toEqual(["10.0.0.0/8", "loopback"]);
    for (const bad of ["true", "*", "10.0.0.0/99", "proxy.example"]) {
      expect(() => parseConfig({ ...base, TRUST_PROXY: bad }), bad).toThrow(ConfigError);
    }
  });

  it("a 429 that names no wait still carries Retry-After; one that does keeps its own", async () => {
    await withEdge(
      (app) => {
        app.post("/plain", (_req, res) => res.status(429).send("te veel"));
        app.post("/own", (_req, res) => res.status(429).set("Retry-After", "7").send("te veel"));
        app.post("/head", (_req, res) => {
          res.writeHead(429, { "Content-Type": "text/plain" });
          res.end("te veel");
        });
      },
      async (url) => {
        for (const path of ["/plain", "/head"]) {
          const response = await fetch(`${url}${path}`, { method: "POST" });
          expect(response.status).toBe(429);
          expect(Number(response.headers.get("Retry-After")), path).toBeGreaterThan(0);
        }
        expect((await fetch(`${url}/own`, { method: "POST" })).headers.get("Retry-After")).toBe("7");
      },
    );
  });
});

describe("F8: body-size limits", () => {
  it("an announced oversized body is refused with 413 before it is read; uploads have their own, larger limit", async () => {
    let reached = 0;
    await withEdge(
      (app) => {
        app.post("/inloggen", (_req, res) => {
          reached += 1;
          res.send("ok");
        });
        app.post(["/bibliotheek/:slug/bijlagen", "/bibliotheek/:slug/bijlagen.data"], (_req, res) => {
          reached += 1;
          res.send("ok");
        });
      },
      async (url) => {
        // A body that announces 100 MB but sends little: the answer must not wait for the rest.
        const { request } = await import("node:http");
        const status = await new Promise<number>((resolve, reject) => {
          const req = request(
            `${url}/inloggen`,
            {
              method: "POST",
              headers: { "Content-Length": String(100 * 1024 * 1024), "Content-Type": "application/x-www-form-urlencoded" },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on("error", reject);
          req.write("email=a");
        });
        expect(status).toBe(413);
        expect(
          (
            await fetch(`${url}/inloggen`, {
              method: "POST",
              body: "email=a",
              headers: { "Content-Type": "application/x-www-form-urlencoded" },
            })
          ).status,
        ).toBe(200);
        const fourMegabytes = new Uint8Array(4 * 1024 * 1024);
        expect((await fetch(`${url}/inloggen`, { method: "POST", body: fourMegabytes })).status).toBe(413);
        expect((await fetch(`${url}/bibliotheek/gids/bijlagen`, { method: "POST", body: fourMegabytes })).status).toBe(200);
        // With JavaScript the form posts to the address plus ".data" (Remix's single fetch): the same limit (decision 286).
        expect((await fetch(`${url}/bibliotheek/gids/bijlagen.data`, { method: "POST", body: fourMegabytes })).status).toBe(200);
        expect(reached).toBe(3);
      },
    );
  });

  it("the upload limit also covers the item page and the addresses a form posts to with JavaScript (walk 14)", async () => {
    await withEdge(
      (app) => {
        app.post(/^\/bibliotheek\//, (_req, res) => {
          res.send("ok");
        });
      },
      async (url) => {
        const fourMegabytes = new Uint8Array(4 * 1024 * 1024);
        const post = async (path: string) => (await fetch(`${url}${path}`, { method: "POST", body: fourMegabytes })).status;
        // With JavaScript, Remix posts a form to the route's data address (`….data`).
        expect(await post("/bibliotheek/gids.data")).toBe(200);
        expect(await post("/bibliotheek/gids")).toBe(200);
        expect(await post("/bibliotheek/gids/bijlagen.data")).toBe(200);
        expect(await post("/bibliotheek/gids/bewerken.data")).toBe(413);
        expect(await post("/bibliotheek/gids/export/pdf")).toBe(413);
      },
    );
  });

  it("readForm counts a body without Content-Length as it streams and stops at the limit with 413", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`x=${"a".repeat(64 * 1024)}&`);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        // Far more than the limit if nobody stops reading.
        if (sent > 50 * FORM_BODY_MAX_BYTES) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost:3000/inloggen", {
      method: "POST",
      body: endless,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit);
    const thrown = await readForm(request).catch((error: unknown) => error);
    expect((thrown as { init?: ResponseInit }).init?.status).toBe(413);
    expect(sent).toBeLessThan(2 * FORM_BODY_MAX_BYTES);
    // A normal form still reads.
    const form = await readForm(new Request("http://localhost:3000/x", { method: "POST", body: new URLSearchParams({ a: "1" }) }));
    expect(form.get("a")).toBe("1");
  });
});

describe("uploads: the whole body is counted as it streams (decision 286)", () => {
  /** A multipart body without Content-Length: `parts` text fields of 1 MB, each under the file limit. */
  function partsOfOneMegabyte(parts: number) {
    let sent = 0;
    let count = 0;
    const part = new TextEncoder().encode(`--grens\r\nContent-Disposition: form-data; name="veld"\r\n\r\n${"a".repeat(1024 * 1024)}\r\n`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (count++ === parts) {
          controller.enqueue(new TextEncoder().encode("--grens--\r\n"));
          controller.close();
          return;
        }
        sent += part.byteLength;
        controller.enqueue(part);
      },
    });
    const request = new Request("http://localhost:3000/bibliotheek/gids/bijlagen", {
      method: "POST",
      body,
      headers: { "Content-Type": "multipart/form-data; boundary=grens" },
      duplex: "half",
    } as RequestInit);
    return { request, sent: () => sent };
  }

  it("many parts each under the file limit stop at the upload limit with 413 and the form's message", async () => {
    // 64 MB if nobody stops reading.
    const { request, sent } = partsOfOneMegabyte(64);
    expect(await readUploadForm(request)).toEqual({ ok: false, status: 413, error: "library.errors.fileTooLarge" });
    expect(sent()).toBeLessThan(UPLOAD_BODY_MAX_BYTES + 2 * 1024 * 1024);
  });

  it("a small form without Content-Length still reads", async () => {
    const { request } = partsOfOneMegabyte(3);
    const read = await readUploadForm(request);
    expect(read.ok && read.form.getAll("veld")).toHaveLength(3);
  });
});

describe("F14: an Origin that names another host than the request", () => {
  it("is a 403, not Remix's thrown CSRF error (a 500)", async () => {
    await withEdge(
      (app) => app.post("/inloggen", (_req, res) => res.send("ok")),
      async (url) => {
        const port = new URL(url).port;
        const { request } = await import("node:http");
        const post = (headers: Record<string, string>) =>
          new Promise<number>((resolve, reject) => {
            const req = request(
              `${url}/inloggen`,
              { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers } },
              (res) => {
                res.resume();
                resolve(res.statusCode ?? 0);
              },
            );
            req.on("error", reject);
            req.end("a=1");
          });
        process.env.APP_URL = `http://localhost:${port}`;
        resetConfigForTests();
        expect(await post({ Origin: `http://localhost:${port}`, Host: `127.0.0.1:${port}` })).toBe(403);
        expect(await post({ Origin: "not a url", Host: `127.0.0.1:${port}` })).toBe(403);
        expect(await post({ Origin: `http://localhost:${port}`, Host: `localhost:${port}` })).toBe(200);
        expect(await post({ Origin: `http://127.0.0.1:${port}`, Host: `127.0.0.1:${port}` })).toBe(200);
      },
    );
  });
});

describe("F9: secrets", () => {
  const base = {
    DATABASE_URL: "postgresql://u@localhost:5432/db",
    REDIS_URL: "redis://127.0.0.1:6379",
    NODE_ENV: "production",
    APP_URL: "https://praktijkplein.example",
  };
  const strong = { SESSION_SECRET: "Zq8v3Lk0pW9xR2mN7bT5yH1cF4jD6sG0aE", TOKEN_SECRET: "pP4rT8uY2iO6aS0dF3gH7jK1lZ5xC9vBnM" };
  const refusal = (env: Record<string, string | undefined>) => {
    try {
      parseConfig(env);
      return null;
    } catch (error) {
      if (error instanceof ConfigError) return `${error.variable}: ${error.message}`;
      throw error;
    }
  };

  it("production refuses a missing, short, published or patterned secret, and a token secret equal to the session secret", () => {
    expect(refusal({ ...base, ...strong })).toBeNull();
    for (const published of [
      "local-instance-session-secret-not-for-production",
      "change-this-session-secret-in-production-please",
      "dev-only-session-secret-change-me-0123456789",
      "change-me-to-at-least-32-random-characters",
    ]) {
      expect(refusal({ ...base, ...strong, SESSION_SECRET: published }), published).toMatch(/^SESSION_SECRET: .*published/);
    }
    expect(refusal({ ...base, ...strong, SESSION_SECRET: undefined })).toMatch(/^SESSION_SECRET: .*not set/);
    expect(refusal({ ...base, ...strong, SESSION_SECRET: "ab".repeat(20) })).toMatch(/^SESSION_SECRET: .*different characters/);
    expect(refusal({ ...base, ...strong, TOKEN_SECRET: undefined })).toMatch(/^TOKEN_SECRET: .*not set/);
    expect(refusal({ ...base, ...strong, TOKEN_SECRET: strong.SESSION_SECRET })).toMatch(/^TOKEN_SECRET: .*other than SESSION_SECRET/);
    // Development keeps working without any secret.
    expect(refusal({ DATABASE_URL: base.DATABASE_URL, REDIS_URL: base.REDIS_URL })).toBeNull();
  });

  it("calendar-feed and unsubscribe tokens are signed with TOKEN_SECRET, not with the session secret", () => {
    process.env.SESSION_SECRET = strong.SESSION_SECRET;
    process.env.TOKEN_SECRET = strong.TOKEN_SECRET;
    resetConfigForTests();
    const feed = feedToken("user1", 1);
    const unsubscribe = unsubscribeToken("user1", "digest");
    // Another session secret (a leak or a rotation) changes neither token …
    process.env.SESSION_SECRET = "another-session-secret-7hG2kL9pQ4wE1rT6";
    resetConfigForTests();
    expect(feedToken("user1", 1)).toBe(feed);
    expect(unsubscribeToken("user1", "digest")).toBe(unsubscribe);
    // … another token secret changes both.
    process.env.TOKEN_SECRET = "another-token-secret-3jK8mN2bV5cX0zA7";
    resetConfigForTests();
    expect(feedToken("user1", 1)).not.toBe(feed);
    expect(unsubscribeToken("user1", "digest")).not.toBe(unsubscribe);
  });
});

describe("F16: attachment names", () => {
  it("lose bidirectional controls (U+202E and friends), control characters and paths", () => {
    expect(cleanFileName("rapport\u202Efdp.exe")).toBe("rapportfdp.exe");
    expect(cleanFileName("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl.pdf")).toBe("abcdefghijkl.pdf");
    expect(cleanFileName("..\\\\map/naam\u0085\u0000.docx")).toBe("naam.docx");
    expect(cleanFileName("Verslag overleg 2026.pdf")).toBe("Verslag overleg 2026.pdf");
  });
});
