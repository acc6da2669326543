/**
 * GET /zoeken/suggesties?q=… — suggestions for the search box in the header
 * (JSON). Same access rules as the results page; bad input gives [].
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { getUser } from "~/.server/session.ts";
import { logSearchFailure, suggest, type Suggestion } from "~/.server/search.ts";
import { MAX_QUERY_LENGTH } from "~/shared/search.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  let suggestions: Suggestion[] = [];
  try {
    suggestions = await suggest(user, q);
  } catch (error) {
    logSearchFailure(error);
  }
  return data({ suggestions }, { headers: { "Cache-Control": "private, no-store" } });
}
