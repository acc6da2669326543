/**
 * The registry of indexed kinds. Adding a kind: write sources/<kind>.ts
 * implementing SearchSource, add it to this list, done (docs/architecture.md,
 * "Search"). The sweep, the reindex, the event listeners and the worker all
 * read this list.
 */
import type { SearchSource } from "../types.ts";
import { communitySource } from "./community.ts";
import { eventSource } from "./event.ts";
import { documentSource } from "./document.ts";
import { librarySource } from "./library.ts";
import { memberSource } from "./member.ts";
import { messageSource } from "./message.ts";
import { topicSource } from "./topic.ts";

const BUILT_IN: SearchSource[] = [communitySource, memberSource, topicSource, messageSource, documentSource, librarySource, eventSource];

let sources: SearchSource[] = BUILT_IN;

export function searchSources(): readonly SearchSource[] {
  return sources;
}

export function searchSource(kind: string): SearchSource | undefined {
  return sources.find((source) => source.kind === kind);
}

/** Adds a source at run time (benchmarks and tests); returns a function that removes it again. */
export function registerSearchSource(source: SearchSource): () => void {
  if (sources.some((existing) => existing.kind === source.kind)) throw new Error(`a search source for ${source.kind} exists already`);
  sources = [...sources, source];
  return () => {
    sources = sources.filter((existing) => existing !== source);
  };
}
