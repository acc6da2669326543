/**
 * Decision 309: a page's loaders are handed the page's own Request when its address has no search;
 * anything else goes through `@remix-run/server-runtime`'s `callRouteLoader` as before. Both ways
 * are compared on what a loader sees (address, method, headers, signal, body) and what comes back
 * (data, the error for `undefined`, a deferred redirect, a thrown Response), for addresses with and
 * without searches and for every method.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { installLoaderRequest, sharedRequestLoader } from "../../server/http/loader-request.ts";

const require = createRequire(import.meta.url);
type CallRouteLoader = Parameters<typeof sharedRequestLoader>[0];
const data = require("@remix-run/server-runtime/dist/data.js") as { callRouteLoader: CallRouteLoader };
const responses = require("@remix-run/server-runtime/dist/responses.js") as Parameters<typeof sharedRequestLoader>[1] & {
  defer: (data: Record<string, unknown>, init?: ResponseInit) => unknown;
};
const packageCallRouteLoader = data.callRouteLoader;
const shared = sharedRequestLoader(packageCallRouteLoader, responses);

const ADDRESSES = [
  "http://praktijkplein.test/",
  "http://praktijkplein.test/communities/inclusief-werven",
  "http://praktijkplein.test/communities/inclusief-werven/discussies/algemeen/t1",
  "http://praktijkplein.test/bibliotheek?",
  "http://praktijkplein.test/bibliotheek?index",
  "http://praktijkplein.test/bibliotheek?index=&index=x",
  "http://praktijkplein.test/bibliotheek?_routes=root,routes/x",
  "http://praktijkplein.test/zoeken?q=inclusief+werven&index",
  "http://praktijkplein.test/zoeken?q=%69ndex",
  "http://praktijkplein.test/pad%20met%20spatie/%C3%A9",
];

type Seen = { url: string; method: string; headers: [string, string][]; aborted: boolean; body: string | null };

/** What the loader saw and what the call gave, for one way of calling. */
async function outcome(call: CallRouteLoader, url: string, method: string, kind: string, singleFetch = true) {
  const controller = new AbortController();
  const request = new Request(url, {
    method,
    headers: { Cookie: "pp_session=abc", "X-Praktijkplein-Request-Scope": "k" },
    signal: controller.signal,
    ...(method === "POST" ? { body: "a=1" } : {}),
  });
  let seen: Seen | null = null;
  let handed: Request | null = null;
  const loader = async ({ request: got }: { request: Request }) => {
    handed = got;
    controller.abort();
    seen = {
      url: got.url,
      method: got.method,
      headers: [...got.headers],
      aborted: got.signal.aborted,
      body: got.body ? await got.text() : null,
    };
    if (kind === "undefined") return undefined;
    if (kind === "deferred redirect") return responses.defer({ a: 1 }, { status: 302, headers: { Location: "/elders" } });
    if (kind === "deferred") return responses.defer({ a: 1 });
    if (kind === "thrown") throw new Response("niet hier", { status: 404 });
    if (kind === "response") return new Response("ja", { status: 201 });
    return { data: 1 };
  };
  let result: unknown;
  try {
    const value = await call({ loadContext: {}, loader, params: { slug: "x" }, request, routeId: "routes/x", singleFetch });
    result =
      value instanceof Response
        ? { status: value.status, location: value.headers.get("Location"), body: await value.text() }
        : value && typeof value === "object" && "data" in value && kind.startsWith("deferred")
          ? { deferred: (value as { data: unknown }).data }
          : value;
  } catch (error) {
    result = error instanceof Response ? { thrown: error.status } : { error: (error as Error).message };
  }
  return { seen, result, same: handed === request };
}

describe("a page's loaders and its Request (decision 309)", () => {
  it("see the same request and give the same answer as through the package's own function", async () => {
    for (const url of ADDRESSES) {
      for (const method of ["GET", "HEAD", "POST"]) {
        for (const kind of ["data", "undefined", "deferred", "deferred redirect", "thrown", "response"]) {
          for (const singleFetch of [true, false]) {
            const ours = await outcome(shared, url, method, kind, singleFetch);
            const theirs = await outcome(packageCallRouteLoader, url, method, kind, singleFetch);
            expect({ seen: ours.seen, result: ours.result }, `${method} ${url} ${kind} ${singleFetch}`).toEqual({
              seen: theirs.seen,
              result: theirs.result,
            });
            // The Request itself only for a page read without any search, with single fetch.
            const plain = singleFetch && method !== "POST" && !url.includes("?");
            expect(ours.same, `${method} ${url}`).toBe(plain);
            expect(theirs.same).toBe(false);
          }
        }
      }
    }
  });

  it("is what Remix's routes call once installed", async () => {
    installLoaderRequest();
    installLoaderRequest(); // once per process
    const routes = require("@remix-run/server-runtime/dist/routes.js") as {
      createStaticHandlerDataRoutes: (
        manifest: Record<string, unknown>,
        future: Record<string, boolean>,
      ) => { loader: (args: { request: Request; params: object; context: object }) => Promise<unknown> }[];
    };
    let handed: Request | null = null;
    const [root] = routes.createStaticHandlerDataRoutes(
      { root: { id: "root", path: "", module: { loader: ({ request }: { request: Request }) => ((handed = request), { ok: true }) } } },
      { v3_singleFetch: true },
    );
    const request = new Request("http://praktijkplein.test/communities");
    expect(await root!.loader({ request, params: {}, context: {} })).toEqual({ ok: true });
    expect(handed).toBe(request);
    const searched = new Request("http://praktijkplein.test/zoeken?q=werk");
    await root!.loader({ request: searched, params: {}, context: {} });
    expect(handed).not.toBe(searched);
    expect(handed!.url).toBe(searched.url);
  });
});
