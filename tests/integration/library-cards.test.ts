/**
 * The catalogue's cards and queries on pg (decision 218) against what Prisma
 * read before: every card of the demo library field by field (enum arrays,
 * the review date, themes), in the order of the ids asked for, unknown ids
 * left out; and the catalogue with filters still finds what it did.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { CATALOGUE_CARD_SELECT, cardsFor, LIBRARY_PAGE_SIZE, libraryCatalogue, menukaart } from "../../server/library/catalogue.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { db } from "../../server/db.ts";
import { featuredLibraryItems } from "../../server/library/queries.ts";
import { parseLibraryFilters } from "../../app/shared/library.ts";

const emptyLibraryFilters = () => parseLibraryFilters(new URLSearchParams());

beforeAll(async () => {
  await seedDemo();
  // A review date and a second theme on one item, so both are compared with a value.
  const item = await db().libraryItem.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" } });
  await db().libraryItem.update({ where: { id: item.id }, data: { reviewDate: new Date("2027-03-01T00:00:00.000Z") } });
  const themes = await db().theme.findMany({ select: { id: true } });
  await db().libraryItemTheme.createMany({ data: themes.map((theme) => ({ itemId: item.id, themeId: theme.id })), skipDuplicates: true });
}, 120_000);

describe("catalogue cards on pg", () => {
  it("are the cards Prisma read, in the order of the ids", async () => {
    const items = await db().libraryItem.findMany({ select: { id: true }, orderBy: { title: "desc" } });
    const ids = [...items.map((item) => item.id), "bestaat-niet"];
    const expected = await db().libraryItem.findMany({ where: { id: { in: ids } }, select: CATALOGUE_CARD_SELECT });
    const byId = new Map(expected.map((row) => [row.id, row]));
    const cards = await cardsFor(ids);
    expect(cards.map((card) => card.id)).toEqual(items.map((item) => item.id));
    for (const card of cards) expect(card, card.slug).toEqual(byId.get(card.id));
    expect(cards.some((card) => card.reviewDate !== null)).toBe(true);
    expect(cards.some((card) => card.themes.length > 1)).toBe(true);
    expect(cards.some((card) => card.phases.length > 0)).toBe(true);
    expect(await cardsFor([])).toEqual([]);
  });

  it("filters and counts as before: a filter narrows the list and each facet's count is what choosing it gives", async () => {
    const all = await libraryCatalogue({ id: "lezer", globalRole: "MEMBER" }, emptyLibraryFilters(), 1);
    expect(all.total).toBeGreaterThan(1);
    const kind = Object.keys(all.facets.kind)[0]!;
    const filtered = await libraryCatalogue({ id: "lezer", globalRole: "MEMBER" }, { ...emptyLibraryFilters(), kind: [kind as never] }, 1);
    expect(filtered.total).toBe(all.facets.kind[kind]);
    expect(filtered.items.every((item) => item.kind === kind)).toBe(true);
    const visitor = await menukaart(null, emptyLibraryFilters());
    expect(visitor.items.every((item) => item.publicOnWeb && item.kind === "INTERVENTIE")).toBe(true);
  });
  it("reads a page and its total in one statement, and still counts a page past the end (decision 282)", async () => {
    const member = { id: "lezer", globalRole: "MEMBER" as const };
    for (const actor of [null, member]) {
      const matching = await db().libraryItem.count({
        where: { status: "PUBLISHED", mergedIntoId: null, hiddenAt: null, ...(actor ? {} : { publicOnWeb: true }) },
      });
      const first = await countRoundTrips(() => libraryCatalogue(actor, emptyLibraryFilters(), 1));
      expect(first.result.total).toBe(matching);
      expect(first.result.items).toHaveLength(Math.min(matching, LIBRARY_PAGE_SIZE));
      // The page with its total, the facets, the cards: no separate count.
      expect(first.statements.filter((sql) => sql.startsWith("SELECT count(*)"))).toEqual([]);
      expect(first.count).toBe(3);
      const past = await libraryCatalogue(actor, emptyLibraryFilters(), Math.ceil(matching / LIBRARY_PAGE_SIZE) + 1);
      expect(past.items).toEqual([]);
      expect(past.total).toBe(matching);
    }
    const none = await libraryCatalogue(member, { ...emptyLibraryFilters(), q: "zoekwoord-dat-nergens-staat" }, 1);
    expect(none.total).toBe(0);
  });

  it("features the items Prisma featured, for members and visitors", async () => {
    for (const actor of [null, { id: "lezer", globalRole: "MEMBER" as const }]) {
      const expected = await db().libraryItem.findMany({
        where: {
          status: "PUBLISHED",
          mergedIntoId: null,
          hiddenAt: null,
          ...(actor ? {} : { publicOnWeb: true }),
          OR: [{ featured: true }, { goodExample: true }],
        },
        select: CATALOGUE_CARD_SELECT,
        orderBy: [{ featured: "desc" }, { goodExample: "desc" }, { publishedAt: "desc" }],
        take: 3,
      });
      expect(expected.length).toBeGreaterThan(0);
      expect(await featuredLibraryItems(actor, 3)).toEqual(expected);
    }
  });
});
