/**
 * The contract between sources (what is indexed), engines (PostgreSQL or
 * Meilisearch) and the search service. See docs/architecture.md, "Search".
 */
import type { EvidenceLevel, SearchKind, SearchPeriod, SearchSort } from "~/shared/search.ts";
import type { DomainEvents } from "../events.ts";
import type { QueryPlan } from "./analyze.ts";
import type { ParsedQuery } from "./query.ts";
import type { CompiledThesaurus, Glossary } from "./thesaurus.ts";

export type Visibility = "public" | "members";

/** What a source produces for one record: the text, where it leads, and who may see it. */
export type SearchDocument = {
  kind: SearchKind;
  recordId: string;
  title: string;
  /** Plain text; capped by the indexer (BODY_LIMIT). */
  body: string;
  /** Where the hit leads (a path on this site). */
  url: string;
  /** The community it belongs to, for display and the community facet. */
  communityId: string | null;
  themeId: string | null;
  evidenceLevel: EvidenceLevel | null;
  /**
   * Access: null means "not tied to a community"; otherwise only readers of
   * this community (readableCommunityIds) may find it. Usually equal to
   * communityId; an invite-only community's own document names itself here.
   */
  accessCommunityId: string | null;
  /** "public": visitors too; "members": logged-in members only. */
  visibility: Visibility;
  /** The date shown and used by the date facet and "newest" sort. */
  date: Date;
  /**
   * Grows with every change of anything the document is built from: the
   * epoch milliseconds of the newest `updatedAt` involved. The sweep compares
   * it with the indexed version; job ids include it.
   */
  version: number;
};

export type SourceVersion = { id: string; version: number };

/**
 * One kind of indexed record. Implement it in server/search/sources/<kind>.ts
 * and add it to server/search/sources/index.ts.
 */
export interface SearchSource {
  readonly kind: SearchKind;
  /**
   * The documents for these record ids, in any order. Leave out ids that are
   * gone or must not be indexed (unpublished, deleted): they are removed.
   */
  load(ids: string[]): Promise<SearchDocument[]>;
  /**
   * Indexable records with their versions, in id order after `afterId`, at
   * most `limit`. The sweep and the reindex page through these; a record
   * listed here must be one `load` returns.
   */
  list(afterId: string | null, limit: number): Promise<SourceVersion[]>;
  /** How many records `list` pages through (for progress). */
  count(): Promise<number>;
  /** Versions of these ids (missing: gone or not indexable). Used for job ids. */
  versions(ids: string[]): Promise<SourceVersion[]>;
  /** Domain events that change these records, mapped to the record ids to re-index. */
  readonly triggers: Partial<{ [E in keyof DomainEvents]: (payload: DomainEvents[E]) => string[] | Promise<string[]> }>;
}

export type SearchFilters = {
  kinds: SearchKind[];
  themeIds: string[];
  communityIds: string[];
  evidenceLevels: EvidenceLevel[];
  period: SearchPeriod | null;
};

/** What the searcher may see; computed by the service, applied inside the engine query. */
export type SearchAccess = {
  /** readableCommunityIds(actor) */
  communityIds: string[];
  visibilities: Visibility[];
};

export type EngineQuery = {
  query: ParsedQuery;
  /** What to search for each of the query's concepts (server/search/analyze.ts). */
  plan: QueryPlan;
  filters: SearchFilters;
  access: SearchAccess;
  sort: SearchSort;
  page: number;
  pageSize: number;
  /** Compute facet counts (the results page); suggestions do not. */
  facets: boolean;
  /** Compute body snippets; suggestions only highlight titles. */
  snippets: boolean;
  /** Match titles only (suggestions while typing). */
  titlesOnly?: boolean;
};

export type EngineHit = {
  kind: SearchKind;
  recordId: string;
  /** Safe HTML: escaped text with <mark> around matches. */
  titleHtml: string;
  /** Safe HTML, or "" when snippets were not asked for. */
  snippetHtml: string;
  url: string;
  communityId: string | null;
  themeId: string | null;
  evidenceLevel: EvidenceLevel | null;
  date: Date;
  score: number;
};

export type FacetValue = { value: string; count: number };
export type FacetCounts = {
  kind: FacetValue[];
  theme: FacetValue[];
  community: FacetValue[];
  evidence: FacetValue[];
  period: FacetValue[];
};

export type EngineResult = {
  hits: EngineHit[];
  /** Exact when `exhaustive`; otherwise a lower bound. */
  total: number;
  /** False when the engine counted only part of a very large result (total and facets are then lower bounds). */
  exhaustive: boolean;
  facets: FacetCounts | null;
};

/**
 * Related results (decision 250): when a search finds few hits, documents like its best hits. The
 * engine takes the most telling words of the feedback hits (frequent in them, rare in what the
 * searcher may read, none of the query's own words) and searches those, under the same access and
 * filters, leaving out what the search already found.
 */
export type RelatedQuery = {
  /** What was searched (the query's own words and their alternatives are never feedback words). */
  plan: QueryPlan;
  /** The best hits of the search, best first: the words are taken from these (the searcher may read them). */
  feedback: { kind: SearchKind; recordId: string }[];
  /** Addresses already found: never a related result. */
  exclude: string[];
  filters: SearchFilters;
  access: SearchAccess;
  /** At most this many related hits. */
  limit: number;
};

export type RelatedResult = {
  hits: EngineHit[];
  /** The feedback words searched, as they are written in the feedback hits, most telling first. */
  words: string[];
};

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** Prepares the index (settings, tables); safe to call repeatedly. */
  ensureReady(): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /** Related results for a search that found few hits (one request or statement). */
  related(query: RelatedQuery): Promise<RelatedResult>;
  /**
   * Which words occur in documents the searcher may read, and which only begin readable
   * words. Typo handling asks only about words of no Dutch word list (decision 126).
   */
  lookupWords(words: string[], access: SearchAccess): Promise<{ known: Set<string>; prefixes: Set<string> }>;
  /** Readable words close to each word (typo candidates); with `prefix`, words that begin like it. */
  similarWords(words: string[], access: SearchAccess, options?: { prefix?: boolean }): Promise<Record<string, string[]>>;
  /**
   * For each unfinished word, the readable words it most often begins (at most three, the most
   * frequent first), to name on the results page ("werkg → werkgever, …"; decision 246).
   */
  completeWords(words: string[], access: SearchAccess): Promise<Record<string, string[]>>;
  /** Gives the engine the thesaurus in force (Meilisearch: the synonyms setting). */
  applyThesaurus(thesaurus: CompiledThesaurus, glossary: Glossary): Promise<void>;
  /** Adds or replaces documents; an older version never replaces a newer one where the engine can tell. */
  upsert(documents: SearchDocument[]): Promise<void>;
  /**
   * Removes documents. With `seen` (the versions the caller read from the index before it read
   * the source), a document is removed only while its indexed version is at most the seen one:
   * a newer upsert that landed meanwhile stays, and ids missing from `seen` are left alone.
   */
  remove(kind: SearchKind, recordIds: string[], seen?: ReadonlyMap<string, number>): Promise<void>;
  /** Indexed records of a kind with their versions: all of them (the sweep), or these ids. */
  indexedVersions(kind: SearchKind, recordIds?: string[]): Promise<Map<string, number>>;
  /** Builds a new index with `fill` and swaps it in atomically; searches keep working meanwhile. */
  rebuild(fill: (write: (documents: SearchDocument[]) => Promise<void>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}
