// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
import { errorFields, log } from "~server/logger.ts";

export { search, suggest, type SearchHitView, type SearchResultsView, type Suggestion, type FacetOption } from "~server/search/service.ts";

/** An engine failure (Meilisearch down, a timeout) is logged; the page shows a message instead of an error page. */
export function logSearchFailure(error: unknown): void {
  log.error("search failed", errorFields(error));
}

export {
  addThesaurusEntry,
  assertThesaurusEditor,
  removeThesaurusEntry,
  switchShippedEntry,
  thesaurusOverview,
} from "~server/search/thesaurus-admin.ts";
