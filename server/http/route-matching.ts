/**
 * React Router's `matchRoutes` with the route tree flattened, ranked and
 * compiled once per tree shape instead of on every call (decision 209).
 *
 * `@remix-run/router` (1.x) flattens every route into branches, ranks them
 * and builds a regular expression per route segment on each call, and a page
 * request calls it three times (Remix's `matchServerRoutes`, the static
 * handler's `query` and the render's `useRoutes`), each over all ~100
 * routes: a fifth of a small member page's CPU. Two of the three calls go
 * through the package's exports object (`router.matchRoutes(…)` in
 * `@remix-run/server-runtime`, `r.matchRoutes(…)` in react-router), so
 * `installRouteMatchingCache()` replaces that export; the static handler's
 * own call is internal to the package (server/http/branch-query.ts gives it
 * a page's branch alone instead, decision 220). Which branch a path took is
 * remembered per tree for a bounded number of paths (decision 220).
 *
 * The result is the same as the original's for the same arguments: the
 * flattening, ranking and per-segment matching below follow
 * `@remix-run/router` 1.23 line by line (flattenRoutes, rankRouteBranches,
 * matchRouteBranch, matchPath, compilePath), and tests/unit/route-matching
 * compares both on generated route trees and paths. The render makes a new
 * route array per request, so compiled trees are kept by shape (each
 * route's path, index and caseSensitive flags and children, in order) and
 * bound to the route objects of the array at hand by their position.
 */
import { createRequire } from "node:module";
import type { AgnosticRouteMatch, AgnosticRouteObject, Location } from "@remix-run/router";

type Route = AgnosticRouteObject & { children?: Route[] };
type Params = Record<string, string | undefined>;
type Match = AgnosticRouteMatch<string, Route>;
type Compiled = { matcher: RegExp; params: { paramName: string; isOptional?: boolean }[] };
type Meta = { relativePath: string; caseSensitive: boolean; childrenIndex: number; positions: number[]; compiled: Compiled };
type Branch = { path: string; score: number; metas: Meta[] };
type MatchRoutes = (routes: Route[], location: Partial<Location> | string, basename?: string) => Match[] | null;

/** Trees seen by array identity (Remix's request handler keeps one array), else by shape. */
const byArray = new WeakMap<Route[], Branch[]>();
const byShape = new Map<string, Branch[]>();
/** Distinct shapes kept; a process has two or three (the server routes and the render's). */
const MAX_SHAPES = 32;

function shapeOf(routes: Route[]): string {
  let shape = "";
  for (const route of routes) {
    shape += `${route.path === undefined ? "\u0000" : route.path}\u0001${route.index === true ? 1 : 0}${route.caseSensitive === true ? 1 : 0}`;
    if (route.children && route.children.length > 0) shape += `[${shapeOf(route.children)}]`;
    shape += "\u0002";
  }
  return shape;
}

const removeDoubleSlashes = (path: string) => path.replace(/\/\/+/g, "/");
const joinPaths = (paths: string[]) => removeDoubleSlashes(paths.join("/"));
const normalizePathname = (pathname: string) => pathname.replace(/\/+$/, "").replace(/^\/*/, "/");

function compilePath(path: string, caseSensitive: boolean, end: boolean): Compiled {
  const params: Compiled["params"] = [];
  let regexpSource =
    "^" +
    path
      .replace(/\/*\*?$/, "")
      .replace(/^\/*/, "/")
      .replace(/[\\.*+^${}|()[\]]/g, "\\$&")
      .replace(/\/:([\w-]+)(\?)?/g, (_: string, paramName: string, isOptional?: string) => {
        params.push({ paramName, isOptional: isOptional != null });
        return isOptional ? "/?([^\\/]+)?" : "/([^\\/]+)";
      });
  if (path.endsWith("*")) {
    params.push({ paramName: "*" });
    regexpSource += path === "*" || path === "/*" ? "(.*)$" : "(?:\\/(.+)|\\/*)$";
  } else if (end) {
    regexpSource += "\\/*$";
  } else if (path !== "" && path !== "/") {
    regexpSource += "(?:(?=\\/|$))";
  }
  return { matcher: new RegExp(regexpSource, caseSensitive ? undefined : "i"), params };
}

const paramRe = /^:[\w-]+$/;
function computeScore(path: string, index: boolean | undefined): number {
  const segments = path.split("/");
  let score = segments.length;
  if (segments.some((segment) => segment === "*")) score += -2;
  if (index) score += 2;
  for (const segment of segments) {
    if (segment === "*") continue;
    score += paramRe.test(segment) ? 3 : segment === "" ? 1 : 10;
  }
  return score;
}

function compareIndexes(a: number[], b: number[]): number {
  const siblings = a.length === b.length && a.slice(0, -1).every((n, i) => n === b[i]);
  return siblings ? a[a.length - 1]! - b[b.length - 1]! : 0;
}

function explodeOptionalSegments(path: string): string[] {
  const segments = path.split("/");
  if (segments.length === 0) return [];
  const [first, ...rest] = segments as [string, ...string[]];
  const isOptional = first.endsWith("?");
  const required = first.replace(/\?$/, "");
  if (rest.length === 0) return isOptional ? [required, ""] : [required];
  const restExploded = explodeOptionalSegments(rest.join("/"));
  const result = restExploded.map((subpath) => (subpath === "" ? required : [required, subpath].join("/")));
  if (isOptional) result.push(...restExploded);
  return result.map((exploded) => (path.startsWith("/") && exploded === "" ? "/" : exploded));
}

type RawMeta = Omit<Meta, "compiled">;
function flatten(
  routes: Route[],
  branches: { path: string; score: number; metas: RawMeta[] }[],
  parents: RawMeta[],
  parentPath: string,
  positions: number[],
) {
  const flattenRoute = (route: Route, index: number, relativePath?: string) => {
    const meta: RawMeta = {
      relativePath: relativePath === undefined ? route.path || "" : relativePath,
      caseSensitive: route.caseSensitive === true,
      childrenIndex: index,
      positions: [...positions, index],
    };
    if (meta.relativePath.startsWith("/")) meta.relativePath = meta.relativePath.slice(parentPath.length);
    const path = joinPaths([parentPath, meta.relativePath]);
    const metas = parents.concat(meta);
    if (route.children && route.children.length > 0) flatten(route.children, branches, metas, path, meta.positions);
    if (route.path == null && !route.index) return;
    branches.push({ path, score: computeScore(path, route.index), metas });
  };
  routes.forEach((route, index) => {
    if (route.path === "" || !route.path?.includes("?")) flattenRoute(route, index);
    else for (const exploded of explodeOptionalSegments(route.path)) flattenRoute(route, index, exploded);
  });
}

function compile(routes: Route[]): Branch[] {
  const raw: { path: string; score: number; metas: RawMeta[] }[] = [];
  flatten(routes, raw, [], "", []);
  raw.sort((a, b) =>
    a.score !== b.score
      ? b.score - a.score
      : compareIndexes(
          a.metas.map((meta) => meta.childrenIndex),
          b.metas.map((meta) => meta.childrenIndex),
        ),
  );
  // A meta is shared by every branch under it, but whether it must match to the end depends on the branch.
  return raw.map((branch) => ({
    path: branch.path,
    score: branch.score,
    metas: branch.metas.map((meta, i) => ({
      ...meta,
      compiled: compilePath(meta.relativePath, meta.caseSensitive, i === branch.metas.length - 1),
    })),
  }));
}

function routeAt(routes: Route[], positions: number[]): Route {
  let route = routes[positions[0]!]!;
  for (let i = 1; i < positions.length; i++) route = route.children![positions[i]!]!;
  return route;
}

function matchBranch(routes: Route[], branch: Branch, pathname: string): Match[] | null {
  const matchedParams: Params = {};
  let matchedPathname = "/";
  const matches: Match[] = [];
  for (const meta of branch.metas) {
    const remainingPathname = matchedPathname === "/" ? pathname : pathname.slice(matchedPathname.length) || "/";
    const match = remainingPathname.match(meta.compiled.matcher);
    if (!match) return null;
    const matchedSegment = match[0];
    let pathnameBase = matchedSegment.replace(/(.)\/+$/, "$1");
    meta.compiled.params.forEach(({ paramName, isOptional }, index) => {
      const value = match[index + 1];
      if (paramName === "*") {
        pathnameBase = matchedSegment.slice(0, matchedSegment.length - (value || "").length).replace(/(.)\/+$/, "$1");
      }
      matchedParams[paramName] = isOptional && !value ? undefined : (value || "").replace(/%2F/g, "/");
    });
    matches.push({
      params: matchedParams,
      pathname: joinPaths([matchedPathname, matchedSegment]),
      pathnameBase: normalizePathname(joinPaths([matchedPathname, pathnameBase])),
      route: routeAt(routes, meta.positions),
    } as Match);
    if (pathnameBase !== "/") matchedPathname = joinPaths([matchedPathname, pathnameBase]);
  }
  return matches;
}

function stripBasename(pathname: string, basename: string): string | null {
  if (basename === "/") return pathname;
  if (!pathname.toLowerCase().startsWith(basename.toLowerCase())) return null;
  const startIndex = basename.endsWith("/") ? basename.length - 1 : basename.length;
  const nextChar = pathname.charAt(startIndex);
  if (nextChar && nextChar !== "/") return null;
  return pathname.slice(startIndex) || "/";
}

function decodePath(value: string): string {
  try {
    return value
      .split("/")
      .map((segment) => decodeURIComponent(segment).replace(/\//g, "%2F"))
      .join("/");
  } catch {
    return value;
  }
}

function pathnameOf(location: Partial<Location> | string): string {
  if (typeof location !== "string") return location.pathname || "/";
  // parsePath: the part before any hash and search.
  let path = location;
  const hash = path.indexOf("#");
  if (hash >= 0) path = path.slice(0, hash);
  const search = path.indexOf("?");
  if (search >= 0) path = path.slice(0, search);
  return path || "/";
}

/** Per compiled tree: the index of the branch a path took (-1: none), for up to MAX_PATHS paths. */
const foundOf = new WeakMap<Branch[], Map<string, number>>();
const MAX_PATHS = 2_000;
const MAX_PATH_LENGTH = 512;

function remember(found: Map<string, number>, path: string, index: number) {
  if (path.length > MAX_PATH_LENGTH) return;
  if (found.size >= MAX_PATHS) found.clear();
  found.set(path, index);
}

/**
 * `original` (the package's matchRoutes) with each tree compiled once. A
 * tree that the original rejects (an invalid nesting) is left to it, so it
 * throws as before.
 */
export function cachedMatchRoutes(original: MatchRoutes): MatchRoutes {
  const branchesOf = (routes: Route[]): Branch[] => {
    let branches = byArray.get(routes);
    if (branches) return branches;
    const shape = shapeOf(routes);
    branches = byShape.get(shape);
    if (!branches) {
      original(routes, "/");
      branches = compile(routes);
      if (byShape.size >= MAX_SHAPES) byShape.delete(byShape.keys().next().value!);
      byShape.set(shape, branches);
    }
    byArray.set(routes, branches);
    return branches;
  };
  return (routes, location, basename = "/") => {
    const pathname = stripBasename(pathnameOf(location), basename);
    if (pathname == null) return null;
    const branches = branchesOf(routes);
    const decoded = decodePath(pathname);
    // Which branch a path takes depends only on the tree and the path: a page request matches the same path
    // three times (Remix, the static handler, the render), and members ask for the same pages again.
    let found = foundOf.get(branches);
    if (!found) foundOf.set(branches, (found = new Map()));
    const known = found.get(decoded);
    if (known !== undefined) return known < 0 ? null : matchBranch(routes, branches[known]!, decoded);
    for (let i = 0; i < branches.length; i++) {
      const matches = matchBranch(routes, branches[i]!, decoded);
      if (matches) {
        remember(found, decoded, i);
        return matches;
      }
    }
    remember(found, decoded, -1);
    return null;
  };
}

const INSTALLED = Symbol.for("praktijkplein.routeMatchingCache");

type RouterModule = { matchRoutes: MatchRoutes & { [INSTALLED]?: MatchRoutes } };
const routerModule = () => createRequire(import.meta.url)("@remix-run/router") as RouterModule;

/** Replaces `@remix-run/router`'s exported matchRoutes (once per process). */
export function installRouteMatchingCache(): void {
  const router = routerModule();
  if (router.matchRoutes[INSTALLED]) return;
  router.matchRoutes = Object.assign(cachedMatchRoutes(router.matchRoutes), { [INSTALLED]: router.matchRoutes });
}

/** The package's own matchRoutes, also after the export was replaced. */
export function packageMatchRoutes(): MatchRoutes {
  const exported = routerModule().matchRoutes;
  return exported[INSTALLED] ?? exported;
}
