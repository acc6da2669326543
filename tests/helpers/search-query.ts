import { parseQuery } from "../../server/search/query.ts";
import { planQuery, searchAccess } from "../../server/search/service.ts";
import type { EngineQuery } from "../../server/search/types.ts";

/** An engine query for `q` as a visitor's results page asks it (first page, facets and snippets), with `options` over it. */
export async function visitorEngineQuery(q: string, options: Partial<EngineQuery> = {}): Promise<EngineQuery> {
  const query = parseQuery(q);
  const access = await searchAccess(null);
  return {
    query,
    plan: await planQuery(query, access),
    filters: { kinds: [], themeIds: [], communityIds: [], evidenceLevels: [], period: null },
    access,
    sort: "relevance",
    page: 1,
    pageSize: 20,
    facets: true,
    snippets: true,
    ...options,
  };
}
