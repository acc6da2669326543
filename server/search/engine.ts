/**
 * The engine of this process: Meilisearch when MEILI_HOST is set, PostgreSQL
 * full-text search otherwise (docs/decisions/020).
 */
import { config } from "../config.ts";
import { forgetSingleton, peekSingleton, singleton } from "../singleton.ts";
import { MeilisearchEngine } from "./engines/meilisearch.ts";
import { PostgresEngine } from "./engines/postgres.ts";
import type { SearchEngine } from "./types.ts";

export type EngineName = SearchEngine["name"];

/** The Meilisearch index of this instance; REDIS_PREFIX names the instance (tests get their own). */
export function meiliIndexUid(): string {
  return `${config().REDIS_PREFIX}_search`;
}

export function createSearchEngine(name: EngineName): SearchEngine {
  if (name === "meilisearch") {
    const { MEILI_HOST, MEILI_KEY } = config();
    if (!MEILI_HOST) throw new Error("MEILI_HOST is not set");
    return new MeilisearchEngine(MEILI_HOST, MEILI_KEY, meiliIndexUid());
  }
  return new PostgresEngine();
}

export function searchEngine(): SearchEngine {
  return singleton("search-engine", () => createSearchEngine(config().MEILI_HOST ? "meilisearch" : "postgres"));
}

/** Replaces the engine of this process (the contract suite runs every engine; benchmarks pick one). */
export function useSearchEngine(engine: SearchEngine): void {
  forgetSingleton("search-engine");
  singleton("search-engine", () => engine);
}

export async function closeSearchEngine(): Promise<void> {
  const engine = peekSingleton<SearchEngine>("search-engine");
  forgetSingleton("search-engine");
  await engine?.close();
}
