/**
 * The static handler answering over a page's own branch of routes
 * (server/http/branch-query.ts, decision 220) gives what the package's
 * whole-tree handler gives: on generated route trees with loaders that
 * return data, throw a 404 or redirect, and error boundaries here and there,
 * for generated paths under several basenames — status, matches, loader data,
 * errors and redirects alike.
 */
import { createRequire } from "node:module";
import type { AgnosticDataRouteObject, StaticHandler } from "@remix-run/router";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { branchQueryHandler, installBranchQuery } from "../../server/http/branch-query.ts";
import { cachedMatchRoutes, packageMatchRoutes as packageMatchRoutesOf } from "../../server/http/route-matching.ts";
import { pathname, type Route, routesOf, tree } from "../helpers/route-trees.ts";

type CreateStaticHandler = Parameters<typeof branchQueryHandler>[0];
type MatchRoutes = Parameters<typeof branchQueryHandler>[1];
const router = createRequire(import.meta.url)("@remix-run/router") as {
  createStaticHandler: CreateStaticHandler;
  matchRoutes: MatchRoutes;
  redirect: (url: string) => Response;
};
const createStaticHandler = router.createStaticHandler;
const packageMatchRoutes = packageMatchRoutesOf() as MatchRoutes;

/** Loaders and boundaries chosen by each route's number: data, a thrown 404, a redirect; every third has a boundary. */
function withLoaders(routes: Route[]): AgnosticDataRouteObject[] {
  return routes.map((route) => {
    const n = Number(route.id.slice(1));
    const loader =
      n % 5 === 4
        ? undefined
        : ({ params, request }: { params: Record<string, string | undefined>; request: Request }) => {
            if (n % 7 === 3) throw new Response("not here", { status: 404 });
            if (n % 11 === 5) return router.redirect("/elders");
            return { route: route.id, params, url: request.url };
          };
    return {
      ...route,
      loader,
      hasErrorBoundary: n % 3 === 0,
      ...(route.children ? { children: withLoaders(route.children) } : {}),
    } as AgnosticDataRouteObject;
  });
}

/** What a query answered, in comparable form. */
async function outcome(handler: () => StaticHandler, url: string) {
  try {
    const result = await handler().query(new Request(url));
    if (result instanceof Response) return { status: result.status, location: result.headers.get("Location") };
    return {
      statusCode: result.statusCode,
      location: result.location.pathname,
      matches: result.matches.map((match) => ({
        id: match.route.id,
        params: match.params,
        pathname: match.pathname,
        pathnameBase: match.pathnameBase,
      })),
      loaderData: result.loaderData,
      errors: result.errors,
    };
  } catch (error) {
    return { error: String(error) };
  }
}

describe("static handler over the matched branch", () => {
  it("answers as the whole-tree handler, on generated trees and paths", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const byBranch = branchQueryHandler(
      createStaticHandler,
      cachedMatchRoutes(packageMatchRoutes as never) as MatchRoutes,
      packageMatchRoutes,
    );
    await fc.assert(
      fc.asyncProperty(
        tree(3),
        fc.array(pathname, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("/", "/app"),
        async (generated, paths, basename) => {
          const routes = withLoaders(routesOf(generated));
          if (routes.length === 0) return;
          let whole: StaticHandler;
          try {
            whole = createStaticHandler(routes, { basename });
          } catch (error) {
            expect(() => byBranch(routes, { basename })).toThrow(String(error).replace(/^\w*Error: /, ""));
            return;
          }
          const branches = byBranch(routes, { basename });
          for (const path of paths) {
            const url = `http://x${basename === "/" ? "" : basename}${path.startsWith("/") ? path : `/${path}`}`;
            // Twice through the branches: made on the first request, kept for the second.
            const expected = await outcome(() => whole, url);
            expect(await outcome(() => branches, url)).toEqual(expected);
            expect(await outcome(() => branches, url)).toEqual(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves other methods and unmatched paths to the whole tree, and the rest of the handler as it was", async () => {
    const routes = withLoaders([{ id: "r0", path: "", children: [{ id: "r1", path: "agenda/:id" }] }] as Route[]);
    const whole = createStaticHandler(routes);
    const queried: string[] = [];
    const spying: CreateStaticHandler = (tree, opts) => {
      const handler = createStaticHandler(tree, opts);
      const query: StaticHandler["query"] = (request, options) => {
        queried.push(tree === routes ? "whole" : "branch");
        return handler.query(request, options);
      };
      return { ...handler, query };
    };
    const handler = branchQueryHandler(spying, cachedMatchRoutes(packageMatchRoutes as never) as MatchRoutes, packageMatchRoutes)(routes);
    await handler.query(new Request("http://x/agenda/1"));
    await handler.query(new Request("http://x/agenda/1", { method: "POST", body: "" }));
    await handler.query(new Request("http://x/nergens"));
    expect(queried).toEqual(["branch", "whole", "whole"]);
    expect(handler.dataRoutes.map((route) => route.id)).toEqual(whole.dataRoutes.map((route) => route.id));
  });

  it("is what the package exports once installed", async () => {
    installBranchQuery();
    installBranchQuery();
    expect(router.createStaticHandler).not.toBe(createStaticHandler);
    const routes = withLoaders([{ id: "r0", path: "", children: [{ id: "r1", path: "agenda/:id" }] }] as Route[]);
    const url = "http://x/agenda/7";
    expect(await outcome(() => router.createStaticHandler(routes), url)).toEqual(await outcome(() => createStaticHandler(routes), url));
  });
});
