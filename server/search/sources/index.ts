/**
 * The registry of indexed kinds. Adding a kind: write sources/<kind>.ts
 * implementing SearchSource, add it to this list, done (docs/architecture.md,
 * "Search"). The sweep, the reindex, the event processor and the worker all
 * read this list.
 */
import type { SearchSource } from "../types.ts";
import { agendaGoalSource } from "./agenda-goal.ts";
import { communitySource } from "./community.ts";
import { meetingSource } from "./meeting.ts";
import { documentSource } from "./document.ts";
import { knowledgeQuestionSource } from "./knowledge-question.ts";
import { librarySource } from "./library.ts";
import { memberSource } from "./member.ts";
import { messageSource } from "./message.ts";
import { topicSource } from "./topic.ts";

const BUILT_IN: SearchSource[] = [
  communitySource,
  memberSource,
  topicSource,
  messageSource,
  documentSource,
  librarySource,
  meetingSource,
  knowledgeQuestionSource,
  agendaGoalSource,
];

let sources: SearchSource[] = BUILT_IN;

export function searchSources(): readonly SearchSource[] {
  return sources;
}

export function searchSource(kind: string): SearchSource | undefined {
  return sources.find((source) => source.kind === kind);
}

/**
 * Adds a source at run time (benchmarks and tests); returns a function that
 * removes it again. `replace` swaps out the built-in source of that kind (the
 * search benchmark indexes a generated corpus instead of the app's tables).
 */
export function registerSearchSource(source: SearchSource, options: { replace?: boolean } = {}): () => void {
  const existing = sources.find((candidate) => candidate.kind === source.kind);
  if (existing && !options.replace) throw new Error(`a search source for ${source.kind} exists already`);
  sources = [...sources.filter((candidate) => candidate !== existing), source];
  return () => {
    sources = [...sources.filter((candidate) => candidate !== source), ...(existing ? [existing] : [])];
  };
}
