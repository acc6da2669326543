/**
 * Decision 004: no field anywhere records ethnicity, origin, nationality or
 * migration background. This scans every Prisma schema file (models, enums,
 * their values) and the form schemas, so such a field cannot slip in unnoticed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FORBIDDEN = [
  /ethnic/i,
  /etnic/i,
  /etnisch/i,
  /afkomst/i,
  /herkomst/i,
  /origin(?!al)/i,
  /nationalit/i,
  /nationaliteit/i,
  /migrat/i,
  /migrant/i,
  /allochto/i,
  /autochto/i,
  /race\b/i,
  /geboorteland/i,
  /countryofbirth/i,
  /birthcountry/i,
  /religi/i,
  /geloof/i,
  /skin/i,
  /huidskleur/i,
  /verblijfsstatus/i,
  /residencestatus/i,
  /statushouder/i,
  /asiel/i,
  /asylum/i,
];

/** The identifiers a schema declares: model, enum and field names, enum values. Comments are left out. */
function identifiers(source: string): string[] {
  const names: string[] = [];
  let block: "model" | "enum" | null = null;
  for (const raw of source.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (!line) continue;
    const open = /^(model|enum|type|view)\s+(\w+)\s*\{/.exec(line);
    if (open) {
      names.push(open[2]!);
      block = open[1] === "enum" ? "enum" : "model";
      continue;
    }
    if (line === "}") {
      block = null;
      continue;
    }
    if (!block || line.startsWith("@@")) continue;
    const first = /^(\w+)/.exec(line);
    if (first) names.push(first[1]!);
  }
  return names;
}

const schemaDir = path.resolve("prisma/schema");
const schemaFiles = readdirSync(schemaDir).filter((file) => file.endsWith(".prisma"));

describe("decision 004: no sensitive personal data fields", () => {
  it("finds the schema files and their identifiers", () => {
    expect(schemaFiles.length).toBeGreaterThan(5);
    const all = schemaFiles.flatMap((file) => identifiers(readFileSync(path.join(schemaDir, file), "utf8")));
    expect(all).toEqual(expect.arrayContaining(["User", "displayName", "FieldRole", "KLANTMANAGER"]));
  });

  it.each(schemaFiles)("%s declares no model, field or enum value about ethnicity or migration background", (file) => {
    const found = identifiers(readFileSync(path.join(schemaDir, file), "utf8")).filter((name) =>
      FORBIDDEN.some((pattern) => pattern.test(name)),
    );
    expect(found).toEqual([]);
  });

  it("the form schemas ask for no such field", () => {
    const formsDir = path.resolve("app/shared/forms");
    for (const file of readdirSync(formsDir)) {
      const keys = [...readFileSync(path.join(formsDir, file), "utf8").matchAll(/^\s*(\w+)\s*:/gm)].map((m) => m[1]!);
      expect(
        keys.filter((key) => FORBIDDEN.some((pattern) => pattern.test(key))),
        file,
      ).toEqual([]);
    }
  });

  it("recognises a forbidden field when there is one", () => {
    const names = identifiers(
      "model Person {\n  id String @id\n  migrationBackground Boolean\n  countryOfBirth String\n}\nenum Origin {\n  A\n}",
    );
    expect(names.filter((name) => FORBIDDEN.some((pattern) => pattern.test(name)))).toEqual([
      "migrationBackground",
      "countryOfBirth",
      "Origin",
    ]);
  });
});
