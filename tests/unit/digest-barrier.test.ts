/**
 * The digest section barrier (decision 160): a batch of section queries waits
 * for the digests that have started and not asked yet, and for nobody else.
 */
import { describe, expect, it } from "vitest";
import { digestComing, whenAllAsked } from "../../server/notifications/digest/barrier.ts";

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("digest section barrier", () => {
  it("dispatches once every started digest has asked, and not before", async () => {
    const first = digestComing();
    const second = digestComing();
    let dispatched = 0;
    // No time limit here: only the digests decide (the worker's limit is MAX_WAIT_MS).
    whenAllAsked(() => dispatched++, 60_000);
    await turn();
    first();
    first(); // asking twice counts once
    await turn();
    expect(dispatched).toBe(0);
    second();
    expect(dispatched).toBe(1);
    await turn();
    expect(dispatched).toBe(1);
  });

  it("does not wait when no digest is on its way", async () => {
    let dispatched = 0;
    whenAllAsked(() => dispatched++);
    expect(dispatched).toBe(0);
    await turn();
    expect(dispatched).toBe(1);
  });
});
