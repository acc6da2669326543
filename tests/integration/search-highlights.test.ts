/**
 * Highlights of expansions of several words, through /zoeken (decision 246): when the thesaurus
 * expands a word to a phrase ("discriminatie" → "ongelijke behandeling"), titles and snippets mark the
 * phrase where it stands, as one mark, and not its words wherever they occur alone; the searcher's own
 * words are still marked everywhere. And a word being typed ("werkg") names the readable words it
 * completes to, the most frequent first.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { reconcile } from "../../server/search/indexer.ts";
import type { SearchResultsView } from "../../server/search/service.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { passageSet, publishedPassage } from "../helpers/search.ts";

const { add: item, id } = passageSet("highlights");

async function page(q: string, cookie?: string): Promise<SearchResultsView> {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=${encodeURIComponent(q)}`, cookie));
  expect(response.status).toBe(200);
  return (response.body as { results: SearchResultsView }).results;
}

beforeAll(async () => {
  await item(
    "phrase",
    "Ongelijke behandeling bij sollicitaties",
    "Ongelijke behandeling bij het solliciteren komt vaak voor. De behandeling van klachten duurt lang. Gelijke kansen zijn het doel.",
  );
  await item(
    "own",
    "Discriminatie melden",
    "Wie discriminatie meemaakt, kan die melden. De behandeling van een melding duurt een paar weken.",
  );
  await item("w1", "Werkgevers aan zet", "Werkgevers bieden leerbanen. Een werkgever begeleidt zelf.");
  await item("w2", "Een werkgever vertelt", "De werkgever en de werkgroep overleggen.");
  await publishedPassage("highlights-leden", "Werkgeversakkoord", "Het werkgeversakkoord, alleen voor leden.", { publicOnWeb: false });
  await reconcile();
});

describe("highlights of a phrase the thesaurus added (decision 246)", () => {
  it("marks the phrase where it stands, not its words alone", async () => {
    const view = await page("discriminatie");
    const hit = view.hits.find((h) => h.id === id("phrase"));
    expect(hit?.titleHtml).toBe("<mark>Ongelijke behandeling</mark> bij sollicitaties");
    expect(hit?.snippetHtml).toContain("<mark>Ongelijke behandeling</mark> bij het solliciteren");
    // "behandeling" and "gelijke" on their own are not what was searched.
    expect(hit?.snippetHtml).toContain("De behandeling van klachten");
    expect(hit?.snippetHtml).toContain("Gelijke kansen");
    expect(hit?.snippetHtml.match(/<mark>/g)).toHaveLength(1);
  });

  it("still marks the searcher's own word wherever it stands", async () => {
    const view = await page("discriminatie");
    const hit = view.hits.find((h) => h.id === id("own"));
    expect(hit?.titleHtml).toBe("<mark>Discriminatie</mark> melden");
    expect(hit?.snippetHtml).toContain("Wie <mark>discriminatie</mark> meemaakt");
    expect(hit?.snippetHtml).toContain("De behandeling van een melding");
  });
});

describe("a word being typed names what it completes to (decision 246)", () => {
  const prefixLine = (view: SearchResultsView) => view.expansions.find((e) => e.reason === "prefix" && e.word === "werkg");

  it("names the readable words it begins, the most frequent first", async () => {
    const view = await page("werkg");
    expect(view.hits.length).toBeGreaterThan(0);
    expect(prefixLine(view)?.words).toEqual(["werkgever", "werkgroep"]);
  });

  it("names a members-only word to members only", async () => {
    const member = await sessionCookieFor((await createUser({ displayName: "Sanne Lid" })).id);
    expect(prefixLine(await page("werkg", member))?.words).toEqual(["werkgever", "werkgroep", "werkgeversakkoord"]);
  });
});
