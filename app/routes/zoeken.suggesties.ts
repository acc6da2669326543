/**
 * GET /zoeken/suggesties?q=… — suggestions for the search box in the header
 * (JSON). Same access rules as the results page; bad input gives [].
 * A Response, not `data()`: a resource route's `data()` lost its status and
 * headers on the way out (a 429 went out as 200, without Retry-After or no-store).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getUser } from "~/.server/session.ts";
import { getLanguage } from "~/.server/language.ts";
import { clientIp, searchLimit } from "~/.server/moderation.ts";
import { logSearchFailure, suggest, type Suggestion } from "~/.server/search.ts";
import { MAX_QUERY_LENGTH } from "~/shared/search.ts";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const limit = await searchLimit().check(user?.id ?? `ip-${clientIp(context)}`);
  if (!limit.allowed) {
    const retryAfterSeconds = Math.ceil(limit.retryAfterMs / 1000);
    return Response.json(
      { suggestions: [] as Suggestion[], error: "errors.rateLimited", retryAfterSeconds },
      { status: 429, headers: { "Cache-Control": "private, no-store", "Retry-After": String(retryAfterSeconds) } },
    );
  }
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  let suggestions: Suggestion[] = [];
  try {
    suggestions = await suggest(user, q, { language: await getLanguage(request, user?.locale) });
  } catch (error) {
    logSearchFailure(error);
  }
  return Response.json({ suggestions }, { headers: { "Cache-Control": "private, no-store" } });
}
