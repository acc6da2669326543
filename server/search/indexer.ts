/**
 * Keeps the index in step with the sources:
 * - `scheduleIndexing` (after a domain event) enqueues one idempotent job per
 *   record and version;
 * - `indexRecords` (the job) loads the current state and upserts or removes;
 * - `reconcile` (the sweep) compares every source with the index and repairs
 *   what an event never announced (a crash between commit and enqueue, a
 *   write outside the commands, a lost job);
 * - `rebuildIndex` (npm run search:reindex) builds a fresh index and swaps it in.
 */
import type { SearchKind } from "~/shared/search.ts";
import { log } from "../logger.ts";
import { enqueue } from "../queues/producer.ts";
import { searchEngine } from "./engine.ts";
import { stripMarkers } from "./query.ts";
import { searchSource, searchSources } from "./sources/index.ts";
import type { SearchDocument, SearchSource } from "./types.ts";

/** Longer bodies are cut: enough for every message and most documents, and snippets stay fast. */
export const BODY_LIMIT = 20_000;
export const TITLE_LIMIT = 300;
const PAGE = 500;

function sourceFor(kind: string): SearchSource {
  const source = searchSource(kind);
  if (!source) throw new Error(`no search source for kind ${kind}`);
  return source;
}

/** Normalises what a source produced: no marker characters, tidy whitespace, capped lengths. */
export function prepareDocument(document: SearchDocument): SearchDocument {
  const clean = (text: string, limit: number) =>
    stripMarkers(text)
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
      .replace(/[ \t]+/g, " ")
      .replace(/\s*\n\s*/g, "\n")
      .trim()
      .slice(0, limit);
  return { ...document, title: clean(document.title, TITLE_LIMIT), body: clean(document.body, BODY_LIMIT) };
}

/** A BullMQ job id (no ':'): the same record and version is indexed once. */
export function indexJobId(kind: SearchKind, id: string, version: number | null): string {
  const safeId = id.replace(/[^A-Za-z0-9_-]/g, "_");
  // A removal has no version; removals are idempotent, so a unique id is harmless and never
  // collides with an earlier removal that is still kept (unpublish, publish, unpublish).
  return `search-${kind}-${safeId}-${version ?? `gone${Date.now()}`}`;
}

/** After a change is committed: one job per record, named by its current version. */
export async function scheduleIndexing(kind: SearchKind, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const versions = new Map((await sourceFor(kind).versions(unique)).map((v) => [v.id, v.version]));
  await Promise.all(unique.map((id) => enqueue("indexRecord", { kind, id }, { jobId: indexJobId(kind, id, versions.get(id) ?? null) })));
}

export type IndexHooks = {
  /** Tests only: runs between loading and writing (to kill a worker mid-job). */
  beforeWrite?: () => Promise<void>;
};

/**
 * Loads the current state of the records and writes it: upsert what exists,
 * remove what does not. Both writes are guarded by versions: an upsert never
 * replaces a newer version, and a removal deletes only the version that was
 * indexed before this job read the source. Two jobs for one record can run at
 * once (the job of a "created" event that read a draft, and the publish
 * job); the late removal must not delete what the newer upsert added.
 */
export async function indexRecords(
  kind: SearchKind,
  ids: string[],
  hooks: IndexHooks = {},
): Promise<{ upserted: number; removed: number }> {
  const engine = searchEngine();
  const seen = await engine.indexedVersions(kind, ids);
  const documents = (await sourceFor(kind).load(ids)).map(prepareDocument);
  const present = new Set(documents.map((document) => document.recordId));
  const gone = ids.filter((id) => !present.has(id) && seen.has(id));
  await hooks.beforeWrite?.();
  await engine.upsert(documents);
  await engine.remove(kind, gone, seen);
  return { upserted: documents.length, removed: gone.length };
}

export type SweepReport = { kind: SearchKind; checked: number; upserted: number; removed: number };

/**
 * The sweep: every indexable record whose version differs from the indexed
 * one is re-indexed; every indexed record its source no longer lists is
 * removed. Cheap when nothing changed (two ordered scans of ids and versions).
 */
export async function reconcile(kinds?: SearchKind[]): Promise<SweepReport[]> {
  const engine = searchEngine();
  const reports: SweepReport[] = [];
  for (const source of searchSources()) {
    if (kinds && !kinds.includes(source.kind)) continue;
    const indexed = await engine.indexedVersions(source.kind);
    const report: SweepReport = { kind: source.kind, checked: 0, upserted: 0, removed: 0 };
    let after: string | null = null;
    for (;;) {
      const page = await source.list(after, PAGE);
      if (!page.length) break;
      const stale: string[] = [];
      for (const { id, version } of page) {
        if (indexed.get(id) !== version) stale.push(id);
        indexed.delete(id);
      }
      report.checked += page.length;
      if (stale.length) {
        const result = await indexRecords(source.kind, stale);
        report.upserted += result.upserted;
        report.removed += result.removed;
      }
      after = page[page.length - 1]!.id;
      if (page.length < PAGE) break;
    }
    // Whatever is left in the index was not listed: deleted, or no longer indexable.
    const leftovers = [...indexed.keys()];
    // Guarded by the versions read at the start: a record published again meanwhile keeps its newer document.
    for (let start = 0; start < leftovers.length; start += PAGE)
      await engine.remove(source.kind, leftovers.slice(start, start + PAGE), indexed);
    report.removed += leftovers.length;
    if (report.upserted || report.removed) log.info(`search sweep repaired ${source.kind}`, report);
    reports.push(report);
  }
  return reports;
}

export type RebuildProgress = { kind: SearchKind; done: number; total: number };

/**
 * Builds a complete new index from every source and swaps it in (no downtime:
 * searches use the old index until the swap). Changes made while it runs are
 * caught by the sweep that follows.
 */
export async function rebuildIndex(
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<{ documents: number; sweep: SweepReport[] }> {
  const engine = searchEngine();
  await engine.ensureReady();
  const totals = await Promise.all(searchSources().map((source) => source.count()));
  const total = totals.reduce((sum, n) => sum + n, 0);
  let done = 0;
  await engine.rebuild(async (write) => {
    for (const source of searchSources()) {
      let after: string | null = null;
      for (;;) {
        const page = await source.list(after, PAGE);
        if (!page.length) break;
        await write((await source.load(page.map((entry) => entry.id))).map(prepareDocument));
        done += page.length;
        onProgress({ kind: source.kind, done, total: Math.max(total, done) });
        after = page[page.length - 1]!.id;
        if (page.length < PAGE) break;
      }
    }
  });
  const sweep = await reconcile();
  return { documents: done, sweep };
}
