/**
 * Decision 319: wrong passwords typed by someone who only knows an address must not lock its owner out,
 * while guessing stays slow. Through the login and reset routes, with the client address in the load
 * context as server/http/app.ts gives it. Counters live in Redis under this file's own prefix.
 */
import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { action as resetAction } from "../../app/routes/wachtwoord-herstellen.$token.tsx";
import { nl } from "../../app/i18n/nl/index.ts";
import { splitMessage } from "../../app/shared/messages.ts";
import { translator } from "../../app/i18n/index.ts";
import { db } from "../../server/db.ts";
import { createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

type Outcome = { status: number; headers: Headers; body: unknown };

async function login(email: string, password: string, ip: string, cookie?: string): Promise<Outcome> {
  const request = formRequest("/inloggen", { email, password }, cookie);
  const result = await (async () => {
    try {
      return await loginAction({ request, params: {}, context: { cspNonce: "", clientIp: ip } });
    } catch (thrown) {
      return thrown;
    }
  })();
  if (result instanceof Response) return { status: result.status, headers: result.headers, body: null };
  const value = result as { type?: string; data?: unknown; init?: ResponseInit | null };
  return { status: value.init?.status ?? 200, headers: new Headers(value.init?.headers), body: value.data };
}

function formMessage(outcome: Outcome): string {
  return (outcome.body as { result: { error: Record<string, string[]> } }).result.error[""]![0]!;
}

/** The `pp_device` cookie a successful login hands the browser, as the browser sends it back. */
function deviceCookie(outcome: Outcome): string {
  const set = outcome.headers.getSetCookie().find((c) => c.startsWith("pp_device="));
  expect(set).toBeDefined();
  return set!.split(";")[0]!;
}

const WRONG = "verkeerd-wachtwoord";

describe("login after others typed wrong passwords for the account", () => {
  it("ten failures from one address stop that address only; the owner elsewhere logs in (before: locked for 15 minutes)", async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) expect((await login(user.email, WRONG, "203.0.113.20")).status).toBe(400);
    const blocked = await login(user.email, TEST_PASSWORD, "203.0.113.20");
    expect(blocked.status).toBe(429);
    expect(splitMessage(formMessage(blocked)).key).toBe("errors.rateLimitedMinutes");
    expect(blocked.headers.getSetCookie().some((c) => c.startsWith("pp_session="))).toBe(false);
    const owner = await login(user.email, TEST_PASSWORD, "198.51.100.20");
    expect(owner.status).toBe(302);
    expect(owner.headers.getSetCookie().some((c) => c.startsWith("pp_session="))).toBe(true);
  });

  it("failures from many addresses: a new browser waits with a message that says how to get in now; the owner's own browser gets in", async () => {
    const user = await createUser();
    const earlier = await login(user.email, TEST_PASSWORD, "198.51.100.30");
    expect(earlier.status).toBe(302);
    const device = deviceCookie(earlier);
    expect(earlier.headers.getSetCookie().find((c) => c.startsWith("pp_device="))).toMatch(/HttpOnly/);
    // 30 guesses over three addresses, ten each: every one answered as a wrong password.
    for (const ip of ["192.0.2.31", "192.0.2.32", "192.0.2.33"])
      for (let i = 0; i < 10; i++) expect((await login(user.email, WRONG, ip)).status).toBe(400);
    // A fourth address, even with the right password, waits: guessing spread over addresses stays slow.
    const fresh = await login(user.email, TEST_PASSWORD, "192.0.2.34");
    expect(fresh.status).toBe(429);
    expect(Number(fresh.headers.get("Retry-After"))).toBeGreaterThan(60);
    const { key, params } = splitMessage(formMessage(fresh));
    expect(key).toBe("auth.login.accountThrottled");
    const text = (translator("nl") as unknown as (key: string, params?: object) => string)(key, params);
    expect(text).toContain("Wachtwoord vergeten?");
    expect(text).toMatch(/over \d+ minuten/);
    expect(nl.auth.login.accountThrottled_other).toContain("eerder hebt ingelogd");
    // The browser the owner logged in on before, from any address.
    const owner = await login(user.email, TEST_PASSWORD, "192.0.2.35", device);
    expect(owner.status).toBe(302);
  });

  it("a password reset by mail lifts the account's wait", async () => {
    const user = await createUser();
    for (const ip of ["192.0.2.41", "192.0.2.42", "192.0.2.43"]) for (let i = 0; i < 10; i++) await login(user.email, WRONG, ip);
    expect((await login(user.email, TEST_PASSWORD, "192.0.2.44")).status).toBe(429);
    const token = randomBytes(32).toString("base64url");
    await db().passwordReset.create({
      data: { userId: user.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const password = "een nieuw wachtwoord voor de test";
    const reset = await callAction(resetAction, formRequest(`/wachtwoord-herstellen/${token}`, { password }), { token });
    expect(reset.status).toBe(302);
    expect((await login(user.email, password, "192.0.2.44")).status).toBe(302);
  });

  it("guessing stays slow: from one browser the account logged in on, and a cookie of another account counts for nothing", async () => {
    const user = await createUser();
    const other = await createUser();
    const device = deviceCookie(await login(user.email, TEST_PASSWORD, "198.51.100.50"));
    for (let i = 0; i < 10; i++) expect((await login(user.email, WRONG, "198.51.100.50", device)).status).toBe(400);
    expect((await login(user.email, TEST_PASSWORD, "198.51.100.50", device)).status).toBe(429);
    // The same browser's cookie is no pass for another account: its failures count as a stranger's.
    for (let i = 0; i < 10; i++) expect((await login(other.email, WRONG, "198.51.100.51", device)).status).toBe(400);
    expect((await login(other.email, TEST_PASSWORD, "198.51.100.51", device)).status).toBe(429);
    // A made-up cookie neither.
    const forged = `pp_device=${"A".repeat(24)}.${"B".repeat(32)}`;
    for (let i = 0; i < 10; i++) expect((await login(other.email, WRONG, "198.51.100.52", forged)).status).toBe(400);
    expect((await login(other.email, TEST_PASSWORD, "198.51.100.52", forged)).status).toBe(429);
  });

  it("a garbled device cookie is ignored, never a 500", async () => {
    const user = await createUser();
    for (const cookie of ["pp_device=", "pp_device=...", "pp_device=%E0%A4%A", `pp_device=${"x".repeat(5000)}`]) {
      expect((await login(user.email, TEST_PASSWORD, "198.51.100.60", cookie)).status).toBe(302);
    }
  });
});
