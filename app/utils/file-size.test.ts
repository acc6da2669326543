import { describe, expect, it } from "vitest";
import { formatFileSize } from "./file-size.ts";

describe("formatFileSize", () => {
  it("reads as people write it, per language", () => {
    expect(formatFileSize(7_782, "nl")).toBe("7,6 kB");
    expect(formatFileSize(7_782, "en")).toBe("7.6 kB");
    expect(formatFileSize(15 * 1024 * 1024, "nl")).toBe("15 MB");
  });

  it("never calls a file with content '0 kB' (walk 18)", () => {
    // Before: a PDF of 51 bytes was "0 kB" on the library page.
    expect(formatFileSize(51, "nl")).toBe("0,1 kB");
    expect(formatFileSize(1, "en")).toBe("0.1 kB");
    expect(formatFileSize(0, "nl")).toBe("0 kB");
  });
});
