/**
 * Runs the authorization matrix (tests/authorization/matrix.ts): every route
 * module in app/routes and every registered socket event must have an entry,
 * and every declared outcome is checked with real requests and real sockets
 * against the seeded world. A new route or event without an entry fails here.
 * `AUTH_MATRIX_PRINT=1` prints what each case actually returned (to help write
 * a new entry; review it, do not copy it blindly).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ActionFunction, LoaderFunction } from "@remix-run/node";
import { io as connectSocket, type Socket } from "socket.io-client";
import { beforeAll, describe, expect, it } from "vitest";
import { closePublisher } from "../../server/collab/relay.ts";
import { action as logoutAction } from "../../app/routes/uitloggen.tsx";
import { removeMember } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { currentIo } from "../../server/realtime/server.ts";
import { SESSION_NAMESPACES } from "../../server/realtime/sessions.ts";
import { addMember, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formKeyRedirect, formRequest } from "../helpers/remix.ts";
import { ACTORS, type Actor, seedWorld, type World } from "../authorization/fixtures.ts";
import {
  COLLAB_HANDSHAKE,
  COLLAB_MATRIX,
  type Outcome,
  ROUTE_MATRIX,
  type RouteCase,
  SOCKET_MATRIX,
  type SocketEntry,
} from "../authorization/matrix.ts";
import { connect, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";

const ROUTES_DIR = path.resolve("app/routes");
const PRINT = process.env.AUTH_MATRIX_PRINT === "1";

/** Route modules as Remix sees them: every .ts/.tsx file except *.server.ts helpers. */
function routeFiles(): string[] {
  return readdirSync(ROUTES_DIR)
    .filter((file) => /\.(tsx?|jsx?)$/.test(file) && !/\.server\.(tsx?|jsx?)$/.test(file))
    .sort();
}

type RouteModule = { loader?: LoaderFunction; action?: ActionFunction };
const modules = new Map<string, RouteModule>();

async function loadModules() {
  for (const file of routeFiles()) modules.set(file, (await import(pathToFileURL(path.join(ROUTES_DIR, file)).href)) as RouteModule);
}

function classify(status: number, location: string | null): Outcome | string {
  if (status >= 300 && status < 400) return location?.startsWith("/inloggen") ? "login" : "redirect";
  if (status < 300) return "ok";
  if ([400, 409, 413, 422, 429].includes(status)) return "invalid";
  if (status === 401 || status === 403 || status === 404 || status === 410) return status;
  return `status ${status}`;
}

/** Calls a loader or action as Remix would and reduces the answer to an outcome; the body is released. */
async function call(
  fn: LoaderFunction | ActionFunction,
  requestObject: Request,
  params: Record<string, string>,
): Promise<Outcome | string> {
  let value: unknown;
  try {
    value = await fn({ request: requestObject, params, context: { cspNonce: "" } });
  } catch (thrown) {
    value = thrown;
    if (!(thrown instanceof Response) && !(thrown && typeof thrown === "object" && "type" in thrown)) {
      return `threw ${thrown instanceof Error ? thrown.message : String(thrown)}`;
    }
  }
  if (value instanceof Response) {
    await value.body?.cancel().catch(() => undefined);
    // A page with a create form first gives its address a one-time form key (decision 229): follow, as a browser does.
    const keyed = formKeyRedirect(requestObject, value.status, value.headers.get("Location"));
    if (keyed) return call(fn, keyed, params);
    return classify(value.status, value.headers.get("Location"));
  }
  if (value && typeof value === "object" && "type" in value && (value as { type: unknown }).type === "DataWithResponseInit") {
    const init = (value as { init?: ResponseInit | null }).init;
    return classify(init?.status ?? 200, new Headers(init?.headers).get("Location"));
  }
  return "ok";
}

function buildRequest(url: string, method: "GET" | "POST", cookie: string | undefined, form?: Record<string, string>): Request {
  const base = "http://localhost:3000";
  const headers: Record<string, string> = { Origin: base, ...(cookie ? { Cookie: cookie } : {}) };
  if (method === "GET") return new Request(`${base}${url}`, { headers });
  return new Request(`${base}${url}`, {
    method,
    body: new URLSearchParams(form ?? {}),
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
  });
}

let world: World;
beforeAll(async () => {
  await loadModules();
  world = await seedWorld();
}, 60_000);

describe("authorization matrix: routes", () => {
  it("has an entry for every route module, and no entry without a module", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(40);
    expect(
      files.filter((file) => !(file in ROUTE_MATRIX)),
      "route modules missing from tests/authorization/matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_MATRIX).filter((file) => !files.includes(file)),
      "matrix entries without a route module",
    ).toEqual([]);
  });

  it("declares the loader and the action of every module that has one, and nothing else", () => {
    const problems: string[] = [];
    for (const [file, module] of modules) {
      const entry = ROUTE_MATRIX[file];
      if (!entry) continue;
      const cases = "cases" in entry ? entry.cases : [];
      if ("static" in entry && (module.loader || module.action)) problems.push(`${file}: marked static but exports a loader or action`);
      if (module.loader && !cases.some((c) => c.loader)) problems.push(`${file}: loader has no expectation`);
      if (module.action && !cases.some((c) => c.action)) problems.push(`${file}: action has no expectation`);
      if (!module.loader && cases.some((c) => c.loader)) problems.push(`${file}: expectation for a loader it does not have`);
      if (!module.action && cases.some((c) => c.action)) problems.push(`${file}: expectation for an action it does not have`);
    }
    expect(problems).toEqual([]);
  });

  const run = async (kind: "loader" | "action") => {
    const mismatches: string[] = [];
    const observed: Record<string, Record<string, Record<Actor, Outcome | string>>> = {};
    for (const [file, entry] of Object.entries(ROUTE_MATRIX)) {
      if (!("cases" in entry)) continue;
      const fn = modules.get(file)?.[kind];
      if (!fn) continue;
      for (const routeCase of entry.cases as RouteCase[]) {
        const expected = routeCase[kind];
        if (!expected) continue;
        for (const actor of ACTORS) {
          const cookie = await world.cookieFor(actor);
          const req = buildRequest(routeCase.url(world), kind === "loader" ? "GET" : "POST", cookie, routeCase.form?.(world, actor));
          const outcome = await call(fn, req, routeCase.params?.(world) ?? {});
          ((observed[file] ??= {})[routeCase.state] ??= {} as Record<Actor, Outcome | string>)[actor] = outcome;
          if (outcome !== expected[actor])
            mismatches.push(`${kind} ${file} [${routeCase.state}] as ${actor}: expected ${expected[actor]}, got ${outcome}`);
        }
      }
    }
    if (PRINT) console.info(JSON.stringify(observed, null, 1));
    expect(mismatches).toEqual([]);
  };

  it("every loader answers each actor as declared", () => run("loader"), 120_000);
  it("every action answers each actor as declared", () => run("action"), 120_000);

  /**
   * Bad forms for an action: the case's form with every field emptied, over-long or nonsense,
   * except `intent` and the fields that name what is acted on (`keeps`). Someone the policy
   * refuses must hear that refusal, not what is wrong with the form (decision 306).
   */
  const badForms = (form: Record<string, string> | undefined, keeps: readonly string[] = []): Record<string, string>[] => {
    const kept = Object.fromEntries(Object.entries(form ?? {}).filter(([field]) => field === "intent" || keeps.includes(field)));
    const broken = (value: string) => ({ ...Object.fromEntries(Object.keys(form ?? {}).map((field) => [field, value])), ...kept });
    const same = (other: Record<string, string>) => JSON.stringify(other) === JSON.stringify(form ?? {});
    // A form with nothing to break is the valid one, which the test above checks (and may have used up).
    return [broken(""), broken("x".repeat(5_000)), broken("-1")].filter((bad) => !same(bad));
  };
  const REFUSALS: readonly (Outcome | string)[] = ["login", 401, 403, 404, 410];

  it("refuses whom it refuses before it validates: the same answer to a bad form (decision 306)", async () => {
    const mismatches: string[] = [];
    for (const [file, entry] of Object.entries(ROUTE_MATRIX)) {
      if (!("cases" in entry)) continue;
      const fn = modules.get(file)?.action;
      if (!fn) continue;
      for (const routeCase of entry.cases as RouteCase[]) {
        const expected = routeCase.action;
        if (!expected) continue;
        for (const actor of ACTORS) {
          if (!REFUSALS.includes(expected[actor])) continue;
          const cookie = await world.cookieFor(actor);
          for (const form of badForms(routeCase.form?.(world, actor), routeCase.keeps)) {
            const req = buildRequest(routeCase.url(world), "POST", cookie, form);
            const outcome = await call(fn, req, routeCase.params?.(world) ?? {});
            if (outcome !== expected[actor])
              mismatches.push(
                `action ${file} [${routeCase.state}] as ${actor} with ${JSON.stringify(form).slice(0, 60)}: expected ${expected[actor]}, got ${outcome}`,
              );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 240_000);
});

describe("authorization matrix: socket events", () => {
  const server = useRealtimeServer({ after: closePublisher });
  const sockets = server.sockets;
  const track = <T extends Socket>(socket: T): T => {
    sockets.push(socket);
    return socket;
  };

  /** The events with a handler on a live server-side socket, minus socket.io's own reserved names. */
  function registeredEvents(namespace: string): string[] {
    const nsp = currentIo()!.of(namespace);
    const serverSocket = [...nsp.sockets.values()][0];
    if (!serverSocket) throw new Error(`no socket connected to ${namespace}`);
    return (serverSocket.eventNames() as string[]).filter((name) => typeof name === "string").sort();
  }

  function openCollab(documentId: string, cookie: string | undefined): Promise<Socket> {
    const socket = track(
      connectSocket(`${server.url}/collab`, {
        transports: ["websocket"],
        auth: { documentId },
        extraHeaders: { ...(cookie ? { Cookie: cookie } : {}), Origin: server.url },
        reconnection: false,
      }),
    );
    return new Promise((resolve, reject) => {
      socket.once("connect", () => resolve(socket));
      socket.once("connect_error", reject);
    });
  }

  it("has an entry for every event registered on the default namespace", async () => {
    track(await connect(server.url, (await world.cookieFor("member"))!));
    const events = registeredEvents("/");
    expect(events.length).toBeGreaterThan(5);
    expect(
      events.filter((name) => !(name in SOCKET_MATRIX)),
      "socket events missing from SOCKET_MATRIX",
    ).toEqual([]);
    expect(
      Object.keys(SOCKET_MATRIX).filter((name) => !events.includes(name)),
      "matrix entries without a handler",
    ).toEqual([]);
  });

  it("has an entry for every event registered on /collab", async () => {
    await openCollab(world.open.document.id, await world.cookieFor("member"));
    const events = registeredEvents("/collab");
    expect(
      events.filter((name) => !(name in COLLAB_MATRIX)),
      "collab events missing from COLLAB_MATRIX",
    ).toEqual([]);
    expect(
      Object.keys(COLLAB_MATRIX).filter((name) => !events.includes(name)),
      "matrix entries without a handler",
    ).toEqual([]);
  });

  it("refuses anonymous sockets at the handshake on both namespaces", async () => {
    await expect(connect(server.url, null)).rejects.toThrow(/not authenticated/);
    await expect(openCollab(world.open.document.id, undefined)).rejects.toThrow();
  });

  it("answers every event as declared, per actor", async () => {
    const mismatches: string[] = [];
    const clients = new Map<Actor, Socket>();
    for (const actor of ACTORS) {
      if (actor === "anonymous") continue;
      clients.set(actor, track(await connect(server.url, (await world.cookieFor(actor))!)));
    }
    for (const [event, entry] of Object.entries(SOCKET_MATRIX) as [string, SocketEntry][]) {
      if (!("cases" in entry)) continue;
      for (const socketCase of entry.cases) {
        for (const [actor, expected] of Object.entries(socketCase.expect) as [Exclude<Actor, "anonymous">, string | number][]) {
          const reply = await request(clients.get(actor)!, event, socketCase.payload(world, actor));
          const outcome = reply.ok ? "ok" : reply.error?.status;
          if (PRINT) console.info(`${event} [${socketCase.state}] ${actor}: ${outcome}`);
          if (outcome !== expected)
            mismatches.push(
              `${event} [${socketCase.state}] as ${actor}: expected ${expected}, got ${outcome} (${reply.error?.message ?? ""})`,
            );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("opens a document's collab socket only for its readers", async () => {
    const mismatches: string[] = [];
    for (const which of ["open", "closed"] as const) {
      for (const [actor, expected] of Object.entries(COLLAB_HANDSHAKE[which]) as [Actor, "ok" | "refused"][]) {
        const outcome = await openCollab(world[which].document.id, await world.cookieFor(actor)).then(
          () => "ok",
          () => "refused",
        );
        if (outcome !== expected) mismatches.push(`/collab ${which} document as ${actor}: expected ${expected}, got ${outcome}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  /** Resolves when the server closes the socket; fails if it stays open. */
  const closedByServer = (socket: Socket) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("socket stayed connected")), 10_000);
      socket.once("disconnect", () => {
        clearTimeout(timer);
        resolve();
      });
    });

  it("after logout no namespace keeps a socket of that session, and none can be opened with it (decision 112)", async () => {
    const user = await createUser();
    await addMember(user.id, world.closed.community.id);
    const cookie = await sessionCookieFor(user.id);
    const opened: Socket[] = [track(await connect(server.url, cookie)), await openCollab(world.closed.document.id, cookie)];
    expect(SESSION_NAMESPACES.length).toBe(opened.length);
    const closing = opened.map(closedByServer);
    await callAction(logoutAction, formRequest("/uitloggen", {}, cookie));
    await Promise.all(closing);
    await expect(connect(server.url, cookie)).rejects.toThrow(/not authenticated/);
    await expect(openCollab(world.closed.document.id, cookie)).rejects.toThrow();
  });

  it("after removal from an invite-only community its documents' sockets close and stay closed (decision 112)", async () => {
    const user = await createUser();
    await addMember(user.id, world.closed.community.id);
    const cookie = await sessionCookieFor(user.id);
    const discussion = track(await connect(server.url, cookie));
    expect((await request(discussion, "community:join", { communityId: world.closed.community.id })).ok).toBe(true);
    const collab = await openCollab(world.closed.document.id, cookie);
    const closing = closedByServer(collab);
    const facilitator = await db().membership.findFirstOrThrow({
      where: { communityId: world.closed.community.id, role: "FACILITATOR" },
      select: { user: true },
    });
    await removeMember(facilitator.user, world.closed.community.slug, user.id);
    await closing;
    await expect(openCollab(world.closed.document.id, cookie)).rejects.toThrow();
    expect((await request(discussion, "community:join", { communityId: world.closed.community.id })).ok).toBe(false);
  });
});
