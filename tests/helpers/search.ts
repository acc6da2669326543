/**
 * Searching as an actor in integration tests, and waiting for the index: the
 * worker indexes in the background, so a test polls until the hits are right.
 */
import { expect } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { parseSearchParams } from "../../app/shared/search.ts";
import { db } from "../../server/db.ts";
import { search } from "../../server/search/service.ts";
import { createUser } from "./factories.ts";
import { callLoader, getRequest } from "./remix.ts";
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

/**
 * A published library item whose summary is `text`, by a fresh moderator; returns its id. Public
 * (on the open web) unless `publicOnWeb` is false: then for members only.
 */
export async function publishedPassage(slugPrefix: string, title: string, text: string, { publicOnWeb = true } = {}): Promise<string> {
  const author = await createUser({ globalRole: "MODERATOR" });
  const row = await db().libraryItem.create({
    data: {
      slug: `${slugPrefix}-${Math.random().toString(36).slice(2, 8)}`,
      kind: "INTERVENTIE",
      title,
      summary: text,
      body: {},
      bodyText: "",
      tags: [],
      status: "PUBLISHED",
      publishedAt: new Date(),
      publicOnWeb,
      authorId: author.id,
    },
  });
  return row.id;
}

export type PageResults = { total: number; hits: { id: string }[]; expansions: { word: string; reason: string; words: string[] }[] };

/** What /zoeken shows a visitor for `q` (through the route's loader). */
export async function visitorResults(q: string): Promise<PageResults> {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=${encodeURIComponent(q)}`));
  expect(response.status).toBe(200);
  const body = response.body as { results: PageResults | null };
  expect(body.results).not.toBeNull();
  return body.results!;
}

/** Passages of one test file under short keys: `add` publishes one, `id` gives its id back. */
export function passageSet(slugPrefix: string) {
  const ids = new Map<string, string>();
  return {
    add: async (key: string, title: string, text: string) => {
      ids.set(key, await publishedPassage(`${slugPrefix}-${key}`, title, text));
    },
    id: (key: string) => ids.get(key)!,
  };
}

/** The ids of what /zoeken shows a visitor for `q`, in order. */
export async function visitorHitIds(q: string): Promise<string[]> {
  return (await visitorResults(q)).hits.map((hit) => hit.id);
}
