/**
 * Searching as an actor in integration tests, and waiting for the index: the
 * worker indexes in the background, so a test polls until the hits are right.
 */
import { expect } from "vitest";
import { parseSearchParams } from "../../app/shared/search.ts";
import { search } from "../../server/search/service.ts";
import { until } from "./until.ts";

export type Searcher = { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" } | null;

/** The search page's results for a query string such as "q=taalcoaching&kind=member". */
export function results(actor: Searcher, query: string) {
  return search(actor, parseSearchParams(new URLSearchParams(query)).params);
}

export async function hitIds(actor: Searcher, query: string): Promise<string[]> {
  return (await results(actor, query)).hits.map((hit) => hit.id);
}

/** Waits until the search returns exactly these ids (in this order); fails showing the last hits. */
export async function expectHits(actor: Searcher, query: string, ids: string[]): Promise<void> {
  let last: string[] = [];
  try {
    await until(`${query} → ${ids.join(",")}`, async () => {
      last = await hitIds(actor, query);
      return JSON.stringify(last) === JSON.stringify(ids);
    });
  } catch {
    expect(last).toEqual(ids);
  }
}
