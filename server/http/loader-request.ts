/**
 * A page's loaders share its Request when its address has no search (decision 309).
 *
 * `@remix-run/server-runtime` hands every loader two fresh copies of the page's Request, one after
 * the other: `stripIndexParam` (the address without empty `?index` values) and `stripRoutesParam`
 * (without single fetch's `_routes`) each parse the URL and make a `new Request` — with its Headers
 * copy and AbortSignal — about a tenth of a millisecond per member page with three or four loaders.
 * For an address with no search at all both copies carry the very URL, method, headers and signal
 * of the original, so the loader is handed the original itself; any address with a search (`?index`,
 * `?_routes`, filters, `?q=`) goes through the package's own function as before.
 *
 * `installLoaderRequest()` replaces the package's exported `callRouteLoader`, which its route
 * modules call through the exports object (as decisions 209 and 220 replace router exports). What
 * follows the loader is the package's own code path for single fetch, repeated here: the same error
 * for `undefined`, a deferred redirect as a redirect, anything else returned as it is.
 *
 * Sharing is safe because loaders only read their Request on a page read (GET or HEAD, which have
 * no body); `tests/unit/loader-request.test.ts` compares both ways.
 */
import { createRequire } from "node:module";

type LoaderArgs = {
  loadContext: unknown;
  loader: (args: { request: Request; context: unknown; params: unknown }) => unknown;
  params: unknown;
  request: Request;
  routeId: string;
  singleFetch: boolean;
};
type CallRouteLoader = ((args: LoaderArgs) => Promise<unknown>) & { [INSTALLED]?: true };
type DeferredData = { init?: ResponseInit };
type Responses = {
  isDeferredData: (value: unknown) => value is DeferredData;
  isRedirectStatusCode: (status: number) => boolean;
  redirect: (url: string, init?: ResponseInit) => Response;
};

const INSTALLED = Symbol.for("praktijkplein.loaderRequest");

/** The package's `callRouteLoader`, handing `request` itself to the loader when the copies would equal it. */
export function sharedRequestLoader(original: CallRouteLoader, responses: Responses): CallRouteLoader {
  return async (args) => {
    const { request } = args;
    if (!args.singleFetch || (request.method !== "GET" && request.method !== "HEAD") || request.url.includes("?")) return original(args);
    const result = await args.loader({ request, context: args.loadContext, params: args.params });
    if (result === undefined) {
      throw new Error(
        `You defined a loader for route "${args.routeId}" but didn't return ` +
          `anything from your \`loader\` function. Please return a value or \`null\`.`,
      );
    }
    if (responses.isDeferredData(result) && result.init && responses.isRedirectStatusCode(result.init.status || 200)) {
      return responses.redirect(new Headers(result.init.headers).get("Location")!, result.init);
    }
    return result;
  };
}

/** Replaces `@remix-run/server-runtime`'s exported `callRouteLoader` (once per process). */
export function installLoaderRequest(): void {
  const require = createRequire(import.meta.url);
  const data = require("@remix-run/server-runtime/dist/data.js") as { callRouteLoader: CallRouteLoader };
  if (data.callRouteLoader[INSTALLED]) return;
  const responses = require("@remix-run/server-runtime/dist/responses.js") as Responses;
  data.callRouteLoader = Object.assign(sharedRequestLoader(data.callRouteLoader, responses), { [INSTALLED]: true as const });
}
