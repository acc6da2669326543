/**
 * Rate limits of issue 8 through the real routes: login per IP and per
 * account, registration, search, reports, invitations and uploads. Each says
 * in Dutch when to try again (a form error or a 429 with Retry-After).
 * Counters live in Redis under this file's own prefix.
 */
import { describe, expect, it } from "vitest";
import { action as attachmentAction } from "../../app/routes/bibliotheek.$slug_.bijlagen.tsx";
import { action as manageAction } from "../../app/routes/communities.$slug.beheer.tsx";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { action as reportAction } from "../../app/routes/melden.tsx";
import { action as registerAction } from "../../app/routes/registreren.tsx";
import { action as forgotAction } from "../../app/routes/wachtwoord-vergeten.tsx";
import { startPasswordReset } from "../../server/accounts/password-reset.ts";
import { queue } from "../../server/queues/producer.ts";
import { loader as searchLoader } from "../../app/routes/zoeken._index.tsx";
import { loader as suggestLoader } from "../../app/routes/zoeken.suggesties.ts";
import { nl } from "../../app/i18n/nl/index.ts";
import { rateLimitMessage, splitMessage } from "../../app/shared/messages.ts";
import { db } from "../../server/db.ts";
import { reportLimit } from "../../server/moderation/commands.ts";
import {
  invitationLimit,
  loginAccountLimit,
  loginIpLimit,
  passwordResetIpLimit,
  registrationLimit,
  searchLimit,
  uploadLimit,
} from "../../server/security/limits.ts";
import { rateLimit } from "../../server/security/rate-limit.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { pdf } from "../helpers/files.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

type Reply = { result: { error: Record<string, string[]> } };

function formMessage(body: unknown, field = ""): string {
  return (body as Reply).result.error[field]![0]!;
}

/** Uses up a limit for a key, as that many earlier attempts would. */
async function exhaust(limit: { check: (key: string) => Promise<{ allowed: boolean }> }, key: string) {
  for (let i = 0; i < 500; i++) if (!(await limit.check(key)).allowed) return;
  throw new Error("the limit never ran out");
}

describe("the message", () => {
  it("says in Dutch how long to wait, in seconds or minutes", () => {
    const seconds = splitMessage(rateLimitMessage(12_300));
    expect(seconds).toEqual({ key: "errors.rateLimitedSeconds", params: { count: 13 } });
    expect(splitMessage(rateLimitMessage(14 * 60_000 + 1))).toEqual({ key: "errors.rateLimitedMinutes", params: { count: 15 } });
    expect(nl.errors.rateLimitedMinutes_other).toContain("{{count}} minuten");
  });
});

describe("login", () => {
  it("per account and address: after 10 failures even the right password waits there, with the time to wait; other accounts are not affected", async () => {
    const user = await createUser();
    const other = await createUser();
    const attempt = (email: string, password: string, ip = "203.0.113.7") => loginWithIp(email, password, ip);
    for (let i = 0; i < 10; i++) expect((await attempt(user.email, "verkeerd-wachtwoord")).status).toBe(400);
    // From another address the owner still gets in (decision 319, tests/integration/login-lockout.test.ts).
    const blocked = await attempt(user.email, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(splitMessage(formMessage(blocked.body))).toEqual({ key: "errors.rateLimitedMinutes", params: { count: expect.any(Number) } });
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(60);
    expect(blocked.headers.getSetCookie().some((c) => c.startsWith("pp_session="))).toBe(false);
    expect((await attempt(other.email, TEST_PASSWORD)).status).toBe(302);
  });

  it("a successful login clears the account's failures", async () => {
    const user = await createUser();
    for (let i = 0; i < 9; i++) await loginWithIp(user.email, "verkeerd-wachtwoord", "203.0.113.8");
    expect((await loginWithIp(user.email, TEST_PASSWORD, "203.0.113.8")).status).toBe(302);
    for (let i = 0; i < 9; i++) expect((await loginWithIp(user.email, "verkeerd-wachtwoord", "203.0.113.8")).status).toBe(400);
  });

  it("per IP address: many accounts from one address are stopped, another address goes on", async () => {
    const user = await createUser();
    await exhaust(loginIpLimit(), "192.0.2.50");
    const blocked = await loginWithIp(user.email, TEST_PASSWORD, "192.0.2.50");
    expect(blocked.status).toBe(429);
    expect(formMessage(blocked.body)).toMatch(/^errors\.rateLimited(Seconds|Minutes)\|/);
    expect((await loginWithIp(user.email, TEST_PASSWORD, "192.0.2.51")).status).toBe(302);
    await loginAccountLimit().reset(user.email);
  });
});

function loginWithIp(email: string, password: string, ip: string) {
  return callWithContext(loginAction, formRequest("/inloggen", { email, password }), { clientIp: ip });
}

async function callWithContext(fn: typeof loginAction, request: Request, context: Record<string, unknown>) {
  // Like callAction, with a load context that carries the client's address (server/http/app.ts).
  const result = await (async () => {
    try {
      return await fn({ request, params: {}, context: { cspNonce: "", ...context } });
    } catch (thrown) {
      return thrown;
    }
  })();
  if (result instanceof Response) return { status: result.status, headers: result.headers, body: null as unknown };
  const value = result as { type?: string; data?: unknown; init?: ResponseInit | null };
  if (value && value.type === "DataWithResponseInit")
    return { status: value.init?.status ?? 200, headers: new Headers(value.init?.headers), body: value.data };
  return { status: 200, headers: new Headers(), body: result };
}

describe("registration", () => {
  it("an address that made many accounts waits", async () => {
    await exhaust(registrationLimit(), "192.0.2.60");
    const request = formRequest("/registreren", {
      displayName: "Nieuw Lid",
      email: "nieuw-lid@praktijkplein.test",
      password: "een lang wachtwoord voor de test",
      acceptTerms: "on",
    });
    const blocked = await callWithContext(registerAction as typeof loginAction, request, { clientIp: "192.0.2.60" });
    expect(blocked.status).toBe(429);
    expect(formMessage(blocked.body)).toMatch(/^errors\.rateLimitedMinutes\|/);
    expect(await db().user.count({ where: { email: "nieuw-lid@praktijkplein.test" } })).toBe(0);
  });
});

describe("password reset (decision 241)", () => {
  const requestReset = (email: string, ip: string) =>
    callWithContext(forgotAction as typeof loginAction, formRequest("/wachtwoord-vergeten", { email }), { clientIp: ip });
  const resetJobs = async () =>
    (await queue("mail").getJobs(["waiting", "delayed", "prioritized"])).filter((job) => job.name === "request-password-reset");

  it("an address with and one without an account get the same answer after the same work: one job each, nothing else yet", async () => {
    const user = await createUser({ email: "heeft-account@praktijkplein.test" });
    const before = (await resetJobs()).length;
    const known = await requestReset(" Heeft-Account@praktijkplein.test", "192.0.2.70");
    const unknown = await requestReset("geen-account@praktijkplein.test", "192.0.2.70");
    expect(known.status).toBe(200);
    expect(unknown).toEqual(known);
    const jobs = (await resetJobs()).slice(before);
    expect(jobs.map((job) => job.data.email).sort()).toEqual(["geen-account@praktijkplein.test", "heeft-account@praktijkplein.test"]);
    // The web request did nothing that depends on the account: the job finds out.
    expect(await db().passwordReset.count({ where: { userId: user.id } })).toBe(0);
    const outcome = async (email: string) => startPasswordReset(jobs.find((job) => job.data.email === email)!.data);
    expect(await outcome("geen-account@praktijkplein.test")).toBe("noAccount");
    expect(await outcome("heeft-account@praktijkplein.test")).toBe("queued");
    // A retried job makes no second reset.
    expect(await outcome("heeft-account@praktijkplein.test")).toBe("queued");
    expect(await db().passwordReset.count({ where: { userId: user.id } })).toBe(1);
    expect(
      (await queue("mail").getJobs(["waiting", "delayed", "prioritized"])).filter((job) => job.name === "send-password-reset"),
    ).toHaveLength(1);
  });

  it("one IP address asking for many addresses waits, with the time to wait at the form; another address goes on", async () => {
    await exhaust(passwordResetIpLimit(), "192.0.2.71");
    const before = (await resetJobs()).length;
    const blocked = await requestReset("iemand@praktijkplein.test", "192.0.2.71");
    expect(blocked.status).toBe(429);
    expect(formMessage(blocked.body)).toMatch(/^errors\.rateLimitedMinutes\|/);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(60);
    expect(blocked.body).toMatchObject({ sent: false });
    expect((await resetJobs()).length).toBe(before);
    expect((await requestReset("iemand@praktijkplein.test", "192.0.2.72")).status).toBe(200);
  });
});

describe("search", () => {
  it("the results page and the suggestions answer 429 with the time to wait", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    expect((await callLoader(searchLoader, getRequest("/zoeken?q=werkgevers", cookie))).status).toBe(200);
    await exhaust(searchLimit(), user.id);
    const page = await callLoader(searchLoader, getRequest("/zoeken?q=werkgevers", cookie));
    expect(page.status).toBe(429);
    expect(page.body).toMatchObject({ results: null, limited: expect.stringMatching(/^errors\.rateLimited(Seconds|Minutes)\|/) });
    expect(Number(page.headers.get("Retry-After"))).toBeGreaterThan(0);
    const suggestions = await callLoader(suggestLoader, getRequest("/zoeken/suggesties?q=werk", cookie));
    expect(suggestions.status).toBe(429);
    expect(suggestions.body).toMatchObject({ suggestions: [], error: "errors.rateLimited", retryAfterSeconds: expect.any(Number) });
  });
});

describe("reports, invitations and uploads", () => {
  it("a member who reports too much gets the message and nothing is stored", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const channel = await createChannel(community.id);
    const author = await createUser();
    const reporter = await createUser();
    await addMember(author.id, community.id);
    await addMember(reporter.id, community.id);
    const topic = await createTopic(channel, author.id);
    await exhaust(reportLimit(), reporter.id);
    const cookie = await sessionCookieFor(reporter.id);
    const refused = await callAction(
      reportAction,
      formRequest("/melden", { targetKind: "TOPIC", targetId: topic.id, reason: "SPAM", returnTo: "/" }, cookie),
    );
    expect(refused.status).toBe(429);
    expect(formMessage(refused.body)).toMatch(/^errors\.rateLimitedMinutes\|/);
    expect(await db().report.count({ where: { targetId: topic.id } })).toBe(0);
  });

  it("a facilitator who invites too much sees it under the e-mail field", async () => {
    const community = await createCommunity({ accessMode: "INVITE_ONLY" });
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    await exhaust(invitationLimit(), facilitator.id);
    const cookie = await sessionCookieFor(facilitator.id);
    const refused = await callAction(
      manageAction,
      formRequest(`/communities/${community.slug}/beheer`, { intent: "invite", email: "gast@gemeente.test", role: "MEMBER" }, cookie),
      { slug: community.slug },
    );
    expect(refused.status).toBe(429);
    expect(formMessage(refused.body, "email")).toMatch(/^errors\.rateLimitedMinutes\|/);
    expect(await db().invitation.count({ where: { communityId: community.id } })).toBe(0);
  });

  it("a member who uploads too much sees the message on the upload form; nothing is stored", async () => {
    const author = await createUser();
    const item = await db().libraryItem.create({
      data: {
        slug: `stappenplan-${author.id}`,
        kind: "HANDREIKING",
        title: "Stappenplan inclusief werven",
        summary: "Zo begin je.",
        body: {},
        authorId: author.id,
      },
    });
    await exhaust(uploadLimit(), author.id);
    const form = new FormData();
    form.append("file", new File([new Uint8Array(pdf())], "stappenplan.pdf"));
    const request = new Request(`http://localhost:3000/bibliotheek/${item.slug}/bijlagen`, {
      method: "POST",
      body: form,
      headers: { Cookie: await sessionCookieFor(author.id), Origin: "http://localhost:3000" },
    });
    const refused = await callAction(attachmentAction, request, { slug: item.slug });
    expect(refused.status).toBe(429);
    expect((refused.body as { formError: string }).formError).toMatch(/^errors\.rateLimitedMinutes\|/);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(60);
    expect(await db().libraryAttachment.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("limits are shared: a second limiter object with the same name sees the same counter", async () => {
    const first = rateLimit("gedeeld-test", { points: 2, durationSeconds: 60 });
    const second = rateLimit("gedeeld-test", { points: 2, durationSeconds: 60 });
    expect((await first.check("k")).allowed).toBe(true);
    expect((await second.check("k")).allowed).toBe(true);
    const third = await first.check("k");
    expect(third.allowed).toBe(false);
    expect(third.retryAfterMs).toBeGreaterThan(0);
  });
});
