import { randomBytes } from "node:crypto";
import { requireVerifiedEmail } from "../accounts/verification.ts";
import type { LibraryCurationInput, LibraryItemInput } from "~/shared/forms/library.ts";
import { emptyBodyMessage, type LibraryKindValue } from "~/shared/library.ts";
import { dutchDay, parseDay } from "~/shared/dates.ts";
import { loadCommunityById } from "../communities/access.ts";
import { db, type DbClient, type Prisma } from "../db.ts";
import { AppError, badInput, conflict, notFound } from "../errors.ts";
import { emit, transaction, type Tx } from "../events.ts";
import { plainText, type RichTextState } from "../richtext/index.ts";
import { fileStorage } from "../storage/index.ts";
import { contextSelect, itemContextFor, loadItem, readableDocumentsWhere } from "./access.ts";
import { CASE_PARTS_SELECT } from "./catalogue.ts";
import { type Actor, authorizeTransition, type TransitionName } from "./policy.ts";
import { diffFields, recordItemUpdate, recordRevision, type RevisionAction } from "./revisions.ts";

type SignedIn = NonNullable<Actor>;

/** How long a published intervention goes before its evidence is looked at again, when no date is set. */
export const DEFAULT_REVIEW_MONTHS = 24;

/** "Anoniem solliciteren: zo begin je" → "anoniem-solliciteren-zo-begin-je" */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "item";
}

/** Call inside a transaction: the lock below lasts until it ends. */
async function uniqueSlug(client: DbClient, title: string): Promise<string> {
  const base = slugify(title);
  // "nieuw" and "beheer" are pages of their own under /bibliotheek.
  const reserved = new Set(["nieuw", "beheer", "bijlage"]);
  // The same form sent twice at once (a double click without JavaScript) would find the same slug free and
  // end in a unique-key 500: whoever comes second waits here and then sees the first one's row.
  await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`library-slug:${base}`}))`;
  if (!reserved.has(base) && !(await client.libraryItem.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = `${base.slice(0, 72)}-${randomBytes(3).toString("hex")}`;
    if (!(await client.libraryItem.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  throw conflict("library.errors.slug");
}

/** The fields each kind has; the others are cleared, so a changed form never leaves stale data behind. */
const KIND_FIELDS: Record<LibraryKindValue, (keyof LibraryItemInput)[]> = {
  INTERVENTIE: [
    "phases",
    "targetGroups",
    "sectors",
    "organisationSizes",
    "sourceReferences",
    "costLevel",
    "effort",
    "howToStart",
    "contact",
  ],
  PRAKTIJKCASE: [
    "phases",
    "targetGroups",
    "sectors",
    "organisationSizes",
    "organisationName",
    "anonymous",
    "region",
    "challenge",
    "approach",
    "results",
    "resultsMeasurement",
    "lessons",
    "contactOptIn",
  ],
  HANDREIKING: ["phases", "targetGroups", "externalUrl", "publisher", "documentId"],
  ONDERZOEK: ["externalUrl", "publisher", "publicationYear", "sourceReferences"],
  VEELGESTELDE_VRAAG: [],
};

const EMPTY: Partial<Record<keyof LibraryItemInput, unknown>> = {
  phases: [],
  targetGroups: [],
  sectors: [],
  organisationSizes: [],
  sourceReferences: [],
  costLevel: null,
  effort: null,
  howToStart: null,
  contact: null,
  organisationName: null,
  anonymous: false,
  region: null,
  challenge: null,
  approach: null,
  results: null,
  resultsMeasurement: null,
  lessons: null,
  contactOptIn: false,
  externalUrl: null,
  publisher: null,
  publicationYear: null,
  documentId: null,
};

/** The stored columns for a kind, from validated form input. */
export function columnsFor(kind: LibraryKindValue, input: LibraryItemInput) {
  const own = new Set(KIND_FIELDS[kind]);
  const value = <K extends keyof LibraryItemInput>(key: K): LibraryItemInput[K] =>
    own.has(key) ? input[key] : (EMPTY[key] as LibraryItemInput[K]);
  const anonymous = value("anonymous");
  return {
    title: input.title,
    summary: input.summary,
    tags: input.tags,
    publicOnWeb: input.publicOnWeb,
    phases: value("phases"),
    targetGroups: value("targetGroups"),
    sectors: value("sectors"),
    organisationSizes: value("organisationSizes"),
    sourceReferences: value("sourceReferences"),
    costLevel: value("costLevel"),
    effort: value("effort"),
    howToStart: value("howToStart"),
    contact: value("contact"),
    anonymous,
    organisationName: anonymous ? null : value("organisationName"),
    region: value("region"),
    challenge: value("challenge"),
    approach: value("approach"),
    results: value("results"),
    resultsMeasurement: value("resultsMeasurement"),
    lessons: value("lessons"),
    contactOptIn: value("contactOptIn"),
    externalUrl: value("externalUrl"),
    publisher: value("publisher"),
    publicationYear: value("publicationYear"),
    documentId: value("documentId"),
  };
}

/**
 * A linked document must exist and be readable by the one who links it (its
 * community's readers): nobody can point at, and so learn the title of, a
 * document they may not see. An unchanged link is kept even when the editor
 * (a moderator reviewing, say) could not pick it themselves.
 */
export async function checkDocumentLink(actor: SignedIn, documentId: string | null, unchanged: string | null = null): Promise<void> {
  if (!documentId || documentId === unchanged) return;
  const document = await db().document.findFirst({
    where: { AND: [{ id: documentId }, await readableDocumentsWhere(actor)] },
    select: { id: true },
  });
  if (!document) {
    throw new AppError(422, "library.errors.documentNotReadable", { field: "documentId" });
  }
}

export async function themeIdsFor(client: DbClient, slugs: string[]): Promise<{ ids: string[]; slugs: string[] }> {
  const themes = await client.theme.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true },
    orderBy: { sortOrder: "asc" },
  });
  if (themes.length !== slugs.length || themes.length === 0) throw new AppError(422, "library.errors.themeRequired", { field: "themes" });
  return { ids: themes.map((t) => t.id), slugs: themes.map((t) => t.slug) };
}

export function bodyColumns(body: RichTextState | null) {
  const state: RichTextState = body ?? { root: { type: "root", version: 1, direction: null, format: "", indent: 0, children: [] } };
  return { body: state as unknown as Prisma.InputJsonValue, bodyText: body ? plainText(body) : "" };
}

/** Cases may leave the free text empty (their own fields carry the story); other kinds need a body. */
export function bodyRequired(kind: LibraryKindValue): boolean {
  return kind !== "PRAKTIJKCASE";
}

export async function createItem(actor: SignedIn, input: LibraryItemInput, body: RichTextState | null, options: { submit?: boolean } = {}) {
  // Sharing a case needs a verified address (decision 110).
  await requireVerifiedEmail(actor.id);
  if (!body && bodyRequired(input.kind)) throw new AppError(422, emptyBodyMessage(input.kind), { field: "body" });
  if (input.communityId) await loadCommunityById(actor, input.communityId, "participate");
  await checkDocumentLink(actor, columnsFor(input.kind, input).documentId);
  return transaction(async (tx) => {
    const themes = await themeIdsFor(tx, input.themes);
    const columns = columnsFor(input.kind, input);
    const item = await tx.libraryItem.create({
      data: {
        ...columns,
        ...bodyColumns(body),
        slug: await uniqueSlug(tx, input.title),
        kind: input.kind,
        status: options.submit ? "SUBMITTED" : "DRAFT",
        submittedAt: options.submit ? new Date() : null,
        authorId: actor.id,
        communityId: input.communityId,
        themes: { create: themes.ids.map((themeId) => ({ themeId })) },
      },
      select: contextSelect,
    });
    await recordRevision(tx, { itemId: item.id, actorId: actor.id, action: "created", changes: { status: { from: null, to: "DRAFT" } } });
    if (options.submit)
      await recordRevision(tx, {
        itemId: item.id,
        actorId: actor.id,
        action: "submitted",
        changes: { status: { from: "DRAFT", to: "SUBMITTED" } },
      });
    await emit(tx, "libraryItem.created", {
      itemId: item.id,
      kind: input.kind,
      status: item.status,
      authorId: actor.id,
      communityId: item.communityId,
    });
    return item;
  });
}

export const editableSelect = {
  ...contextSelect,
  summary: true,
  bodyText: true,
  tags: true,
  phases: true,
  targetGroups: true,
  sectors: true,
  organisationSizes: true,
  sourceReferences: true,
  costLevel: true,
  effort: true,
  howToStart: true,
  contact: true,
  ...CASE_PARTS_SELECT,
  contactOptIn: true,
  externalUrl: true,
  publisher: true,
  publicationYear: true,
  documentId: true,
  evidenceLevel: true,
  reviewDate: true,
  featured: true,
  goodExample: true,
  updatedAt: true,
  themes: { select: { theme: { select: { slug: true } } } },
} as const;

/** Saves an edit; the kind and the community an item came from do not change. Nothing changed, nothing recorded. */
export async function updateItem(actor: SignedIn, slug: string, input: LibraryItemInput, body: RichTextState | null) {
  const { item } = await loadItem(actor, { slug }, "edit");
  const kind = item.kind as LibraryKindValue;
  if (!body && bodyRequired(kind)) throw new AppError(422, emptyBodyMessage(kind), { field: "body" });
  const changed = await transaction(async (tx) => {
    const before = await tx.libraryItem.findUniqueOrThrow({ where: { id: item.id }, select: editableSelect });
    await checkDocumentLink(actor, columnsFor(kind, input).documentId, before.documentId);
    const themes = await themeIdsFor(tx, input.themes);
    const columns = columnsFor(kind, input);
    const bodyData = bodyColumns(body);
    const changes = diffFields(
      { ...before, themes: before.themes.map((t) => t.theme.slug) },
      { ...columns, bodyText: bodyData.bodyText, themes: themes.slugs },
    );
    if (Object.keys(changes).length === 0) return [];
    // Conditional on the version read: a concurrent edit in between makes this one fail instead of silently overwriting it.
    const updated = await tx.libraryItem.updateMany({
      where: { id: item.id, updatedAt: before.updatedAt },
      data: { ...columns, ...bodyData },
    });
    if (updated.count !== 1) throw conflict("library.errors.concurrentEdit");
    if (changes.themes) {
      await tx.libraryItemTheme.deleteMany({ where: { itemId: item.id } });
      await tx.libraryItemTheme.createMany({ data: themes.ids.map((themeId) => ({ itemId: item.id, themeId })) });
    }
    const fields = Object.keys(changes);
    await recordItemUpdate(tx, item, actor.id, { action: "edited", changes, fields, via: "edit" });
    return fields;
  });
  return { item, changed };
}

const REVISION_FOR: Record<TransitionName, RevisionAction> = {
  submit: "submitted",
  withdraw: "withdrawn",
  return: "returned",
  publish: "published",
  archive: "archived",
  restore: "restored",
};

/**
 * Moves an item through the workflow (server/library/policy.ts TRANSITIONS).
 * The status change is conditional on the status read, so two moderators
 * acting at once cannot both succeed.
 */
export async function transitionItem(actor: SignedIn, slug: string, transition: TransitionName, comment?: string | null) {
  const item = await db().libraryItem.findUnique({ where: { slug }, select: { ...contextSelect, publishedAt: true, reviewDate: true } });
  if (!item) throw notFound();
  const context = await itemContextFor(actor, item);
  const { to, needsComment } = authorizeTransition(actor, context, transition);
  const text = comment?.trim() || null;
  if (needsComment && !text) throw new AppError(422, "library.errors.commentRequired", { field: "comment" });
  const now = new Date();
  const data: Prisma.LibraryItemUpdateManyMutationInput = { status: to };
  if (transition === "submit") Object.assign(data, { submittedAt: now, returnComment: null });
  if (transition === "return") data.returnComment = text;
  if (transition === "publish" || transition === "restore") {
    Object.assign(data, { publishedAt: item.publishedAt ?? now, archivedAt: null, returnComment: null });
    if (item.kind === "INTERVENTIE" && !item.reviewDate) {
      const review = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + DEFAULT_REVIEW_MONTHS, now.getUTCDate()));
      data.reviewDate = review;
    }
  }
  if (transition === "archive") data.archivedAt = now;
  // The author hears of a send-back or publication from the notifications processor.
  await transaction(async (tx) => {
    const moved = await tx.libraryItem.updateMany({ where: { id: item.id, status: item.status }, data });
    if (moved.count !== 1) throw new AppError(409, "library.errors.wrongState");
    await recordRevision(tx, {
      itemId: item.id,
      actorId: actor.id,
      action: REVISION_FOR[transition],
      changes: { status: { from: item.status, to } },
      comment: text,
    });
    await emit(tx, "libraryItem.transitioned", {
      itemId: item.id,
      transition,
      from: item.status,
      to,
      actorId: actor.id,
      authorId: item.authorId,
    });
  });
  return { item, to };
}

/**
 * Moderation removes an item (a report's "delete"): archived as a curator
 * archives it, from whatever status it has, with its revision and the event
 * saying where it really came from. Inside the moderation's transaction; the
 * audit line is the moderation action's. False when it was archived already.
 */
export async function archiveItemForModeration(tx: Tx, itemId: string, actorId: string, reason: string): Promise<boolean> {
  const item = await tx.libraryItem.findUnique({ where: { id: itemId }, select: { id: true, status: true, authorId: true } });
  if (!item || item.status === "ARCHIVED") return false;
  const moved = await tx.libraryItem.updateMany({
    where: { id: item.id, status: item.status },
    data: { status: "ARCHIVED", archivedAt: new Date() },
  });
  if (moved.count !== 1) return false;
  await recordRevision(tx, {
    itemId: item.id,
    actorId,
    action: "archived",
    changes: { status: { from: item.status, to: "ARCHIVED" } },
    comment: reason,
  });
  await emit(tx, "libraryItem.transitioned", {
    itemId: item.id,
    transition: "archive",
    from: item.status,
    to: "ARCHIVED",
    actorId,
    authorId: item.authorId,
    via: "moderation",
  });
  return true;
}

/**
 * Moderators set the recognition level, the review date and the showcase marks. A review date
 * is set from today (Dutch time) on: a day in the past would put the item straight back on the
 * list to review again (walk 17). A past date it already has may stay while the rest changes.
 */
export async function curateItem(actor: SignedIn, slug: string, input: LibraryCurationInput) {
  const { item } = await loadItem(actor, { slug }, "curate");
  const changed = await transaction(async (tx) => {
    const before = await tx.libraryItem.findUniqueOrThrow({
      where: { id: item.id },
      select: { evidenceLevel: true, reviewDate: true, featured: true, goodExample: true },
    });
    const today = parseDay(dutchDay(new Date()))!;
    if (input.reviewDate && input.reviewDate < today && input.reviewDate.getTime() !== before.reviewDate?.getTime())
      throw badInput("library.errors.reviewDatePast", { field: "reviewDate" });
    const changes = diffFields(before, input);
    if (Object.keys(changes).length === 0) return [];
    await tx.libraryItem.update({ where: { id: item.id }, data: input });
    const fields = Object.keys(changes);
    await recordItemUpdate(tx, item, actor.id, { action: "curated", changes, fields, via: "curation" });
    return fields;
  });
  return { item, changed };
}

/** Finds the item a moderator means: its slug, or a link to it. */
function slugFromReference(reference: string): string {
  const trimmed = reference.trim();
  const match = /\/bibliotheek\/([a-z0-9-]+)\/?(?:[?#].*)?$/.exec(trimmed);
  return match ? match[1]! : trimmed;
}

/**
 * Merges a duplicate into the item kept: the duplicate is archived and
 * redirects to the kept item; its attachments, tags and themes move over.
 */
export async function mergeItem(actor: SignedIn, duplicateSlug: string, targetReference: string) {
  const { item: duplicate } = await loadItem(actor, { slug: duplicateSlug }, "merge");
  const targetSlug = slugFromReference(targetReference);
  if (targetSlug === duplicate.slug) throw badInput("library.errors.mergeSelf", { field: "target" });
  const target = await db().libraryItem.findUnique({ where: { slug: targetSlug }, select: contextSelect });
  if (!target) throw badInput("library.errors.mergeTarget", { field: "target" });
  if (target.mergedIntoId) throw badInput("library.errors.mergeTarget", { field: "target" });
  await loadItem(actor, { id: target.id }, "edit");
  await transaction(async (tx) => {
    const [dup, kept] = await Promise.all([
      tx.libraryItem.findUniqueOrThrow({
        where: { id: duplicate.id },
        select: { tags: true, status: true, themes: { select: { themeId: true } } },
      }),
      tx.libraryItem.findUniqueOrThrow({ where: { id: target.id }, select: { tags: true, themes: { select: { themeId: true } } } }),
    ]);
    const tags = [...new Set([...kept.tags, ...dup.tags])].slice(0, 20);
    const themeIds = dup.themes.map((t) => t.themeId).filter((id) => !kept.themes.some((k) => k.themeId === id));
    const moved = await tx.libraryItem.updateMany({
      where: { id: duplicate.id, mergedIntoId: null },
      data: { status: "ARCHIVED", archivedAt: new Date(), mergedIntoId: target.id, featured: false, goodExample: false },
    });
    if (moved.count !== 1) throw new AppError(409, "library.errors.wrongState");
    // Earlier duplicates of the duplicate now point at the kept item directly.
    await tx.libraryItem.updateMany({ where: { mergedIntoId: duplicate.id }, data: { mergedIntoId: target.id } });
    await tx.libraryAttachment.updateMany({ where: { itemId: duplicate.id }, data: { itemId: target.id } });
    await tx.libraryItem.update({ where: { id: target.id }, data: { tags } });
    if (themeIds.length) await tx.libraryItemTheme.createMany({ data: themeIds.map((themeId) => ({ itemId: target.id, themeId })) });
    await recordRevision(tx, {
      itemId: duplicate.id,
      actorId: actor.id,
      action: "merged",
      changes: { status: { from: dup.status, to: "ARCHIVED" }, mergedInto: { from: null, to: target.slug } },
    });
    await recordRevision(tx, {
      itemId: target.id,
      actorId: actor.id,
      action: "mergedFrom",
      changes: { duplicate: { from: null, to: duplicate.slug } },
    });
    await emit(tx, "libraryItem.merged", { itemId: duplicate.id, intoId: target.id, actorId: actor.id });
  });
  return { duplicate, target };
}

/** Authors delete their own concept; admins anything. Attachments are removed from storage after the commit. */
export async function deleteItem(actor: SignedIn, slug: string) {
  const { item } = await loadItem(actor, { slug }, "delete");
  const keys = await transaction(async (tx) => {
    const attachments = await tx.libraryAttachment.findMany({ where: { itemId: item.id }, select: { storageKey: true } });
    await tx.libraryItem.updateMany({ where: { mergedIntoId: item.id }, data: { mergedIntoId: null } });
    // Sent twice at once (a double click): the second copy finds it gone, as asked, instead of a 500.
    if ((await tx.libraryItem.deleteMany({ where: { id: item.id } })).count === 0) return [];
    await emit(tx, "libraryItem.deleted", { itemId: item.id, actorId: actor.id, authorId: item.authorId });
    return attachments.map((a) => a.storageKey);
  });
  for (const key of keys) await fileStorage().delete(key);
  return item;
}
