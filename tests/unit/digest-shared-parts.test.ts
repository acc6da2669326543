/**
 * Shared digest parts (server/notifications/digest/shared-parts.ts): since
 * decision 324 a key is followed element by element instead of written out as
 * one JSON text. Two keys may share a part only when JSON would have made
 * them the same text and their plain values are the very same values.
 */
import { describe, expect, it } from "vitest";
import { sharedParts } from "../../server/notifications/digest/shared-parts.ts";

describe("shared digest parts", () => {
  it("are shared for the same key and kept apart for any other", () => {
    const shared = sharedParts("nl", "https://parts.example/");
    let made = 0;
    const part = (key: readonly unknown[]) => shared(key, () => ++made);
    const keys: unknown[][] = [
      ["new-members", "c1", [{ count: 2, names: ["Anna", "Bram"] }]],
      ["new-members", "c1", [{ count: 2, names: ["Anna", "Bram "] }]],
      ["new-members", "c1", [{ count: 3, names: ["Anna", "Bram"] }]],
      ["new-members", "c1"],
      ["new-members", "c1", '[{"count":2,"names":["Anna","Bram"]}]'],
      ["title", 1],
      ["title", "1"],
      ["title", 1, 1],
      ["title", null],
      ["reason", "weekly", ["A, B", "C"]],
      ["reason", "weekly", ["A", "B, C"]],
    ];
    const first = keys.map(part);
    expect(new Set(first).size).toBe(keys.length);
    // The same keys again, made of new objects: every part comes back, nothing is made again.
    expect(keys.map((key) => part(structuredClone(key)))).toEqual(first);
    expect(made).toBe(keys.length);
    // Another language or site has parts of its own.
    expect(sharedParts("en", "https://parts.example/")(["title", 1], () => "en")).toBe("en");
    expect(sharedParts("nl", "https://other.example/")(["title", 1], () => "other")).toBe("other");
    expect(sharedParts("nl", "https://parts.example/")(["title", 1], () => "again")).toBe(first[5]);
  });

  it("forgets its parts past the limit and makes them again", () => {
    const shared = sharedParts("nl", "https://many.example/");
    for (let i = 0; i < 5_000; i++) shared(["part", i], () => i);
    expect(shared(["part", 1], () => "new")).toBe(1);
    // The 5,001st part: the others are forgotten, so the first is made again.
    expect(shared(["part", 5_000], () => 5_000)).toBe(5_000);
    expect(shared(["part", 1], () => "new")).toBe("new");
  });
});
