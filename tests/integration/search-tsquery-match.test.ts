/**
 * Scans match on a tsquery value without the words that another word of the same OR matches
 * already (decision 303): the text index then reads fewer posting lists, and the same documents
 * match. Checked on PostgreSQL's own `@@` over texts made to hold every word, prefix and form the
 * values name, and through the search statement, whose answers stay those of the constructors.
 */
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { config } from "../../server/config.ts";
import { createSearchEngine, useSearchEngine } from "../../server/search/engine.ts";
import { type PostgresEngine } from "../../server/search/engines/postgres.ts";
import { matchingTsquery } from "../../server/search/engines/tsquery-match.ts";
import { visitorEngineQuery } from "../helpers/search-query.ts";

let client: pg.Client;

beforeAll(async () => {
  useSearchEngine(createSearchEngine("postgres"));
  client = new pg.Client({ connectionString: config().DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

describe("matchingTsquery", () => {
  it("leaves out words a prefix of the same OR matches, and words written twice", () => {
    expect(matchingTsquery(`'mentor' | 'mentorschap' | 'buddy' | 'mentor' | 'coach' | 'mentor':*`)).toBe(`'buddy' | 'coach' | 'mentor':*`);
    expect(matchingTsquery(`'jobcarv' | 'job' <-> 'carving' | 'jobcarv':*`)).toBe(`( 'job' <-> 'carving' ) | 'jobcarv':*`);
    expect(matchingTsquery(`'discrimi':* | 'discriminatei':* | 'uitsluit'`)).toBe(`'discrimi':* | 'uitsluit'`);
    expect(matchingTsquery(`( 'taal' | 'taal' ) & 'wer':*`)).toBe(`'taal' & 'wer':*`);
    expect(matchingTsquery(`'x':* | 'x':*`)).toBe(`'x':*`);
    expect(matchingTsquery(`'mentorschap' | 'mentorschap':*`)).toBe(`'mentorschap':*`);
  });

  it("keeps every value it cannot read or must not touch as it is", () => {
    for (const value of [
      `'werkgever' | 'werk' & 'gever'`,
      `'mentor':A | 'mentor':*`, // a weight restricts the word
      `'mentor':* | 'mentor':*A`,
      `!( 'a' | 'a':* )`, // under a NOT
      `( 'a' | 'a':* ) <-> 'b'`, // under a phrase
      `'it''s' | 'it':*`, // a quote inside the word
      `'a\\\\b' | 'a':*`,
      `'mentor' & 'mentor':*`, // an AND, not an OR
      `'mentorschap' | 'mentor'`, // an exact word covers only itself
      `'a' | 'b'`,
      `'a' | `,
      `junk`,
      ``,
    ])
      expect(matchingTsquery(value), value).toBe(value);
  });

  it("matches exactly the documents the whole value matches (PostgreSQL's @@)", async () => {
    const lexemes = ["mentor", "mentorschap", "mentorschapp", "men", "buddy", "coach", "taal", "taalcoach"];
    const word = fc.constantFrom(...lexemes).chain((lexeme) => fc.constantFrom(`'${lexeme}'`, `'${lexeme}':*`));
    const or = fc.array(word, { minLength: 2, maxLength: 5 }).map((words) => words.join(" | "));
    const expression = fc.oneof(
      or,
      fc.tuple(or, or).map(([a, b]) => `( ${a} ) & ( ${b} )`),
      fc.tuple(or, word, or).map(([a, w, b]) => `${a} | ( ${b} ) & ${w}`),
      fc.tuple(or, word).map(([a, w]) => `!( ${a} ) & ${w}`),
      fc.tuple(or, word).map(([a, w]) => `( ${a} ) <-> ${w}`),
      fc.tuple(or, or).map(([a, b]) => `( ${a} ) <2> ( ${b} ) | ${a}`),
    );
    // Texts whose lexemes are subsets of the words above and their longer forms, in various orders.
    const texts = [
      "mentor buddy",
      "mentorschap",
      "mentorschappen coach",
      "taalcoach mentor",
      "men taal",
      "coach buddy taal",
      "mentoren",
      "buddy",
      "",
      "mentorschap taalcoaching mentor men",
    ];
    const vectors = texts.map((text) =>
      text
        .split(" ")
        .filter(Boolean)
        .map((w, i) => `'${w}':${i + 1}`)
        .join(" "),
    );
    const values = fc.sample(expression, 150);
    const asWritten = (await client.query<{ v: string }>(`SELECT v::tsquery::text AS v FROM unnest($1::text[]) v`, [values])).rows.map(
      (row) => row.v,
    );
    let simplified = 0;
    for (const value of asWritten) {
      const matching = matchingTsquery(value);
      if (matching !== value) simplified += 1;
      const { rows } = await client.query<{ same: boolean }>(
        `SELECT bool_and((v::tsvector @@ $1::tsquery) = (v::tsvector @@ $2::tsquery)) AS same FROM unnest($3::text[]) v`,
        [value, matching, vectors],
      );
      expect(rows[0]!.same, `${value} → ${matching}`).toBe(true);
    }
    expect(simplified).toBeGreaterThan(50);
  });
});

describe("the search statement's scans", () => {
  it("match on the value without covered words, and rank on the whole value", async () => {
    const engine = createSearchEngine("postgres") as PostgresEngine;
    const { params } = await engine.searchStatement(await visitorEngineQuery("mentoring"));
    const values = params.filter((value): value is string => typeof value === "string" && value.includes("'mentor"));
    // The whole value (ranking) and the one without covered words (scans) both travel.
    const whole = values.find((value) => value.includes("'mentor' |") && value.includes("'mentor':*"));
    expect(whole).toBeDefined();
    expect(values).toContain(matchingTsquery(whole!));
    expect(matchingTsquery(whole!)).not.toBe(whole);
  });
});
