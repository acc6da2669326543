/**
 * The render's route tree kept per build (server/http/render-routes.ts,
 * decision 220): the same tree for the same manifest and route modules, a new
 * one when a module differs, the same shape as Remix makes, and data routes
 * converted once with their ids reported on every call.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { installRenderRoutesCache, keptDataRoutes, keptServerRoutes } from "../../server/http/render-routes.ts";

type RouteObject = { id?: string; path?: string; index?: boolean; children?: RouteObject[] };
type CreateServerRoutes = Parameters<typeof keptServerRoutes>[0];
type ConvertRoutes = Parameters<typeof keptDataRoutes>[0];
const require = createRequire(import.meta.url);
const remixRoutes = require("@remix-run/react/dist/routes.js") as { createServerRoutes: CreateServerRoutes };
const router = require("@remix-run/router") as { UNSAFE_convertRoutesToDataRoutes: ConvertRoutes };
const { UNSAFE_mapRouteProperties: mapRouteProperties } = require("react-router") as { UNSAFE_mapRouteProperties: unknown };
const createServerRoutes = remixRoutes.createServerRoutes;
const convertRoutes = router.UNSAFE_convertRoutesToDataRoutes;

const entry = (id: string, parentId: string | undefined, path: string | undefined, index?: boolean) => ({
  id,
  parentId,
  path,
  index,
  hasLoader: id !== "routes/privacy",
  hasAction: false,
  hasClientLoader: false,
  hasClientAction: false,
  hasErrorBoundary: id === "root",
  module: `/${id}.js`,
});
const manifest = {
  root: entry("root", undefined, ""),
  "routes/_index": entry("routes/_index", "root", undefined, true),
  "routes/communities.$slug": entry("routes/communities.$slug", "root", "communities/:slug"),
  "routes/communities.$slug._index": entry("routes/communities.$slug._index", "routes/communities.$slug", undefined, true),
  "routes/privacy": entry("routes/privacy", "root", "privacy"),
};
const moduleOf = (id: string) => ({ default: () => id, handle: { id } });
const modules = () => Object.fromEntries(Object.keys(manifest).map((id) => [id, moduleOf(id)]));
const future = { v3_singleFetch: true };

/** The parts of a route tree that decide what renders (components are made anew by Remix each time). */
function shape(routes: RouteObject[]): unknown {
  return routes.map((route) => ({ id: route.id, path: route.path, index: route.index, children: route.children && shape(route.children) }));
}

describe("render routes kept per build", () => {
  it("gives the same tree for the same build, a new one when a route module differs", () => {
    const made = new WeakSet<RouteObject[]>();
    const kept = keptServerRoutes(createServerRoutes, made);
    const routeModules = modules();
    const first = kept(manifest, routeModules, future, false);
    expect(kept(manifest, { ...routeModules }, future, false)).toBe(first);
    expect(shape(first)).toEqual(shape(createServerRoutes(manifest, routeModules, future, false)));
    expect(made.has(first)).toBe(true);

    const changed = { ...routeModules, "routes/privacy": moduleOf("other") };
    const second = kept(manifest, changed, future, false);
    expect(second).not.toBe(first);
    expect(shape(second)).toEqual(shape(first));
    expect(kept(manifest, changed, future, true)).not.toBe(second);
    expect(kept(manifest, changed, { ...future }, true)).not.toBe(second);
    const { ["routes/privacy"]: _gone, ...fewer } = changed;
    expect(() => kept(manifest, fewer, future, true)).toThrow(/No `routeModule` available/);
  });

  it("converts a kept tree once and reports its ids on every call; other trees as before", () => {
    const made = new WeakSet<RouteObject[]>();
    const routes = keptServerRoutes(createServerRoutes, made)(manifest, modules(), future, false);
    const convert = keptDataRoutes(convertRoutes, made);
    const ids: Record<string, unknown> = {};
    const dataRoutes = convert(routes, mapRouteProperties, undefined, ids);
    const again: Record<string, unknown> = {};
    expect(convert(routes, mapRouteProperties, undefined, again)).toBe(dataRoutes);
    expect(again).toEqual(ids);
    const expected: Record<string, unknown> = {};
    expect(shape(dataRoutes)).toEqual(shape(convertRoutes(routes, mapRouteProperties, undefined, expected)));
    expect(Object.keys(ids).sort()).toEqual(Object.keys(expected).sort());

    const other = [{ id: "a", path: "a" }];
    expect(convert(other, mapRouteProperties, undefined, {})).not.toBe(convert(other, mapRouteProperties, undefined, {}));
  });

  it("is what the packages export once installed", () => {
    installRenderRoutesCache();
    installRenderRoutesCache();
    expect(remixRoutes.createServerRoutes).not.toBe(createServerRoutes);
    expect(router.UNSAFE_convertRoutesToDataRoutes).not.toBe(convertRoutes);
    const routeModules = modules();
    expect(remixRoutes.createServerRoutes(manifest, routeModules, future, false)).toBe(
      remixRoutes.createServerRoutes(manifest, { ...routeModules }, future, false),
    );
  });
});
