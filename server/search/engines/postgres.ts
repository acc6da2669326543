/**
 * The embedded default: PostgreSQL full-text search on the SearchDocument
 * table. Dutch stemming and accent folding come from the pp_dutch text search
 * configuration (title weight A, body weight B); typo tolerance from a lexicon
 * of known words matched by trigram similarity (pg_trgm). Access control and
 * filters are in the WHERE clause; facet counts, the total and the page come
 * back from one statement. See docs/decisions/020-search-engines-and-index.md.
 */
import pg from "pg";
import type { EvidenceLevel, SearchKind, SearchPeriod } from "~/shared/search.ts";
import { config } from "../../config.ts";
import { db } from "../../db.ts";
import { log } from "../../logger.ts";
import type { Alternative, QueryPlan } from "../analyze.ts";
import { accessKey, keptAnswer } from "../kept-answers.ts";
import { compoundParts } from "../language/compounds.ts";
import { matchingTsquery } from "./tsquery-match.ts";
import { markSenses, markSensesSql, unmarkSenses } from "../language/senses.ts";
import {
  DUTCH_QUESTION_FILLERS,
  DUTCH_QUESTION_WORDS,
  DUTCH_STOP_WORDS,
  ENGLISH_QUESTION_FILLERS,
  numberPairs,
} from "../language/words.ts";
import { foldWord, isEmptyQuery, lexiconWords, MARK_END, MARK_START, markedToHtml, markPhrases } from "../query.ts";
import type {
  EngineHit,
  EngineQuery,
  EngineResult,
  FacetCounts,
  FacetValue,
  RelatedQuery,
  RelatedResult,
  SearchAccess,
  SearchDocument,
  SearchEngine,
} from "../types.ts";

const CONFIG = "'pp_dutch'";
const TABLE = "SearchDocument";
const TERMS = "SearchTerm";
/** Documents per word and access scope, kept by triggers on TABLE (decision 246). */
const WORD_COUNTS = "SearchWordCount";
/** Trigram similarity a known word needs to count as the meant word. */
const TYPO_SIMILARITY = 0.45;
const TYPO_PREFIX_SIMILARITY = 0.6;
const TYPO_ALTERNATIVES = 3;
/** Candidates read per word before the access check keeps the readable ones. */
const TYPO_CANDIDATES = 8;
/** Words an unfinished word is said to complete to on the results page, and the candidates read for them. */
const COMPLETIONS = 3;
const COMPLETION_CANDIDATES = 200;
/** Stems whose forms are checked against readable text for those COMPLETIONS (decision 330). */
const COMPLETION_STEMS = COMPLETIONS * 4;
/** Readable documents holding a word's stem whose text is read to find the word form itself (decision 330). */
const FORM_PROOF_DOCUMENTS = 200;
const HEADLINE = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=32, MinWords=14, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;
const BATCH = 500;
/** Bodies longer than this rank on a vector of the title and this many characters (see rankVector). */
const RANK_PREFIX = 1_500;
/** Characters of the body a snippet is chosen from. */
const HEADLINE_TEXT = 2_500;

type Sql = { text: string; params: unknown[]; scans?: SampleScan[] };

/** Collects positional parameters; user text only ever travels as a parameter. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/** One alternative as a tsquery expression; the text travels as a parameter (reused where repeated). */
function alternativeSql(alternative: Alternative, params: Params, seen: Map<string, string>): string {
  const key = `${alternative.mode}:${alternative.text}`;
  const cached = seen.get(key);
  if (cached) return cached;
  let sql: string;
  if (alternative.mode === "prefix") {
    // to_tsquery reads its own syntax: each word keeps only letters and digits. Several words
    // (an unfinished compound's parts) must all match, the last one as a prefix.
    const words = alternative.text
      .split(" ")
      .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ""))
      .filter(Boolean);
    sql = words.length ? `to_tsquery(${CONFIG}, ${params.add(`${words.join(" & ")}:*`, "text")})` : "''::tsquery";
  } else {
    // Words with a lexeme of their own (ouderen, not ouders) are marked as the index marks them (decision 264).
    sql = `${alternative.mode === "phrase" ? "phraseto_tsquery" : "plainto_tsquery"}(${CONFIG}, ${params.add(markSenses(alternative.text), "text")})`;
  }
  seen.set(key, sql);
  return sql;
}

const isPhrase = (alternative: Alternative) => alternative.mode === "phrase" && alternative.text.trim().includes(" ");

/** The phrases of several words a plan searches: titles and snippets mark them only where they stand (decision 246). */
export function planPhrases(plan: QueryPlan): string[] {
  return [...new Set(plan.concepts.flatMap((concept) => concept.alternatives.filter(isPhrase).map((a) => a.text)))];
}

const or = (parts: string[]) => (parts.length ? (parts.length === 1 ? parts[0]! : `(${parts.join(" || ")})`) : "''::tsquery");
const andAll = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(" && ")})`);

/**
 * The tsquery expressions of a plan: `full` (every concept), `near` (any
 * concept, for two concepts or more: the near tier's index condition, which a
 * share of the concepts weighted by rarity must then pass, decision 167),
 * `any` (any concept: ranking and highlights), per concept all alternatives
 * and the literal ones, and the phrase of the searcher's words. Exclusions
 * apply to full and near.
 */
export function planSql(plan: QueryPlan, params: Params, tsqueries?: ReadonlyMap<string, string>) {
  if (!tsqueries)
    return {
      ...planExpressions(plan, params),
      matching: (expression: string) => expression,
      bindValues: (text: string) => text,
      keyText: (text: string) => text,
    };
  // With the expressions' values known (decision 274), the constructors are written with parameters
  // of their own (local) only to name each expression. The statement holds a token per expression
  // (every use of one expression the same token, so comparing expressions compares as before) and
  // bindValues gives each token that the statement uses a parameter holding its value: PostgreSQL
  // cannot type a parameter that the statement never mentions.
  const local = new Params();
  const built = planExpressions(plan, local);
  const expressions: string[] = [];
  const token = (expression: string): string => {
    let i = expressions.indexOf(expression);
    if (i < 0) i = expressions.push(expression) - 1;
    return `${TOKEN_START}${i}${TOKEN_END}`;
  };
  const maybe = (expression: string | null) => (expression === null ? null : token(expression));
  const valueOf = (i: number) => tsqueries.get(tsqueryKey(expressions[i]!, local));
  // A token with MATCHING after its start stands for the expression's value as a scan matches it:
  // without the words another word of the same OR matches already (decision 303).
  const valueAs = (kind: string, i: number) => {
    const value = valueOf(i);
    return value !== undefined && kind === MATCHING ? matchingTsquery(value) : value;
  };
  return {
    full: token(built.full),
    near: maybe(built.near),
    any: token(built.any),
    concepts: built.concepts.map(token),
    levels: built.levels.map((levels) => levels.map((level) => ({ weight: level.weight, tsquery: token(level.tsquery) }))),
    phrase: maybe(built.phrase),
    ownWords: token(built.ownWords),
    ownFull: token(built.ownFull),
    ownAny: token(built.ownAny),
    core: built.core.map(token),
    marks: maybe(built.marks),
    /** An expression's token as a scan's `@@` reads it: the same documents match (decision 303). */
    matching: (expression: string) =>
      expression.replace(TOKEN, (_token: string, _kind: string, i: string) => `${TOKEN_START}${MATCHING}${i}${TOKEN_END}`),
    /** The statement with each token as a parameter holding its value (a value not known: the constructors). */
    bindValues: (text: string) => {
      const bound = new Map<string, string>();
      return text.replace(TOKEN, (token: string, kind: string, i: string) => {
        let sql = bound.get(token);
        if (sql === undefined) {
          const value = valueAs(kind, Number(i));
          sql = value === undefined ? renumber(expressions[Number(i)]!, local, params) : params.add(value, "tsquery");
          bound.set(token, sql);
        }
        return sql;
      });
    },
    /** A text with each token as its value (for keys: the same text for the same query). */
    keyText: (text: string) =>
      text.replace(
        TOKEN,
        (_, kind: string, i: string) =>
          `${JSON.stringify(valueAs(kind, Number(i)) ?? tsqueryKey(expressions[Number(i)]!, local))}::tsquery`,
      ),
  };
}

// Control characters the statement's text holds nowhere else (the headline marks are \u0001 and \u0002).
const TOKEN_START = "\u0003";
const TOKEN_END = "\u0004";
// eslint-disable-next-line no-control-regex -- the tokens are control characters on purpose
const TOKEN = /\u0003(m?)(\d+)\u0004/g;
const MATCHING = "m";

/** The named tsquery expressions of a plan (planSql), each distinct one once. */
function namedExpressions(built: ReturnType<typeof planExpressions>): string[] {
  return [
    ...new Set(
      [
        built.full,
        built.near,
        built.any,
        ...built.concepts,
        ...built.levels.flatMap((levels) => levels.map((level) => level.tsquery)),
        built.phrase,
        built.ownWords,
        built.ownFull,
        built.ownAny,
        ...built.core,
        built.marks,
      ].filter((expression): expression is string => expression !== null),
    ),
  ];
}

const PARAM = /\$(\d+)::([\w[\]]+)/g;

/** An expression with its parameters' values written in: the same text for the same query, whatever the numbering. */
function tsqueryKey(expression: string, params: Params): string {
  return expression.replace(PARAM, (_, n: string, cast: string) => `${JSON.stringify(params.values[Number(n) - 1])}::${cast}`);
}

/** An expression over one set of parameters, written over another. */
function renumber(expression: string, from: Params, to: Params): string {
  return expression.replace(PARAM, (_, n: string, cast: string) => to.add(from.values[Number(n) - 1], cast));
}

/**
 * The tsquery expressions of a plan as values to compute before the search statement (decision
 * 274): per expression its key (planSql's tsqueries) and the SQL that computes it, over `params`.
 * None for a plan without concepts.
 */
export function planTsqueries(plan: QueryPlan): { key: string; sql: (params: Params) => string }[] {
  if (!plan.concepts.length) return [];
  const local = new Params();
  return namedExpressions(planExpressions(plan, local)).map((expression) => ({
    key: tsqueryKey(expression, local),
    sql: (params: Params) => renumber(expression, local, params),
  }));
}

function planExpressions(plan: QueryPlan, params: Params) {
  const seen = new Map<string, string>();
  const concepts = plan.concepts.map((concept) => or(concept.alternatives.map((a) => alternativeSql(a, params, seen))));
  // Per concept, its alternatives grouped by weight, strongest first: ranking counts the best one matched.
  const levels = plan.concepts.map((concept) =>
    [...new Set(concept.alternatives.map((a) => a.weight))]
      .sort((a, b) => b - a)
      .map((weight) => ({
        weight,
        tsquery: or(concept.alternatives.filter((a) => a.weight === weight).map((a) => alternativeSql(a, params, seen))),
      })),
  );
  const excluded = plan.exclude.map((a) => `!!${alternativeSql(a, params, seen)}`);
  const withExclusions = (expression: string) => (excluded.length ? `(${[expression, ...excluded].join(" && ")})` : expression);
  const full = withExclusions(andAll(concepts));
  const near = concepts.length >= 2 ? withExclusions(or(concepts)) : null;
  const phrase = plan.phrase ? `phraseto_tsquery(${CONFIG}, ${params.add(markSenses(plan.phrase), "text")})` : null;
  // Every concept in the searcher's own words (or their forms): the title bonus of the first score.
  const ownWords = andAll(levels.map((concept) => concept[0]!.tsquery));
  // Per concept without thesaurus synonyms: how rare the searcher's word (or its translation) is.
  const core = plan.concepts.map((concept) =>
    or(concept.alternatives.filter((a) => !a.synonym).map((a) => alternativeSql(a, params, seen))),
  );
  // Every concept in its strongest alternatives only, with the exclusions: the first, cheaper scan.
  const ownFull = withExclusions(ownWords);
  const ownAny = or(levels.map((concept) => concept[0]!.tsquery));
  // What titles and snippets mark word by word: every alternative but a phrase of several words,
  // whose words alone say nothing (a phrase is marked where it stands, markPhrases; decision 246).
  const single = plan.concepts.flatMap((concept) =>
    concept.alternatives.filter((a) => !isPhrase(a)).map((a) => alternativeSql(a, params, seen)),
  );
  const marks = single.length ? or([...new Set(single)]) : null;
  return { full, near, any: or(concepts), concepts, levels, phrase, ownWords, ownFull, ownAny, core, marks };
}

type FilterName = "kind" | "theme" | "community" | "evidence" | "period";

/** The day boundary the period facet and filter count from, as the UTC timestamp the table stores. */
function since(period: SearchPeriod, now: number): string {
  const days = { week: 7, month: 31, year: 366 }[period];
  return new Date(now - days * 86_400_000).toISOString().replace("Z", "");
}

/** WHERE conditions for the filters, by facet, so each facet's counts can leave out its own filter. */
function filterConditions(query: Pick<EngineQuery, "filters">, params: Params, now: number): Record<FilterName, string | null> {
  const { filters } = query;
  return {
    kind: filters.kinds.length ? `kind = ANY(${params.add(filters.kinds, "text[]")})` : null,
    theme: filters.themeIds.length ? `"themeId" = ANY(${params.add(filters.themeIds, "text[]")})` : null,
    community: filters.communityIds.length ? `"communityId" = ANY(${params.add(filters.communityIds, "text[]")})` : null,
    evidence: filters.evidenceLevels.length ? `"evidenceLevel" = ANY(${params.add(filters.evidenceLevels, "text[]")})` : null,
    period: filters.period ? `date >= ${params.add(since(filters.period, now), "timestamp")}` : null,
  };
}

function and(conditions: (string | null)[]): string {
  const present = conditions.filter((condition): condition is string => condition !== null);
  return present.length ? present.join(" AND ") : "true";
}

type PageRow = {
  kind: SearchKind;
  recordId: string;
  url: string;
  communityId: string | null;
  themeId: string | null;
  evidenceLevel: EvidenceLevel | null;
  dateMs: number;
  score: number;
  title: string;
  snippet: string;
};

type FacetRow = { facet: FilterName | "total"; value: string; count: number };
type ResultRow = {
  total: number;
  capped: boolean;
  page: PageRow[] | null;
  facets: FacetRow[] | null;
  facetsCapped: boolean | null;
  /** Per sample scan: -1 when its probe was full, the last block its full sample reached, or null. */
  probes: (number | null)[] | null;
  rowsPerPage: number | null;
};

/**
 * Probe hints of one process (decision 205): per sample scan, the block a probe reads up to. Learnt
 * from the statements' reports, least recently used dropped first. A hint only chooses how the
 * sample is read, never which rows it holds.
 */
export class ProbeHintCache implements ProbeHints {
  private readonly blocks = new Map<string, number>();
  constructor(private readonly size = PROBE_HINTS) {}

  get(key: string): number | undefined {
    const block = this.blocks.get(key);
    if (block !== undefined) {
      this.blocks.delete(key);
      this.blocks.set(key, block);
    }
    return block;
  }

  /**
   * What a statement reported about its sample scans: -1, the probe held the sample; a block, the
   * last one the full sample reached; -2, the full sample was not in storage order; null, the sample
   * was not full (or the scan did not run).
   */
  learn(scans: SampleScan[], reports: (number | null)[] | null, rowsPerPage: number | null): void {
    scans.forEach((scan, i) => {
      const reached = reports?.[i] ?? null;
      if (scan.skipped || reached === -1) return;
      this.blocks.delete(scan.key);
      if (reached === null) return;
      // The probe reads the blocks up to the last one the sample reached, with some room for rows
      // that moved (updates); only where that is few rows: a sparse match is cheaper from the bitmap.
      // Otherwise 0: no probe, and the sample's end is not measured again.
      // A table never analysed has no rows per page yet (reltuples -1): no probe until it has.
      const fits = reached >= 0 && rowsPerPage !== null && rowsPerPage > 0 && (reached + 1) * rowsPerPage <= PROBE_ROWS;
      this.blocks.set(scan.key, fits ? Math.ceil((reached + 1) * 1.1) + 2 : 0);
      if (this.blocks.size > this.size) this.blocks.delete(this.blocks.keys().next().value!);
    });
  }

  clear(): void {
    this.blocks.clear();
  }
}

/**
 * The values of tsquery expressions (decision 274), by key: the expression with its parameters'
 * values written in. What pp_dutch makes of a text only changes with a migration of the text
 * search configuration; a rebuild clears the cache all the same.
 */
export class TsqueryCache {
  private readonly values = new Map<string, string>();
  constructor(private readonly size = TSQUERY_VALUES) {}

  get(key: string): string | undefined {
    const value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
    }
    return value;
  }

  set(key: string, value: string): void {
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.size) this.values.delete(this.values.keys().next().value!);
  }

  clear(): void {
    this.values.clear();
  }
}

/** Tsquery values kept per process. */
const TSQUERY_VALUES = 5_000;

/**
 * Work per query is bounded. At most MATCH_CAP matching documents the
 * searcher may see are read (in storage order, straight from the text index's
 * bitmap). Up to that size everything is exact. Beyond it the query is broad:
 * the ranked set is that sample plus the newest documents whose title holds
 * the query (TITLE_CAP, from the title index) plus the newest matches
 * (NEWEST_CAP, or enough for the requested page when sorting by date), and
 * the total and facet counts are lower bounds, marked as such.
 * See docs/decisions/022-search-bounded-work.md.
 */
export const MATCH_CAP = 1_500;
const TITLE_CAP = 200;
const NEWEST_CAP = 100;
/** Documents that match all but one of three or more concepts are added while fewer than this many match all (decision 125). */
export const NEAR_MIN = 50;
/** A quoted phrase found word for word, stop words included: a tier (decision 225). */
const LITERAL_PHRASE_BONUS = 10;
/** The best this many hits by the first, cheap score are scored again in full (coverage, title, phrase, proximity). */
export const RESCORE = 100;
/**
 * The lead of a text: the body's first this many words (about a first sentence), stored at index
 * time as its own vector ("leadVector"). A concept the lead holds counts LEAD_WEIGHT times its
 * strongest alternative there, by rarity, like the concepts' match (decisions 263 and 272): of
 * passages reached through the same word, the one that opens with it is about it; one that names it
 * once further on mentions it.
 */
export const LEAD_WORDS = 25;
export const LEAD_WEIGHT = 0.25;
/** Matches counted per word to tell the rarer of two words (decision 125). */
const DF_CAP = 1_000;
/** A word in at most this many readable documents is telling on its own: of two words, both add near matches (decision 166). */
export const UNCOMMON = 100;
/**
 * Three concepts or more: a document is a near match when the concepts it holds weigh at least
 * this share of the query's weight without the heaviest concept it lacks (decision 252), each
 * concept weighing by its rarity in the whole index
 * (conceptWeight). A concept no readable document holds weighs nothing: a word that matches
 * nothing is left out of the requirement instead of emptying the result (decisions 167, 172).
 */
export const NEAR_SHARE = 0.3;

/**
 * How telling a concept is that `df` readable documents hold (counted up to DF_CAP), as SQL: the
 * squared inverse document frequency over the whole index, idf = ln(1 + (N - df + 0.5) / (df + 0.5)),
 * N being the planner's estimate of the indexed documents (no count is run; while the table was
 * never analysed, its rows are counted up to 10 × DF_CAP), raised to RARITY_POWER: in a long question
 * the one rare word (schulden) outweighs two common ones (helpen, baan) (decision 172), but less
 * steeply than squared, so a passage holding one mid-frequency word of three is not dropped (decision 200).
 */
export const RARITY_POWER = 1.5;

/**
 * Storage-order probes (decision 205). A capped sample is the first MATCH_CAP + 1 matches in
 * storage order; the text index's bitmap holds every match before the first row is read, which for
 * a common word (werkgever: 52,000 documents) is most of the query's time. When a query's sample
 * was full within the table's first blocks last time, those blocks are read in order instead (a
 * TID range scan that stops at the cap): the same rows, in the same order. Only when the probe
 * finds fewer does the bitmap scan run, so a stale hint costs time, never a different result.
 * A hint is kept only where the probe reads at most PROBE_ROWS rows (estimated from the table's
 * rows per page): a sparse match is cheaper from the bitmap.
 */
export const PROBE_ROWS = 4 * MATCH_CAP;
/** Hints kept per process (least recently used go first). */
const PROBE_HINTS = 2_000;

/** Where the capped sample scans of a statement ended, by scan key: the block a probe reads up to (0: no probe). */
export type ProbeHints = { get(key: string): number | undefined };
/** A sample scan of the statement: its key, whether it was probed, and the statement's output column that reports on it. */
export type SampleScan = { key: string; probed: boolean; skipped?: boolean };

function conceptWeight(df: string): string {
  const counted = `(SELECT count(*) FROM (SELECT 1 FROM "${TABLE}" LIMIT ${10 * DF_CAP}) x)`;
  const n = `GREATEST((SELECT CASE WHEN reltuples > 0 THEN reltuples ELSE ${counted} END FROM pg_class WHERE oid = '"${TABLE}"'::regclass), ${df})`;
  return `(CASE WHEN ${df} = 0 THEN 0 ELSE power(ln(1 + (${n} - ${df} + 0.5) / (${df} + 0.5)), ${RARITY_POWER}) END)::float8`;
}

/**
 * One statement: the hits (matching, readable, filtered, bounded as above),
 * ranked, with the page's highlighted titles and snippets; the total; and the
 * facet counts from one GROUPING SETS pass in which each facet leaves out its
 * own filter. With filters set, facets are counted over the unfiltered
 * matches (bounded the same way).
 *
 * Ranking instead of a filter (decision 125): documents matching every
 * concept of the query form the first tier; while that tier is small, the
 * documents matching all concepts but one are added as the second. The
 * first score (tier, ts_rank, whole query in the title) orders everything;
 * the best RESCORE hits then also score for how many concepts they match
 * with the searcher's own words (above synonyms and corrections), how many
 * the title holds, the words as a phrase, and proximity (ts_rank_cd).
 */
export function buildSearchSql(query: EngineQuery, now = Date.now(), hints?: ProbeHints, tsqueries?: ReadonlyMap<string, string>): Sql {
  const params = new Params();
  const empty = isEmptyQuery(query.query);
  const plan = planSql(query.plan, params, empty ? undefined : tsqueries);
  const n = Math.max(query.plan.concepts.length, 1);
  const vector = query.titlesOnly ? "titleVector" : "searchVector";
  // The query expressions are written into every scan (not taken from a CTE), so the planner sees
  // their value and estimates how many documents match: that decides between the text index and
  // the date index.
  // Scans match on the value without covered words (decision 303); numnode is the same for both.
  const matches = (tsquery: string) => `d."${vector}" @@ ${plan.matching(tsquery)} AND numnode(${tsquery}) > 0`;
  const useNear = !empty && !query.titlesOnly && plan.near !== null;
  // Two concepts: "all but one" is either word alone. The rarer word's documents are added, and
  // the commoner word's too when it is itself uncommon (at most UNCOMMON readable documents):
  // adding a common word still narrows the result (decisions 125, 166).
  const twoConcepts = query.plan.concepts.length === 2;
  let useA = "false";
  let useB = "false";
  const access = `(d."accessCommunityId" IS NULL OR d."accessCommunityId" = ANY(${params.add(query.access.communityIds, "text[]")})) AND d.visibility = ANY(${params.add(query.access.visibilities, "text[]")})`;
  // Long documents rank on their rankVector (title and the start of the body): no large vector is read.
  // Suggestions are titles and rank on the title alone: reading every candidate's body vector was most
  // of their time (decision 175).
  const rv = query.titlesOnly ? `d."titleVector"` : `coalesce(d."rankVector", d."searchVector")`;
  const firstScore = (tier: number) =>
    empty
      ? "0::float8"
      : `(${tier * 10} + ts_rank(${rv}, ${plan.ownAny}) + CASE WHEN d."titleVector" @@ ${plan.ownWords} THEN 2 ELSE 0 END)::float8`;
  // How well each concept is matched: the weight of its strongest alternative found in the vector.
  const coverage = (vectorSql: string) =>
    `(${plan.levels
      .map((levels) => `(CASE ${levels.map((level) => `WHEN ${vectorSql} @@ ${level.tsquery} THEN ${level.weight}`).join(" ")} ELSE 0 END)`)
      .join(" + ")})::float8`;
  // A quoted phrase that begins or ends with a stop word ("onder hun niveau") is, for the text
  // index, only its other words ('niveau'): the documents holding it word for word come first,
  // a tier above the rest (decision 225). Read from the title and the body's start, like ranking.
  const edgePhrases = query.query.groups
    .flat()
    .filter(
      (term) => term.phrase && [term.text.split(" ")[0]!, term.text.split(" ").at(-1)!].some((w) => DUTCH_STOP_WORDS.has(foldWord(w))),
    )
    .map((term) => term.text.toLowerCase());
  const literalPhrases = edgePhrases.map(
    (text) =>
      `CASE WHEN strpos(lower(d.title || ' ' || left(d.body, ${RANK_PREFIX})), ${params.add(text, "text")}) > 0 THEN ${LITERAL_PHRASE_BONUS} ELSE 0 END`,
  );
  const secondScore = empty
    ? "0::float8"
    : [
        ...literalPhrases,
        `1.0 * ${coverage(`d."titleVector"`)} / ${n}`,
        ...(plan.phrase
          ? [`CASE WHEN ${rv} @@ ${plan.phrase} THEN 0.5 ELSE 0 END`, `CASE WHEN d."titleVector" @@ ${plan.phrase} THEN 0.5 ELSE 0 END`]
          : []),
        `ts_rank_cd(${rv}, ${plan.full}, 32)`,
      ].join(" + ");
  const filters = filterConditions(query, params, now);
  const allFilters = and(Object.values(filters));
  const anyFilter = Object.values(filters).some((condition) => condition !== null);
  const others = (name: FilterName) =>
    and(
      Object.entries(filters)
        .filter(([key]) => key !== name)
        .map(([, condition]) => condition),
    );
  const newestFirst = query.sort === "newest" || empty;
  const order = newestFirst ? `date DESC, score DESC, kind, "recordId"` : `score DESC, date DESC, kind, "recordId"`;
  const cap = params.add(MATCH_CAP + 1, "int");
  const limit = params.add(query.pageSize, "int");
  const offset = params.add((query.page - 1) * query.pageSize, "int");
  // Fragment selection in ts_headline grows much faster than linearly with the text: the snippet
  // comes from the start of the body (the part that ranking also weighs, see rankVector).
  // With phrases of several words among the alternatives, the snippet's fragments are still chosen
  // by every alternative, then marked again by the single ones: the phrases are marked where they
  // stand, not word by word (markPhrases, decision 246).
  const phrased = !empty && planPhrases(query.plan).length > 0;
  const remark = (marked: string) => {
    const plain = `translate(${marked}, chr(1) || chr(2), '')`;
    return plan.marks ? `ts_headline(${CONFIG}, ${plain}, ${plan.marks}, '${TITLE_HEADLINE}')` : plain;
  };
  const headline = `ts_headline(${CONFIG}, ${markSensesSql(`left(d.body, ${HEADLINE_TEXT})`)}, ${plan.any}, '${HEADLINE}')`;
  const snippet = query.snippets ? (empty ? `left(d.body, 240)` : phrased ? remark(headline) : headline) : "''";
  const title = empty
    ? "d.title"
    : phrased
      ? plan.marks
        ? `ts_headline(${CONFIG}, ${markSensesSql("d.title")}, ${plan.marks}, '${TITLE_HEADLINE}')`
        : "d.title"
      : `ts_headline(${CONFIG}, ${markSensesSql("d.title")}, ${plan.any}, '${TITLE_HEADLINE}')`;
  const periodSince = (period: SearchPeriod) => params.add(since(period, now), "timestamp");
  const columns = `d.kind, d."recordId", d."communityId", d."themeId", d."evidenceLevel", d.date, d.url`;
  const scan = (tier: number, where: string, tail = "") =>
    `SELECT ${columns}, ${firstScore(tier)} AS score FROM "${TABLE}" d WHERE ${where} ${tail}`;
  // Capped samples in storage order, each with a probe of the table's first blocks when a hint says
  // the sample was full there last time (decision 205). The plan of a sample is the text index's
  // bitmap, which reads in storage order as the probe does; a hint is only learnt from a sample whose
  // rows came in storage order.
  const scans: SampleScan[] = [];
  const reports: string[] = [];
  const keyOf = (sql: string) =>
    plan.keyText(
      sql.replace(/\$(\d+)::([\w[\]]+)/g, (_, n: string, cast: string) => `${JSON.stringify(params.values[Number(n) - 1])}::${cast}`),
    );
  const sample = (
    name: string,
    guard: string,
    tsquery: string,
    rest: string,
    select: (where: string) => string,
    probe: boolean,
  ): string[] => {
    const condition = `${matches(tsquery)} AND ${rest}`;
    const full = (cte: string) => `(SELECT count(*) FROM ${cte}) > ${MATCH_CAP}`;
    if (!probe) return [`${name} AS MATERIALIZED (${select(`${guard} AND ${condition}`)} LIMIT ${cap})`];
    const key = keyOf(`${vector}|${condition}`);
    const block = hints?.get(key);
    if (block === 0) {
      // Known not to pay (the sample was sparse or not in storage order): read as always, nothing measured.
      scans.push({ key, probed: false, skipped: true });
      reports.push("NULL::int");
      return [`${name} AS MATERIALIZED (${select(`${guard} AND ${condition}`)} LIMIT ${cap})`];
    }
    // The last block the full sample reached, when its rows came in storage order (else null: no hint).
    const reached = `(SELECT CASE WHEN bool_and(prev IS NULL OR prev < c) THEN (max(c)::text::point)[0]::int ELSE -2 END FROM (
        SELECT c, lag(c) OVER (ORDER BY n) AS prev FROM (SELECT d.ctid AS c, x.n FROM (SELECT kind, "recordId", row_number() OVER () AS n FROM ${name}) x
          JOIN "${TABLE}" d ON d.kind = x.kind AND d."recordId" = x."recordId") y) z)`;
    scans.push({ key, probed: block !== undefined });
    if (block === undefined) {
      reports.push(`CASE WHEN ${full(name)} THEN ${reached} END`);
      return [`${name} AS MATERIALIZED (${select(`${guard} AND ${condition}`)} LIMIT ${cap})`];
    }
    reports.push(`CASE WHEN ${full(`${name}probe`)} THEN -1 WHEN ${full(name)} THEN ${reached} END`);
    return [
      `${name}probe AS MATERIALIZED (${select(`${guard} AND d.ctid < ${params.add(`(${block},0)`, "tid")} AND (${condition}) IS TRUE`)} LIMIT ${cap})`,
      `${name} AS MATERIALIZED (SELECT * FROM ${name}probe WHERE ${full(`${name}probe`)}
          UNION ALL (${select(`NOT ${full(`${name}probe`)} AND ${guard} AND ${condition}`)} LIMIT ${cap}))`,
    ];
  };
  // The kind, theme and evidence filters have no index of their own that orders rows (a kind's rows
  // in primary-key order are in storage order after a rebuild; the report's order check catches the
  // rest); the date and community filters do, and are never probed.
  const probeable = filters.period === null && filters.community === null;
  // Readable documents holding a concept, counted up to DF_CAP (a subquery with one row, column n).
  const dfCount = (tsquery: string) =>
    `(SELECT count(*) AS n FROM (SELECT 1 FROM "${TABLE}" d WHERE ${matches(tsquery)} AND ${access} LIMIT ${params.add(DF_CAP, "int")}) x)`;
  // The weight of the concepts a document holds (three concepts or more; see NEAR_SHARE).
  const weightedCoverage = `(${plan.concepts.map((q, i) => `(CASE WHEN d."${vector}" @@ ${q} THEN (SELECT w[${i + 1}] FROM weights) ELSE 0 END)`).join(" + ")})`;
  // The heaviest concept a document lacks is forgiven ("all but one", decision 125, weighted): one
  // word that a few documents hold by chance ("meteen", "kiezen" in a long question) no longer
  // outweighs the subject's words that the document does hold (decision 252).
  const heaviestMissing = `GREATEST(${plan.concepts.map((q, i) => `(CASE WHEN d."${vector}" @@ ${q} THEN 0 ELSE (SELECT w[${i + 1}] FROM weights) END)`).join(", ")})`;
  const nearEnough = `${weightedCoverage} >= ${NEAR_SHARE} * ((SELECT total FROM weights) - ${heaviestMissing})`;
  // Added only when used: PostgreSQL cannot type a parameter that the statement never mentions.
  // How many documents match every concept (the expanded scan, when it ran, holds the own-words one).
  const fullCount = `(SELECT count(*) FROM fullsample)`;
  const sampleFull = `${fullCount} > ${MATCH_CAP}`;
  const nearWanted = useNear ? `${fullCount} < ${params.add(NEAR_MIN, "int")}` : "false";
  // Synonyms, translations and corrections of common words widen the bitmap a lot (werkgever →
  // ondernemer, bedrijf, organisatie): they are read only when the own words fill fewer than MATCH_CAP.
  const expanded = !empty && plan.full !== plan.ownFull;
  /**
   * How many readable documents hold concept i: its own words (and translations), not counting
   * thesaurus synonyms; when no document holds those, the whole concept (decision 204). Otherwise a
   * word found only through its synonyms (arbeidsgehandicapten → arbeidsbeperking) counted as one
   * that matches nothing and left the near tier's requirement. The second count runs only then.
   */
  const coreDf = (i: number, count: (tsquery: string) => string) =>
    plan.core[i] === plan.concepts[i] ? count(plan.core[i]!) : `COALESCE(NULLIF(${count(plan.core[i]!)}, 0), ${count(plan.concepts[i]!)})`;
  /** The concepts' weights over the whole index, as SQL, when the near tier computes them (else null). */
  let corpusWeights: string | null = null;

  const ctes: string[] = [];
  if (empty) {
    // Browsing by filters: the newest documents, straight from the date index.
    ctes.push(
      `fullsample AS (${scan(1, `${access} AND ${allFilters}`, `ORDER BY d.date DESC LIMIT ${cap}`)})`,
      `hits AS MATERIALIZED (SELECT DISTINCT ON (url) * FROM fullsample ORDER BY url, date DESC, kind, "recordId")`,
    );
  } else {
    const newest = newestFirst ? Math.max(NEWEST_CAP, query.page * query.pageSize) : NEWEST_CAP;
    const scored = (where: string) => scan(1, where);
    const rest = `${access} AND ${allFilters}`;
    if (expanded) {
      ctes.push(
        ...sample("ownsample", "true", plan.ownFull, rest, scored, probeable),
        ...sample("expandedsample", `(SELECT count(*) FROM ownsample) <= ${MATCH_CAP}`, plan.full, rest, scored, probeable),
        // The expanded scan holds every own-words match when it ran; otherwise the own words are the sample.
        `fullsample AS (SELECT * FROM ownsample WHERE (SELECT count(*) FROM ownsample) > ${MATCH_CAP} UNION ALL SELECT * FROM expandedsample)`,
      );
    } else {
      ctes.push(...sample("fullsample", "true", plan.full, rest, scored, probeable));
    }
    // All concepts but one, only while few documents match all of them (a one-time filter: the scan
    // does not run otherwise).
    if (useNear && twoConcepts) {
      const dfCap = params.add(DF_CAP, "int");
      const df = (tsquery: string) =>
        `(SELECT count(*) FROM (SELECT 1 FROM "${TABLE}" d WHERE ${matches(tsquery)} AND ${access} LIMIT ${dfCap}) x)`;
      const [a, b] = plan.concepts as [string, string];
      const uncommon = params.add(UNCOMMON, "int");
      // A word no readable document holds is not "the rarer one": the other word's documents are
      // the near matches then (decision 167).
      useA = `(a > 0 AND (a < b OR a <= ${uncommon} OR b = 0))`;
      useB = `(b > 0 AND (a >= b OR b <= ${uncommon} OR a = 0))`;
      corpusWeights = `(SELECT ARRAY[${conceptWeight("a")}, ${conceptWeight("b")}] FROM dfs)`;
      ctes.push(
        `dfs AS MATERIALIZED (SELECT ${coreDf(0, df)} AS a, ${coreDf(1, df)} AS b)`,
        // Each scan runs only when its one-time filter holds: the rarer word's documents are read.
        `nearsample AS ((${scan(0, `${nearWanted} AND (SELECT ${useA} FROM dfs) AND ${matches(a)} AND ${access} AND ${allFilters}`, `LIMIT ${cap}`)})
          UNION ALL (${scan(0, `${nearWanted} AND (SELECT ${useB} FROM dfs) AND ${matches(b)} AND ${access} AND ${allFilters}`, `LIMIT ${cap}`)}))`,
      );
    } else if (useNear) {
      corpusWeights = `(SELECT w FROM weights)`;
      ctes.push(
        // How rare each concept is (readable documents holding it, counted up to DF_CAP), as weights.
        `weights AS MATERIALIZED (SELECT w, (SELECT sum(x) FROM unnest(w) x) AS total FROM (SELECT ARRAY[${plan.core
          // OFFSET 0 keeps the count a row of its own: pulled up, it would run once per use in conceptWeight.
          .map(
            (_, i) =>
              `(SELECT ${conceptWeight("c.n")} FROM (SELECT ${coreDf(i, (q) => `(SELECT n FROM ${dfCount(q)} y)`)} AS n OFFSET 0) c)`,
          )
          .join(", ")}]::float8[] AS w) x)`,
        // Any concept from the text index, kept when its concepts weigh NEAR_SHARE of the query's;
        // ranked first by that share. The one-time filter keeps the scan (and the counts) from running otherwise.
        `nearsample AS (SELECT ${columns}, (${firstScore(0)} + ${weightedCoverage} / GREATEST((SELECT total FROM weights), 1e-9))::float8 AS score
          FROM "${TABLE}" d WHERE ${nearWanted} AND ${matches(plan.near!)} AND ${access} AND ${allFilters}
            AND ${nearEnough} AND (SELECT total FROM weights) > 0 LIMIT ${cap})`,
      );
    }
    ctes.push(
      // Title matches from the title index (at most MATCH_CAP of them), the newest first. Without the
      // inner LIMIT the planner may walk the date index and test every row's title instead.
      // The searcher's own words: synonyms of common words would widen the title bitmap a lot.
      // Scored after the newest TITLE_CAP are chosen, not for every title match read (decision 175);
      // only their row addresses and dates are sorted, the chosen rows are read again by address
      // (a TID scan, in the statement's snapshot): no wide rows with their vectors are copied into
      // the sort (decision 206).
      // Only for a broad query when nothing is excluded (decision 206): a title match of the own words
      // matches the whole query in the text (the title vector is the search vector's first part), so a
      // sample that is not full holds every title match already. An excluded word may stand in the
      // body of a document whose title matches: with exclusions the scan always runs, as before.
      `titled AS (SELECT ${columns}, ${firstScore(1)} AS score FROM (SELECT * FROM (
          SELECT d.ctid AS c, d.date FROM "${TABLE}" d
          WHERE ${query.plan.exclude.length ? "" : `${sampleFull} AND `}d."titleVector" @@ ${plan.matching(plan.ownFull)} AND numnode(${plan.ownFull}) > 0 AND ${access} AND ${allFilters} LIMIT ${cap}
        ) t ORDER BY date DESC LIMIT ${params.add(TITLE_CAP, "int")}) t JOIN "${TABLE}" d ON d.ctid = t.c)`,
      // Only for a broad query (the sample is full); otherwise the sample holds every match already.
      // "IS TRUE" keeps the text index out of this scan: walking the date index stops after the
      // newest matches (a broad query matches often), where a bitmap would read every match first
      // whenever the planner underestimates how many there are (words that occur together).
      // Suggestions search titles only, so `titled` holds their newest matches already: the walk
      // of the date index, testing row after row, is left out (decision 175).
      ...(query.titlesOnly
        ? []
        : [
            `newest AS (${scan(
              1,
              `${sampleFull} AND (${matches(plan.full)}) IS TRUE AND ${access} AND ${allFilters}`,
              `ORDER BY d.date DESC LIMIT ${params.add(newest, "int")}`,
            )})`,
          ]),
      // One hit per URL (two agenda goals of one theme lead to the same page): the best-scoring one.
      `hits AS MATERIALIZED (SELECT DISTINCT ON (url) * FROM (
          SELECT * FROM fullsample UNION ALL SELECT * FROM titled${query.titlesOnly ? "" : " UNION ALL SELECT * FROM newest"}${useNear ? " UNION ALL SELECT * FROM nearsample" : ""}
        ) u ORDER BY url, score DESC, kind, "recordId")`,
      `top AS MATERIALIZED (SELECT h.kind, h."recordId", h."communityId", h."themeId", h."evidenceLevel", h.date, h.url, h.score + ${secondScore} AS score,
            ARRAY[${plan.concepts.map((q) => `${rv} @@ ${q}`).join(", ")}] AS m,
            ARRAY[${plan.levels.map((levels) => `(CASE ${levels.map((level) => `WHEN ${rv} @@ ${level.tsquery} THEN ${level.weight}`).join(" ")} ELSE 0 END)`).join(", ")}]::float8[] AS lv,
            ARRAY[${plan.levels.map((levels) => (query.titlesOnly ? "0" : `(CASE ${levels.map((level) => `WHEN d."leadVector" @@ ${level.tsquery} THEN ${level.weight}`).join(" ")} ELSE 0 END)`)).join(", ")}]::float8[] AS ld
          FROM (SELECT * FROM hits ORDER BY score DESC, date DESC LIMIT ${params.add(RESCORE, "int")}) h
          JOIN "${TABLE}" d ON d.kind = h.kind AND d."recordId" = h."recordId")`,
      // Rarer concepts count for more: among documents that miss a word, those holding the rarer,
      // more telling words come first, and how well each concept is matched (own word, synonym)
      // counts by how telling it is. When the near tier ran, the rarity is the whole index's (the
      // weights it computed, decision 172); otherwise an inverse document frequency over the
      // rescored hits (no counts are run for a query that matches fully).
      `idf AS MATERIALIZED (SELECT ${corpusWeights ? `CASE WHEN ${nearWanted} THEN ${corpusWeights} ELSE ` : ""}ARRAY[${plan.concepts.map((_, i) => `ln(1 + count(*)::float8 / (1 + count(*) FILTER (WHERE m[${i + 1}])))`).join(", ")}]::float8[]${corpusWeights ? " END" : ""} AS w FROM top)`,
      `rescored AS (SELECT t.kind, t."recordId", t."communityId", t."themeId", t."evidenceLevel", t.date, t.url,
            t.score + (${plan.concepts.map((_, i) => `(2.0 * t.lv[${i + 1}] + CASE WHEN t.m[${i + 1}] THEN 1.5 ELSE 0 END + ${LEAD_WEIGHT} * t.ld[${i + 1}]) * idf.w[${i + 1}]`).join(" + ")})
              / GREATEST(${plan.concepts.map((_, i) => `idf.w[${i + 1}]`).join(" + ")}, 1e-9) AS score
          FROM top t CROSS JOIN idf)`,
    );
  }
  const ranked =
    empty || newestFirst
      ? "hits"
      : `(SELECT * FROM rescored UNION ALL SELECT * FROM hits h WHERE NOT EXISTS (SELECT 1 FROM rescored r WHERE r.kind = h.kind AND r."recordId" = h."recordId"))`;
  ctes.push(`page AS (SELECT * FROM ${ranked} r ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})`);
  const sampleCount = useNear
    ? `GREATEST((SELECT count(*) FROM fullsample), (SELECT count(*) FROM nearsample))`
    : `(SELECT count(*) FROM fullsample)`;
  let facets = "NULL";
  let facetsCapped = "NULL::boolean";
  if (query.facets) {
    let base = "hits";
    let baseCount = sampleCount;
    if (anyFilter) {
      const unfiltered = (tsquery: string, extra = "") =>
        `(SELECT ${columns} FROM "${TABLE}" d WHERE ${extra}${matches(tsquery)} AND ${access} LIMIT ${cap})`;
      // The unfiltered matches are found the way the unfiltered search finds them: the searcher's own
      // words first, synonyms and corrections only while those fill fewer than MATCH_CAP. Reading
      // the expanded words' (much larger) bitmap for every filtered page was the filtered results'
      // largest cost (decision 175).
      const columnsOf = (where: string) => `SELECT ${columns} FROM "${TABLE}" d WHERE ${where}`;
      if (!empty && expanded) ctes.push(...sample("baseown", "true", plan.ownFull, access, columnsOf, true));
      if (!empty)
        ctes.push(
          ...sample("basefull", expanded ? `(SELECT count(*) FROM baseown) <= ${MATCH_CAP}` : "true", plan.full, access, columnsOf, true),
        );
      const matchedUnfiltered =
        !empty && expanded
          ? `(SELECT * FROM baseown WHERE (SELECT count(*) FROM baseown) > ${MATCH_CAP}) UNION (SELECT * FROM basefull)`
          : `(SELECT * FROM basefull)`;
      ctes.push(
        empty
          ? `base AS MATERIALIZED (SELECT ${columns} FROM "${TABLE}" d WHERE ${access} ORDER BY d.date DESC LIMIT ${cap})`
          : `base AS MATERIALIZED (${matchedUnfiltered}${
              !useNear
                ? ""
                : twoConcepts
                  ? ` UNION ${unfiltered(plan.concepts[0]!, `${nearWanted} AND (SELECT ${useA} FROM dfs) AND `)} UNION ${unfiltered(plan.concepts[1]!, `${nearWanted} AND (SELECT ${useB} FROM dfs) AND `)}`
                  : ` UNION ${unfiltered(plan.near!, `${nearWanted} AND ${nearEnough} AND `)}`
            })`,
      );
      // Beyond MATCH_CAP the unfiltered sample is the first matches in storage order, which a rebuilt
      // index groups by kind: a filtered page's own matches could be all but missing from it ("werkgever"
      // filtered to messages counted 6 messages of 1,781). The filtered hits are unfiltered matches too,
      // so they join the counted set: every count stays a lower bound (marked partial), and a value
      // under its own filter counts at least what the filtered page found (decision 203).
      ctes.push(
        `baseurls AS (SELECT DISTINCT ON (url) * FROM (SELECT * FROM base UNION ALL
          SELECT kind, "recordId", "communityId", "themeId", "evidenceLevel", date, url FROM hits WHERE (SELECT count(*) FROM base) > ${MATCH_CAP}) b)`,
      );
      base = "baseurls";
      baseCount = "(SELECT count(*) FROM base)";
    }
    ctes.push(`counts AS (
        SELECT kind, "themeId", "communityId", "evidenceLevel",
          GROUPING(kind, "themeId", "communityId", "evidenceLevel") AS g,
          count(*) FILTER (WHERE ${others("kind")})::int AS c_kind,
          count(*) FILTER (WHERE ${others("theme")})::int AS c_theme,
          count(*) FILTER (WHERE ${others("community")})::int AS c_community,
          count(*) FILTER (WHERE ${others("evidence")})::int AS c_evidence,
          count(*) FILTER (WHERE ${others("period")} AND date >= ${periodSince("week")})::int AS c_week,
          count(*) FILTER (WHERE ${others("period")} AND date >= ${periodSince("month")})::int AS c_month,
          count(*) FILTER (WHERE ${others("period")} AND date >= ${periodSince("year")})::int AS c_year
        FROM ${base}
        GROUP BY GROUPING SETS ((kind), ("themeId"), ("communityId"), ("evidenceLevel"), ())
      )`);
    facets = `(SELECT json_agg(f) FROM (
          SELECT CASE g WHEN 7 THEN 'kind' WHEN 11 THEN 'theme' WHEN 13 THEN 'community' WHEN 14 THEN 'evidence' END AS facet,
                 coalesce(kind, "themeId", "communityId", "evidenceLevel") AS value,
                 CASE g WHEN 7 THEN c_kind WHEN 11 THEN c_theme WHEN 13 THEN c_community ELSE c_evidence END AS count
            FROM counts WHERE g <> 15 AND coalesce(kind, "themeId", "communityId", "evidenceLevel") IS NOT NULL
          UNION ALL SELECT 'period', 'week', c_week FROM counts WHERE g = 15
          UNION ALL SELECT 'period', 'month', c_month FROM counts WHERE g = 15
          UNION ALL SELECT 'period', 'year', c_year FROM counts WHERE g = 15
        ) f WHERE f.count > 0)`;
    facetsCapped = `${baseCount} > ${MATCH_CAP}`;
  }
  const text = `
    WITH ${ctes.join(",\n    ")}
    SELECT
      (SELECT count(*)::int FROM hits) AS total,
      ${sampleCount} > ${MATCH_CAP} AS capped,
      (SELECT json_agg(h ORDER BY ${order}) FROM (
        SELECT page.kind, page."recordId", page.url, page."communityId", page."themeId", page."evidenceLevel", page.date,
          (extract(epoch FROM page.date) * 1000)::float8 AS "dateMs", page.score,
          ${title} AS title, ${snippet} AS snippet
        FROM page JOIN "${TABLE}" d ON d.kind = page.kind AND d."recordId" = page."recordId"
      ) h) AS page,
      ${facets} AS facets,
      ${facetsCapped} AS "facetsCapped",
      ${reports.length ? `json_build_array(${reports.join(", ")})` : "NULL::json"} AS probes,
      ${reports.length ? `(SELECT reltuples / GREATEST(relpages, 1) FROM pg_class WHERE oid = '"${TABLE}"'::regclass)::float8` : "NULL::float8"} AS "rowsPerPage"`;
  return { text: plan.bindValues(text), params: params.values, scans };
}

/** Related results (decision 250): the feedback hits' words considered (the commonest in them first), counted each. */
export const RELATED_CANDIDATES = 16;
/** The feedback words searched: the most telling of the candidates. */
export const RELATED_WORDS = 6;
/** A related result holds at least this many pieces of evidence: feedback words and the query's own concepts. */
export const RELATED_EVIDENCE = 2;
/** A feedback word in a feedback hit's title counts as this many in its body. */
const RELATED_TITLE_TF = 3;
/** Feedback words shorter than this (stemmed) are left out: short stems are mostly function words or abbreviations of everything. */
const RELATED_MIN_LEXEME = 4;
/**
 * Readable documents the related scan examines at most (decision 255): taken word by word, the
 * heaviest feedback word's holders first, so the cap keeps the likeliest candidates. The judged set's
 * largest related scan keeps 58, so there the cap changes nothing.
 */
export const RELATED_SCAN = 200;

/**
 * Related results in one statement (decision 250). From the feedback hits (re-read under the
 * searcher's access and filters, so a hit the searcher may not read adds nothing), the words of
 * their ranking vectors (title and the body's start) that are none of the query's words or
 * alternatives; the RELATED_CANDIDATES held by most feedback hits are counted in the documents the
 * searcher may read (from SearchWordCount, the precomputed counts per access scope: decision 246) and
 * weighed tf-idf-like: share of the feedback hits holding the word × (1 + ln tf) × idf. The RELATED_WORDS
 * heaviest, found in a readable document other than the feedback hits, are searched; a document is
 * kept when it holds RELATED_EVIDENCE feedback words or query concepts in its ranking vector, and ranked
 * by the weight of the feedback words it holds plus the share of the query's concepts it holds.
 * The scan (decision 255) reads readable, filtered documents not at an address already found, one
 * word at a time from the text index (first those holding two query concepts and a word, then the
 * holders of each word, the heaviest first), at most RELATED_SCAN of them: each document is taken
 * with the heaviest word its ranking vector holds, so none is counted twice.
 */
export function buildRelatedSql(query: RelatedQuery, now = Date.now()): Sql {
  const params = new Params();
  // Only the concepts (every parameter added must be used: PostgreSQL cannot type one it never sees).
  const seen = new Map<string, string>();
  const concepts = query.plan.concepts.map((concept) => or(concept.alternatives.map((a) => alternativeSql(a, params, seen))));
  const communities = params.add(query.access.communityIds, "text[]");
  const visibilities = params.add(query.access.visibilities, "text[]");
  const access = `(d."accessCommunityId" IS NULL OR d."accessCommunityId" = ANY(${communities})) AND d.visibility = ANY(${visibilities})`;
  const filters = and(Object.values(filterConditions(query, params, now)));
  const rv = `coalesce(d."rankVector", d."searchVector")`;
  // Never feedback words: what the query searched (its words, forms, synonyms, translations,
  // corrections, exclusions), and words without a subject of their own.
  const searched = [
    // Words that carry no subject of their own, as the query analysis drops them from a question.
    ...DUTCH_QUESTION_WORDS,
    ...DUTCH_QUESTION_FILLERS,
    ...ENGLISH_QUESTION_FILLERS,
    // Numbers written as words, like the digits: they say how many, not what about.
    ...numberPairs().map(([, word]) => word),

    ...query.plan.concepts.flatMap((concept) => [concept.label, ...concept.alternatives.map((a) => a.text)]),
    ...query.plan.exclude.map((a) => a.text),
  ].join(" ");
  const n = Math.max(query.plan.concepts.length, 1);
  const conceptsHeld = concepts.length ? `(${concepts.map((q) => `(CASE WHEN e.v @@ ${q} THEN 1 ELSE 0 END)`).join(" + ")})` : "0";
  // The related scan word by word (decision 255). Decision 246 asked the text index for two pieces of
  // evidence at once ((w1 & w2) | (w1 & c) | …): for common words that condition is tested on every
  // document holding any of them (the bitmap holds them all before the first row is read), which was
  // most of the statement's time at 100,000 documents. A single word's bitmap is a plain read of its
  // posting list, and the scan stops at RELATED_SCAN. Tier 0: documents holding two of the query's
  // concepts (rare: a search with few hits) and a feedback word; tier k: the holders of the k-th
  // heaviest word. A document is kept in tier 0 when its ranking vector holds two concepts, in tier
  // k when it holds fewer and k is the heaviest word it holds: so each document is kept once, and
  // the documents kept (below the cap) are those decision 246 kept (the ranking vector's words are
  // the search vector's).
  const pairsOfConcepts = concepts.flatMap((a, i) => concepts.slice(i + 1).map((b) => `(${a} && ${b})`));
  const readable = `${access} AND ${filters} AND NOT (d.url = ANY(${params.add(query.exclude, "text[]")})) AND d.url NOT IN (SELECT url FROM fb)`;
  const columns = `d.kind, d."recordId", d."communityId", d."themeId", d."evidenceLevel", d.date, d.url`;
  // The ranking vector read once per document: "|| ''" gives a copy in memory, where every test
  // below would otherwise read a long document's vector from TOAST again (decision 246).
  const tier = (k: number, condition: string) =>
    `(SELECT ${columns}, ${rv} || ''::tsvector AS v, ${k} AS tier FROM "${TABLE}" d WHERE d."searchVector" @@ ${condition} AND ${readable})`;
  const tiers = [
    ...(pairsOfConcepts.length >= 1 ? [tier(0, `(SELECT q && ${or(pairsOfConcepts)} FROM wanted)`)] : []),
    ...Array.from({ length: RELATED_WORDS }, (_, k) => tier(k + 1, `(SELECT q FROM chosen WHERE i = ${k + 1})`)),
  ];
  const text = `
    WITH fb AS MATERIALIZED (
        SELECT f.ord, ${rv} AS v, d.title || ' ' || left(d.body, ${RANK_PREFIX}) AS text, d.url
          FROM unnest(${params.add(
            query.feedback.map((f) => f.kind),
            "text[]",
          )}, ${params.add(
            query.feedback.map((f) => f.recordId),
            "text[]",
          )}) WITH ORDINALITY AS f(fkind, frid, ord)
          JOIN "${TABLE}" d ON d.kind = f.fkind AND d."recordId" = f.frid
         WHERE ${access} AND ${filters}),
      own AS (SELECT unnest(tsvector_to_array(to_tsvector(${CONFIG}, ${params.add(markSenses(searched), "text")}))) AS lexeme),
      terms AS MATERIALIZED (
        SELECT u.lexeme, count(*)::float8 AS docs,
               -- A word of a title counts as much as three in the body: titles say what a document is about.
               sum((SELECT sum(CASE w WHEN 'A' THEN ${RELATED_TITLE_TF} ELSE 1 END) FROM unnest(u.weights) w))::float8 AS tf
          FROM fb CROSS JOIN LATERAL unnest(fb.v) u
         WHERE length(u.lexeme) >= ${RELATED_MIN_LEXEME} AND u.lexeme !~ '^[0-9]' AND u.lexeme NOT IN (SELECT lexeme FROM own)
           -- Words as written (title A, body B), not only the parts of a compound (C): the compound says it better.
           AND u.weights && ARRAY['A', 'B']
         GROUP BY u.lexeme),
      candidates AS MATERIALIZED (
        SELECT t.* FROM terms t
         ORDER BY t.docs DESC, t.tf DESC, length(t.lexeme) DESC, t.lexeme LIMIT ${params.add(RELATED_CANDIDATES, "int")}),
      -- Readable documents holding each candidate: the precomputed counts of the scopes the searcher
      -- may read (decision 246), a few index entries per word instead of reading its documents.
      counted AS MATERIALIZED (
        SELECT t.*, c.n AS df FROM candidates t CROSS JOIN LATERAL (
          SELECT coalesce(sum(w.documents), 0)::float8 AS n FROM "${WORD_COUNTS}" w
           WHERE w.lexeme = t.lexeme AND w.visibility = ANY(${visibilities})
             AND (w.community = '' OR w.community = ANY(${communities})) OFFSET 0) c),
      -- i numbers the words searched, the heaviest first: the related scan takes them in that order.
      chosen AS MATERIALIZED (
        SELECT x.*, row_number() OVER (ORDER BY w DESC, lexeme) AS i FROM (
          SELECT lexeme, quote_literal(lexeme)::tsquery AS q,
                 docs / (SELECT count(*) FROM fb) * (1 + ln(tf)) * ${conceptWeight("df")} AS w
            FROM counted c WHERE df > docs
              -- A part of a longer candidate (steiger, bouw in steigerbouw) would count the same word twice.
              AND NOT EXISTS (SELECT 1 FROM counted o WHERE o.df > o.docs AND o.lexeme <> c.lexeme AND strpos(o.lexeme, c.lexeme) > 0)
           ORDER BY w DESC, lexeme LIMIT ${params.add(RELATED_WORDS, "int")}) x),
      -- Each word as the feedback hits write it (the commonest form), for the page. A lexeme that no
      -- word of the text gives (a compound's part, stored with the title) is searched but not shown:
      -- a stem such as "loopban" is no word a reader would recognise.
      surface AS MATERIALIZED (
        SELECT DISTINCT ON (l.lexeme) l.lexeme, w.word
          FROM fb CROSS JOIN LATERAL regexp_split_to_table(lower(fb.text), '[^[:alnum:]]+') AS w(word)
          CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector(${CONFIG}, ${markSensesSql("w.word")}))) AS l(lexeme)
         WHERE l.lexeme IN (SELECT lexeme FROM chosen)
         GROUP BY l.lexeme, w.word ORDER BY l.lexeme, count(*) DESC, length(w.word), w.word),
      wanted AS MATERIALIZED (SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS q FROM chosen),
      found AS MATERIALIZED (
        SELECT e.kind, e."recordId", e."communityId", e."themeId", e."evidenceLevel", e.date, e.url, f.fw, f.fn, e.cn
          FROM (SELECT e.*, ${conceptsHeld} AS cn
                  FROM (SELECT * FROM (${tiers.join(" UNION ALL ")}) t LIMIT ${params.add(RELATED_SCAN, "int")}) e) e
          CROSS JOIN LATERAL (SELECT coalesce(sum(c.w), 0) AS fw, count(*) AS fn, min(c.i) AS top FROM chosen c WHERE e.v @@ c.q) f
         WHERE f.fn + e.cn >= ${RELATED_EVIDENCE}
           AND CASE WHEN e.tier = 0 THEN e.cn >= ${RELATED_EVIDENCE} ELSE e.cn < ${RELATED_EVIDENCE} AND f.top = e.tier END),
      page AS (
        SELECT * FROM (SELECT DISTINCT ON (url) *, fw / GREATEST((SELECT sum(w) FROM chosen), 1e-9) + cn::float8 / ${n} AS score
          FROM found ORDER BY url, fw DESC, kind, "recordId") r
         ORDER BY score DESC, date DESC, kind, "recordId" LIMIT ${params.add(query.limit, "int")})
    SELECT
      (SELECT json_agg(s.word ORDER BY c.w DESC, c.lexeme) FROM chosen c JOIN surface s USING (lexeme)) AS words,
      (SELECT json_agg(h ORDER BY h.score DESC, h.date DESC, h.kind, h."recordId") FROM (
        SELECT page.kind, page."recordId", page.url, page."communityId", page."themeId", page."evidenceLevel", page.date,
          (extract(epoch FROM page.date) * 1000)::float8 AS "dateMs", page.score,
          ts_headline(${CONFIG}, ${markSensesSql("d.title")}, (SELECT q FROM wanted), '${TITLE_HEADLINE}') AS title,
          ts_headline(${CONFIG}, ${markSensesSql(`left(d.body, ${HEADLINE_TEXT})`)}, (SELECT q FROM wanted), '${HEADLINE}') AS snippet
        FROM page JOIN "${TABLE}" d ON d.kind = page.kind AND d."recordId" = page."recordId"
      ) h) AS page`;
  return { text, params: params.values };
}

function toHit(hit: PageRow, phrases: string[] = []): EngineHit {
  return {
    kind: hit.kind,
    recordId: hit.recordId,
    // Titles and snippets come from marked text (decision 264): the mark is no part of the word shown.
    titleHtml: markedToHtml(markPhrases(unmarkSenses(hit.title), phrases)),
    snippetHtml: markedToHtml(markPhrases(unmarkSenses(hit.snippet), phrases)),
    url: hit.url,
    communityId: hit.communityId,
    themeId: hit.themeId,
    evidenceLevel: hit.evidenceLevel,
    date: new Date(hit.dateMs),
    score: hit.score,
  };
}

/** Related results whose time budget ran out are not kept (decision 291): a slow moment is not repeated. */
const ranToTheEnd = (answer: { complete: boolean }) => answer.complete;

const EMPTY_FACETS = (): FacetCounts => ({ kind: [], theme: [], community: [], evidence: [], period: [] });

export class PostgresEngine implements SearchEngine {
  readonly name = "postgres" as const;
  private pool: pg.Pool | null = null;
  private readonly hints = new ProbeHintCache();
  /** Values of tsquery expressions by key (planTsqueries), least recently used dropped first (decision 274). */
  private readonly tsqueries = new TsqueryCache();

  /**
   * Searches use a small pool of their own whose sessions never plan a
   * sequential scan: for a broad query PostgreSQL otherwise reads the table in
   * order, evaluating every row, where the text index's bitmap reads only the
   * rows that match (measured: 72 ms against 31 ms on 100,000 documents).
   * Writes go through the Prisma client.
   */
  private reader(): pg.Pool {
    if (!this.pool) {
      // No JIT either: a long question's statement can cost enough to be compiled, and compiling
      // took longer than running it (measured: 0.6 of 1.3 s, decision 204); the work is bounded anyway.
      this.pool = new pg.Pool({
        connectionString: config().DATABASE_URL,
        max: 5,
        options: "-c enable_seqscan=off -c jit=off",
        allowExitOnIdle: true,
      });
      // A dropped connection (database restart, a test database dropped) is replaced on the next query.
      this.pool.on("error", (error) => log.debug("search pool connection lost", { error: error.message }));
    }
    return this.pool;
  }

  private async read<T>(text: string, params: unknown[]): Promise<T[]> {
    return (await this.reader().query(text, params)).rows as T[];
  }

  async ensureReady(): Promise<void> {
    // The tables and extensions come with the migrations.
  }

  /** The access condition on SearchDocument d for a searcher, as SQL with parameters from $first on. */
  private accessSql(access: SearchAccess, first: number): string {
    return `(d."accessCommunityId" IS NULL OR d."accessCommunityId" = ANY($${first}::text[])) AND d.visibility = ANY($${first + 1}::text[])`;
  }

  /**
   * Whether a document the searcher may read holds this very word form, not only its stem (decision
   * 330): the index's word list (SearchTerm) keeps the forms of hidden, deleted and unreadable texts,
   * and a stem match would let "ontslagen" of a hidden message be offered because a readable text says
   * "ontslag". The stem narrows to readable documents (the GIN index); their title and body are read
   * for the form, at most FORM_PROOF_DOCUMENTS of them (a form only in later ones is not offered).
   * `word` is an SQL expression of a SearchTerm word: folded letters only (lexiconWords), so it is a
   * literal in the pattern. Parameters $first, $first+1: the access scope.
   */
  private readableFormSql(word: string, access: SearchAccess, first: number): string {
    return `EXISTS (SELECT 1 FROM (
              SELECT d.title, d.body FROM "${TABLE}" d
               WHERE d."searchVector" @@ plainto_tsquery(${CONFIG}, ${markSensesSql(word)}) AND ${this.accessSql(access, first)}
               LIMIT ${FORM_PROOF_DOCUMENTS}) proof
             WHERE lower(unaccent(proof.title || ' ' || proof.body)) ~ ('(^|[^[:alpha:]])' || ${word} || '([^[:alpha:]]|$)'))`;
  }

  /**
   * Which words occur (stemmed, as the index compares them) in documents the
   * searcher may read, and which only begin such words. Only readable
   * documents count, so a word from a members-only document is unknown to a
   * visitor (issue 13: the typo word list leaked such words).
   */
  lookupWords(words: string[], access: SearchAccess): Promise<{ known: Set<string>; prefixes: Set<string> }> {
    return keptAnswer(`lookup ${JSON.stringify([words, accessKey(access)])}`, () => this.lookupWordsAnew(words, access));
  }

  private async lookupWordsAnew(words: string[], access: SearchAccess): Promise<{ known: Set<string>; prefixes: Set<string> }> {
    const clean = [...new Set(words.map((word) => word.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean))];
    if (!clean.length) return { known: new Set(), prefixes: new Set() };
    // A known word begins a readable word too (its stem as a prefix matches where the stem does):
    // the prefix's larger bitmap is read only for words that are not known.
    const rows = await this.read<{ word: string; known: boolean; prefix: boolean }>(
      `SELECT q.word, k.known,
              k.known OR EXISTS (SELECT 1 FROM "${TABLE}" d WHERE d."searchVector" @@ to_tsquery(${CONFIG}, q.word || ':*') AND ${this.accessSql(access, 2)}) AS prefix
         FROM unnest($1::text[]) AS q(word)
         CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "${TABLE}" d WHERE d."searchVector" @@ plainto_tsquery(${CONFIG}, ${markSensesSql("q.word")}) AND ${this.accessSql(access, 2)}) AS known OFFSET 0) k`,
      [clean, access.communityIds, access.visibilities],
    );
    return {
      known: new Set(rows.filter((r) => r.known).map((r) => r.word)),
      prefixes: new Set(rows.filter((r) => r.prefix).map((r) => r.word)),
    };
  }

  /**
   * Known words close to each word: candidates from the word list of the
   * whole index (SearchTerm, trigram similarity), kept only when a document
   * the searcher may read holds them. With `prefix`, words whose beginning
   * is like the word (typos while typing).
   */
  similarWords(words: string[], access: SearchAccess, options: { prefix?: boolean } = {}): Promise<Record<string, string[]>> {
    const key = `similar ${JSON.stringify([words, accessKey(access), options.prefix === true])}`;
    return keptAnswer(key, () => this.similarWordsAnew(words, access, options));
  }

  private async similarWordsAnew(words: string[], access: SearchAccess, options: { prefix?: boolean }): Promise<Record<string, string[]>> {
    if (!words.length) return {};
    const close = options.prefix
      ? `t.word %> q.word AND left(t.word, 1) = left(q.word, 1) AND word_similarity(q.word, t.word) >= $2`
      : `t.word % q.word AND similarity(t.word, q.word) >= $2`;
    const similarity = options.prefix ? `word_similarity(q.word, t.word)` : `similarity(t.word, q.word)`;
    const rows = await this.read<{ input: string; word: string }>(
      `SELECT q.word AS input, c.word
         FROM unnest($1::text[]) AS q(word)
         CROSS JOIN LATERAL (
           SELECT t.word, ${similarity} AS sim FROM "${TERMS}" t
           WHERE ${close} AND t.word <> q.word
           ORDER BY sim DESC, t.word
           LIMIT ${TYPO_CANDIDATES}
         ) c
        WHERE ${this.readableFormSql("c.word", access, 3)}
        ORDER BY q.word, c.sim DESC, c.word`,
      [words, options.prefix ? TYPO_PREFIX_SIMILARITY : TYPO_SIMILARITY, access.communityIds, access.visibilities],
    );
    // No prototype: a query word can be "constructor" or "__proto__".
    const result: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    for (const row of rows) if ((result[row.input] ??= []).length < TYPO_ALTERNATIVES) result[row.input]!.push(row.word);
    return result;
  }

  /**
   * The readable words each unfinished word begins, the most frequent first (decision 246): words of
   * the index's word list (SearchTerm) with that beginning, one per stem (the shortest), weighed by
   * how many documents the searcher may read hold the stem (SearchWordCount). At most COMPLETIONS.
   */
  completeWords(words: string[], access: SearchAccess): Promise<Record<string, string[]>> {
    return keptAnswer(`complete ${JSON.stringify([words, accessKey(access)])}`, () => this.completeWordsAnew(words, access));
  }

  private async completeWordsAnew(words: string[], access: SearchAccess): Promise<Record<string, string[]>> {
    const clean = [...new Set(words.map((word) => word.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean))];
    if (!clean.length) return {};
    // Per stem its candidate forms, shortest first, with the readable documents holding each; the
    // COMPLETION_STEMS most frequent stems keep their shortest form a readable text holds (decision 330).
    const rows = await this.read<{ input: string; words: string[] }>(
      `SELECT q.word AS input, c.words
         FROM unnest($1::text[]) AS q(word)
         CROSS JOIN LATERAL (
           SELECT array_agg(s.word ORDER BY s.documents DESC, length(s.word), s.word) AS words FROM (
             SELECT f.word, f.documents FROM (
               SELECT t.stem,
                      array_agg(t.word ORDER BY length(t.word), t.word) AS forms,
                      array_agg(n.documents ORDER BY length(t.word), t.word) AS documents
                 FROM (
                   SELECT t.word, tsvector_to_array(to_tsvector(${CONFIG}, ${markSensesSql("t.word")})) AS stems, (tsvector_to_array(to_tsvector(${CONFIG}, ${markSensesSql("t.word")})))[1] AS stem
                     FROM (SELECT word FROM "${TERMS}" WHERE word LIKE q.word || '%' AND word <> q.word ORDER BY length(word), word LIMIT ${COMPLETION_CANDIDATES}) t
                 ) t
                 CROSS JOIN LATERAL (
                   SELECT coalesce(sum(w.documents), 0) AS documents FROM "${WORD_COUNTS}" w
                    WHERE w.lexeme = ANY(t.stems) AND w.visibility = ANY($3::text[]) AND (w.community = '' OR w.community = ANY($2::text[]))
                 ) n
                WHERE n.documents > 0 AND t.stem IS NOT NULL
                GROUP BY t.stem
                ORDER BY (array_agg(n.documents ORDER BY length(t.word), t.word))[1] DESC, min(length(t.word)), t.stem
                LIMIT ${COMPLETION_STEMS}
             ) s
             CROSS JOIN LATERAL (
               SELECT f.word, s.documents[f.i] AS documents FROM unnest(s.forms) WITH ORDINALITY AS f(word, i)
                WHERE ${this.readableFormSql("f.word", access, 2)}
                ORDER BY f.i LIMIT 1
             ) f
             ORDER BY f.documents DESC, length(f.word), f.word LIMIT ${COMPLETIONS}) s
         ) c
        WHERE c.words IS NOT NULL`,
      [clean, access.communityIds, access.visibilities],
    );
    const result: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    for (const row of rows) result[row.input] = row.words;
    return result;
  }

  /**
   * The search statement of a query, its tsquery expressions given as values (decision 274): each
   * expression's value is computed once per process (a short statement for those not known yet)
   * and travels as a parameter, so the statement the planner reads is a fraction of the
   * constructors' length. The values are what the constructors give, so the plan and the answers
   * are the same.
   */
  async searchStatement(query: EngineQuery): Promise<Sql> {
    const tsqueries = isEmptyQuery(query.query) ? undefined : await this.tsqueryValues(query.plan);
    return buildSearchSql(query, Date.now(), this.hints, tsqueries);
  }

  private async tsqueryValues(plan: QueryPlan): Promise<Map<string, string>> {
    const wanted = planTsqueries(plan);
    const values = new Map<string, string>();
    const missing: typeof wanted = [];
    for (const entry of wanted) {
      const value = this.tsqueries.get(entry.key);
      if (value === undefined) missing.push(entry);
      else values.set(entry.key, value);
    }
    if (missing.length) {
      const params = new Params();
      const [row] = await this.read<{ v: string[] }>(
        `SELECT ARRAY[${missing.map((entry) => `(${entry.sql(params)})::text`).join(", ")}] AS v`,
        params.values,
      );
      missing.forEach((entry, i) => {
        values.set(entry.key, row!.v[i]!);
        this.tsqueries.set(entry.key, row!.v[i]!);
      });
    }
    return values;
  }

  /** A search, answered from the kept answers of this access scope when asked shortly before (decision 291). */
  async search(query: EngineQuery): Promise<EngineResult> {
    if (!isEmptyQuery(query.query) && !query.plan.concepts.length) {
      // Only stop words ("de het een"): nothing to search for.
      return { hits: [], total: 0, exhaustive: true, facets: query.facets ? EMPTY_FACETS() : null };
    }
    return keptAnswer(`search ${JSON.stringify({ ...query, access: accessKey(query.access) })}`, () => this.searchAnew(query));
  }

  private async searchAnew(query: EngineQuery): Promise<EngineResult> {
    const { text, params, scans } = await this.searchStatement(query);
    const [row] = await this.read<ResultRow>(text, params);
    if (scans?.length) this.hints.learn(scans, row?.probes ?? null, row?.rowsPerPage ?? null);
    const phrases = isEmptyQuery(query.query) ? [] : planPhrases(query.plan);
    const hits: EngineHit[] = (row?.page ?? []).map((hit) => toHit(hit, phrases));
    let facets: FacetCounts | null = null;
    if (query.facets) {
      facets = EMPTY_FACETS();
      for (const facet of row?.facets ?? [])
        if (facet.facet !== "total") facets[facet.facet].push({ value: facet.value, count: facet.count });
      for (const values of Object.values(facets) as FacetValue[][])
        values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    const total = row?.total ?? 0;
    const exhaustive = !row?.capped && !row?.facetsCapped;
    return { hits, total, exhaustive, facets };
  }

  /** Related results, kept like searches (decision 291) unless their time budget ran out. */
  async related(query: RelatedQuery): Promise<RelatedResult> {
    if (!query.feedback.length || query.limit <= 0) return { hits: [], words: [] };
    const key = `related ${JSON.stringify({ ...query, access: accessKey(query.access) })}`;
    return (await keptAnswer(key, () => this.relatedAnew(query), ranToTheEnd)).result;
  }

  private async relatedAnew(query: RelatedQuery): Promise<{ result: RelatedResult; complete: boolean }> {
    const { text, params } = buildRelatedSql(query);
    // Related results are an extra: they get a time budget (SEARCH_RELATED_BUDGET_MS), enforced by
    // PostgreSQL itself so a cancelled statement stops working, and a search whose budget runs out
    // shows its hits without them.
    const client = await this.reader().connect();
    let row: { words: string[] | null; page: PageRow[] | null } | undefined;
    try {
      await client.query("BEGIN READ ONLY");
      await client.query(`SET LOCAL statement_timeout = ${config().SEARCH_RELATED_BUDGET_MS}`);
      [row] = (await client.query(text, params)).rows as (typeof row)[];
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if ((error as { code?: string }).code !== "57014") throw error;
      log.debug("related results over their time budget", { budgetMs: config().SEARCH_RELATED_BUDGET_MS });
      return { result: { hits: [], words: [] }, complete: false };
    } finally {
      client.release();
    }
    return {
      result: { hits: (row?.page ?? []).map((hit) => toHit(hit)), words: row?.page?.length ? (row.words ?? []) : [] },
      complete: true,
    };
  }

  async applyThesaurus(): Promise<void> {
    // PostgreSQL expands queries with the thesaurus at search time (server/search/analyze.ts).
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (let start = 0; start < documents.length; start += BATCH)
      await this.write(TABLE, TERMS, documents.slice(start, start + BATCH), true);
  }

  private async write(table: string, terms: string, documents: SearchDocument[], guard: boolean): Promise<void> {
    if (!documents.length) return;
    const column = <K extends keyof SearchDocument>(key: K) => documents.map((document) => document[key]);
    // The parts of compounds are indexed too (weight C in the body; A in the title vector), so a
    // compound finds its parts and the parts find the compound (decision 127).
    const titleParts = documents.map((document) => compoundParts(document.title).join(" "));
    const bodyParts = documents.map((document) => compoundParts(document.body).join(" "));
    await db().$executeRawUnsafe(
      `INSERT INTO "${table}" AS s (kind, "recordId", title, body, url, "communityId", "themeId", "evidenceLevel", "accessCommunityId", visibility, date, version, "indexedAt",
                                    "searchVector", "titleVector", "rankVector", "leadVector")
       SELECT d.kind, d.rid, d.title, d.body, d.url, d.cid, d.tid, d.ev, d.acid, d.vis, d.date AT TIME ZONE 'UTC', d.version, now() AT TIME ZONE 'UTC',
              v.title || b.body || v.parts,
              v.title,
              CASE WHEN length(d.body) > ${RANK_PREFIX} THEN v.title || setweight(to_tsvector(${CONFIG}, ${markSensesSql(`left(d.body, ${RANK_PREFIX})`)}), 'B') || v.parts END,
              ts_delete(b.body, ARRAY(SELECT u.lexeme FROM unnest(b.body) u WHERE NOT u.positions && ARRAY(SELECT generate_series(1, ${LEAD_WORDS})::int2)))
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::bigint[], $13::text[], $14::text[])
         AS d(kind, rid, title, body, url, cid, tid, ev, acid, vis, date, version, tparts, bparts)
       -- Words with a lexeme of their own (ouderen, not ouders) are marked before stemming (decision 264).
       CROSS JOIN LATERAL (SELECT setweight(to_tsvector(${CONFIG}, ${markSensesSql("d.title || ' ' || d.tparts")}), 'A') AS title,
                                  setweight(to_tsvector(${CONFIG}, ${markSensesSql("d.bparts")}), 'C') AS parts) v
       -- The lead (decision 272): the body's words with a position among its first LEAD_WORDS; they
       -- keep their positions, so a phrase is still tested as a phrase.
       CROSS JOIN LATERAL (SELECT setweight(to_tsvector(${CONFIG}, ${markSensesSql("d.body")}), 'B') AS body) b
       ON CONFLICT (kind, "recordId") DO UPDATE SET
         title = EXCLUDED.title, body = EXCLUDED.body, url = EXCLUDED.url, "communityId" = EXCLUDED."communityId",
         "themeId" = EXCLUDED."themeId", "evidenceLevel" = EXCLUDED."evidenceLevel", "accessCommunityId" = EXCLUDED."accessCommunityId",
         visibility = EXCLUDED.visibility, date = EXCLUDED.date, version = EXCLUDED.version, "indexedAt" = EXCLUDED."indexedAt",
         "searchVector" = EXCLUDED."searchVector", "titleVector" = EXCLUDED."titleVector", "rankVector" = EXCLUDED."rankVector",
         "leadVector" = EXCLUDED."leadVector"
       ${guard ? `WHERE s.version <= EXCLUDED.version` : ""}`,
      column("kind"),
      column("recordId"),
      column("title"),
      column("body"),
      column("url"),
      column("communityId"),
      column("themeId"),
      column("evidenceLevel"),
      column("accessCommunityId"),
      column("visibility"),
      documents.map((document) => document.date.toISOString()),
      documents.map((document) => String(document.version)),
      titleParts,
      bodyParts,
    );
    const words = new Set<string>();
    for (const document of documents) for (const word of lexiconWords(`${document.title} ${document.body}`)) words.add(word);
    await this.addTerms(terms, [...words]);
  }

  private async addTerms(table: string, words: string[]): Promise<void> {
    // Sorted, so concurrent writers take row locks in the same order (no deadlocks).
    words.sort();
    for (let start = 0; start < words.length; start += 5_000) {
      await db().$executeRawUnsafe(
        `INSERT INTO "${table}" (word) SELECT w FROM unnest($1::text[]) AS w ORDER BY w ON CONFLICT DO NOTHING`,
        words.slice(start, start + 5_000),
      );
    }
  }

  async remove(kind: SearchKind, recordIds: string[], seen?: ReadonlyMap<string, number>): Promise<void> {
    if (!seen) {
      if (recordIds.length)
        await db().$executeRawUnsafe(`DELETE FROM "${TABLE}" WHERE kind = $1 AND "recordId" = ANY($2::text[])`, kind, recordIds);
      return;
    }
    const guarded = recordIds.filter((id) => seen.has(id));
    if (!guarded.length) return;
    // Like the upsert's guard: only the version seen (or an older one) is deleted, never a newer one.
    await db().$executeRawUnsafe(
      `DELETE FROM "${TABLE}" s USING unnest($2::text[], $3::bigint[]) AS g(rid, version)
        WHERE s.kind = $1 AND s."recordId" = g.rid AND s.version <= g.version`,
      kind,
      guarded,
      guarded.map((id) => String(seen.get(id))),
    );
  }

  async indexedVersions(kind: SearchKind, recordIds?: string[]): Promise<Map<string, number>> {
    if (recordIds && !recordIds.length) return new Map();
    const rows = await db().$queryRawUnsafe<{ recordId: string; version: bigint }[]>(
      `SELECT "recordId", version FROM "${TABLE}" WHERE kind = $1${recordIds ? ` AND "recordId" = ANY($2::text[])` : ""}`,
      ...(recordIds ? [kind, recordIds] : [kind]),
    );
    return new Map(rows.map((row) => [row.recordId, Number(row.version)]));
  }

  /**
   * Fills copies of both tables without indexes, builds the indexes once,
   * then swaps the copies in with renames inside one transaction: searches
   * see the old index until the commit and the new one after it.
   */
  async rebuild(fill: (write: (documents: SearchDocument[]) => Promise<void>) => Promise<void>): Promise<void> {
    const tables = [TABLE, TERMS, WORD_COUNTS];
    const next = (name: string) => `${name}_next`;
    const existing = await db().$queryRawUnsafe<{ name: string }[]>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY($1::text[])`,
      tables.map(next),
    );
    if (existing.length) {
      throw new Error(
        `${existing.map((t) => t.name).join(", ")} exists: another reindex is running, or one was interrupted (run with --force to start over)`,
      );
    }
    const indexes = await db().$queryRawUnsafe<{ table: string; name: string; definition: string; primary: boolean }[]>(
      `SELECT t.relname AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition, x.indisprimary AS primary
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY($1::text[]) AND t.relnamespace = current_schema()::regnamespace`,
      tables,
    );
    const createIndex = async (index: (typeof indexes)[number]) => {
      const definition = index.definition
        .replace(new RegExp(`INDEX "?${index.name}"? `), `INDEX "${next(index.name)}" `)
        .replace(new RegExp(`ON ([\\w".]*\\.)?"?${index.table}"? `), `ON "${next(index.table)}" `);
      await db().$executeRawUnsafe(definition);
      if (index.primary) {
        await db().$executeRawUnsafe(
          `ALTER TABLE "${next(index.table)}" ADD CONSTRAINT "${next(index.name)}" PRIMARY KEY USING INDEX "${next(index.name)}"`,
        );
      }
    };
    try {
      for (const table of tables) {
        await db().$executeRawUnsafe(`CREATE TABLE "${next(table)}" (LIKE "${table}" INCLUDING DEFAULTS INCLUDING STORAGE)`);
      }
      // Primary keys first (the writes rely on them); the other indexes are built once, after the fill.
      for (const index of indexes.filter((i) => i.primary)) await createIndex(index);
      await fill((documents) => this.write(next(TABLE), next(TERMS), documents, false));
      // The word counts of the new index, counted once; from the swap on its triggers keep them (decision 246).
      await db().$executeRawUnsafe(
        `INSERT INTO "${next(WORD_COUNTS)}" (lexeme, visibility, community, documents)
         SELECT l, d.visibility, coalesce(d."accessCommunityId", ''), count(*)::int
           FROM "${next(TABLE)}" d CROSS JOIN LATERAL unnest(tsvector_to_array(d."searchVector")) l
          GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      );
      const triggers = await db().$queryRawUnsafe<{ definition: string }[]>(
        `SELECT pg_get_triggerdef(oid) AS definition FROM pg_trigger WHERE tgrelid = '"${TABLE}"'::regclass AND NOT tgisinternal`,
      );
      for (const { definition } of triggers)
        await db().$executeRawUnsafe(definition.replace(new RegExp(` ON ([\\w".]*\\.)?"?${TABLE}"? `), ` ON "${next(TABLE)}" `));
      for (const index of indexes.filter((i) => !i.primary)) await createIndex(index);
      for (const table of tables) await db().$executeRawUnsafe(`ANALYZE "${next(table)}"`);
      await db().$transaction(
        async (tx) => {
          for (const table of tables) {
            await tx.$executeRawUnsafe(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
            await tx.$executeRawUnsafe(`ALTER TABLE "${table}" RENAME TO "${table}_old"`);
            await tx.$executeRawUnsafe(`ALTER TABLE "${next(table)}" RENAME TO "${table}"`);
          }
          for (const index of indexes) {
            // Old index names are freed first, then the new ones take them (Prisma knows them by name).
            await tx.$executeRawUnsafe(`ALTER INDEX "${index.name}" RENAME TO "${index.name}_old"`);
            await tx.$executeRawUnsafe(`ALTER INDEX "${next(index.name)}" RENAME TO "${index.name}"`);
          }
          for (const table of tables) await tx.$executeRawUnsafe(`DROP TABLE "${table}_old"`);
        },
        { timeout: 60_000 },
      );
      // The rows are in a new order: hints of where samples ended no longer apply.
      this.hints.clear();
      this.tsqueries.clear();
    } catch (error) {
      await this.dropLeftovers();
      throw error;
    }
  }

  /** Removes the copies an interrupted rebuild left behind. */
  async dropLeftovers(): Promise<void> {
    for (const table of [TABLE, TERMS, WORD_COUNTS]) await db().$executeRawUnsafe(`DROP TABLE IF EXISTS "${table}_next"`);
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.end();
  }
}
