/**
 * Search vocabulary shared by the results page, the suggestion box and the
 * domain (server/search): kinds, facet values, limits and the parser of the
 * search URL. Never throws: bad parameters are dropped, an over-long query is
 * cut (and reported), so a crafted URL cannot produce an error page.
 */

/**
 * Every kind of search document. A source (server/search/sources/<kind>.ts)
 * indexes one kind; kinds without a source yet are prepared so their labels
 * and facet values already exist.
 */
export const SEARCH_KINDS = [
  "community",
  "member",
  "topic",
  "message",
  "document",
  "library",
  "event",
  "knowledgeQuestion",
  "agendaGoal",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Why a word was also searched for, as the results page says it ("also searched for"):
 * "synonym" for an equivalent thesaurus entry only, "oneWay" for a one-way entry's words
 * (asielzoeker => statushouder: not the same thing, decision 254).
 */
export type ExpansionReason = "synonym" | "oneWay" | "related" | "translation" | "compound" | "number" | "spelling" | "prefix";

/** The Dutch recognition scale for interventions (Erkenningscommissie), lowest first. */
export const EVIDENCE_LEVELS = ["practice", "described", "substantiated", "effective"] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Date facet: documents of the last week, month or year. */
export const SEARCH_PERIODS = ["week", "month", "year"] as const;
export type SearchPeriod = (typeof SEARCH_PERIODS)[number];

export const SEARCH_SORTS = ["relevance", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Longer queries are cut to this many characters (and the page says so). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words and phrases of a query are used. */
export const MAX_QUERY_TERMS = 10;
export const SEARCH_PAGE_SIZE = 20;
/** Deeper pages are not served: refine the query instead. */
export const MAX_SEARCH_PAGE = 50;
export const SUGGESTION_LIMIT = 6;
/** Suggestions start at this many characters. */
export const MIN_SUGGEST_LENGTH = 2;
const MAX_FILTER_VALUES = 20;

export type SearchParams = {
  q: string;
  kinds: SearchKind[];
  /** Theme slugs. */
  themes: string[];
  /** Community slugs. */
  communities: string[];
  evidence: EvidenceLevel[];
  period: SearchPeriod | null;
  sort: SearchSort;
  page: number;
};

export type ParsedSearchParams = { params: SearchParams; truncated: boolean };

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function many<T extends string>(values: readonly T[], input: string[]): T[] {
  return [...new Set(input.filter((value): value is T => (values as readonly string[]).includes(value)))].slice(0, MAX_FILTER_VALUES);
}

function slugs(input: string[]): string[] {
  return [...new Set(input.filter((value) => SLUG.test(value)))].slice(0, MAX_FILTER_VALUES);
}

/** Reads `/zoeken?q=…&kind=…&theme=…&community=…&evidence=…&period=…&sort=…&page=…`. */
export function parseSearchParams(search: URLSearchParams): ParsedSearchParams {
  // Control characters never belong in a query; collapse whitespace.
  const raw = (search.get("q") ?? "")
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const truncated = raw.length > MAX_QUERY_LENGTH;
  const q = truncated ? raw.slice(0, MAX_QUERY_LENGTH).trim() : raw;
  const page = Number.parseInt(search.get("page") ?? "1", 10);
  return {
    truncated,
    params: {
      q,
      kinds: many(SEARCH_KINDS, search.getAll("kind")),
      themes: slugs(search.getAll("theme")),
      communities: slugs(search.getAll("community")),
      evidence: many(EVIDENCE_LEVELS, search.getAll("evidence")),
      period: oneOf(SEARCH_PERIODS, search.get("period")),
      sort: oneOf(SEARCH_SORTS, search.get("sort")) ?? "relevance",
      page: Number.isFinite(page) ? Math.min(Math.max(page, 1), MAX_SEARCH_PAGE) : 1,
    },
  };
}

/** The URL of a search (for links: facets, paging), leaving out defaults. */
export function searchHref(params: Partial<SearchParams>, path = "/zoeken"): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const kind of params.kinds ?? []) query.append("kind", kind);
  for (const theme of params.themes ?? []) query.append("theme", theme);
  for (const community of params.communities ?? []) query.append("community", community);
  for (const level of params.evidence ?? []) query.append("evidence", level);
  if (params.period) query.set("period", params.period);
  if (params.sort && params.sort !== "relevance") query.set("sort", params.sort);
  if (params.page && params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function hasFilters(params: SearchParams): boolean {
  return params.kinds.length + params.themes.length + params.communities.length + params.evidence.length > 0 || params.period !== null;
}
