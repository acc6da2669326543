/**
 * Issue 16's examples, each through /zoeken (and /zoeken/suggesties) as a
 * visitor or a member would ask: ranking instead of an all-words filter,
 * typo handling that never overrides a real word, the domain thesaurus,
 * Dutch compounds, English queries, one hit per URL. Plus issue 13's leak:
 * the typo word list only offers words from documents the searcher may read.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as resultsLoader } from "../../app/routes/zoeken._index.tsx";
import { loader as suggestionsLoader } from "../../app/routes/zoeken.suggesties.ts";
import { db } from "../../server/db.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";

type Expansion = { word: string; reason: string; words: string[] };
type Results = {
  total: number;
  hits: { id: string; url: string; titleHtml: string }[];
  expansions: Expansion[];
  didYouMean: string | null;
};
type Body = { results: Results | null };

const ids = new Map<string, string>();
let memberCookie: string;
let themeSlug: string;

async function item(key: string, title: string, text: string, options: { publicOnWeb?: boolean; tags?: string[] } = {}) {
  const author = await createUser({ globalRole: "MODERATOR" });
  const row = await db().libraryItem.create({
    data: {
      slug: `dutch-${key}-${Math.random().toString(36).slice(2, 8)}`,
      kind: "INTERVENTIE",
      title,
      summary: text,
      body: {},
      bodyText: "",
      tags: options.tags ?? [],
      status: "PUBLISHED",
      publishedAt: new Date(),
      publicOnWeb: options.publicOnWeb ?? true,
      authorId: author.id,
    },
  });
  ids.set(key, row.id);
}

beforeAll(async () => {
  await item("statushouders", "Statushouders aan het werk", "De gemeente begeleidt statushouders vanaf de eerste maand naar een baan.");
  await item(
    "vluchtelingen",
    "Vluchtelingen met een technische achtergrond",
    "Installatiebedrijven werven onder vluchtelingen en bieden een leerbaan.",
  );
  await item("bpv", "Leren in de praktijk", "Studenten in het mbo leren het vak in een erkend leerbedrijf.", { tags: ["Stage en bpv"] });
  await item("stage", "Een stage bij de gemeente", "De stage duurt een half jaar, met een vaste begeleider.");
  await item("stages", "Stages in de zorg", "Zorginstellingen bieden stages aan voor studenten met een migratieachtergrond.");
  await item("intern", "Interne memo over de planning", "Een intern overleg over de planning van het team.");
  await item("amd", "Arbeidsmarktdiscriminatie aanpakken", "Selectie op vaardigheden verkleint de kans op uitsluiting.");
  await item("dodam", "Praktijktests bij sollicitaties", "Discriminatie op de arbeidsmarkt blijkt hardnekkig en vaak onbewust.");
  await item("helpdesk", "De werkgevershelpdesk", "Bel met vragen over regelingen en trainingen.");
  await item("zelf", "Zelfeffectiviteit versterken", "Vertrouwen in eigen kunnen helpt bij solliciteren.");
  await item("werkgever", "Wat een werkgever kan doen", "Een werkgever die breder werft, vindt meer mensen.");
  await item("tien", "Tien bedrijven tekenen voor inclusie", "In Rotterdam tekenden 10 werkgevers een verklaring.");
  await item("taal", "Taalcoaching op de werkvloer", "Een taalcoach helpt collega's tijdens het werk.");
  await item("zeldzaam", "Een zeldzaam woord", "Over de ontginning van oude fabrieksterreinen.");
  // Word families and unfinished words (decision 166).
  await item("effectief", "Zelf effectief solliciteren", "Een training voor werkzoekenden.");
  await item("uitzend", "Uitzendbureaus en discriminerende verzoeken", "Medewerkers leren zulke verzoeken te weigeren.");
  await item("burgeren", "Taallessen voor EU-werknemers", "EU-werknemers hoeven niet in te burgeren, maar taallessen helpen wel.");
  await item("duaal", "Vier lessen uit de pilot", "De pilot met duale trajecten leverde vier lessen op.");
  await item("caseload", "Caseload verlagen", "Met minder klanten per medewerker gaat het beter.");
  await item("intervisie", "Intervisie in teams", "Collega's bespreken elke maand lastige situaties.");
  // Members only: a visitor may not learn the words in it (issue 13).
  await item("besloten", "Besloten verslag", "Alleen voor leden: ervaringen met werkervaring in de zorg.", { publicOnWeb: false });

  const theme = await createTheme({ slug: `dutch-${Math.random().toString(36).slice(2, 8)}` });
  themeSlug = theme.slug;
  for (const title of ["Gelijke beloning in de publieke sector", "Gelijke beloning bij uitzendbureaus"]) {
    await db().agendaGoal.create({ data: { themeId: theme.id, title, description: "Doel van de werkagenda over beloning." } });
  }
  memberCookie = await sessionCookieFor((await createUser()).id);
  await reconcile();
});

async function results(q: string, cookie?: string): Promise<Results> {
  const response = await callLoader(resultsLoader, getRequest(`/zoeken?q=${encodeURIComponent(q)}`, cookie));
  expect(response.status).toBe(200);
  const body = response.body as Body;
  expect(body.results).not.toBeNull();
  return body.results!;
}

const found = async (q: string, cookie?: string) => (await results(q, cookie)).hits.map((hit) => hit.id);
const id = (key: string) => ids.get(key)!;

describe("ranking instead of a filter", () => {
  it("finds a passage that lacks one of the words, and a number written as a word", async () => {
    expect(await found("taalcoaching werkvloer statushouders")).toContain(id("taal"));
    expect((await found("tien werkgevers tekenen"))[0]).toBe(id("tien"));
    expect(await found("10 bedrijven inclusie")).toContain(id("tien"));
  });

  it("ranks the document with every word first", async () => {
    const order = await found("stage gemeente begeleider");
    expect(order[0]).toBe(id("stage"));
  });

  it("shows one hit per URL (two goals of one theme)", async () => {
    const hits = (await results("gelijke beloning")).hits.filter((hit) => hit.url === `/werkagenda/${themeSlug}`);
    expect(hits).toHaveLength(1);
  });
});

describe("typos never override a real word", () => {
  it("searches a rare Dutch word as it is, without a correction", async () => {
    for (const q of ["ontginning", "statushouder"]) {
      const view = await results(q);
      expect(view.total, q).toBeGreaterThan(0);
      expect(view.didYouMean, q).toBeNull();
      expect(
        view.expansions.filter((e) => e.reason === "spelling"),
        q,
      ).toEqual([]);
    }
    // A Dutch word that occurs nowhere is still not "corrected" into another word.
    const absent = await results("fabrieksterrein kassen");
    expect(absent.didYouMean).toBeNull();
  });

  it("translates an English word instead of correcting it into an unrelated Dutch one", async () => {
    const view = await results("employer");
    expect(view.didYouMean).toBeNull();
    expect(view.expansions).toContainEqual({ word: "employer", reason: "translation", words: ["werkgever"] });
    expect(view.hits.map((hit) => hit.id)).toContain(id("werkgever"));
  });

  it("offers a correction for a real typo, with the matches of the corrected word", async () => {
    const view = await results("discriminatei");
    expect(view.didYouMean).toBe("discriminatie");
    expect(view.hits.map((hit) => hit.id)).toContain(id("dodam"));
  });

  it("treats a word being typed as a prefix, on the results page and in suggestions", async () => {
    const view = await results("werkg");
    expect(view.didYouMean).toBeNull();
    expect(view.hits.map((hit) => hit.id)).toContain(id("werkgever"));
    const response = await callLoader(suggestionsLoader, getRequest(`/zoeken/suggesties?q=werkg`));
    const suggestions = (response.body as { suggestions: { url: string; titleHtml: string }[] }).suggestions;
    expect(suggestions.map((s) => s.titleHtml).join(" ")).toMatch(/werkgever/i);
  });

  it("suggests while typing with a typo in the prefix", async () => {
    const response = await callLoader(suggestionsLoader, getRequest(`/zoeken/suggesties?q=${encodeURIComponent("arbeidsmarktdiscrimi")}`));
    expect((response.body as { suggestions: { titleHtml: string }[] }).suggestions.length).toBeGreaterThan(0);
    const typo = await callLoader(suggestionsLoader, getRequest(`/zoeken/suggesties?q=${encodeURIComponent("zelfefectivi")}`));
    expect((typo.body as { suggestions: { titleHtml: string }[] }).suggestions.map((s) => s.titleHtml).join(" ")).toMatch(
      /Zelfeffectiviteit/,
    );
  });
});

describe("the typo word list is filtered by access (issue 13)", () => {
  it("offers a visitor no word that occurs only in a members-only document", async () => {
    for (const q of ["werkervaringsplek", "werkervaringg"]) {
      const view = await results(q);
      expect(JSON.stringify(view), q).not.toContain('"werkervaring"');
    }
  });

  it("offers the same word to a member, who may read that document", async () => {
    const view = await results("werkervaringg", memberCookie);
    expect(view.didYouMean).toBe("werkervaring");
    expect(view.hits.map((hit) => hit.id)).toContain(id("besloten"));
  });
});

describe("the domain thesaurus", () => {
  it("finds statushouders for vergunninghouder and asielzoeker, stage and bpv items for each other", async () => {
    expect(await found("vergunninghouder")).toContain(id("statushouders"));
    expect(await found("asielzoeker")).toEqual(expect.arrayContaining([id("statushouders"), id("vluchtelingen")]));
    expect(await found("BPV")).toEqual(expect.arrayContaining([id("bpv"), id("stage"), id("stages")]));
    expect(await found("werkervaringsplek")).toContain(id("stage"));
    const view = await results("vergunninghouder");
    expect(view.expansions.find((e) => e.reason === "synonym")?.words).toContain("statushouder");
  });
});

describe("Dutch compounds", () => {
  it("finds the compound for its parts and the parts for the compound", async () => {
    const compound = await found("arbeidsmarktdiscriminatie");
    const parts = await found("discriminatie op de arbeidsmarkt");
    expect(compound).toEqual(expect.arrayContaining([id("amd"), id("dodam")]));
    expect(parts).toEqual(expect.arrayContaining([id("amd"), id("dodam")]));
  });

  it("treats hyphens and spaces alike", async () => {
    expect(await found("werkgevers-helpdesk")).toContain(id("helpdesk"));
    expect(await found("werkgevers helpdesk")).toContain(id("helpdesk"));
    expect(await found("zelf effectiviteit")).toContain(id("zelf"));
  });
});

describe("English queries", () => {
  it("finds Dutch content and says which words were searched", async () => {
    const refugees = await results("refugees");
    expect(refugees.hits.map((hit) => hit.id)).toContain(id("vluchtelingen"));
    expect(refugees.expansions).toContainEqual(expect.objectContaining({ word: "refugees", reason: "translation" }));
    const internship = (await found("internship")).slice(0, 3);
    expect(internship).toEqual(expect.arrayContaining([id("stage"), id("stages")]));
    expect(internship).not.toContain(id("intern"));
  });

  it("does not split an English word as if it were a Dutch compound (internship is no interns + hip)", async () => {
    for (const q of ["internship", "internships"]) {
      const view = await results(q);
      expect(view.expansions, q).toContainEqual(
        expect.objectContaining({ reason: "translation", words: expect.arrayContaining(["stage"]) }),
      );
      expect(
        view.expansions.filter((expansion) => expansion.reason === "compound"),
        q,
      ).toEqual([]);
    }
  });

  it("finds the same items for stage and stages", async () => {
    const stage = new Set(await found("stage"));
    const stages = new Set(await found("stages"));
    expect(stage).toEqual(stages);
    expect(stage.has(id("stage")) && stage.has(id("stages"))).toBe(true);
  });
});

describe("word families and unfinished words (decision 166)", () => {
  it("finds a word typed halfway that is itself a compound of Dutch words", async () => {
    expect(await found("zelfeffect")).toEqual(expect.arrayContaining([id("zelf"), id("effectief")]));
    // Searched as typed and as a prefix: not a typo to correct.
    expect((await results("zelfeffect")).didYouMean).toBeNull();
  });

  it("finds the family of a word the stemmer keeps apart", async () => {
    expect(await found("zelf effectiviteit")).toEqual(expect.arrayContaining([id("zelf"), id("effectief")]));
    expect(await found("discriminatie")).toContain(id("uitzend"));
    expect(await found("inburgering")).toContain(id("burgeren"));
    expect(await found('"duaal traject"')).toContain(id("duaal"));
  });

  it("finds, for two uncommon words, the documents with either one", async () => {
    expect(await found("caseload intervisie")).toEqual(expect.arrayContaining([id("caseload"), id("intervisie")]));
  });
});
