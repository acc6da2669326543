/**
 * The language of a member's text (decision 230): Dutch or English when the words say so, and
 * nothing when they do not (names, single words, a short title without function words).
 */
import { describe, expect, it } from "vitest";
import { contentLangAttribute, detectContentLanguage, textOfHtml } from "../../app/utils/content-language.ts";

describe("detectContentLanguage", () => {
  it("knows Dutch running text", () => {
    expect(detectContentLanguage("Hoe begeleid je statushouders naar een stage bij een werkgever in de regio?")).toBe("nl");
    expect(detectContentLanguage("We hebben goede ervaringen met een vaste vragenlijst voor elk gesprek.")).toBe("nl");
  });

  it("knows English running text", () => {
    expect(detectContentLanguage("How do you help newcomers find an internship with an employer in the region?")).toBe("en");
    expect(detectContentLanguage("We have good experiences with a fixed list of questions for every interview.")).toBe("en");
  });

  it("knows a short title by a function word and a spelling only one language has", () => {
    expect(detectContentLanguage("Erkende leerbedrijven die de workshop volgden")).toBe("nl");
    expect(detectContentLanguage("Think about the wording of a vacancy")).toBe("en");
  });

  it("says nothing about names, single words and titles without function words", () => {
    for (const text of [
      "Van Dijk",
      "Van der Dijk",
      "Thomas Smith",
      "Smith and Thompson",
      "Stagediscriminatie",
      "Barometer Culturele Diversiteit",
      "Inclusive hiring",
      "",
      "   ",
    ]) {
      expect(detectContentLanguage(text), text).toBeUndefined();
    }
    expect(detectContentLanguage(null, undefined)).toBeUndefined();
  });

  it("takes the samples together: a short title is decided by the summary beside it", () => {
    expect(detectContentLanguage("Stagediscriminatie tegengaan")).toBeUndefined();
    expect(detectContentLanguage("Stagediscriminatie tegengaan", "Wat werkt er tegen discriminatie bij het zoeken van een stage?")).toBe(
      "nl",
    );
  });

  it("says nothing for a text that mixes the two", () => {
    expect(detectContentLanguage("De workshop was goed. The speakers were great and the venue was fine.")).toBeUndefined();
  });

  it("lets one English quote in a Dutch text not turn it", () => {
    expect(
      detectContentLanguage(
        "In de training zeiden ze 'the proof of the pudding', maar voor ons werkt het vooral als je het zelf doet met de mensen.",
      ),
    ).toBe("nl");
  });

  it("looks at the first words only, so a long body costs no more than a paragraph", () => {
    const english = "This is what we learned about the interviews and the way we wrote the vacancies. ".repeat(20);
    const dutch = "Dit is wat wij leerden over de gesprekken en de manier waarop we de vacatures schreven. ".repeat(2_000);
    expect(detectContentLanguage(english, dutch)).toBe("en");
  });
});

describe("contentLangAttribute", () => {
  it("marks only a language that differs from the page's", () => {
    const dutch = "Hoe begeleid je statushouders naar een stage bij een werkgever?";
    const english = "How do you help newcomers find an internship with an employer?";
    expect(contentLangAttribute("en", dutch)).toBe("nl");
    expect(contentLangAttribute("nl", dutch)).toBeUndefined();
    expect(contentLangAttribute("nl", english)).toBe("en");
    expect(contentLangAttribute("en", english)).toBeUndefined();
    expect(contentLangAttribute("en", "Van Dijk")).toBeUndefined();
  });
});

describe("textOfHtml", () => {
  it("leaves tag names and entities out, so <a> and <p> are not English or Dutch words", () => {
    const html = '<p>Wij <a href="/x">werken</a> met <mark>de</mark> regio &amp; <strong>een</strong> werkgever</p>';
    expect(textOfHtml(html).split(/\s+/).filter(Boolean)).toEqual(["Wij", "werken", "met", "de", "regio", "een", "werkgever"]);
    // Unstripped, the tags' names and attributes would be words: "a", "href", "p" twice over.
    const links = '<p><a href="/over">Stage</a>, <a href="/werk">intake</a>, <a href="/x">vacatures</a>, <a href="/y">regio</a></p>';
    expect(detectContentLanguage(links)).toBe("en");
    expect(detectContentLanguage(textOfHtml(links))).toBeUndefined();
  });
});
