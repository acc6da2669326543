/**
 * freePort in a PORT_RANGE never picks a port Chromium refuses (ERR_UNSAFE_PORT): an end-to-end
 * server on 6667 failed every page.goto (decision 262).
 */
import { afterEach, describe, expect, it } from "vitest";
import { freePort, ProvisionError } from "../../scripts/lib/services.ts";

const saved = process.env.PORT_RANGE;
afterEach(() => {
  process.env.PORT_RANGE = saved;
  if (saved === undefined) delete process.env.PORT_RANGE;
});

describe("freePort", () => {
  it("finds nothing in a range of blocked ports only", async () => {
    process.env.PORT_RANGE = "6665-6669";
    await expect(freePort()).rejects.toBeInstanceOf(ProvisionError);
  });

  it("passes over the blocked ports in a range", async () => {
    process.env.PORT_RANGE = "6665-6670";
    // 6670, or nothing when something else listens there; never 6665–6669. Random starts: try a few times.
    for (let i = 0; i < 5; i++) expect([6670, null]).toContain(await freePort().catch(() => null));
  });
});
