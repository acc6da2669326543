/**
 * bench:search-quality --tie-seed (decision 316): the passages' dates, which the engine uses to order
 * hits of equal score, follow an order drawn from the seed. Without a seed they share one date.
 */
import { describe, expect, it } from "vitest";
import { PASSAGES } from "../../bench/search-quality/corpus.ts";
import { tieOffsets, tieRank } from "../../bench/search-quality/tie-order.ts";

const ids = PASSAGES.map((passage) => passage.id);
const order = (offsets: Map<string, number>) => [...offsets].sort((a, b) => a[1] - b[1]).map(([id]) => id);

describe("search-quality tie order", () => {
  it("gives every passage the same date without a seed", () => {
    expect(new Set(tieOffsets(ids, null).values())).toEqual(new Set([0]));
  });

  it("gives each passage its own second with a seed, the same for the same seed", () => {
    const offsets = tieOffsets(ids, 1);
    expect([...offsets.values()].sort((a, b) => a - b)).toEqual(ids.map((_, index) => index));
    expect(order(tieOffsets(ids, 1))).toEqual(order(offsets));
    expect(tieRank(1, "a01")).toBe(tieRank(1, "a01"));
  });

  it("orders the passages another way for another seed, and not by id", () => {
    const first = order(tieOffsets(ids, 1));
    const second = order(tieOffsets(ids, 2));
    expect(second).not.toEqual(first);
    expect(first).not.toEqual([...ids].sort());
    // Far from the id order: of neighbours in the seed's order, about half are in id order.
    const inIdOrder = first.slice(1).filter((id, index) => first[index]! < id).length;
    expect(inIdOrder / (first.length - 1)).toBeGreaterThan(0.3);
    expect(inIdOrder / (first.length - 1)).toBeLessThan(0.7);
  });
});
