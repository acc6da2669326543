/**
 * Related results when a search finds few hits (decision 250), through /zoeken: documents that
 * share the telling words of the best hits but not the query's words come after the hits, in a part
 * of their own that names the words used. The feedback hits and the related results are only what
 * the searcher may read: a members-only item is neither a related result for a visitor nor a source
 * of its words. A search with ten hits or more has no related part.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { reconcile } from "../../server/search/indexer.ts";
import type { SearchResultsView } from "../../server/search/service.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { passageSet, publishedPassage } from "../helpers/search.ts";

const { add: item, id } = passageSet("related");
const hidden = new Map<string, string>();

/** A published library item for members only (not on the open web): hidden from visitors. */
async function membersOnly(key: string, title: string, text: string) {
  hidden.set(key, await publishedPassage(`related-${key}`, title, text, { publicOnWeb: false }));
}

let memberCookie = "";

async function page(q: string, cookie?: string): Promise<SearchResultsView> {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=${encodeURIComponent(q)}`, cookie));
  expect(response.status).toBe(200);
  const { results } = response.body as { results: SearchResultsView | null };
  expect(results).not.toBeNull();
  return results!;
}

const ids = (hits: { id: string }[] | undefined) => (hits ?? []).map((hit) => hit.id);

beforeAll(async () => {
  await item(
    "a",
    "Kwartiermakers in de steigerbouw",
    "Een kwartiermaker zoekt leerplekken in de steigerbouw. Nieuwkomers oefenen daar met valbeveiliging en een hoogwerker.",
  );
  await item(
    "b",
    "De kwartiermaker bij een aannemer",
    "De kwartiermaker vraagt aannemers om leerplekken in de steigerbouw, met valbeveiliging op hoogte.",
  );
  // Shares the hits' telling words (steigerbouw, valbeveiliging, hoogwerker), not the query's word.
  await item(
    "c",
    "Veilig op hoogte",
    "Leerlingen in de steigerbouw oefenen eerst met valbeveiliging en de hoogwerker, onder begeleiding van een vakman.",
  );
  await item("d", "Rekenen in het buurthuis", "Een buurthuis geeft in de avond les in rekenen en taal.");
  // One word of the public hits (steigerbouw: not enough on its own) and one that only the
  // members-only hit below has (voegmortel): related only when that hit gives its words.
  await item("y", "Voegmortel mengen", "Cursisten mengen voegmortel voor de steigerbouw.");
  // Members only: a hit for members (with a word of its own), and a related item for members.
  await membersOnly("h1", "Kwartiermaker bestelt voegmortel", "De kwartiermaker bestelt voegmortel, veel voegmortel, alleen voegmortel.");
  await membersOnly(
    "h2",
    "Leerplekken op hoogte",
    "In de steigerbouw horen valbeveiliging en een hoogwerker bij elke leerplek, zegt een vakman.",
  );
  for (let i = 0; i < 10; i++)
    await item(`dak${i}`, `Dakdekkers gezocht, deel ${i + 1}`, `Dakdekkers leren het vak in de praktijk (${i + 1}).`);
  await reconcile();
  memberCookie = await sessionCookieFor((await createUser({ displayName: "Mila Lid" })).id);
});

describe("related results when few hits are found (decision 250)", () => {
  it("adds a document that shares the best hits' words but not the query's, after the hits, naming the words", async () => {
    const view = await page("kwartiermaker");
    expect(ids(view.hits).sort()).toEqual([id("a"), id("b")].sort());
    expect(ids(view.related?.hits)).toContain(id("c"));
    expect(ids(view.related?.hits)).not.toContain(id("d"));
    // Never a hit again, and the words are the hits' own words as written, not the query's.
    expect(ids(view.related?.hits).filter((hit) => ids(view.hits).includes(hit))).toEqual([]);
    expect(view.related?.words).toEqual(expect.arrayContaining(["steigerbouw"]));
    expect(view.related?.words).not.toContain("kwartiermaker");
    // Together at most ten.
    expect(view.hits.length + (view.related?.hits.length ?? 0)).toBeLessThanOrEqual(10);
  });

  it("never shows a visitor a members-only item among related results, nor uses its words", async () => {
    const view = await page("kwartiermaker");
    expect(ids(view.hits)).not.toContain(hidden.get("h1"));
    expect(ids(view.related?.hits)).not.toContain(hidden.get("h2"));
    expect(ids(view.related?.hits)).not.toContain(hidden.get("h1"));
    expect(view.related?.words).not.toContain("voegmortel");
    expect(ids(view.related?.hits)).not.toContain(id("y"));
  });

  it("uses what a member may read: the members-only hit's words, the members-only related item", async () => {
    // The same page for a member: the hidden items take part, so the visitor's test above can fail.
    const view = await page("kwartiermaker", memberCookie);
    expect(ids(view.hits)).toContain(hidden.get("h1"));
    expect(view.related?.words).toContain("voegmortel");
    expect(ids(view.related?.hits)).toEqual(expect.arrayContaining([hidden.get("h2"), id("c"), id("y")]));
  });

  it("has no related part when the search finds ten hits or more", async () => {
    const view = await page("dakdekkers");
    expect(view.total).toBeGreaterThanOrEqual(10);
    expect(view.related).toBeNull();
  });

  it("has no related part when nothing is found", async () => {
    const view = await page("zwaluwnesten");
    expect(view.hits).toEqual([]);
    expect(view.related).toBeNull();
  });
});
