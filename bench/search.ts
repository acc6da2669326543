/**
 * npm run bench:search [-- --records 100000 --rounds 10 --edits 30 --keep]
 *
 * Generates 100,000 searchable records of Dutch platform text (topics,
 * messages, documents, library items, through a benchmark source over a
 * table of its own) plus communities and member profiles, then reports:
 * - index build time (npm run search:reindex's path: load, build, swap);
 * - p50/p95 query latency for a fixed mix of queries, with facets (the
 *   results page), without facets, and suggestions;
 * - edit-to-searchable latency through the worker (a profile edit, its
 *   domain event, the BullMQ job, the index write).
 * Uses DATABASE_URL's server (a scratch database it drops afterwards, named
 * by BENCH_DATABASE or pp_bench_search_<random>; --keep keeps it) and
 * REDIS_URL, or the embedded services like npm start. The engine is the one
 * the app would use (PostgreSQL unless MEILI_HOST is set).
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { parseSearchParams, type SearchKind } from "../app/shared/search.ts";
import { resetConfigForTests } from "../server/config.ts";
import { db, disconnectDb } from "../server/db.ts";
import { provisionBench } from "./services.ts";
import { emit, transaction } from "../server/events.ts";
import { QUEUES } from "../server/queues/definitions.ts";
import { closeQueues, queue } from "../server/queues/producer.ts";
import { searchEngine } from "../server/search/engine.ts";
import { rebuildIndex } from "../server/search/indexer.ts";
import { keepSearchAnswers } from "../server/search/kept-answers.ts";
import { search, suggest } from "../server/search/service.ts";
import { registerSearchSource } from "../server/search/sources/index.ts";
import type { SearchDocument, SearchSource } from "../server/search/types.ts";
import { progressBar } from "../scripts/lib/progress.ts";
import { startWorkers } from "../workers/registry.ts";
import { Corpus } from "./search-corpus.ts";
import { FILTERED, MIX, PREFIXES } from "./search-mix.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const RECORDS = option("records", 100_000);
const ROUNDS = option("rounds", 10);
const EDITS = option("edits", 30);
const KEEP = args.includes("--keep");
const COMMUNITIES = 40;
const MEMBERS = 2_000;
const DAY = 86_400_000;

const say = (line: string) => process.stdout.write(`${line}\n`);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Records of the kinds whose real sources other areas are building, in a table of the benchmark's own. */
function benchSource(kind: SearchKind): SearchSource {
  type Row = {
    id: string;
    title: string;
    body: string;
    community_id: string | null;
    community_slug: string | null;
    theme_id: string | null;
    evidence_level: SearchDocument["evidenceLevel"];
    visibility: SearchDocument["visibility"];
    created_at: Date;
    updated_at: Date;
  };
  const toDocument = (row: Row): SearchDocument => ({
    kind,
    recordId: row.id,
    title: row.title,
    body: row.body,
    url: row.community_slug ? `/communities/${row.community_slug}/${kind}/${row.id}` : `/bibliotheek/${row.id}`,
    communityId: row.community_id,
    themeId: row.theme_id,
    evidenceLevel: row.evidence_level,
    accessCommunityId: row.community_id,
    visibility: row.visibility,
    date: row.created_at,
    version: row.updated_at.getTime(),
  });
  return {
    kind,
    async load(ids) {
      const rows = await db().$queryRawUnsafe<Row[]>(
        `SELECT r.*, c.slug AS community_slug FROM bench_record r LEFT JOIN "Community" c ON c.id = r.community_id WHERE r.kind = $1 AND r.id = ANY($2::text[])`,
        kind,
        ids,
      );
      return rows.map(toDocument);
    },
    async list(afterId, limit) {
      const rows = await db().$queryRawUnsafe<{ id: string; updated_at: Date }[]>(
        `SELECT id, updated_at FROM bench_record WHERE kind = $1 AND id > $2 ORDER BY id LIMIT $3`,
        kind,
        afterId ?? "",
        limit,
      );
      return rows.map((row) => ({ id: row.id, version: row.updated_at.getTime() }));
    },
    async count() {
      const [row] = await db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM bench_record WHERE kind = $1`, kind);
      return row?.n ?? 0;
    },
    async versions(ids) {
      const rows = await db().$queryRawUnsafe<{ id: string; updated_at: Date }[]>(
        `SELECT id, updated_at FROM bench_record WHERE kind = $1 AND id = ANY($2::text[])`,
        kind,
        ids,
      );
      return rows.map((row) => ({ id: row.id, version: row.updated_at.getTime() }));
    },
    triggers: {},
  };
}

async function seed(corpus: Corpus) {
  const themes = await Promise.all(
    ["diversiteit", "jongeren", "arbeidstoeleiding", "kennisagenda"].map((slug, n) =>
      db().theme.create({
        data: { slug, nameNl: `Thema ${slug}`, nameEn: `Theme ${slug}`, summaryNl: "Thema", summaryEn: "Theme", sortOrder: n },
      }),
    ),
  );
  const communities: { id: string; slug: string; themeId: string }[] = [];
  for (let n = 0; n < COMMUNITIES; n += 1) {
    const accessMode = n < 20 ? "OPEN" : n < 32 ? "ON_REQUEST" : "INVITE_ONLY";
    communities.push(
      await db().community.create({
        data: {
          slug: `community-${n}`,
          name: `${corpus.title()} ${n}`,
          summary: corpus.sentence(),
          about: corpus.paragraph(4),
          kind: n % 5 === 0 ? "DO_NETWORK" : "LEARNING",
          accessMode,
          themeId: themes[n % themes.length]!.id,
        },
      }),
    );
  }
  const searcher = await db().user.create({ data: { email: "bench@praktijkplein.test", passwordHash: "-", displayName: "Bench Zoeker" } });
  await db().membership.createMany({
    data: [20, 21, 22, 23, 32, 33].map((n) => ({ userId: searcher.id, communityId: communities[n]!.id })),
  });
  const fieldRoles = [
    "KLANTMANAGER",
    "HR_PROFESSIONAL",
    "RECRUITER",
    "EMPLOYER",
    "EDUCATION",
    "EXPERIENCE_EXPERT",
    "POLICY_RESEARCH",
    "OTHER",
  ] as const;
  await db().user.createMany({
    data: Array.from({ length: MEMBERS }, (_, n) => ({
      email: `lid${n}@bench.test`,
      passwordHash: "-",
      displayName: `Lid ${n} ${corpus.pick(["de Vries", "Jansen", "El Amrani", "Yilmaz", "Bakker", "Visser", "Smit", "Mulder"])}`,
      organisation: corpus.pick(["Gemeente Utrecht", "UWV", "Zorggroep Noord", "Bouwbedrijf Oost", "ROC Midden", "Uitzendbureau West"]),
      fieldRole: corpus.pick(fieldRoles),
      bio: corpus.paragraph(corpus.int(1, 3)),
    })),
  });

  await db().$executeRawUnsafe(`CREATE TABLE bench_record (
    id text PRIMARY KEY, kind text NOT NULL, title text NOT NULL, body text NOT NULL,
    community_id text, theme_id text, evidence_level text, visibility text NOT NULL,
    created_at timestamp(3) NOT NULL, updated_at timestamp(3) NOT NULL)`);
  const bar = progressBar("generating records");
  const now = Date.now();
  for (let start = 0; start < RECORDS; start += 5_000) {
    const rows: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
    for (let n = start; n < Math.min(RECORDS, start + 5_000); n += 1) {
      const kind = corpus.recordKind();
      const community = kind === "library" ? null : communities[corpus.int(0, COMMUNITIES - 1)]!;
      const sentences = corpus.recordSentences(kind);
      const created = new Date(now - corpus.int(0, 3 * 365) * DAY - corpus.int(0, DAY));
      const values = [
        `r${String(n).padStart(7, "0")}`,
        kind,
        corpus.title(),
        corpus.paragraph(sentences),
        community?.id ?? null,
        community?.themeId ?? themes[corpus.int(0, themes.length - 1)]!.id,
        kind === "library" ? corpus.pick(["practice", "described", "substantiated", "effective"]) : null,
        kind === "library" && corpus.chance(0.5) ? "public" : "members",
        created.toISOString(),
        created.toISOString(),
      ];
      values.forEach((value, column) => rows[column]!.push(value));
    }
    await db().$executeRawUnsafe(
      `INSERT INTO bench_record SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[])`,
      ...rows,
    );
    bar(Math.min(RECORDS, start + 5_000), RECORDS);
  }
  return { searcher, communities };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main() {
  const suffix = randomBytes(4).toString("hex");
  const { databaseUrl, redisUrl, admin, release } = await provisionBench(process.env.BENCH_DATABASE ?? `pp_bench_search_${suffix}`, say, {
    keep: KEEP,
  });
  process.env.DATABASE_URL = databaseUrl;
  process.env.REDIS_URL = redisUrl;
  process.env.REDIS_PREFIX = `bench${suffix}`;
  process.env.LOG_LEVEL ??= "warn";
  // The rounds repeat the mix: the statements are measured, not answers kept per access scope (decision 291).
  keepSearchAnswers(false);
  resetConfigForTests();

  const results: Record<string, string> = {};
  try {
    const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version;
    say(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; PostgreSQL ${version}; Node ${process.version}`,
    );
    say(
      `engine: ${searchEngine().name}; load average at start ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")} (other work on this machine slows every number)`,
    );

    const corpus = new Corpus(20261127);
    const generateStart = performance.now();
    const { searcher } = await seed(corpus);
    say(
      `generated ${RECORDS} records, ${MEMBERS + 1} members and ${COMMUNITIES} communities in ${((performance.now() - generateStart) / 1000).toFixed(1)} s`,
    );
    for (const kind of ["topic", "message", "document", "library"] as const) registerSearchSource(benchSource(kind), { replace: true });

    const bar = progressBar("building the index");
    const buildStart = performance.now();
    const built = await rebuildIndex(({ done, total }) => bar(done, total));
    const buildSeconds = (performance.now() - buildStart) / 1000;
    const [size] = await db().$queryRawUnsafe<{ size: string }[]>(
      `SELECT pg_size_pretty(pg_total_relation_size('"SearchDocument"')) AS size`,
    );
    say(
      `index build: ${built.documents} documents in ${buildSeconds.toFixed(1)} s (${Math.round(built.documents / buildSeconds)} documents/s), table with indexes ${size?.size}`,
    );
    results.build = `${built.documents} documents in ${buildSeconds.toFixed(1)} s`;

    const actor = { id: searcher.id, globalRole: "MEMBER" as const };
    const withFacets: number[] = [];
    const withoutFacets: number[] = [];
    const filtered: number[] = [];
    const suggestions: number[] = [];
    const perQuery = new Map<string, number[]>();
    let hitsSeen = 0;
    for (let round = 0; round <= ROUNDS; round += 1) {
      const warmup = round === 0;
      for (const q of MIX) {
        const params = parseSearchParams(new URLSearchParams({ q })).params;
        const a = await timed(async () => (hitsSeen += (await search(actor, params)).total));
        const b = await timed(() => search(actor, params, { facets: false }));
        if (!warmup) {
          withFacets.push(a);
          withoutFacets.push(b);
          perQuery.set(q, [...(perQuery.get(q) ?? []), a]);
        }
      }
      for (const query of FILTERED) {
        const params = parseSearchParams(new URLSearchParams(query)).params;
        const a = await timed(() => search(actor, params));
        if (!warmup) filtered.push(a);
      }
      for (const prefix of PREFIXES) {
        const a = await timed(() => suggest(actor, prefix));
        if (!warmup) suggestions.push(a);
      }
    }
    const line = (name: string, samples: number[]) => {
      if (!samples.length) return say(`${name.padEnd(34)} not measured`);
      const text = `p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms (n=${samples.length})`;
      say(`${name.padEnd(34)} ${text}`);
      results[name] = text;
    };
    say(`queries (as a member who may read ${COMMUNITIES - 14} of ${COMMUNITIES} communities; ${hitsSeen} hits counted):`);
    line("results page, with facets", withFacets);
    line("results, without facets", withoutFacets);
    line("filtered results, with facets", filtered);
    line("suggestions (prefix, titles)", suggestions);
    line("all searches", [...withFacets, ...withoutFacets, ...filtered, ...suggestions]);
    for (const [q, samples] of perQuery)
      say(`  ${q.padEnd(32)} p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`);

    // Freshness: a profile edit with its outbox event, the relay, the search processor's job, the
    // index job, the index write; polled every 5 ms.
    const workers = await startWorkers({ schedule: false });
    const freshness: number[] = [];
    const editors = await db().user.findMany({ where: { email: { endsWith: "@bench.test" } }, select: { id: true }, take: EDITS });
    for (const [n, editor] of editors.entries()) {
      const token = `fris${n}${randomBytes(3).toString("hex").replace(/\d/g, "x")}`;
      const start = performance.now();
      await transaction(async (tx) => {
        await tx.user.update({ where: { id: editor.id }, data: { bio: `Nieuw in mijn profiel: ${token}.` } });
        await emit(tx, "user.updated", { userId: editor.id });
      });
      const params = parseSearchParams(new URLSearchParams({ q: token, kind: "member" })).params;
      for (;;) {
        if ((await search(actor, params, { facets: false })).total > 0) break;
        if (performance.now() - start > 30_000) throw new Error(`edit ${n} not searchable after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      freshness.push(performance.now() - start);
    }
    line("edit to searchable (worker)", freshness);
    say(
      `load average at the end ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    );
    await workers.close();
    await queue(QUEUES.search)
      .obliterate({ force: true })
      .catch(() => undefined);
    await queue(QUEUES.events)
      .obliterate({ force: true })
      .catch(() => undefined);
  } finally {
    await closeQueues();
    await disconnectDb();
    await release();
  }
  say("\nsummary (JSON):");
  say(JSON.stringify(results, null, 2));
}

// Exits itself: an ioredis connection opened by the app's modules outlives closeQueues() (the run hung after its summary).
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
