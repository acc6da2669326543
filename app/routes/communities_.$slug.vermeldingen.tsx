import type { LoaderFunctionArgs } from "@remix-run/node";
import { mentionCandidates } from "~/.server/discussions.ts";
import { orRespondResource } from "~/.server/errors.ts";
import { getUser } from "~/.server/session.ts";

/**
 * Members to suggest after "@" in the editor (JSON). Only for those who may read the community.
 * A Response, not `data()`, which lost its status and headers in a resource route (see /zoeken/suggesties).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (!user) return Response.json({ members: [] }, { status: 401, headers: { "Cache-Control": "private, no-store" } });
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const members = await orRespondResource(request, () => mentionCandidates(user, params.slug ?? "", q), "json");
  return Response.json({ members }, { headers: { "Cache-Control": "private, no-store" } });
}
