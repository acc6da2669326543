import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, parseSearchParams, searchHref } from "../../app/shared/search.ts";
import { correctableWords, foldWord, lexiconWords, markedToHtml, parseQuery } from "../../server/search/query.ts";

const texts = (query: ReturnType<typeof parseQuery>) => ({
  groups: query.groups.map((group) => group.map((term) => `${term.phrase ? "phrase:" : ""}${term.text}${term.prefix ? "*" : ""}`)),
  exclude: query.exclude.map((term) => term.text),
});

describe("parseQuery", () => {
  it("reads words, phrases, exclusions and OR", () => {
    expect(texts(parseQuery(`inclusief "werven en selecteren" -uitzendbureau stage OR stageplek`))).toEqual({
      groups: [["inclusief"], ["phrase:werven en selecteren"], ["stage", "stageplek"]],
      exclude: ["uitzendbureau"],
    });
    expect(texts(parseQuery(`jongeren OF studenten`)).groups).toEqual([["jongeren", "studenten"]]);
  });

  it("reads OR after a stop word as a word: the ondernemingsraad (decision 225)", () => {
    expect(texts(parseQuery(`hoe kan de OR invloed hebben`)).groups).toEqual([["hoe"], ["kan"], ["de"], ["OR"], ["invloed"], ["hebben"]]);
    expect(texts(parseQuery(`statushouders OR nieuwkomers`)).groups).toEqual([["statushouders", "nieuwkomers"]]);
  });

  it("treats operators, brackets and SQL as separators only", () => {
    expect(texts(parseQuery(`'; DROP TABLE "User"; --`))).toEqual({ groups: [["DROP"], ["TABLE"], ["User"]], exclude: [] });
    expect(texts(parseQuery(`a & b | !c <-> (d):*`)).groups).toEqual([["a"], ["b"], ["c"], ["d"]]);
    expect(parseQuery(`&&& ||| ::: ***`).groups).toEqual([]);
  });

  it("keeps hyphenated words and an unclosed quote", () => {
    expect(texts(parseQuery(`doe-netwerk "open hiring`)).groups).toEqual([["doe-netwerk"], ["phrase:open hiring"]]);
  });

  it("marks the last word as a prefix only while it is being typed", () => {
    expect(texts(parseQuery("stage discrim", { prefixLast: true })).groups).toEqual([["stage"], ["discrim*"]]);
    expect(texts(parseQuery("stage discrim ", { prefixLast: true })).groups).toEqual([["stage"], ["discrim"]]);
    expect(texts(parseQuery(`"open hiring"`, { prefixLast: true })).groups).toEqual([["phrase:open hiring"]]);
  });

  it("caps the number of terms", () => {
    const query = parseQuery(Array.from({ length: 50 }, (_, n) => `woord${n}`).join(" "));
    expect(query.groups).toHaveLength(MAX_QUERY_TERMS);
  });

  it("never throws and never lets a character outside a word through", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (input) => {
        const query = parseQuery(input, { prefixLast: true });
        for (const term of [...query.groups.flat(), ...query.exclude]) expect(term.text).toMatch(/^[\p{L}\p{N}'-]+( [\p{L}\p{N}'-]+)*$/u);
      }),
    );
  });
});

describe("typo tolerance helpers", () => {
  it("folds accents and case", () => {
    expect(foldWord("Coördinatie")).toBe("coordinatie");
    expect(lexiconWords("De coördinator belt de Werkgever, de werkgever belt terug.").sort()).toEqual([
      "coordinator",
      "terug",
      "werkgever",
    ]);
    expect(correctableWords(parseQuery(`discriminatei "open hiring" -stage werk`))).toEqual(["discriminatei"]);
  });
});

describe("markedToHtml", () => {
  it("escapes everything and only adds <mark>", () => {
    expect(markedToHtml(`<img src=x onerror=alert(1)> \u0001werk\u0002 & "meer"`)).toBe(
      `&lt;img src=x onerror=alert(1)&gt; <mark>werk</mark> &amp; &quot;meer&quot;`,
    );
    expect(markedToHtml("\u0001open")).toBe("<mark>open</mark>");
    expect(markedToHtml("dicht\u0002 \u0002")).toBe("dicht ");
  });
});

describe("parseSearchParams", () => {
  it("drops unknown values and cuts an over-long query", () => {
    const { params, truncated } = parseSearchParams(
      new URLSearchParams([
        ["q", "x".repeat(1000)],
        ["kind", "topic"],
        ["kind", "<script>"],
        ["theme", "../../etc"],
        ["community", "inclusief-werven"],
        ["evidence", "effective"],
        ["period", "century"],
        ["sort", "random"],
        ["page", "-4"],
      ]),
    );
    expect(truncated).toBe(true);
    expect(params.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(params).toMatchObject({
      kinds: ["topic"],
      themes: [],
      communities: ["inclusief-werven"],
      evidence: ["effective"],
      period: null,
      sort: "relevance",
      page: 1,
    });
    expect(parseSearchParams(new URLSearchParams("page=99999")).params.page).toBe(50);
    expect(parseSearchParams(new URLSearchParams("q=%00werk%07")).params.q).toBe("werk");
  });

  it("writes URLs it reads back", () => {
    const href = searchHref({
      q: "open hiring",
      kinds: ["topic", "library"],
      communities: ["a"],
      period: "month",
      sort: "newest",
      page: 2,
    });
    const { params } = parseSearchParams(new URL(href, "http://x").searchParams);
    expect(params).toMatchObject({
      q: "open hiring",
      kinds: ["topic", "library"],
      communities: ["a"],
      period: "month",
      sort: "newest",
      page: 2,
    });
  });
});
