/**
 * Long questions (decision 264), through /zoeken as a visitor: the words that only put the question
 * (auxiliaries, answer words, adverbs of time and frequency, verbs of saying; in English indefinite
 * pronouns and request verbs) are no concepts, so a question typed as a sentence finds what its key
 * words find, and a passage that happens to hold the filler words does not come in between.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reconcile } from "../../server/search/indexer.ts";
import { passageSet, visitorHitIds } from "../helpers/search.ts";

const passages = passageSet("question-fillers");

beforeAll(async () => {
  await passages.add(
    "gesprek",
    "Vaker uitgenodigd voor een sollicitatiegesprek",
    "Een klant van boven de vijftig wordt vaker uitgenodigd voor een sollicitatiegesprek met een anoniem cv.",
  );
  await passages.add("coach", "Wat de coach zegt", "De coach zegt nooit nee en word ook eerst gehoord, soms meteen, vaak later.");
  await passages.add(
    "hire",
    "Statushouders aannemen",
    "Een werkgever die een vluchteling aanneemt met een verblijfsvergunning krijgt hulp.",
  );
  await passages.add("someone", "Someone to talk to: een buddy", "Het buddyprogramma heet someone to talk to en koppelt nieuwe collega's.");
  await reconcile();
});

describe("a long question finds what its key words find (decision 264)", () => {
  it("drops auxiliaries, adverbs of time and verbs of saying from a Dutch question", async () => {
    const question = await visitorHitIds("ik word nooit uitgenodigd voor een sollicitatiegesprek zegt mijn klant");
    expect(question).toEqual(await visitorHitIds("uitgenodigd sollicitatiegesprek klant"));
    expect(question[0]).toBe(passages.id("gesprek"));
    expect(question).not.toContain(passages.id("coach"));
  });

  it("drops indefinite pronouns and request verbs from an English question", async () => {
    const question = await visitorHitIds("how can I hire someone with a refugee status");
    expect(question).toEqual(await visitorHitIds("hire refugee status"));
    expect(question).toContain(passages.id("hire"));
    expect(question).not.toContain(passages.id("someone"));
  });
});
