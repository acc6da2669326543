/**
 * Remix's static handler answering a page over the one branch of routes the
 * page matched, instead of over all ~100 routes (decision 220).
 *
 * The static handler's `query` (the document and single-fetch reads of
 * `@remix-run/server-runtime`) matches the URL with the router package's own
 * internal matchRoutes, which flattens, ranks and compiles every route on
 * every request: about 0.5 ms of a member's page, the largest cost the floor
 * measurement (bench:pages FLOOR=1) found that a Remix app with few routes
 * does not pay. Decision 209 could not reach that call: it is internal to
 * the package.
 *
 * `installBranchQuery()` replaces the package's exported `createStaticHandler`
 * (which server-runtime calls through the exports object) with one whose
 * `query` for GET and HEAD finds the branch with the compiled matching of
 * decision 209, and hands the request to a static handler made once per
 * branch over copies of just those routes (the root, a layout, the page).
 * That handler runs the same package code — loaders, error bubbling, headers,
 * redirects — on the same route definitions; only the matching sees fewer
 * routes. It is used only when the package's own matchRoutes, run on the
 * small tree, gives the very matches (route ids, params, pathnames) the whole
 * tree gives; anything else (no match, other methods, a difference) goes to
 * the whole-tree handler as before. `queryRoute` (resource routes, actions'
 * data) and `dataRoutes` are the whole-tree handler's.
 */
import { createRequire } from "node:module";
import type { AgnosticDataRouteObject, AgnosticRouteMatch, StaticHandler } from "@remix-run/router";
import { installRouteMatchingCache, packageMatchRoutes } from "./route-matching.ts";

type Route = AgnosticDataRouteObject;
type Match = AgnosticRouteMatch<string, Route>;
type MatchRoutes = (routes: Route[], location: string, basename?: string) => Match[] | null;
type CreateStaticHandler = (routes: Route[], opts?: { basename?: string }) => StaticHandler;

/** Branches kept per handler; an app has one per leaf route (and per exploded optional segment). */
const MAX_BRANCHES = 1_000;

/** Copies of the routes on a branch, each holding only the next one as its child. */
function branchTree(matches: Match[]): Route[] {
  let child: Route | undefined;
  for (let i = matches.length - 1; i >= 0; i--) {
    const { children: _children, ...route } = matches[i]!.route as Route & { children?: Route[] };
    child = (child ? { ...route, children: [child] } : route) as Route;
  }
  return [child!];
}

function sameMatches(a: Match[] | null, b: Match[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.route.id !== y.route.id || x.pathname !== y.pathname || x.pathnameBase !== y.pathnameBase) return false;
    const keys = Object.keys(y.params);
    if (Object.keys(x.params).length !== keys.length || keys.some((key) => x.params[key] !== y.params[key])) return false;
  }
  return true;
}

/**
 * `original` with `query` answered over the matched branch. `matchRoutes` is the package's export (the
 * compiled one of decision 209 once installed), `packageMatchRoutes` its own, used on the small tree.
 */
export function branchQueryHandler(
  original: CreateStaticHandler,
  matchRoutes: MatchRoutes,
  packageMatchRoutes: MatchRoutes,
): CreateStaticHandler {
  return (routes, opts) => {
    const whole = original(routes, opts);
    const basename = opts?.basename || "/";
    const branches = new Map<string, { tree: Route[]; handler: StaticHandler }>();
    const query: StaticHandler["query"] = (request, queryOptions) => {
      if (request.method !== "GET" && request.method !== "HEAD") return whole.query(request, queryOptions);
      const { pathname } = new URL(request.url);
      const matches = matchRoutes(routes, pathname, basename);
      if (!matches || matches.length === 0) return whole.query(request, queryOptions);
      const key = matches.map((match) => match.route.id).join("\u0000");
      let branch = branches.get(key);
      if (!branch) {
        const tree = branchTree(matches);
        if (branches.size >= MAX_BRANCHES) branches.clear();
        branches.set(key, (branch = { tree, handler: original(tree, opts) }));
      }
      // The package's matching on the small tree is what the branch's handler will do: only the same matches qualify.
      if (!sameMatches(packageMatchRoutes(branch.handler.dataRoutes as Route[], pathname, basename), matches)) {
        return whole.query(request, queryOptions);
      }
      return branch.handler.query(request, queryOptions);
    };
    return { ...whole, query };
  };
}

const INSTALLED = Symbol.for("praktijkplein.branchQuery");

type RouterModule = { createStaticHandler: CreateStaticHandler & { [INSTALLED]?: true }; matchRoutes: MatchRoutes };

/**
 * Replaces `@remix-run/router`'s exported createStaticHandler (once per process), finding branches with
 * the compiled matching (installed first) and checking them with the package's own matchRoutes.
 */
export function installBranchQuery(): void {
  installRouteMatchingCache();
  const router = createRequire(import.meta.url)("@remix-run/router") as RouterModule;
  if (router.createStaticHandler[INSTALLED]) return;
  const handler = branchQueryHandler(router.createStaticHandler, router.matchRoutes, packageMatchRoutes() as MatchRoutes);
  router.createStaticHandler = Object.assign(handler, { [INSTALLED]: true as const });
}
