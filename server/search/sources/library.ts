/**
 * Library items: published ones only (drafts, submissions, returned and
 * archived items are never indexed, so no query can find them). Not tied to
 * a community: items shown on the open web (publicOnWeb) are public, the rest
 * are for logged-in members, as on the item page (server/library/policy.ts).
 * The library's evidence scale maps onto the search facet; the first theme
 * (by the theme order) is the item's theme facet.
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { EvidenceLevel } from "~/shared/search.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";
import { listedWhere, visibilityOf } from "./registry.ts";

const EVIDENCE: Record<string, EvidenceLevel> = {
  PRAKTIJKERVARING: "practice",
  GOED_BESCHREVEN: "described",
  GOED_ONDERBOUWD: "substantiated",
  EFFECTIEF: "effective",
};

/** What the library adapter lists: published, not merged into another item, not hidden by a moderator. */
const indexable = () => listedWhere<Prisma.LibraryItemWhereInput>("libraryItem");

const select = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  bodyText: true,
  tags: true,
  evidenceLevel: true,
  howToStart: true,
  organisationName: true,
  anonymous: true,
  challenge: true,
  approach: true,
  results: true,
  lessons: true,
  publisher: true,
  publishedAt: true,
  updatedAt: true,
  themes: { select: { theme: { select: { id: true, sortOrder: true } } } },
} as const;

async function versionsWhere(where: Prisma.LibraryItemWhereInput, take?: number): Promise<SourceVersion[]> {
  const rows = await db().libraryItem.findMany({
    where: { AND: [await indexable(), where] },
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map((row) => ({ id: row.id, version: row.updatedAt.getTime() }));
}

export const librarySource: SearchSource = {
  kind: "library",

  async load(ids) {
    const rows = await db().libraryItem.findMany({ where: { AND: [{ id: { in: ids } }, await indexable()] }, select });
    // Public on the open web (publicOnWeb) or for members: the adapter's rule for a visitor.
    const visibility = await visibilityOf("libraryItem", ids);
    return rows.map((row): SearchDocument => {
      const themes = row.themes.map((link) => link.theme).sort((a, b) => a.sortOrder - b.sortOrder);
      const body = [
        row.summary,
        row.bodyText,
        row.anonymous ? null : row.organisationName,
        row.challenge,
        row.approach,
        row.results,
        row.lessons,
        row.howToStart,
        row.publisher,
        row.tags.join(", "),
      ].filter((part): part is string => Boolean(part));
      return {
        kind: "library",
        recordId: row.id,
        title: row.title,
        body: body.join("\n"),
        url: paths.libraryItem(row.slug),
        communityId: null,
        themeId: themes[0]?.id ?? null,
        evidenceLevel: row.evidenceLevel ? (EVIDENCE[row.evidenceLevel] ?? null) : null,
        accessCommunityId: null,
        visibility: visibility(row.id),
        date: row.publishedAt ?? row.updatedAt,
        version: row.updatedAt.getTime(),
      };
    });
  },

  list(afterId, limit) {
    return versionsWhere(afterId ? { id: { gt: afterId } } : {}, limit);
  },

  async count() {
    return db().libraryItem.count({ where: await indexable() });
  },

  versions(ids) {
    return versionsWhere({ id: { in: ids } });
  },

  triggers: {
    "libraryItem.created": ({ itemId }) => [itemId],
    "libraryItem.updated": ({ itemId }) => [itemId],
    "libraryItem.transitioned": ({ itemId }) => [itemId],
    // The duplicate leaves the index (archived); the item kept gains its tags, themes and attachments.
    "libraryItem.merged": ({ itemId, intoId }) => [itemId, intoId],
    "libraryItem.deleted": ({ itemId }) => [itemId],
    // Account deletion: their items are removed (and leave the index) or kept without author (decision 066).
    "user.deleted": ({ libraryItemIds }) => libraryItemIds,
    "moderation.action": ({ targetKind, targetId }) => (targetKind === "LIBRARY_ITEM" ? [targetId] : []),
  },
};
