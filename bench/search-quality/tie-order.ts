/**
 * Passage dates for `bench:search-quality -- --tie-seed N` (decision 316). The engine orders hits of
 * equal score by date (newest first), then by kind and id. The judged passages all share one date,
 * so without a seed exact ties fall by id, which says nothing about relevance. With a seed each
 * passage is a second older than the one before it in an order drawn from the seed: each seed
 * breaks the ties another way, and the spread over a few seeds is what ties alone can change.
 */

/** A passage's place in the order drawn from a seed: 32-bit FNV-1a of "seed:id". */
export function tieRank(seed: number, id: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}:${id}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Seconds before the base date, per passage id: all 0 without a seed, else 0, 1, 2, … in the seed's order. */
export function tieOffsets(ids: readonly string[], seed: number | null): Map<string, number> {
  if (seed === null) return new Map(ids.map((id) => [id, 0]));
  const ordered = [...ids].sort((a, b) => tieRank(seed, a) - tieRank(seed, b) || a.localeCompare(b));
  return new Map(ordered.map((id, index) => [id, index]));
}
