/**
 * Meilisearch, used whenever MEILI_HOST is set (docker-compose). One index
 * holds every kind; access and filters are Meilisearch filter expressions,
 * so nothing the searcher may not see leaves the engine. Facet counts are
 * disjunctive (each facet counted without its own filter) through one
 * multi-search request.
 *
 * No Meilisearch server can run on the development machines of this project,
 * so this engine is exercised by the contract suite only where MEILI_HOST is
 * set (tests/integration/search-contract.test.ts).
 */
import { type EnqueuedTaskPromise, Meilisearch, type MultiSearchQuery, type SearchResponse, type Settings } from "meilisearch";
import type { EvidenceLevel, SearchKind } from "~/shared/search.ts";
import { MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE } from "~/shared/search.ts";
import type { Alternative, QueryPlan } from "../analyze.ts";
import { compoundParts } from "../language/compounds.ts";
import { infinitiveOfForm, verbInfinitives } from "../language/verbs.ts";
import { numberPairs } from "../language/words.ts";
import { isEmptyQuery, MARK_END, MARK_START, markedToHtml } from "../query.ts";
import { type CompiledThesaurus, currentThesaurus, type Glossary, GLOSSARY } from "../thesaurus.ts";
import type {
  EngineHit,
  EngineQuery,
  EngineResult,
  FacetCounts,
  FacetValue,
  RelatedResult,
  SearchAccess,
  SearchDocument,
  SearchEngine,
} from "../types.ts";

type MeiliDocument = {
  id: string;
  kind: SearchKind;
  recordId: string;
  title: string;
  body: string;
  url: string;
  communityId: string | null;
  themeId: string | null;
  evidenceLevel: EvidenceLevel | null;
  accessCommunityId: string | null;
  visibility: string;
  /** Epoch milliseconds (filterable, sortable). */
  date: number;
  version: number;
  /** The parts of the compounds in title and body (decision 127): "arbeidsmarktdiscriminatie" → "arbeidsmarkt discriminatie". */
  terms: string;
};

const SETTINGS: Settings = {
  // Order matters: the "attribute" ranking rule ranks a title match above a body match.
  searchableAttributes: ["title", "body", "terms"],
  // recordId and version: guarded removals and the sweep (see remove).
  filterableAttributes: [
    "kind",
    "recordId",
    "version",
    "communityId",
    "themeId",
    "evidenceLevel",
    "accessCommunityId",
    "visibility",
    "date",
  ],
  sortableAttributes: ["date"],
  // One hit per URL (two agenda goals of one theme lead to the same page).
  distinctAttribute: "url",
  displayedAttributes: ["*"],
  localizedAttributes: [{ attributePatterns: ["title", "body", "terms"], locales: ["nld"] }],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  pagination: { maxTotalHits: MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE },
  faceting: { maxValuesPerFacet: 200 },
};

const FACET_ATTRIBUTES = { kind: "kind", theme: "themeId", community: "communityId", evidence: "evidenceLevel" } as const;
const PERIOD_MS = { week: 7 * 86_400_000, month: 31 * 86_400_000, year: 366 * 86_400_000 } as const;
const TASK_WAIT = { timeout: 60_000, interval: 25 };
const BATCH = 1_000;

/** A quoted filter value; ids and enum values, but quote and escape anyway. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(", ")}]`;
}

function meiliSynonyms(thesaurus: CompiledThesaurus, glossary: Glossary): Record<string, string[]> {
  const extra = new Map<string, string[]>(glossary.map);
  for (const [a, b] of numberPairs()) {
    extra.set(a, [...(extra.get(a) ?? []), b]);
    extra.set(b, [...(extra.get(b) ?? []), a]);
  }
  return thesaurus.meiliSynonyms(extra);
}

function documentId(kind: string, recordId: string): string {
  return `${kind}-${recordId}`;
}

function alternativeText(alternative: Alternative): string {
  return alternative.mode === "phrase" ? `"${alternative.text}"` : alternative.text;
}

/**
 * The plan as Meilisearch query text. Synonyms, translations and numbers come
 * from the synonyms setting and typos from Meilisearch's own tolerance, so
 * each concept is sent as the searcher's word; a compound is sent as its
 * parts, which documents hold either in their text or in `terms`.
 */
export function meiliQueryText(plan: QueryPlan): string {
  const parts = plan.concepts.map((concept) => {
    const literal = concept.alternatives.filter((a) => a.literal);
    // A compound typed halfway ("taalnive") is sent as its parts, the last one unfinished: Meilisearch
    // searches the query's last word as a prefix (decision 310).
    const parts = literal.find((a) => a.mode !== "phrase" && a.text.includes(" ") && !concept.label.includes(" "));
    const chosen = parts ?? literal[0] ?? concept.alternatives[0]!;
    // A verb form is sent as its infinitive, which documents hold in `terms` for every form (decision 293).
    const infinitive = chosen.mode === "words" && /^\p{L}+$/u.test(chosen.text) ? infinitiveOfForm(chosen.text.toLowerCase()) : null;
    return infinitive ?? alternativeText(chosen);
  });
  for (const alternative of plan.exclude) parts.push(`-${alternativeText(alternative)}`);
  return parts.join(" ");
}

async function settle(task: EnqueuedTaskPromise): Promise<void> {
  const done = await task.waitTask(TASK_WAIT);
  if (done.status !== "succeeded")
    throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? "no reason given"}`);
}

type FilterName = "kind" | "theme" | "community" | "evidence" | "period";

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private readonly client: Meilisearch;
  private ready: Promise<void> | null = null;

  constructor(
    host: string,
    apiKey: string | undefined,
    private readonly uid: string,
  ) {
    this.client = new Meilisearch({ host, apiKey });
  }

  private async prepare(uid: string): Promise<void> {
    const exists = await this.client
      .index(uid)
      .getRawInfo()
      .then(() => true)
      .catch(() => false);
    if (!exists) await settle(this.client.createIndex(uid, { primaryKey: "id" }));
    await settle(this.client.index(uid).updateSettings({ ...SETTINGS, synonyms: meiliSynonyms(await currentThesaurus(), GLOSSARY) }));
  }

  /** The thesaurus, the English glossary and numbers as Meilisearch's synonyms setting (decision 128). */
  async applyThesaurus(thesaurus: CompiledThesaurus, glossary: Glossary): Promise<void> {
    await this.ensureReady();
    await settle(this.client.index(this.uid).updateSettings({ synonyms: meiliSynonyms(thesaurus, glossary) }));
  }

  /** Meilisearch corrects typos itself (typoTolerance) and matches the last word as a prefix: every word counts as known. */
  async lookupWords(words: string[], _access: SearchAccess): Promise<{ known: Set<string>; prefixes: Set<string> }> {
    return { known: new Set(words), prefixes: new Set() };
  }

  async similarWords(): Promise<Record<string, string[]>> {
    return {};
  }

  async completeWords(): Promise<Record<string, string[]>> {
    // No readable word counts here: the results page says "werkg…" (decision 246).
    return {};
  }

  ensureReady(): Promise<void> {
    this.ready ??= this.prepare(this.uid).catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  private filters(query: EngineQuery): Record<FilterName, string | null> {
    const { filters } = query;
    return {
      kind: filters.kinds.length ? inList("kind", filters.kinds) : null,
      theme: filters.themeIds.length ? inList("themeId", filters.themeIds) : null,
      community: filters.communityIds.length ? inList("communityId", filters.communityIds) : null,
      evidence: filters.evidenceLevels.length ? inList("evidenceLevel", filters.evidenceLevels) : null,
      period: filters.period ? `date >= ${Date.now() - PERIOD_MS[filters.period]}` : null,
    };
  }

  private access(query: EngineQuery): string {
    const communities = query.access.communityIds.length
      ? `(accessCommunityId IS NULL OR ${inList("accessCommunityId", query.access.communityIds)})`
      : "accessCommunityId IS NULL";
    return `${communities} AND ${inList("visibility", query.access.visibilities)}`;
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    await this.ensureReady();
    const q = isEmptyQuery(query.query) ? "" : meiliQueryText(query.plan);
    const access = this.access(query);
    const filters = this.filters(query);
    const combine = (except: FilterName | null, extra?: string) =>
      [
        access,
        ...Object.entries(filters)
          .filter(([name, f]) => name !== except && f !== null)
          .map(([, f]) => f!),
        ...(extra ? [extra] : []),
      ]
        .map((f) => `(${f})`)
        .join(" AND ");
    const sort = query.sort === "newest" || !q ? ["date:desc"] : undefined;
    const main: MultiSearchQuery = {
      indexUid: this.uid,
      q,
      filter: combine(null),
      hitsPerPage: query.pageSize,
      page: query.page,
      sort,
      // Ranking instead of a filter (decision 125): documents missing the most frequent words are
      // still found, ranked below those that hold every word (the "words" ranking rule).
      matchingStrategy: "frequency",
      attributesToHighlight: ["title", ...(query.snippets ? ["body"] : [])],
      attributesToCrop: query.snippets ? ["body"] : [],
      cropLength: 30,
      cropMarker: "…",
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      showRankingScore: true,
      ...(query.titlesOnly ? { attributesToSearchOn: ["title"] } : {}),
    };
    const queries: MultiSearchQuery[] = [main];
    const facetQueries: { facet: FilterName; value?: string }[] = [];
    if (query.facets) {
      const plain = (Object.keys(FACET_ATTRIBUTES) as (keyof typeof FACET_ATTRIBUTES)[]).filter((name) => filters[name] === null);
      main.facets = plain.map((name) => FACET_ATTRIBUTES[name]);
      // A facet whose filter is set is counted without it, so its other values keep their counts.
      for (const name of Object.keys(FACET_ATTRIBUTES) as (keyof typeof FACET_ATTRIBUTES)[]) {
        if (filters[name] === null) continue;
        queries.push({ indexUid: this.uid, q, filter: combine(name), limit: 0, facets: [FACET_ATTRIBUTES[name]] });
        facetQueries.push({ facet: name });
      }
      const now = Date.now();
      for (const [value, span] of Object.entries(PERIOD_MS)) {
        // hitsPerPage 0 with page 1: no hits, but an exhaustive totalHits.
        queries.push({ indexUid: this.uid, q, filter: combine("period", `date >= ${now - span}`), hitsPerPage: 0, page: 1 });
        facetQueries.push({ facet: "period", value });
      }
    }
    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, MeiliDocument>({ queries });
    const [first, ...rest] = results as (SearchResponse<MeiliDocument> & { totalHits?: number; estimatedTotalHits?: number })[];
    const hits: EngineHit[] = (first?.hits ?? []).map((hit) => ({
      kind: hit.kind,
      recordId: hit.recordId,
      titleHtml: markedToHtml(hit._formatted?.title ?? hit.title),
      snippetHtml: query.snippets ? markedToHtml(hit._formatted?.body ?? hit.body.slice(0, 240)) : "",
      url: hit.url,
      communityId: hit.communityId,
      themeId: hit.themeId,
      evidenceLevel: hit.evidenceLevel,
      date: new Date(hit.date),
      score: hit._rankingScore ?? 0,
    }));
    let facets: FacetCounts | null = null;
    if (query.facets) {
      facets = { kind: [], theme: [], community: [], evidence: [], period: [] };
      const distribution = (response: SearchResponse<MeiliDocument> | undefined, name: keyof typeof FACET_ATTRIBUTES): FacetValue[] =>
        Object.entries(response?.facetDistribution?.[FACET_ATTRIBUTES[name]] ?? {}).map(([value, count]) => ({ value, count }));
      for (const name of Object.keys(FACET_ATTRIBUTES) as (keyof typeof FACET_ATTRIBUTES)[]) {
        if (filters[name] === null) facets[name] = distribution(first, name);
      }
      facetQueries.forEach((entry, index) => {
        const response = rest[index];
        if (entry.facet === "period") {
          const count = response?.totalHits ?? response?.estimatedTotalHits ?? 0;
          if (count > 0) facets!.period.push({ value: entry.value!, count });
        } else {
          facets![entry.facet] = distribution(response, entry.facet as keyof typeof FACET_ATTRIBUTES);
        }
      });
      for (const values of Object.values(facets) as FacetValue[][])
        values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    const total = first?.totalHits ?? first?.estimatedTotalHits ?? 0;
    // totalHits stops at pagination.maxTotalHits.
    return { hits, total, exhaustive: total < MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE, facets };
  }

  /**
   * No related results (decision 250): choosing the feedback words needs each word's count in the
   * documents the searcher may read, which Meilisearch gives only one search per word, and there is
   * no Meilisearch server here to check such a path against. The page then shows no related part.
   */
  async related(): Promise<RelatedResult> {
    return { hits: [], words: [] };
  }

  private toMeili(document: SearchDocument): MeiliDocument {
    const text = `${document.title}\n${document.body}`;
    return {
      id: documentId(document.kind, document.recordId),
      ...document,
      date: document.date.getTime(),
      // Meilisearch does not stem Dutch: the text's verb forms also as their infinitive, which the
      // query sends for any form of the verb (decision 293).
      terms: [...compoundParts(text), ...verbInfinitives(text)].join(" "),
    };
  }

  private async add(uid: string, documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH) {
      await settle(
        this.client.index<MeiliDocument>(uid).addDocuments(
          documents.slice(start, start + BATCH).map((d) => this.toMeili(d)),
          { primaryKey: "id" },
        ),
      );
    }
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    // Meilisearch cannot compare versions on write; the sweep corrects a rare out-of-order write.
    await this.ensureReady();
    await this.add(this.uid, documents);
  }

  async remove(kind: SearchKind, recordIds: string[], seen?: ReadonlyMap<string, number>): Promise<void> {
    if (!recordIds.length) return;
    await this.ensureReady();
    if (!seen) {
      await settle(this.client.index(this.uid).deleteDocuments(recordIds.map((id) => documentId(kind, id))));
      return;
    }
    // Tasks run in order, so the filter is evaluated after every earlier write: a newer version
    // that an upsert added meanwhile does not match and stays.
    const guarded = recordIds.filter((id) => seen.has(id));
    for (let start = 0; start < guarded.length; start += 100) {
      const clauses = guarded.slice(start, start + 100).map((id) => `(recordId = ${quote(id)} AND version <= ${Number(seen.get(id))})`);
      await settle(this.client.index(this.uid).deleteDocuments({ filter: `kind = ${quote(kind)} AND (${clauses.join(" OR ")})` }));
    }
  }

  async indexedVersions(kind: SearchKind, recordIds?: string[]): Promise<Map<string, number>> {
    await this.ensureReady();
    const versions = new Map<string, number>();
    if (recordIds && !recordIds.length) return versions;
    const filter = `kind = ${quote(kind)}${recordIds ? ` AND ${inList("recordId", recordIds)}` : ""}`;
    for (let offset = 0; ; offset += BATCH) {
      const page = await this.client
        .index<MeiliDocument>(this.uid)
        .getDocuments({ filter, fields: ["recordId", "version"], limit: BATCH, offset });
      for (const document of page.results) versions.set(document.recordId, document.version);
      if (page.results.length < BATCH) break;
    }
    return versions;
  }

  /** Fills `<uid>_next`, then swaps it with the live index in one atomic task and drops the old one. */
  async rebuild(fill: (write: (documents: SearchDocument[]) => Promise<void>) => Promise<void>): Promise<void> {
    await this.ensureReady();
    const next = `${this.uid}_next`;
    await settle(this.client.deleteIndex(next)).catch(() => undefined);
    await this.prepare(next);
    try {
      await fill((documents) => this.add(next, documents));
      await settle(this.client.swapIndexes([{ indexes: [this.uid, next], rename: false }]));
    } finally {
      await settle(this.client.deleteIndex(next)).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    // HTTP client: nothing to close.
  }
}
