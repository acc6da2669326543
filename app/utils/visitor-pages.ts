import type { EntryContext } from "@remix-run/node";

/**
 * A route's `handle` when its page may be kept whole for visitors (decision
 * 163): for a visitor without cookies, what the route loads and renders
 * depends only on the address and the language, and every change to it is a
 * domain event the `public-pages` processor hears (or may wait a few
 * seconds). Never on a page that reads anything else of the request (a
 * token, the client's address) or shows something per visitor. A rate limit
 * is fine when being limited is an error answer (never kept): a kept page
 * costs no more than the limit's own check.
 */
export const keptForVisitors = { keptForVisitors: true } as const;

/** Whether this page may be kept for visitors: the page's own route opted in, and so did every route on it with a loader. */
export function keptForVisitorsPage(context: EntryContext): boolean {
  const matches = context.staticHandlerContext.matches;
  const opted = (id: string) => (context.routeModules[id]?.handle as { keptForVisitors?: unknown } | undefined)?.keptForVisitors === true;
  const page = matches.at(-1);
  return (
    page !== undefined &&
    opted(page.route.id) &&
    matches.every((match) => !context.manifest.routes[match.route.id]?.hasLoader || opted(match.route.id))
  );
}
