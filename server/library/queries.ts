import { loadCommunity } from "../communities/access.ts";
import { communityPermissions } from "../communities/policy.ts";
import { db } from "../db.ts";
import { forbidden, notFound } from "../errors.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { renderHtml, sanitizeRichText, ARTICLE_LIMITS, type RichTextState } from "../richtext/index.ts";
import { directQuery } from "../db/direct.ts";
import { isModerator } from "../moderation/roles.ts";
import { CASE_PARTS_SELECT, CATALOGUE_CARD_SELECT, cardsFor } from "./catalogue.ts";
import { assertNotHidden, itemContextFor, readableDocumentsWhere } from "./access.ts";
import { type Actor, authorizeLibrary, canReview, type LibraryPermissions } from "./policy.ts";
import { editableSelect } from "./commands.ts";
import { proposalChanges, readProposal } from "./proposals.ts";

const itemSelect = {
  ...CATALOGUE_CARD_SELECT,
  body: true,
  bodyText: true,
  authorId: true,
  communityId: true,
  hiddenAt: true,
  hiddenReason: true,
  mergedIntoId: true,
  returnComment: true,
  ...CASE_PARTS_SELECT,
  contactOptIn: true,
  publisher: true,
  publicationYear: true,
  documentId: true,
  submittedAt: true,
  archivedAt: true,
  createdAt: true,
  author: { select: { id: true, displayName: true, organisation: true, showOrganisation: true } },
  community: { select: { id: true, slug: true, name: true, kind: true, accessMode: true } },
  mergedInto: { select: { slug: true } },
  attachments: { select: { id: true, fileName: true, contentType: true, size: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.LibraryItemSelect;

function bodyState(raw: unknown): RichTextState | null {
  try {
    return sanitizeRichText(raw, ARTICLE_LIMITS);
  } catch {
    return null;
  }
}

/**
 * Everything the item page shows, after the access check. A merged duplicate
 * answers with the slug of the item it was merged into (the route redirects).
 */
export async function itemPage(actor: Actor, slug: string) {
  const item = await db().libraryItem.findUnique({ where: { slug }, select: itemSelect });
  if (!item) throw notFound();
  if (item.mergedInto) return { redirectTo: item.mergedInto.slug } as const;
  const context = await itemContextFor(actor, item);
  const permissions = authorizeLibrary(actor, context, "view");
  assertNotHidden(actor, item, permissions);
  const state = bodyState(item.body);
  // The community it came from is named only where the actor may know it exists.
  let community: { slug: string; name: string; kind: string } | null = null;
  if (item.community) {
    const visible = await loadCommunity(actor, item.community.slug, "view").then(
      () => true,
      () => false,
    );
    if (visible) community = { slug: item.community.slug, name: item.community.name, kind: item.community.kind };
  }
  const document = item.documentId ? await linkedDocument(actor, item.documentId) : null;
  const revisions = permissions.seeHistory
    ? await db().libraryRevision.findMany({
        where: { itemId: item.id },
        select: {
          id: true,
          action: true,
          changes: true,
          comment: true,
          createdAt: true,
          actor: { select: { id: true, displayName: true } },
        },
        orderBy: { createdAt: "desc" },
        take: 100,
      })
    : [];
  const proposal = await proposalView(item.id, permissions);
  const { body: _body, author, documentId: _documentId, ...rest } = item;
  return {
    redirectTo: null,
    proposal,
    item: {
      ...rest,
      document,
      returnComment: permissions.seeHistory ? item.returnComment : null,
      bodyHtml: state ? renderHtml(state, { headingOffset: 1 }) : "",
      bodyJson: state ? JSON.stringify(state) : null,
      author: author
        ? {
            id: author.id,
            displayName: author.displayName,
            // An anonymous case names no organisation, so the byline does not name the author's (decision 233).
            organisation: author.showOrganisation && !item.anonymous ? author.organisation : null,
          }
        : null,
      community,
    },
    context,
    permissions,
    revisions: revisions.map((revision) => ({ ...revision, changes: revision.changes as Record<string, { from: unknown; to: unknown }> })),
  };
}

/**
 * A proposed change to a published item (decision 102), for its author and
 * the moderators: when it was made, the moderator's comment if it went back,
 * and field by field what it would change.
 */
async function proposalView(itemId: string, permissions: LibraryPermissions) {
  if (!permissions.proposeChange && !permissions.reviewChange) return null;
  const row = await db().libraryItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { ...editableSelect, proposedChange: true, proposedAt: true, proposalComment: true },
  });
  const proposal = readProposal(row.proposedChange);
  if (!proposal || !row.proposedAt) return null;
  return { proposedAt: row.proposedAt.toISOString(), comment: row.proposalComment, changes: proposalChanges(row, proposal) };
}

/**
 * The stored values for the edit form. The author of a published item gets
 * the form too, to propose a change (`mode: "propose"`), filled with their
 * open proposal when there is one.
 */
export async function itemForEdit(actor: Actor, slug: string) {
  const item = await db().libraryItem.findUnique({
    where: { slug },
    select: { ...itemSelect, evidenceLevel: true, proposedChange: true, proposalComment: true },
  });
  if (!item || item.mergedIntoId) throw notFound();
  const context = await itemContextFor(actor, item);
  const permissions = authorizeLibrary(actor, context, "view");
  if (!permissions.edit && !permissions.proposeChange) throw forbidden();
  const mode = permissions.edit ? ("edit" as const) : ("propose" as const);
  const proposal = mode === "propose" ? readProposal(item.proposedChange) : null;
  const { body: _body, proposedChange: _proposed, ...rest } = item;
  if (proposal) {
    const state = proposal.body ? bodyState(proposal.body) : null;
    const themes = await db().theme.findMany({ where: { slug: { in: proposal.themes } }, select: { slug: true } });
    return {
      item: {
        ...rest,
        ...proposal.columns,
        bodyText: proposal.bodyText,
        themes: themes.map((theme) => ({ theme })),
        bodyJson: state ? JSON.stringify(state) : null,
      },
      permissions,
      mode,
      proposalComment: item.proposalComment,
      publishedTitle: item.title,
    };
  }
  const state = bodyState(item.body);
  return {
    item: { ...rest, bodyJson: state ? JSON.stringify(state) : null },
    permissions,
    mode,
    proposalComment: null,
    publishedTitle: item.title,
  };
}

export const LIBRARY_LIST_SELECT = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  title: true,
  summary: true,
  returnComment: true,
  submittedAt: true,
  updatedAt: true,
  createdAt: true,
  reviewDate: true,
  proposedAt: true,
  evidenceLevel: true,
  featured: true,
  goodExample: true,
  author: { select: { id: true, displayName: true } },
  community: { select: { slug: true, name: true } },
} as const satisfies Prisma.LibraryItemSelect;

type ListItem = Prisma.LibraryItemGetPayload<{ select: typeof LIBRARY_LIST_SELECT }>;
type ListRow = Omit<ListItem, "author" | "community"> & {
  authorId: string | null;
  authorName: string | null;
  communitySlug: string | null;
  communityName: string | null;
};

// The conditions and order of the Prisma read it replaced, as one prepared statement on pg (decision 267):
// every member's /bibliotheek asks it, nearly always to find nothing. The review date is a date column,
// read as midnight UTC as Prisma gives it.
const MY_LIBRARY_ITEMS_SELECT = `SELECT i."id", i."slug", i."kind"::text AS "kind", i."status"::text AS "status", i."title",
    i."summary", i."returnComment", i."submittedAt", i."updatedAt", i."createdAt", i."reviewDate"::timestamp AS "reviewDate",
    i."proposedAt", i."evidenceLevel"::text AS "evidenceLevel", i."featured", i."goodExample",
    a."id" AS "authorId", a."displayName" AS "authorName", c."slug" AS "communitySlug", c."name" AS "communityName"
  FROM "LibraryItem" i
  LEFT JOIN "User" a ON a."id" = i."authorId"
  LEFT JOIN "Community" c ON c."id" = i."communityId"
  WHERE i."authorId" = $1 AND i."mergedIntoId" IS NULL AND i."status" IN ('DRAFT', 'SUBMITTED', 'RETURNED')
  ORDER BY i."updatedAt" DESC
  LIMIT 50`;

const MY_LIBRARY_ITEMS = `/* prepared */ ${MY_LIBRARY_ITEMS_SELECT}`;

const listItem = ({ authorId, authorName, communitySlug, communityName, ...item }: ListRow): ListItem => ({
  ...item,
  author: authorId === null ? null : { id: authorId, displayName: authorName! },
  community: communitySlug === null ? null : { slug: communitySlug, name: communityName! },
});

/** The actor's own items that are not (yet) published: concepts, in review, returned. */
export async function myLibraryItems(actor: NonNullable<Actor>): Promise<ListItem[]> {
  const rows = await directQuery<ListRow>(MY_LIBRARY_ITEMS, [actor.id]);
  return rows.map(listItem);
}

/**
 * The moderators' queue: what waits for review (oldest first), what was
 * returned and waits for its author, and published items past their review
 * date. Facilitators see the submissions from their own communities, other than their own.
 */
export async function reviewQueue(actor: NonNullable<Actor>, today = new Date()) {
  const moderator = isModerator(actor);
  const facilitated = moderator
    ? []
    : (await db().membership.findMany({ where: { userId: actor.id, role: "FACILITATOR" }, select: { communityId: true } })).map(
        (m) => m.communityId,
      );
  if (!canReview(actor, facilitated.length > 0)) throw notFound();
  const scope: Prisma.LibraryItemWhereInput = moderator ? {} : { communityId: { in: facilitated } };
  // A facilitator does not review their own submission (the policy lets only others return it, walk 18).
  const waitingScope: Prisma.LibraryItemWhereInput = moderator
    ? {}
    : { ...scope, OR: [{ authorId: null }, { authorId: { not: actor.id } }] };
  const startOfToday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const [waiting, returned, overdue, featured, proposals] = await Promise.all([
    db().libraryItem.findMany({
      where: { ...waitingScope, status: "SUBMITTED", mergedIntoId: null },
      select: LIBRARY_LIST_SELECT,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: 200,
    }),
    db().libraryItem.findMany({
      where: { ...scope, status: "RETURNED", mergedIntoId: null },
      select: LIBRARY_LIST_SELECT,
      orderBy: [{ updatedAt: "asc" }],
      take: 200,
    }),
    moderator
      ? db().libraryItem.findMany({
          where: { status: "PUBLISHED", mergedIntoId: null, reviewDate: { lt: startOfToday } },
          select: LIBRARY_LIST_SELECT,
          orderBy: [{ reviewDate: "asc" }, { id: "asc" }],
          take: 200,
        })
      : Promise.resolve([]),
    moderator
      ? db().libraryItem.findMany({
          where: { status: "PUBLISHED", mergedIntoId: null, OR: [{ featured: true }, { goodExample: true }] },
          select: LIBRARY_LIST_SELECT,
          orderBy: { title: "asc" },
          take: 100,
        })
      : Promise.resolve([]),
    // Changes authors proposed to published items, not yet decided on (decision 102).
    moderator
      ? db().libraryItem.findMany({
          where: { status: "PUBLISHED", mergedIntoId: null, proposedAt: { not: null }, proposalComment: null },
          select: LIBRARY_LIST_SELECT,
          orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
          take: 200,
        })
      : Promise.resolve([]),
  ]);
  return { moderator, waiting, returned, overdue, featured, proposals };
}

// What waits for moderators (submissions and proposed changes not yet decided on), and for a facilitator
// the submissions from their communities by others; on pg as the member's /bibliotheek asks it every time (decision 267).
const REVIEW_COUNT_MODERATOR_SELECT = `SELECT count(*)::int AS "n" FROM "LibraryItem" i
  WHERE i."mergedIntoId" IS NULL
    AND (i."status" = 'SUBMITTED' OR (i."status" = 'PUBLISHED' AND i."proposedAt" IS NOT NULL AND i."proposalComment" IS NULL))`;
const REVIEW_COUNT_FACILITATOR_SELECT = `SELECT count(*)::int AS "n" FROM "LibraryItem" i
  WHERE i."status" = 'SUBMITTED' AND i."mergedIntoId" IS NULL
    AND (i."authorId" IS NULL OR i."authorId" <> $1)
    AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = i."communityId" AND m."userId" = $1 AND m."role" = 'FACILITATOR')`;
const REVIEW_COUNT_MODERATOR = `/* prepared */ ${REVIEW_COUNT_MODERATOR_SELECT}`;
const REVIEW_COUNT_FACILITATOR = `/* prepared */ ${REVIEW_COUNT_FACILITATOR_SELECT}`;

// Both of /bibliotheek's reads for a member in one statement (decision 321): the count, and beside it the
// member's own items in their order, or one row of nulls when they have none. Two fixed texts, as above.
const mineWithCount = (count: string) => `/* prepared */ SELECT w."n" AS "waiting", mine.* FROM (${count}) w
  LEFT JOIN LATERAL (${MY_LIBRARY_ITEMS_SELECT}) mine ON true
  ORDER BY mine."updatedAt" DESC`;
const MINE_WITH_COUNT_MODERATOR = mineWithCount(REVIEW_COUNT_MODERATOR_SELECT);
const MINE_WITH_COUNT_FACILITATOR = mineWithCount(REVIEW_COUNT_FACILITATOR_SELECT);

/** How many submissions wait for this actor (0 for members who review nothing). */
export async function reviewCount(actor: NonNullable<Actor>): Promise<number> {
  const [row] = isModerator(actor)
    ? await directQuery<{ n: number }>(REVIEW_COUNT_MODERATOR, [])
    : await directQuery<{ n: number }>(REVIEW_COUNT_FACILITATOR, [actor.id]);
  return row?.n ?? 0;
}

/**
 * myLibraryItems and reviewCount in one statement (decision 321): the same items in the same order and
 * the same count, by the same conditions (the texts above, put together); for the member's /bibliotheek.
 */
export async function myLibraryItemsAndReviewCount(actor: NonNullable<Actor>): Promise<{ mine: ListItem[]; waiting: number }> {
  const rows = await directQuery<{ waiting: number } & { [K in keyof ListRow]: ListRow[K] | null }>(
    isModerator(actor) ? MINE_WITH_COUNT_MODERATOR : MINE_WITH_COUNT_FACILITATOR,
    [actor.id],
  );
  return {
    mine: rows.flatMap(({ waiting: _waiting, ...row }) => (row.id === null ? [] : [listItem(row as ListRow)])),
    waiting: rows[0]?.waiting ?? 0,
  };
}

// Hidden by moderation (issue 8): out of every listing, also where other areas link to items (knowledge questions' answers).
export const publishedFor = (actor: Actor): Prisma.LibraryItemWhereInput => ({
  status: "PUBLISHED",
  mergedIntoId: null,
  hiddenAt: null,
  ...(actor ? {} : { publicOnWeb: true }),
});

const FEATURED = `/* prepared */ SELECT i."id" FROM "LibraryItem" i
    WHERE i."status"::text = 'PUBLISHED' AND i."mergedIntoId" IS NULL AND i."hiddenAt" IS NULL AND ($1::boolean OR i."publicOnWeb")
      AND (i."featured" OR i."goodExample")
    ORDER BY i."featured" DESC, i."goodExample" DESC, i."publishedAt" DESC LIMIT $2`;

/** A few featured items for the home page: "goed voorbeeld" and featured first, newest first. */
export async function featuredLibraryItems(actor: Actor, take = 3) {
  // The ids on pg, the cards as the catalogue's (decision 218): the conditions of publishedFor, written as SQL.
  const rows = await directQuery<{ id: string }>(FEATURED, [actor !== null, take]);
  return cardsFor(rows.map((row) => row.id));
}

/** The showcase of a do-network: the published cases of its employers, good examples first. */
export async function networkShowcase(actor: Actor, communitySlug: string) {
  const { community, permissions } = await loadCommunity(actor, communitySlug, "view");
  if (community.kind !== "DO_NETWORK") throw notFound();
  const cases = await db().libraryItem.findMany({
    where: { ...publishedFor(actor), kind: "PRAKTIJKCASE", communityId: community.id },
    select: { ...CATALOGUE_CARD_SELECT, challenge: true },
    orderBy: [{ goodExample: "desc" }, { publishedAt: "desc" }],
    take: 100,
  });
  return { community, permissions, cases };
}

/** Communities the actor may submit from (where they participate). */
export async function submittableCommunities(actor: NonNullable<Actor>) {
  const memberships = await db().membership.findMany({
    where: { userId: actor.id },
    select: { role: true, community: { select: { id: true, slug: true, name: true, kind: true, accessMode: true } } },
    orderBy: { community: { name: "asc" } },
  });
  return memberships
    .filter((m) => communityPermissions(actor, { accessMode: m.community.accessMode, role: m.role }).participate)
    .map((m) => ({ id: m.community.id, slug: m.community.slug, name: m.community.name, kind: m.community.kind }));
}

export async function libraryThemes() {
  return db().theme.findMany({ select: { id: true, slug: true, nameNl: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
}

export type LinkedDocumentView =
  | { readable: true; title: string; url: string; community: string }
  /** The viewer may not read it: only where it lives, and the community's name only when the viewer may know it exists. */
  | { readable: false; community: string | null };

/** A handreiking's linked shared document, as far as this viewer may see it (docs/decisions/083). */
export async function linkedDocument(actor: Actor, documentId: string): Promise<LinkedDocumentView | null> {
  const document = await db().document.findUnique({
    where: { id: documentId },
    select: { id: true, title: true, communityId: true, community: { select: { slug: true, name: true } } },
  });
  if (!document) return null;
  if (await db().document.count({ where: { AND: [{ id: document.id }, await readableDocumentsWhere(actor)] } })) {
    return {
      readable: true,
      title: document.title,
      url: `/communities/${document.community.slug}/documenten/${document.id}`,
      community: document.community.name,
    };
  }
  const visible = await loadCommunity(actor, document.community.slug, "view").then(
    () => true,
    () => false,
  );
  return { readable: false, community: visible ? document.community.name : null };
}

/** Documents a member may link from a handreiking: those of communities they can read, newest first. */
export async function linkableDocuments(actor: NonNullable<Actor>, includeId: string | null = null) {
  const rows = await db().document.findMany({
    where: { OR: [await readableDocumentsWhere(actor), ...(includeId ? [{ id: includeId }] : [])] },
    select: { id: true, title: true, community: { select: { name: true } } },
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
  });
  return rows.map((row) => ({ id: row.id, label: `${row.title} (${row.community.name})` }));
}
