/**
 * Reading the session id from a Cookie header (server/accounts/cookie.ts):
 * a signed cookie gives its id, however often it is read; a tampered or
 * unsigned one gives nothing, every time; a cookie made with another secret
 * does not read what the first one signed.
 */
import { createCookie } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { sessionCookie, sessionIdFromCookieHeader } from "../../server/accounts/cookie.ts";
import { forgetSingleton } from "../../server/singleton.ts";

const headerFor = async (id: string, others = "pp_lang=nl") => `${others}; ${(await sessionCookie().serialize(id)).split(";")[0]!}`;

describe("session id from a Cookie header", () => {
  it("gives a signed cookie's id each time, and nothing for a tampered or unsigned one", async () => {
    const header = await headerFor("sessie-1");
    expect(await sessionIdFromCookieHeader(header)).toBe("sessie-1");
    expect(await sessionIdFromCookieHeader(header)).toBe("sessie-1");
    expect(await sessionIdFromCookieHeader(await headerFor("sessie-2"))).toBe("sessie-2");
    const tampered = header.replace(/.$/, (last) => (last === "A" ? "B" : "A"));
    for (let i = 0; i < 2; i++) {
      expect(await sessionIdFromCookieHeader(tampered)).toBeNull();
      expect(await sessionIdFromCookieHeader("pp_session=sessie-1")).toBeNull();
      expect(await sessionIdFromCookieHeader(`pp_session=${btoa(JSON.stringify("sessie-1"))}`)).toBeNull();
    }
    expect(await sessionIdFromCookieHeader("")).toBeNull();
    expect(await sessionIdFromCookieHeader(null)).toBeNull();
  });

  it("does not carry verified headers over to a cookie with other secrets", async () => {
    const header = await headerFor("sessie-3");
    expect(await sessionIdFromCookieHeader(header)).toBe("sessie-3");
    forgetSingleton("session-cookie");
    const other = createCookie("pp_session", { secrets: ["een-heel-ander-geheim-0123456789-abcdef"] });
    const { singleton } = await import("../../server/singleton.ts");
    expect(singleton("session-cookie", () => other)).toBe(other);
    expect(await sessionIdFromCookieHeader(header)).toBeNull();
    forgetSingleton("session-cookie");
    expect(await sessionIdFromCookieHeader(header)).toBe("sessie-3");
  });
});
