/**
 * The published library as a filterable catalogue: the menukaart (published
 * interventions) and the library overview. Filters and facet counts run in
 * SQL; a facet's counts apply every other filter but its own, so each count
 * says how many results that choice would give.
 * See docs/decisions/042-menukaart-facets-in-sql.md.
 */
import { type EnumFilterName, EVIDENCE_LEVELS, LIBRARY_FILTERS, LIBRARY_KINDS, type LibraryFilters } from "~/shared/library.ts";
import { directQuery, directSql } from "../db/direct.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Actor } from "./policy.ts";

export type FacetName = EnumFilterName | "theme";
export type Facets = Record<FacetName, Record<string, number>>;

/** Enum filters: the column, whether it is an array, and its Postgres type. */
const ENUM_COLUMNS: Record<EnumFilterName, { column: string; array: boolean; type: string }> = {
  kind: { column: "kind", array: false, type: "LibraryItemKind" },
  phase: { column: "phases", array: true, type: "LibraryPhase" },
  targetGroup: { column: "targetGroups", array: true, type: "LibraryTargetGroup" },
  sector: { column: "sectors", array: true, type: "LibrarySector" },
  size: { column: "organisationSizes", array: true, type: "LibraryOrganisationSize" },
  evidence: { column: "evidenceLevel", array: false, type: "LibraryEvidenceLevel" },
};

const ENUM_FILTERS = Object.keys(LIBRARY_FILTERS) as EnumFilterName[];

/** What every catalogue query starts from: published, not merged, and for visitors only what is open to the web. */
function visibility(actor: Actor): Prisma.Sql {
  // Hidden by moderation: out of every listing (issue 8).
  const base = Prisma.sql`i."status" = 'PUBLISHED' AND i."mergedIntoId" IS NULL AND i."hiddenAt" IS NULL`;
  return actor ? base : Prisma.sql`${base} AND i."publicOnWeb" = true`;
}

function enumCondition(name: EnumFilterName, values: readonly string[]): Prisma.Sql {
  const { column, array, type } = ENUM_COLUMNS[name];
  const list = Prisma.sql`CAST(${values as string[]} AS ${Prisma.raw(`"${type}"[]`)})`;
  return array ? Prisma.sql`i.${Prisma.raw(`"${column}"`)} && ${list}` : Prisma.sql`i.${Prisma.raw(`"${column}"`)} = ANY(${list})`;
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The WHERE clause for the filters, leaving out one facet's own filter when counting that facet. */
function whereFor(actor: Actor, filters: LibraryFilters, except?: FacetName): Prisma.Sql {
  const parts: Prisma.Sql[] = [visibility(actor)];
  for (const name of ENUM_FILTERS) {
    if (name !== except && filters[name].length) parts.push(enumCondition(name, filters[name]));
  }
  if (except !== "theme" && filters.themes.length) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "LibraryItemTheme" it JOIN "Theme" th ON th."id" = it."themeId" WHERE it."itemId" = i."id" AND th."slug" = ANY(${filters.themes}))`,
    );
  }
  if (filters.tag) parts.push(Prisma.sql`${filters.tag} = ANY(i."tags")`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    parts.push(
      Prisma.sql`(i."title" ILIKE ${pattern} OR i."summary" ILIKE ${pattern} OR i."bodyText" ILIKE ${pattern} OR ${filters.q.toLowerCase()} = ANY(i."tags"))`,
    );
  }
  return Prisma.join(parts, " AND ");
}

/** Counts per value of every facet, each with the other filters applied. One round trip. */
export async function facetCounts(actor: Actor, filters: LibraryFilters): Promise<Facets> {
  const selects: Prisma.Sql[] = ENUM_FILTERS.map((name) => {
    const { column, array } = ENUM_COLUMNS[name];
    const where = whereFor(actor, filters, name);
    return array
      ? Prisma.sql`SELECT ${name}::text AS facet, v::text AS value, count(*)::int AS n FROM "LibraryItem" i CROSS JOIN LATERAL unnest(i.${Prisma.raw(`"${column}"`)}) AS v WHERE ${where} GROUP BY v`
      : Prisma.sql`SELECT ${name}::text AS facet, i.${Prisma.raw(`"${column}"`)}::text AS value, count(*)::int AS n FROM "LibraryItem" i WHERE ${where} AND i.${Prisma.raw(`"${column}"`)} IS NOT NULL GROUP BY i.${Prisma.raw(`"${column}"`)}`;
  });
  selects.push(
    Prisma.sql`SELECT 'theme'::text AS facet, th."slug" AS value, count(*)::int AS n FROM "LibraryItem" i JOIN "LibraryItemTheme" it ON it."itemId" = i."id" JOIN "Theme" th ON th."id" = it."themeId" WHERE ${whereFor(actor, filters, "theme")} GROUP BY th."slug"`,
  );
  const rows = await directSql<{ facet: FacetName; value: string; n: number }>(Prisma.join(selects, " UNION ALL "));
  const facets = Object.fromEntries([...ENUM_FILTERS, "theme"].map((name) => [name, {} as Record<string, number>])) as Facets;
  for (const row of rows) facets[row.facet][row.value] = row.n;
  return facets;
}

export type CatalogueSort = "recent" | "evidence" | "title";

/** The ids of matching items, in order, and the total. */
export async function matchingIds(
  actor: Actor,
  filters: LibraryFilters,
  options: { sort: CatalogueSort; limit: number; offset?: number },
): Promise<{ ids: string[]; total: number }> {
  const where = whereFor(actor, filters);
  // Evidence sorts highest first (the enum's declared order runs lowest to highest), unassessed last.
  const order =
    options.sort === "evidence"
      ? Prisma.sql`i."evidenceLevel" DESC NULLS LAST, i."featured" DESC, lower(i."title") ASC`
      : options.sort === "title"
        ? Prisma.sql`lower(i."title") ASC, i."id"`
        : Prisma.sql`i."featured" DESC, i."publishedAt" DESC NULLS LAST, i."id"`;
  // The page and the total in one statement (decision 282; they were two): every row carries the count of all
  // matches. A page past the end has no row to carry it, so only then is it counted on its own.
  const rows = await directSql<{ id: string; total: number }>(
    Prisma.sql`SELECT i."id", count(*) OVER ()::int AS "total" FROM "LibraryItem" i WHERE ${where} ORDER BY ${order} LIMIT ${options.limit} OFFSET ${options.offset ?? 0}`,
  );
  const total =
    rows[0]?.total ??
    (options.offset
      ? ((await directSql<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM "LibraryItem" i WHERE ${where}`))[0]?.n ?? 0)
      : 0);
  return { ids: rows.map((row) => row.id), total };
}

/** The parts of a practice case (PRAKTIJKCASE) beyond the common fields: who, where, and its five sections. */
export const CASE_PARTS_SELECT = {
  organisationName: true,
  anonymous: true,
  region: true,
  challenge: true,
  approach: true,
  results: true,
  resultsMeasurement: true,
  lessons: true,
} as const satisfies Prisma.LibraryItemSelect;

export const CATALOGUE_CARD_SELECT = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  title: true,
  summary: true,
  tags: true,
  phases: true,
  targetGroups: true,
  sectors: true,
  organisationSizes: true,
  evidenceLevel: true,
  costLevel: true,
  effort: true,
  howToStart: true,
  contact: true,
  organisationName: true,
  anonymous: true,
  region: true,
  featured: true,
  goodExample: true,
  publicOnWeb: true,
  reviewDate: true,
  sourceReferences: true,
  externalUrl: true,
  publishedAt: true,
  updatedAt: true,
  themes: { select: { theme: { select: { slug: true, nameNl: true, nameEn: true } } } },
} as const satisfies Prisma.LibraryItemSelect;

export type CatalogueCard = Prisma.LibraryItemGetPayload<{ select: typeof CATALOGUE_CARD_SELECT }>;

/*
 * The cards of CATALOGUE_CARD_SELECT in one prepared statement on pg (decision 218) instead of three through
 * Prisma (the items, their theme links, the themes). Enum arrays come as text[] (pg does not know the enum
 * array types), the review date (a date) as midnight UTC as Prisma gives it. An item's themes come in the
 * order their rows are stored, the order Prisma's unordered read of the links gave them.
 */
const CARDS = `/* prepared */ SELECT i."id", i."slug", i."kind"::text AS "kind", i."status"::text AS "status", i."title", i."summary", i."tags",
      i."phases"::text[] AS "phases", i."targetGroups"::text[] AS "targetGroups", i."sectors"::text[] AS "sectors",
      i."organisationSizes"::text[] AS "organisationSizes", i."evidenceLevel"::text AS "evidenceLevel", i."costLevel"::text AS "costLevel",
      i."effort", i."howToStart", i."contact", i."organisationName", i."anonymous", i."region", i."featured", i."goodExample",
      i."publicOnWeb", i."reviewDate"::timestamp AS "reviewDate", i."sourceReferences", i."externalUrl", i."publishedAt", i."updatedAt",
      COALESCE((SELECT json_agg(json_build_object('theme', json_build_object('slug', th."slug", 'nameNl', th."nameNl", 'nameEn', th."nameEn")) ORDER BY it.ctid)
                  FROM "LibraryItemTheme" it JOIN "Theme" th ON th."id" = it."themeId" WHERE it."itemId" = i."id"), '[]'::json) AS "themes"
    FROM "LibraryItem" i WHERE i."id" = ANY($1::text[])`;

/** Loads rows for ids and keeps the order of the ids. */
export async function cardsFor(ids: string[]): Promise<CatalogueCard[]> {
  if (!ids.length) return [];
  const rows = await directQuery<CatalogueCard>(CARDS, [ids]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is NonNullable<typeof row> => row !== undefined);
}

export const LIBRARY_PAGE_SIZE = 24;
export const MENUKAART_MAX = 500;

/** The library overview: any kind, paged, newest first. */
export async function libraryCatalogue(actor: Actor, filters: LibraryFilters, page = 1) {
  const safePage = Math.max(1, Math.min(page, 1000));
  const [{ ids, total }, facets] = await Promise.all([
    matchingIds(actor, filters, { sort: "recent", limit: LIBRARY_PAGE_SIZE, offset: (safePage - 1) * LIBRARY_PAGE_SIZE }),
    facetCounts(actor, filters),
  ]);
  return { items: await cardsFor(ids), total, facets, page: safePage, pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}

/** The menukaart: published interventions, strongest evidence first. */
export async function menukaart(actor: Actor, filters: LibraryFilters) {
  const scoped: LibraryFilters = { ...filters, kind: ["INTERVENTIE"] };
  const [{ ids, total }, facets] = await Promise.all([
    matchingIds(actor, scoped, { sort: "evidence", limit: MENUKAART_MAX }),
    facetCounts(actor, scoped),
  ]);
  return { items: await cardsFor(ids), total, facets };
}

export { EVIDENCE_LEVELS, LIBRARY_KINDS };
