/** The presence window grows with the room past 500 sockets, so a crowd's presence events stay a bounded stream (decision 216). */
import { describe, expect, it } from "vitest";
import { presenceWindowMs } from "../../server/discussions/realtime.ts";

describe("presence window", () => {
  it("stays 250 ms for rooms up to 500 sockets", () => {
    for (const size of [0, 1, 50, 500]) expect(presenceWindowMs(size)).toBe(250);
  });

  it("grows with the room so each socket hears at most about 2,000 deliveries' worth a second, up to 5 s", () => {
    expect(presenceWindowMs(1_000)).toBe(500);
    expect(presenceWindowMs(5_000)).toBe(2_500);
    expect(presenceWindowMs(100_000)).toBe(5_000);
    for (const size of [600, 2_000, 7_777]) expect((size / presenceWindowMs(size)) * 1000).toBeLessThanOrEqual(2_000);
  });
});
