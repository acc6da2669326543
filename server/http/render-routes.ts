/**
 * The render's route tree made once per server build instead of on every
 * page (decision 220).
 *
 * `RemixServer` (`@remix-run/react`) builds React Router routes for all ~100
 * routes on every render (`createServerRoutes`: a route object and component
 * wrappers per route), and react-router-dom's `createStaticRouter` converts
 * that new array into data routes again (`UNSAFE_convertRoutesToDataRoutes`),
 * which the render then matches (a new array, so decision 209's matching
 * recognised it by its shape each time). A Remix app with two routes does
 * not notice; ours paid about 0.2 ms and the garbage per member page.
 *
 * Both results depend only on the build: the route manifest, the route
 * modules, the future flags and SPA mode. `installRenderRoutesCache()`
 * replaces both exports (each is called through its package's exports
 * object) with versions that return the tree made for the same manifest
 * object when every route module is the very same module object as then,
 * and otherwise build it as before. Nothing in these trees belongs to a
 * request: route ids, paths, handles, the modules' components wrapped once,
 * and loaders that are no-ops in a static render. The loader data, matches
 * and errors of a page stay in its own context.
 */
import { createRequire } from "node:module";

type RouteObject = { id?: string; children?: RouteObject[] };
type CreateServerRoutes = (
  manifest: object,
  routeModules: Record<string, unknown>,
  future: unknown,
  isSpaMode: boolean,
  ...rest: unknown[]
) => RouteObject[];
type ConvertRoutes = (
  routes: RouteObject[],
  mapRouteProperties: unknown,
  parentPath?: string[],
  manifest?: Record<string, unknown>,
) => RouteObject[];

type Kept = { routeModules: Record<string, unknown>; future: unknown; isSpaMode: boolean; routes: RouteObject[] };

/** `original` returning the same tree for the same build (manifest object, route modules, future flags, SPA mode). */
export function keptServerRoutes(original: CreateServerRoutes, made: WeakSet<RouteObject[]>): CreateServerRoutes {
  const kept = new WeakMap<object, Kept>();
  const sameModules = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    let count = 0;
    for (const id in b) {
      if (a[id] !== b[id]) return false;
      count++;
    }
    return Object.keys(a).length === count;
  };
  return (manifest, routeModules, future, isSpaMode, ...rest) => {
    // Only the top-level call (the package recurses internally, not through this export).
    if (rest.length > 0) return original(manifest, routeModules, future, isSpaMode, ...rest);
    const previous = kept.get(manifest);
    if (previous && previous.future === future && previous.isSpaMode === isSpaMode && sameModules(previous.routeModules, routeModules)) {
      return previous.routes;
    }
    const routes = original(manifest, routeModules, future, isSpaMode);
    made.add(routes);
    kept.set(manifest, { routeModules: { ...routeModules }, future, isSpaMode, routes });
    return routes;
  };
}

/**
 * `original` converting a kept tree once per route-property mapping; the ids it reports through `manifest` are
 * copied in on every call. Any other tree is converted as before.
 */
export function keptDataRoutes(original: ConvertRoutes, made: WeakSet<RouteObject[]>): ConvertRoutes {
  const converted = new WeakMap<
    RouteObject[],
    { mapRouteProperties: unknown; dataRoutes: RouteObject[]; manifest: Record<string, unknown> }
  >();
  return (routes, mapRouteProperties, parentPath, manifest) => {
    if (parentPath !== undefined || !made.has(routes)) return original(routes, mapRouteProperties, parentPath, manifest);
    let entry = converted.get(routes);
    if (!entry || entry.mapRouteProperties !== mapRouteProperties) {
      const ids: Record<string, unknown> = {};
      entry = { mapRouteProperties, dataRoutes: original(routes, mapRouteProperties, undefined, ids), manifest: ids };
      converted.set(routes, entry);
    }
    if (manifest) Object.assign(manifest, entry.manifest);
    return entry.dataRoutes;
  };
}

const INSTALLED = Symbol.for("praktijkplein.renderRoutesCache");

/** Replaces `@remix-run/react`'s createServerRoutes and `@remix-run/router`'s convertRoutesToDataRoutes exports (once per process). */
export function installRenderRoutesCache(): void {
  const require = createRequire(import.meta.url);
  const remixRoutes = require("@remix-run/react/dist/routes.js") as { createServerRoutes: CreateServerRoutes & { [INSTALLED]?: true } };
  const router = require("@remix-run/router") as { UNSAFE_convertRoutesToDataRoutes: ConvertRoutes };
  if (remixRoutes.createServerRoutes[INSTALLED]) return;
  const made = new WeakSet<RouteObject[]>();
  router.UNSAFE_convertRoutesToDataRoutes = keptDataRoutes(router.UNSAFE_convertRoutesToDataRoutes, made);
  remixRoutes.createServerRoutes = Object.assign(keptServerRoutes(remixRoutes.createServerRoutes, made), { [INSTALLED]: true as const });
}
