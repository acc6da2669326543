/**
 * The menukaart and the library catalogue on the demo seed: filters, facet
 * counts (each with the other filters applied), visibility, and the exports.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loader as csvLoader } from "../../app/routes/menukaart[.]csv.tsx";
import { loader as pdfLoader } from "../../app/routes/menukaart[.]pdf.tsx";
import { loader as menukaartLoader } from "../../app/routes/menukaart.tsx";
import { EMPTY_FILTERS, type LibraryFilters, parseLibraryFilters } from "../../app/shared/library.ts";
import { prismaUser } from "../helpers/library.ts";
import { libraryCatalogue, menukaart } from "../../server/library/catalogue.ts";
import { csvCell, menukaartCsv, pdfSafe } from "../../server/library/export.ts";
import { libraryItems } from "../../prisma/seed/library.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { sessionCookieFor } from "../helpers/factories.ts";

const filters = (overrides: Partial<LibraryFilters>): LibraryFilters => ({ ...EMPTY_FILTERS, ...overrides });
const publishedInterventions = libraryItems.filter((item) => item.kind === "INTERVENTIE" && item.status === "PUBLISHED");

let member: Awaited<ReturnType<typeof prismaUser>>;

beforeAll(async () => {
  await seedDemo();
  member = await prismaUser("lid@praktijkplein.test");
});

describe("menukaart on the demo seed", () => {
  it("lists every published intervention and nothing else, strongest evidence first", async () => {
    const result = await menukaart(member, EMPTY_FILTERS);
    expect(result.total).toBe(publishedInterventions.length);
    expect(result.items.map((item) => item.title).sort()).toEqual(publishedInterventions.map((item) => item.title).sort());
    expect(result.items[0]!.evidenceLevel).toBe("EFFECTIEF");
    expect(result.items.map((i) => i.title)).not.toContain("Vacatureteksten in eenvoudige taal"); // still in review
  });

  it("counts per facet value, computed with the other filters applied", async () => {
    const all = await menukaart(member, EMPTY_FILTERS);
    const expectedPhase = (phase: string, items = publishedInterventions) =>
      items.filter((item) => item.phases?.includes(phase as never)).length;
    expect(all.facets.phase.WERVING_SELECTIE).toBe(expectedPhase("WERVING_SELECTIE"));
    expect(all.facets.evidence.GOED_ONDERBOUWD).toBe(publishedInterventions.filter((i) => i.evidence === "GOED_ONDERBOUWD").length);
    expect(all.facets.theme["meer-diversiteit-op-het-werk"]).toBe(
      publishedInterventions.filter((i) => i.themes.includes("meer-diversiteit-op-het-werk")).length,
    );

    // Filtering on a phase narrows the other facets but not the phase facet itself.
    const recruitment = await menukaart(member, filters({ phase: ["WERVING_SELECTIE"] }));
    const inRecruitment = publishedInterventions.filter((i) => i.phases?.includes("WERVING_SELECTIE"));
    expect(recruitment.total).toBe(inRecruitment.length);
    expect(recruitment.facets.phase).toEqual(all.facets.phase);
    expect(recruitment.facets.size.MKB).toBe(inRecruitment.filter((i) => i.sizes?.includes("MKB")).length);
    expect(recruitment.facets.evidence.EFFECTIEF).toBe(inRecruitment.filter((i) => i.evidence === "EFFECTIEF").length);

    // Two values of one facet widen (OR); a second facet narrows (AND).
    const twoPhases = await menukaart(member, filters({ phase: ["WERVING_SELECTIE", "STUDIEKEUZE"] }));
    expect(twoPhases.total).toBe(
      publishedInterventions.filter((i) => i.phases?.some((p) => p === "WERVING_SELECTIE" || p === "STUDIEKEUZE")).length,
    );
    const narrowed = await menukaart(
      member,
      filters({ phase: ["WERVING_SELECTIE"], sector: ["ICT"], evidence: ["EFFECTIEF", "PRAKTIJKERVARING"] }),
    );
    expect(narrowed.items.map((i) => i.title).sort()).toEqual(
      inRecruitment
        .filter((i) => i.sectors?.includes("ICT") && (i.evidence === "EFFECTIEF" || i.evidence === "PRAKTIJKERVARING"))
        .map((i) => i.title)
        .sort(),
    );
    // Every count matches what choosing that value would give.
    for (const [value, count] of Object.entries(narrowed.facets.targetGroup)) {
      const chosen = await menukaart(
        member,
        filters({
          phase: ["WERVING_SELECTIE"],
          sector: ["ICT"],
          evidence: ["EFFECTIEF", "PRAKTIJKERVARING"],
          targetGroup: [value as never],
        }),
      );
      expect(chosen.total, value).toBe(count);
    }
  });

  it("filters by theme, target group and text", async () => {
    const stage = await menukaart(member, filters({ themes: ["eerste-baan-of-stage"], targetGroup: ["JONGEREN"] }));
    expect(stage.items.map((i) => i.title).sort()).toEqual([
      "Oriënterende bedrijfsbezoeken bij de studiekeuze",
      "Stagematching met regie van de school",
    ]);
    const text = await menukaart(member, filters({ q: "buddy" }));
    expect(text.items.map((i) => i.title)).toEqual(["Buddy voor nieuwe medewerkers"]);
    const wildcard = await menukaart(member, filters({ q: "%" }));
    expect(wildcard.total).toBe(0);
  });

  it("shows visitors only what is open to the web", async () => {
    const visitor = await menukaart(null, EMPTY_FILTERS);
    expect(visitor.items.map((i) => i.title).sort()).toEqual(
      publishedInterventions
        .filter((i) => i.publicOnWeb)
        .map((i) => i.title)
        .sort(),
    );
    expect(Object.values(visitor.facets.phase).reduce((a, b) => a + b, 0)).toBeLessThan(
      Object.values((await menukaart(member, EMPTY_FILTERS)).facets.phase).reduce((a, b) => a + b, 0),
    );
  });

  it("the library catalogue counts kinds and finds cases by sector", async () => {
    const catalogue = await libraryCatalogue(member, EMPTY_FILTERS);
    const published = libraryItems.filter((i) => i.status === "PUBLISHED");
    expect(catalogue.total).toBe(published.length);
    expect(catalogue.facets.kind.PRAKTIJKCASE).toBe(published.filter((i) => i.kind === "PRAKTIJKCASE").length);
    const cases = await libraryCatalogue(member, filters({ kind: ["PRAKTIJKCASE"], sector: ["AGRO_FOOD"] }));
    expect(cases.items.map((i) => i.title)).toEqual(["Bakkerij Van Leeuwen: een meeloopdag in plaats van een sollicitatiebrief"]);
    const tagged = await libraryCatalogue(member, filters({ tag: "stagediscriminatie" }));
    expect(tagged.items.map((i) => i.kind).sort()).toEqual(["HANDREIKING", "INTERVENTIE"]);
  });

  it("reads shareable filter URLs and ignores what it does not know", () => {
    const parsed = parseLibraryFilters(
      new URLSearchParams(
        "fase=werving-selectie&fase=onbekend&bewijs=effectief&thema=eerste-baan-of-stage&thema=<script>&omvang=mkb&q=%20cv%20",
      ),
    );
    expect(parsed).toMatchObject({
      phase: ["WERVING_SELECTIE"],
      evidence: ["EFFECTIEF"],
      themes: ["eerste-baan-of-stage"],
      size: ["MKB"],
      q: "cv",
    });
  });
});

describe("menukaart routes and exports", () => {
  it("the page loader filters from the URL", async () => {
    const cookie = await sessionCookieFor(member.id);
    const result = await callLoader(menukaartLoader, getRequest("/menukaart?fase=studiekeuze", cookie));
    const body = result.body as { items: { title: string }[]; total: number; facets: { phase: Record<string, number> } };
    expect(body.items.map((i) => i.title)).toEqual(["Oriënterende bedrijfsbezoeken bij de studiekeuze"]);
    expect(body.facets.phase.WERVING_SELECTIE).toBeGreaterThan(0);
  });

  it("CSV: UTF-8 with BOM, semicolons, escaped quotes and no formulas", async () => {
    const cookie = await sessionCookieFor(member.id);
    const response = (await csvLoader({
      request: getRequest("/menukaart.csv?thema=eerste-baan-of-stage", cookie),
      params: {},
      context: { cspNonce: "" },
    })) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/attachment; filename="menukaart-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^"Titel";"Samenvatting";"Thema's"/);
    expect(lines).toHaveLength(3);
    expect(text).toContain("Oriënterende bedrijfsbezoeken");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("-1+2")).toBe(`"'-1+2"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("gewoon")).toBe(`"gewoon"`);
    // A line feed or white space before the formula (decision 279 found the line feed open).
    expect(csvCell("\n=1+1")).toBe(`"'\n=1+1"`);
    expect(csvCell("  =1+1")).toBe(`"'  =1+1"`);
    expect(csvCell(" gewoon")).toBe(`" gewoon"`);
  });

  it("PDF: a real PDF, generated on the server", async () => {
    const cookie = await sessionCookieFor(member.id);
    const response = (await pdfLoader({
      request: getRequest("/menukaart.pdf?bewijs=effectief", cookie),
      params: {},
      context: { cspNonce: "" },
    })) as Response;
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(1000);
    expect(pdfSafe("Fatma Yıldız – één € “test”")).toBe("Fatma Yildiz – één € “test”");
  });

  it("a formula in an item reaches the CSV defused", () => {
    const csv = menukaartCsv(
      [
        {
          title: "=cmd|' /C calc'!A0",
          summary: "s",
          themes: [],
          phases: [],
          targetGroups: [],
          sectors: [],
          organisationSizes: [],
          sourceReferences: [],
          tags: [],
        } as never,
      ],
      {
        title: "t",
        generatedOn: "",
        filters: "",
        noFilters: "",
        count: "",
        columns: { title: "Titel" } as never,
        value: (_f, v) => v,
        themeName: (t) => t.nameNl,
        date: (d) => d.toISOString(),
        itemUrl: (slug) => `https://x/${slug}`,
      },
    );
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
  });
});
