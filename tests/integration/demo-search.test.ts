/**
 * The demo instance shows what search can do (decision 235): on a freshly seeded demo database,
 * issue 16's examples, typed into /zoeken (and the suggestions) as a visitor, as lid@ and with
 * the English interface, find the demo items they should, say which words were searched and
 * never "correct" a real word.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { loader as suggestionsLoader } from "../../app/routes/zoeken.suggesties.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { db } from "../../server/db.ts";
import { languageCookie } from "../../server/http/language.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

type Expansion = { word: string; reason: string; words: string[] };
type Results = {
  total: number;
  hits: { kind: string; url: string; titleHtml: string }[];
  expansions: Expansion[];
  didYouMean: string | null;
};

const STATUSHOUDERS = "Statushouders vanaf de start: inburgering en werk tegelijk";
const WERKERVARINGSPLEK = "Een werkervaringsplek goed afspreken";
const LKS = "Wat is loonkostensubsidie?";
const BPV = "Beroepspraktijkvorming: eerlijke afspraken met het leerbedrijf";
const DISCRIMINATIE = "Hoe weten we dat er arbeidsmarktdiscriminatie is?";
const HELPDESK = "Waar kan ik als werkgever terecht met vragen over diversiteit?";
const ZELFEFFECTIVITEIT = "Zelfeffectiviteit: vertrouwen in eigen kunnen bij de studiekeuze";
const TOPIC = "Een vergunninghouder met een zorgdiploma van buiten Nederland: waar begin je?";

let memberCookie: string;
let englishCookie: string;

beforeAll(async () => {
  await seedDemo();
  // What the worker's sweep does when it starts (npm start).
  await reconcile();
  const lid = await db().user.findUniqueOrThrow({ where: { email: "lid@praktijkplein.test" }, select: { id: true } });
  memberCookie = await sessionCookieFor(lid.id);
  englishCookie = await languageCookie.serialize("en");
});

async function results(q: string, cookie?: string): Promise<Results> {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=${encodeURIComponent(q)}`, cookie));
  expect(response.status, q).toBe(200);
  const body = response.body as { results: Results | null };
  expect(body.results, q).not.toBeNull();
  // One hit per URL.
  const urls = body.results!.hits.map((hit) => hit.url);
  expect(new Set(urls).size, q).toBe(urls.length);
  return body.results!;
}

const plain = (html: string) => html.replace(/<\/?mark>/g, "");
const titles = async (q: string, cookie?: string) => (await results(q, cookie)).hits.map((hit) => plain(hit.titleHtml));
const top = async (q: string, n: number, cookie?: string) => (await titles(q, cookie)).slice(0, n);

describe("the demo's search, as a visitor", () => {
  it("finds the statushouders item by every word for the group, Dutch or English", async () => {
    for (const q of ["statushouder", "vergunninghouder", "asielzoeker", "nieuwkomers", "refugees"])
      expect(await top(q, 3), q).toContain(STATUSHOUDERS);
    const view = await results("vergunninghouder");
    expect(view.didYouMean).toBeNull();
    expect(view.expansions).toContainEqual(expect.objectContaining({ reason: "synonym", words: expect.arrayContaining(["statushouder"]) }));
  });

  it("finds stages by bpv, werkervaringsplek and internship, and the same for stage and stages", async () => {
    expect(await top("BPV", 3)).toContain(BPV);
    expect(await top("werkervaringsplek", 3)).toContain(WERKERVARINGSPLEK);
    const internship = await results("internship");
    expect(internship.hits.slice(0, 5).map((hit) => plain(hit.titleHtml))).toContain(BPV);
    expect(internship.expansions).toContainEqual(expect.objectContaining({ reason: "translation", words: ["stage"] }));
    expect(internship.expansions.filter((expansion) => expansion.reason === "compound")).toEqual([]);
    expect(new Set(await titles("stage"))).toEqual(new Set(await titles("stages")));
  });

  it("finds a compound by its parts and the parts by the compound", async () => {
    const compound = await titles("arbeidsmarktdiscriminatie");
    const apart = await titles("discriminatie op de arbeidsmarkt");
    expect(compound[0]).toBe(DISCRIMINATIE);
    expect(apart.slice(0, 3)).toContain(DISCRIMINATIE);
    for (const q of ["werkgevers-helpdesk", "werkgevershelpdesk", "werkgevers helpdesk"]) expect(await top(q, 3), q).toContain(HELPDESK);
    for (const q of ["zelfeffectiviteit", "zelf effectiviteit"]) expect(await top(q, 3), q).toContain(ZELFEFFECTIVITEIT);
  });

  it("finds loonkostensubsidie by its abbreviation, and employer in Dutch", async () => {
    for (const q of ["loonkostensubsidie", "LKS"]) expect((await titles(q))[0], q).toBe(LKS);
    const employer = await results("employer");
    expect(employer.expansions).toContainEqual(expect.objectContaining({ reason: "translation", words: ["werkgever"] }));
    expect(employer.hits.map((hit) => plain(hit.titleHtml))).toContain(HELPDESK);
  });

  it("ranks instead of filtering: a number as a digit or a word, one word too many", async () => {
    expect(await top("vijf vragen", 3)).toContain("Gestructureerde sollicitatiegesprekken");
    expect(await top("5 vragen", 3)).toContain("Gestructureerde sollicitatiegesprekken");
    expect((await titles("anoniem solliciteren eerste ronde bakkerij"))[0]).toBe("Anoniem solliciteren in de eerste selectieronde");
  });

  it("searches a rare real word as it is and a word being typed as a prefix", async () => {
    const rare = await results("onderbuikgevoel");
    expect(rare.didYouMean).toBeNull();
    expect(rare.hits.map((hit) => plain(hit.titleHtml))).toEqual(["Gestructureerde sollicitatiegesprekken"]);
    const typing = await results("werkg");
    expect(typing.didYouMean).toBeNull();
    expect(typing.total).toBeGreaterThan(0);
    const response = await callLoader(suggestionsLoader, getRequest("/zoeken/suggesties?q=werkg"));
    const suggestions = (response.body as { suggestions: { titleHtml: string }[] }).suggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) expect(suggestion.titleHtml).toMatch(/<mark>werkgever/i);
  });

  it("keeps the members' topic out of a visitor's results", async () => {
    expect(await titles("vergunninghouder")).not.toContain(TOPIC);
  });
});

describe("the demo's search, as lid@ and in English", () => {
  it("finds the members' topic about a vergunninghouder as well as the public item", async () => {
    const found = await titles("vergunninghouder", memberCookie);
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining([TOPIC, STATUSHOUDERS]));
    expect(await top("statushouder", 3, memberCookie)).toEqual(expect.arrayContaining([TOPIC, STATUSHOUDERS]));
  });

  it("with the English interface finds the Dutch items for English words", async () => {
    expect(await top("refugees", 3, englishCookie)).toContain(STATUSHOUDERS);
    expect((await top("internship", 5, englishCookie)).some((title) => title === BPV)).toBe(true);
    expect(await top("wage subsidy", 3, englishCookie)).toContain(LKS);
  });
});
