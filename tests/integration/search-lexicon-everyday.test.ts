/**
 * The second layer of the general lexicon (decision 236), through /zoeken as a visitor: an old
 * name finds the service or scheme of today, an everyday word the official one, a participle
 * its noun (which the stemmer keeps apart), and an English everyday or HR phrase the Dutch
 * passage. No passage holds the words searched for.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds as found, visitorResults as results } from "../helpers/search.ts";

const { add: item, id } = passageSet("everyday");

beforeAll(async () => {
  await item("uwv", "Inschrijven bij het UWV", "Na het einde van een contract meldt iemand zich meteen bij het UWV.");
  await item("gesubsidieerd", "Gesubsidieerde arbeid", "Gesubsidieerde arbeid gaf langdurig werklozen een plek bij de gemeente.");
  await item("bibliotheek", "Taalles in de bibliotheek", "Elke dinsdag is er een taalcafé in de bibliotheek van de wijk.");
  await item("discriminatie", "Discriminatie melden", "Wie discriminatie meemaakt bij een sollicitatie, kan dat melden.");
  await item("uurloon", "Betaald per uur", "Het loon per uur hangt af van de leeftijd en de cao.");
  await item(
    "klokkenluider",
    "De klokkenluider beschermd",
    "Een klokkenluider die een misstand meldt, mag daarvoor niet worden benadeeld.",
  );
  await item(
    "deurwaarder",
    "Voor de deurwaarder komt",
    "Een deurwaarder komt pas na aanmaningen; bel daarom vroeg de schuldhulp van de gemeente.",
  );
  await item("rooster", "Het dienstrooster", "Het dienstrooster hangt twee weken vooruit in de kantine.");
  await reconcile();
});

describe("old names and everyday words (decision 236)", () => {
  it("finds the UWV for the old arbeidsbureau, as a related word", async () => {
    const view = await results("arbeidsbureau");
    expect(view.hits.map((hit) => hit.id)).toContain(id("uwv"));
    expect(view.expansions).toContainEqual(expect.objectContaining({ word: "arbeidsbureau", reason: "related" }));
  });

  it("finds gesubsidieerde arbeid for the melkertbaan", async () => {
    expect(await found("melkertbaan")).toContain(id("gesubsidieerd"));
  });

  it("finds the bibliotheek for the everyday bieb", async () => {
    expect(await found("bieb")).toContain(id("bibliotheek"));
  });

  it("finds 'loon per uur' for uurloon", async () => {
    expect(await found("uurloon")).toContain(id("uurloon"));
  });
});

describe("participles the stemmer keeps apart from their noun (decision 236)", () => {
  it("finds discriminatie for 'gediscrimineerd'", async () => {
    expect(await found("gediscrimineerd")).toContain(id("discriminatie"));
  });
});

describe("English everyday and HR words (decision 236)", () => {
  it("finds the klokkenluider for 'whistleblower'", async () => {
    expect(await found("whistleblower")).toContain(id("klokkenluider"));
  });

  it("finds the deurwaarder for 'bailiff'", async () => {
    expect(await found("bailiff")).toContain(id("deurwaarder"));
  });

  it("finds the dienstrooster for 'work schedule'", async () => {
    expect(await found("work schedule")).toContain(id("rooster"));
  });
});
