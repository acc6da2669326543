/**
 * GET /zoeken/suggesties?q=… — suggestions for the search box in the header
 * (JSON). Same access rules as the results page; bad input gives [].
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
    return json(
      { suggestions: [] as Suggestion[], error: "errors.rateLimited", retryAfterSeconds },
      { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
    );
  }
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  let suggestions: Suggestion[] = [];
  try {
    suggestions = await suggest(user, q, { language: await getLanguage(request, user?.locale) });
  } catch (error) {
    logSearchFailure(error);
  }
  return json({ suggestions });
}

/** JSON as Remix's own conversion gave it (UTF-8 content type), never cached: the answer depends on who asks. */
function json(body: { suggestions: Suggestion[]; error?: string; retryAfterSeconds?: number }, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", "private, no-store");
  return new Response(JSON.stringify(body), { ...init, headers });
}
