/**
 * The judged set of bench:search-quality is consistent (decisions 227, 251, 249, 256, 265, 311, 318, 328): a judged
 * passage id that does not exist, or a query id used twice, would silently
 * change the measured totals. Checks the files only; runs no search.
 */
import { describe, expect, it } from "vitest";
import { PASSAGES } from "../../bench/search-quality/corpus.ts";
import { HELD_OUT } from "../../bench/search-quality/queries-heldout.ts";
import { HELD_OUT_6 } from "../../bench/search-quality/queries-heldout-6.ts";
import { HELD_OUT_7 } from "../../bench/search-quality/queries-heldout-7.ts";
import { HELD_OUT_8 } from "../../bench/search-quality/queries-heldout-8.ts";
import { HELD_OUT_9 } from "../../bench/search-quality/queries-heldout-9.ts";
import { HELD_OUT_10 } from "../../bench/search-quality/queries-heldout-10.ts";
import { HELD_OUT_11 } from "../../bench/search-quality/queries-heldout-11.ts";
import { HELD_OUT_12 } from "../../bench/search-quality/queries-heldout-12.ts";
import { HELD_OUT_13 } from "../../bench/search-quality/queries-heldout-13.ts";
import { HELD_OUT_14 } from "../../bench/search-quality/queries-heldout-14.ts";
import { HELD_OUT_15 } from "../../bench/search-quality/queries-heldout-15.ts";
import type { JudgedQuery } from "../../bench/search-quality/queries.ts";
import { TUNING } from "../../bench/search-quality/queries-tuning.ts";

const ALL = [
  ...TUNING,
  ...HELD_OUT,
  ...HELD_OUT_6,
  ...HELD_OUT_7,
  ...HELD_OUT_8,
  ...HELD_OUT_9,
  ...HELD_OUT_10,
  ...HELD_OUT_11,
  ...HELD_OUT_12,
  ...HELD_OUT_13,
  ...HELD_OUT_14,
  ...HELD_OUT_15,
];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** The mix of every outsider's held-out set (decisions 199, 208, 224, 227, 251, 249, 256, 265, 311, 318, 328). */
const MIX = { exact: 5, inflected: 6, typo: 6, compound: 5, synonym: 8, english: 12, prefix: 4, phrase: 3, number: 5, near: 6 };
const kindsOf = (queries: JudgedQuery[]) =>
  Object.fromEntries(
    [...new Set(queries.map((query) => query.kind))].map((kind) => [kind, queries.filter((query) => query.kind === kind).length]),
  );

describe("search-quality judged set", () => {
  it("has unique passage ids and unique query ids", () => {
    const passageIds = PASSAGES.map((passage) => passage.id);
    expect(new Set(passageIds).size).toBe(passageIds.length);
    const queryIds = ALL.map((query) => query.id);
    expect(new Set(queryIds).size).toBe(queryIds.length);
  });

  it("judges only passages that exist, with grades 1 or 2, and every query has an answer of grade 2", () => {
    const passageIds = new Set(PASSAGES.map((passage) => passage.id));
    const unknown = ALL.flatMap((query) =>
      Object.keys(query.relevant)
        .filter((id) => !passageIds.has(id))
        .map((id) => `${query.id}:${id}`),
    );
    expect(unknown).toEqual([]);
    expect(ALL.flatMap((query) => Object.values(query.relevant)).filter((grade) => grade !== 1 && grade !== 2)).toEqual([]);
    expect(ALL.filter((query) => !Object.values(query.relevant).includes(2)).map((query) => query.id)).toEqual([]);
  });

  it.each([
    // The tenth and eleventh sets' passages are longer (120–160 words; decisions 249, 256), the twelfth's up to 220 (decision 265),
    // the thirteenth's 150–220 (decision 311), the fourteenth's and fifteenth's 195–215 (decisions 318, 328).
    ["eighth", 95, 115, "ae", HELD_OUT_8],
    ["ninth", 95, 115, "af", HELD_OUT_9],
    ["tenth", 120, 160, "ag", HELD_OUT_10],
    ["eleventh", 120, 160, "ah", HELD_OUT_11],
    ["twelfth", 120, 220, "al", HELD_OUT_12],
    ["thirteenth", 150, 220, "am", HELD_OUT_13],
    ["fourteenth", 195, 215, "an", HELD_OUT_14],
    ["fifteenth", 195, 215, "ao", HELD_OUT_15],
  ] as const)(
    "the %s held-out set: 60 queries of the mix, 25 or more with an older answer, ten new passages of %i–%i words that each answer 3 or more",
    (_name, fewest, most, prefix, queries) => {
      expect(kindsOf(queries)).toEqual(MIX);
      expect(queries.every((query) => query.id.startsWith(`${prefix}-`))).toBe(true);
      const added = PASSAGES.filter((passage) => passage.id.startsWith(prefix));
      expect(added.map((passage) => passage.id)).toEqual(
        Array.from({ length: 10 }, (_, index) => `${prefix}${String(index + 1).padStart(2, "0")}`),
      );
      expect(added.filter((passage) => words(passage.body) < fewest || words(passage.body) > most).map((passage) => passage.id)).toEqual(
        [],
      );
      const withOlder = queries.filter((query) => Object.keys(query.relevant).some((id) => !id.startsWith(prefix)));
      expect(withOlder.length).toBeGreaterThanOrEqual(25);
      const answering = (id: string) => queries.filter((query) => id in query.relevant).length;
      expect(added.filter((passage) => answering(passage.id) < 3).map((passage) => passage.id)).toEqual([]);
    },
  );
});
