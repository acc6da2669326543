/**
 * The web server as a process: health check, socket.io on the same port with
 * cookie authentication and an Origin check, and an ordered shutdown on SIGTERM.
 */
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";

let server: AppServer;

beforeAll(async () => {
  server = await startAppServer({ worker: false });
});

afterAll(async () => {
  await server?.stop();
});

function socket(headers: Record<string, string>): Promise<{ socket: Socket; error?: string }> {
  return new Promise((resolve) => {
    const client = connect(server.url, { transports: ["websocket"], extraHeaders: headers, reconnection: false, timeout: 5_000 });
    client.on("connect", () => resolve({ socket: client }));
    client.on("connect_error", (error) => {
      client.close();
      resolve({ socket: client, error: (error as Error & { data?: { code?: string } }).data?.code ?? error.message });
    });
  });
}

describe("web server process", () => {
  it("answers the health check", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("accepts a socket with a valid session from its own origin, and refuses the rest", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const ok = await socket({ cookie, origin: server.url });
    expect(ok.error).toBeUndefined();
    ok.socket.close();

    expect((await socket({ origin: server.url })).error).toBe("unauthenticated");
    expect((await socket({ cookie: "pp_session=vervalst", origin: server.url })).error).toBe("unauthenticated");
    expect((await socket({ cookie, origin: "https://evil.example" })).error).toBe("origin");
  });

  it("shuts down in order on SIGTERM and exits cleanly", async () => {
    const own = await startAppServer({ env: { LOG_LEVEL: "info" }, worker: false });
    const user = await createUser();
    const connected = await (async () => {
      const client = connect(own.url, {
        transports: ["websocket"],
        extraHeaders: { cookie: await sessionCookieFor(user.id), origin: own.url },
        reconnection: false,
      });
      await new Promise<void>((resolve, reject) => {
        client.on("connect", () => resolve());
        client.on("connect_error", reject);
      });
      return client;
    })();
    const disconnected = new Promise<string>((resolve) => connected.on("disconnect", (reason) => resolve(reason)));
    const exited = new Promise<number | null>((resolve) => own.process.on("exit", (code) => resolve(code)));
    own.process.kill("SIGTERM");
    expect(await exited).toBe(0);
    // The transport is closed rather than the session ended, so clients reconnect (to another instance).
    expect(await disconnected).toBe("transport close");
    expect(own.output()).toContain("shutting down (SIGTERM)");
    expect(own.output()).not.toMatch(/shutdown step .* failed/);
  });
});
