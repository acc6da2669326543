/**
 * One moderator check (decisions 270 and 278): nothing outside app/shared/roles.ts compares a
 * global role by hand — the site header, routes and the queue admin ask isModerator / isAdmin.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const OWN = "app/shared/roles.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("one moderator check", () => {
  it("no source compares globalRole by hand outside app/shared/roles.ts", () => {
    const byHand = ["app", "server", "workers"]
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((path) => relative(ROOT, path) !== OWN)
      .filter((path) => /globalRole\s*[!=]==|[!=]==\s*[\w.?]*globalRole\b/.test(readFileSync(path, "utf8")))
      .map((path) => relative(ROOT, path));
    expect(byHand).toEqual([]);
  });
});
