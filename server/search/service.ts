/**
 * Search as the app uses it: works out what the searcher may see, turns URL
 * parameters (slugs) into engine filters (ids), runs the engine and adds
 * names for communities and themes. The access rules are passed into the
 * engine query; nothing is filtered out afterwards.
 */
import {
  type EvidenceLevel,
  type SearchKind,
  type SearchParams,
  type SearchPeriod,
  MAX_SEARCH_PAGE,
  MIN_SUGGEST_LENGTH,
  SEARCH_PAGE_SIZE,
  SUGGESTION_LIMIT,
} from "~/shared/search.ts";
import { readableCommunities, readableCommunityIds } from "../communities/access.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import { analyzeQuery, EMPTY_PLAN, type Expansion, type Lexicon, type QueryPlan } from "./analyze.ts";
import { searchEngine } from "./engine.ts";
import { EMPTY_QUERY, foldWord, isEmptyQuery, parseQuery, type ParsedQuery } from "./query.ts";
import { currentThesaurus, GLOSSARY } from "./thesaurus.ts";
import type { EngineHit, FacetValue, SearchAccess, SearchFilters } from "./types.ts";

export async function searchAccess(actor: Actor): Promise<SearchAccess> {
  return { communityIds: await readableCommunityIds(actor), visibilities: actor ? ["public", "members"] : ["public"] };
}

type CommunityName = { id: string; slug: string; name: string };

/** searchAccess, with the readable communities' names read in the same statement (decision 321). */
async function searchAccessWithNames(actor: Actor): Promise<{ access: SearchAccess; readable: Map<string, CommunityName> }> {
  const readable = await readableCommunities(actor);
  return {
    access: { communityIds: readable.map((community) => community.id), visibilities: actor ? ["public", "members"] : ["public"] },
    readable: new Map(readable.map((community) => [community.id, community])),
  };
}

type Named = { slug: string; name: string };
type ThemeNames = { slug: string; nameNl: string; nameEn: string };

export type SearchHitView = {
  kind: SearchKind;
  id: string;
  titleHtml: string;
  snippetHtml: string;
  url: string;
  date: string;
  community: Named | null;
  theme: ThemeNames | null;
  evidenceLevel: EvidenceLevel | null;
  /**
   * A reply (kind "message") has no title of its own: the title of the topic it is in, shown
   * as "Reactie in: …" above the reply's text (decision 254). Null for other kinds, and for a
   * reply whose topic is gone or hidden since it was indexed.
   */
  topicTitle: string | null;
};

export type FacetOption = { value: string; count: number; label: string; labelEn?: string };

export type SearchResultsView = {
  /** False when there was nothing to search for (no words, no filters). */
  searched: boolean;
  hits: SearchHitView[];
  /** Exact when `exhaustive`; otherwise "more than". */
  total: number;
  /** False for very large results: total and facet counts then cover the newest matches only. */
  exhaustive: boolean;
  page: number;
  pageCount: number;
  facets: {
    kind: FacetOption[];
    theme: FacetOption[];
    community: FacetOption[];
    evidence: FacetOption[];
    period: FacetOption[];
  };
  /** What was searched besides the words as typed: synonyms, translations, compound parts, corrections. */
  expansions: Expansion[];
  /** "Bedoelde je …?": the query with unknown words replaced by their best correction (an offer). */
  didYouMean: string | null;
  /**
   * Only when the search found fewer than RELATED_BELOW hits: documents like its best hits, found
   * through the words that tell those hits apart, after them and apart from them (decision 250).
   */
  related: RelatedView | null;
};

export type RelatedView = { hits: SearchHitView[]; words: string[] };

/** A search that finds fewer hits than this also looks for related results, up to this many hits and related results together. */
export const RELATED_BELOW = 10;
/** The best this many hits are the feedback the related results start from. */
export const RELATED_FEEDBACK = 3;

export type SearchOptions = {
  /** `false` skips the facet counts (cheaper; the benchmark measures both). */
  facets?: boolean;
  /** The interface language: with "en", English words are translated even when they are Dutch words too. */
  language?: string;
};

/**
 * The query as the engines search it: synonyms, translations, compound parts,
 * numbers, and corrections of words that are neither Dutch nor in the index
 * this searcher may read (the lexicon is asked with the searcher's access).
 */
export async function planQuery(
  query: ParsedQuery,
  access: SearchAccess,
  language?: string,
  lexicon?: Lexicon,
  options: { compoundTypos?: boolean } = {},
): Promise<QueryPlan> {
  if (isEmptyQuery(query)) return EMPTY_PLAN;
  const engine = searchEngine();
  return analyzeQuery(query, {
    thesaurus: await currentThesaurus(),
    glossary: GLOSSARY,
    english: language === "en",
    compoundTypos: options.compoundTypos === true,
    lexicon: lexicon ?? {
      lookup: (words) => engine.lookupWords(words, access),
      similar: (words, options) => engine.similarWords(words, access, options),
      complete: (words) => engine.completeWords(words, access),
    },
  });
}

const NO_FACETS = { kind: [], theme: [], community: [], evidence: [], period: [] };

/** Themes change only with a deploy or a seed; names are read at most once a minute per process. */
const THEME_TTL_MS = 60_000;
let themeCache: { at: number; themes: Promise<{ id: string; slug: string; nameNl: string; nameEn: string }[]> } | null = null;

function allThemes() {
  if (!themeCache || Date.now() - themeCache.at > THEME_TTL_MS) {
    const themes = db().theme.findMany({ select: { id: true, slug: true, nameNl: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
    themeCache = { at: Date.now(), themes };
    themes.catch(() => (themeCache = null));
  }
  return themeCache.themes;
}

// The names on a result page and the titles of the replies' topics: one prepared statement each on pg
// (decision 267), whatever the number of ids (an array parameter); through Prisma each cost several
// times the CPU, and `IN ($1,…,$n)` was a new text for every count of ids.
const COMMUNITY_NAMES = `/* prepared */ SELECT c."id", c."slug", c."name" FROM "Community" c WHERE c."id" = ANY($1::text[])`;
const LISTED_TOPIC_TITLES = `/* prepared */ SELECT m."id", t."title" FROM "Message" m JOIN "Topic" t ON t."id" = m."topicId"
  WHERE m."id" = ANY($1::text[]) AND t."deletedAt" IS NULL AND t."hiddenAt" IS NULL`;

export function communityNames(ids: string[]) {
  return directQuery<{ id: string; slug: string; name: string }>(COMMUNITY_NAMES, [ids]);
}

/** The replies' topic titles, for replies whose topic is neither deleted nor hidden. */
export function listedTopicTitles(messageIds: string[]) {
  return directQuery<{ id: string; title: string }>(LISTED_TOPIC_TITLES, [messageIds]);
}

export async function search(actor: Actor, params: SearchParams, options: SearchOptions = {}): Promise<SearchResultsView> {
  const query = parseQuery(params.q);
  const hasFilter =
    params.kinds.length + params.themes.length + params.communities.length + params.evidence.length > 0 || params.period !== null;
  if (isEmptyQuery(query) && !hasFilter) {
    return {
      searched: false,
      hits: [],
      total: 0,
      exhaustive: true,
      page: 1,
      pageCount: 0,
      facets: NO_FACETS,
      expansions: [],
      didYouMean: null,
      related: null,
    };
  }
  const { access, readable } = await searchAccessWithNames(actor);
  const [themes, firstPlan] = await Promise.all([allThemes(), planQuery(query, access, options.language)]);
  let plan = firstPlan;
  const themeIds = themes.filter((theme) => params.themes.includes(theme.slug)).map((theme) => theme.id);
  // Only communities the searcher may read can be a filter; an unknown or hidden slug filters to nothing.
  // Their slugs came with the access (decision 321): no statement of its own, as there was before.
  const communityIds = [...readable.values()].filter((community) => params.communities.includes(community.slug)).map((c) => c.id);
  const page = Math.min(Math.max(params.page, 1), MAX_SEARCH_PAGE);
  const engineFilters: SearchFilters = {
    kinds: params.kinds,
    // A filter value that matched nothing must still filter (to nothing), not vanish.
    themeIds: params.themes.length && !themeIds.length ? ["-"] : themeIds,
    communityIds: params.communities.length && !communityIds.length ? ["-"] : communityIds,
    evidenceLevels: params.evidence,
    period: params.period,
  };
  const run = (plan: QueryPlan) =>
    searchEngine().search({
      query,
      plan,
      filters: engineFilters,
      access,
      sort: params.sort,
      page,
      pageSize: SEARCH_PAGE_SIZE,
      facets: options.facets !== false,
      snippets: true,
    });
  let result = await run(plan);
  // A misspelt compound ("vertrouwenspersson") splits into words of the word list, so it is not
  // looked up as a typo up front (that would cost every query with a new compound a statement):
  // only when nothing was found is it looked up, corrected and searched again (decision 225).
  if (result.total === 0 && plan.concepts.length) {
    const retry = await planQuery(query, access, options.language, undefined, { compoundTypos: true });
    if (JSON.stringify(retry.concepts) !== JSON.stringify(plan.concepts)) {
      plan = retry;
      result = await run(plan);
    }
  }
  // Few hits: one more statement, for documents like the best hits (decision 250). Only on the first
  // page of words searched (all hits are on it); a search with RELATED_BELOW hits or more runs as before.
  const related =
    plan.concepts.length && page === 1 && result.hits.length && result.total < RELATED_BELOW
      ? await searchEngine().related({
          plan,
          feedback: result.hits.slice(0, RELATED_FEEDBACK).map((hit) => ({ kind: hit.kind, recordId: hit.recordId })),
          exclude: result.hits.map((hit) => hit.url),
          filters: engineFilters,
          access,
          limit: RELATED_BELOW - result.hits.length,
        })
      : null;

  const facets = result.facets ?? NO_FACETS;
  const communityIdsShown = new Set<string>(
    [...result.hits, ...(related?.hits ?? [])]
      .map((hit) => hit.communityId)
      .concat(facets.community.map((f) => f.value))
      .filter((id): id is string => id !== null),
  );
  // Every id here came out of the access-filtered engine query, so naming them reveals nothing. The readable
  // communities' names were read with the access (decision 321); only others (a library item's community,
  // which the searcher need not be able to read; every community for a visitor) take a statement here.
  const communityById = new Map<string, CommunityName>();
  const unnamed: string[] = [];
  for (const id of communityIdsShown) {
    const community = readable.get(id);
    if (community) communityById.set(id, community);
    else unnamed.push(id);
  }
  for (const community of unnamed.length ? await communityNames(unnamed) : []) communityById.set(community.id, community);
  // The topics of the replies found. A reply is indexed only while its topic is listed, and only
  // readers of the topic's community find it, so its topic title is theirs to read; a topic
  // deleted or hidden since (the index follows within moments) is not named (decision 254).
  const messageIds = [...result.hits, ...(related?.hits ?? [])].filter((hit) => hit.kind === "message").map((hit) => hit.recordId);
  const topicTitleByMessage = new Map(
    (messageIds.length ? await listedTopicTitles(messageIds) : []).map((reply) => [reply.id, reply.title]),
  );
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));

  const view = (hit: EngineHit): SearchHitView => {
    const community = hit.communityId ? communityById.get(hit.communityId) : undefined;
    const theme = hit.themeId ? themeById.get(hit.themeId) : undefined;
    return {
      kind: hit.kind,
      id: hit.recordId,
      titleHtml: hit.titleHtml,
      snippetHtml: hit.snippetHtml,
      url: hit.url,
      date: hit.date.toISOString(),
      community: community ? { slug: community.slug, name: community.name } : null,
      theme: theme ? { slug: theme.slug, nameNl: theme.nameNl, nameEn: theme.nameEn } : null,
      evidenceLevel: hit.evidenceLevel,
      topicTitle: hit.kind === "message" ? (topicTitleByMessage.get(hit.recordId) ?? null) : null,
    };
  };

  const asOptions = (values: FacetValue[]): FacetOption[] => values.map(({ value, count }) => ({ value, count, label: value }));
  return {
    searched: true,
    hits: result.hits.map(view),
    total: result.total,
    exhaustive: result.exhaustive,
    page,
    pageCount: Math.min(Math.ceil(result.total / SEARCH_PAGE_SIZE), MAX_SEARCH_PAGE),
    facets: {
      kind: asOptions(facets.kind),
      theme: facets.theme.flatMap(({ value, count }) => {
        const theme = themeById.get(value);
        return theme ? [{ value: theme.slug, count, label: theme.nameNl, labelEn: theme.nameEn }] : [];
      }),
      community: facets.community.flatMap(({ value, count }) => {
        const community = communityById.get(value);
        return community ? [{ value: community.slug, count, label: community.name }] : [];
      }),
      evidence: asOptions(facets.evidence),
      period: asOptions(facets.period),
    },
    expansions: plan.expansions,
    didYouMean: plan.didYouMean,
    related: related?.hits.length ? { hits: related.hits.map(view), words: related.words } : null,
  };
}

export type Suggestion = { kind: SearchKind; titleHtml: string; url: string; community: string | null };

/** Suggestions while typing: titles that hold the words, the last one as a prefix (or a close readable word). */
export async function suggest(actor: Actor, text: string, options: { language?: string } = {}): Promise<Suggestion[]> {
  const query = text.trim().length >= MIN_SUGGEST_LENGTH ? parseQuery(text, { prefixLast: true }) : EMPTY_QUERY;
  if (isEmptyQuery(query)) return [];
  const access = await searchAccess(actor);
  const titles = (plan: QueryPlan) =>
    searchEngine().search({
      query,
      plan,
      filters: { kinds: [], themeIds: [], communityIds: [], evidenceLevels: [], period: null as SearchPeriod | null },
      access,
      sort: "relevance",
      page: 1,
      pageSize: SUGGESTION_LIMIT,
      facets: false,
      snippets: false,
      titlesOnly: true,
    });
  // While typing, the last word mostly begins words of readable titles. The lexicon asks whether it
  // does (and for close words when not): a statement of its own before the search. So the titles
  // are searched first as if every word were known; when the only words the lexicon was asked about
  // are words being typed (a group of one prefix word) and titles were found, each of those words
  // begins a readable word and the lexicon's answer would have changed nothing (decision 175).
  const asked: string[] = [];
  const assumeKnown: Lexicon = {
    lookup: (words) => {
      asked.push(...words);
      return Promise.resolve({ known: new Set(words), prefixes: new Set(words) });
    },
    similar: () => Promise.resolve({}),
  };
  const typing = new Set(query.groups.flatMap((group) => (group.length === 1 && group[0]!.prefix ? [foldWord(group[0]!.text)] : [])));
  const assumed = await planQuery(query, access, options.language, assumeKnown);
  let result = asked.every((word) => typing.has(word)) ? await titles(assumed) : null;
  if (!result || (asked.length && !result.hits.length)) result = await titles(await planQuery(query, access, options.language));
  const ids = [...new Set(result.hits.map((hit) => hit.communityId).filter((id): id is string => id !== null))];
  const names = new Map((ids.length ? await communityNames(ids) : []).map((c) => [c.id, c.name]));
  return result.hits.map((hit) => ({
    kind: hit.kind,
    titleHtml: hit.titleHtml,
    url: hit.url,
    community: hit.communityId && hit.kind !== "community" ? (names.get(hit.communityId) ?? null) : null,
  }));
}
