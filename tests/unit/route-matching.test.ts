/**
 * The compiled route matching (server/http/route-matching.ts, decision 209)
 * answers exactly as `@remix-run/router`'s own matchRoutes: on generated
 * route trees and paths, and on a copy of a tree (the render makes a new
 * array per request), where the matches must name the copy's route objects.
 */
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { cachedMatchRoutes, installRouteMatchingCache } from "../../server/http/route-matching.ts";
import { pathname, type Route, routesOf, tree } from "../helpers/route-trees.ts";

type MatchRoutes = Parameters<typeof cachedMatchRoutes>[0];
const router = createRequire(import.meta.url)("@remix-run/router") as { matchRoutes: MatchRoutes };
const original = router.matchRoutes;

/** The original throws on trees it rejects; then the cached one must throw too. */
function outcome(match: MatchRoutes, routes: Route[], location: string, basename?: string) {
  try {
    return { matches: match(routes as never, location, basename) };
  } catch (error) {
    return { error: String(error) };
  }
}

describe("compiled route matching", () => {
  it("matches as @remix-run/router does, on generated trees and paths", () => {
    // The original warns about each malformed path (%zz) outside production.
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    fc.assert(
      fc.property(
        tree(3),
        fc.array(pathname, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("/", "/app", "/app/"),
        (generated, paths, basename) => {
          const routes = routesOf(generated);
          const cached = cachedMatchRoutes(original);
          for (const path of paths) {
            const location = basename === "/" ? path : `${basename.replace(/\/$/, "")}${path.startsWith("/") ? "" : "/"}${path}`;
            // Twice: the second time the branch a path took is remembered.
            expect(outcome(cached, routes, location, basename)).toEqual(outcome(original, routes, location, basename));
            expect(outcome(cached, routes, location, basename)).toEqual(outcome(original, routes, location, basename));
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("binds a copied tree's matches to the copy's route objects", () => {
    const make = () => [
      {
        id: "root",
        path: "",
        children: [
          { id: "home", index: true },
          { id: "community", path: "communities/:slug", children: [{ id: "topic", path: "discussies/:channel/:topic" }] },
          { id: "splat", path: "*" },
        ],
      },
    ];
    const cached = cachedMatchRoutes(original);
    const first = make();
    const second = make();
    expect(cached(first as never, "/communities/a/discussies/b/c")!.map((m) => m.route)).toEqual(
      original(first as never, "/communities/a/discussies/b/c")!.map((m) => m.route),
    );
    const matches = cached(second as never, "/communities/a/discussies/b/c")!;
    expect(matches.map((m) => m.route.id)).toEqual(["root", "community", "topic"]);
    expect(matches[2]!.route).toBe(second[0]!.children[1]!.children![0]);
    expect(matches[2]!.params).toEqual({ slug: "a", channel: "b", topic: "c" });
  });

  it("is what the package exports once installed", () => {
    installRouteMatchingCache();
    installRouteMatchingCache();
    const routes = [{ id: "a", path: "agenda/:id" }];
    expect(router.matchRoutes).not.toBe(original);
    expect(router.matchRoutes(routes as never, "/agenda/1")).toEqual(original(routes as never, "/agenda/1"));
  });
});
