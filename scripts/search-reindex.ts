/**
 * npm run search:reindex [-- --force]
 *
 * Rebuilds the whole search index from every source and swaps it in without
 * downtime: PostgreSQL builds copies of the search tables and renames them in
 * one transaction; Meilisearch fills a second index and swaps the two. Then
 * the sweep catches anything that changed during the build. --force first
 * removes the copy an interrupted run left behind. Without DATABASE_URL it
 * uses (or starts) the embedded PostgreSQL of `npm start`, as that does.
 */
import path from "node:path";
import "dotenv/config";
import { announcePublicDataChanged, closePublicDataCache } from "../server/cache/public-data.ts";
import { runCli } from "../server/cli.ts";
import { disconnectDb } from "../server/db.ts";
import { closeSearchEngine, searchEngine } from "../server/search/engine.ts";
import { PostgresEngine } from "../server/search/engines/postgres.ts";
import { rebuildIndex } from "../server/search/indexer.ts";
import { progressBar } from "./lib/progress.ts";
import { ensureDatabase, type Service, startEmbeddedPostgres, startLocalRedis } from "./lib/services.ts";

const say = (line: string) => process.stdout.write(`${line}\n`);
const started: Service[] = [];

await runCli(async () => {
  const dataDir = path.resolve(import.meta.dirname, "..", process.env.DATA_DIR ?? ".data");
  if (!process.env.DATABASE_URL) {
    const postgres = await startEmbeddedPostgres(dataDir, say);
    started.push(postgres);
    process.env.DATABASE_URL = await ensureDatabase(postgres.url, "praktijkplein");
  }
  // The configuration asks for Redis; the rebuild announces on it that the index changed.
  if (!process.env.REDIS_URL) {
    const redis = await startLocalRedis(dataDir, say);
    started.push(redis);
    process.env.REDIS_URL = redis.url;
  }
  try {
    const engine = searchEngine();
    if (process.argv.includes("--force") && engine instanceof PostgresEngine) await engine.dropLeftovers();
    say(`Rebuilding the search index (${engine.name})`);
    const begin = Date.now();
    const bar = progressBar("indexing");
    const result = await rebuildIndex(({ kind, done, total }) => bar(done, total, kind));
    // Running web processes drop what they keep of the old index: visitors' pages, members' kept search answers (decision 291).
    await announcePublicDataChanged().catch((error: unknown) =>
      say(`Could not announce the new index on Redis (${String(error)}): web processes keep old answers for up to 30 s.`),
    );
    const repaired = result.sweep.reduce((sum, report) => sum + report.upserted + report.removed, 0);
    say(
      `Indexed ${result.documents} records in ${((Date.now() - begin) / 1000).toFixed(1)} s and swapped the new index in` +
        (repaired ? `; ${repaired} changed during the build and were brought up to date.` : "."),
    );
  } catch (error) {
    process.stderr.write(`Reindex failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await closeSearchEngine();
    await closePublicDataCache();
    await disconnectDb();
    // Only what this command started itself; a running `npm start` keeps its services.
    for (const service of started.reverse()) if (!service.reused) await service.stop();
  }
});
