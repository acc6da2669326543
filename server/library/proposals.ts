/**
 * Proposed changes to a published library item (issue 14.16, decision 102).
 * The author of a published item cannot edit it directly: they propose a
 * change, moderators approve it (then it is applied like an edit) or send it
 * back with a comment. Until then the published version stays as it is, in
 * the library, in search and in exports. One proposal per item: proposing
 * again replaces the open one.
 */
import type { LibraryItemInput } from "~/shared/forms/library.ts";
import { emptyBodyMessage, type LibraryKindValue } from "~/shared/library.ts";
import { db, type Prisma } from "../db.ts";
import { Prisma as PrismaValues } from "../generated/prisma/client.ts";
import { AppError, conflict } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import type { RichTextState } from "../richtext/index.ts";
import { loadItem } from "./access.ts";
import { bodyColumns, bodyRequired, checkDocumentLink, columnsFor, editableSelect, themeIdsFor } from "./commands.ts";
import type { Actor } from "./policy.ts";
import { type Changes, diffFields, recordRevision } from "./revisions.ts";

type SignedIn = NonNullable<Actor>;

/** What a proposal stores: the item's columns for its kind, its themes and its body. */
export type ProposedChange = {
  columns: ReturnType<typeof columnsFor>;
  themes: string[];
  body: RichTextState | null;
  bodyText: string;
};

type Editable = Prisma.LibraryItemGetPayload<{ select: typeof editableSelect }>;

/** Field by field, what the proposal would change in the published item (the body as plain text). */
export function proposalChanges(current: Editable, proposal: ProposedChange): Changes {
  return diffFields(
    { ...current, themes: current.themes.map((t) => t.theme.slug) },
    { ...proposal.columns, bodyText: proposal.bodyText, themes: proposal.themes },
  );
}

export function readProposal(value: Prisma.JsonValue | null): ProposedChange | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const proposal = value as unknown as ProposedChange;
  return proposal.columns && Array.isArray(proposal.themes) ? proposal : null;
}

export async function proposeChange(actor: SignedIn, slug: string, input: LibraryItemInput, body: RichTextState | null) {
  const { item } = await loadItem(actor, { slug }, "proposeChange");
  const kind = item.kind as LibraryKindValue;
  if (!body && bodyRequired(kind)) throw new AppError(422, emptyBodyMessage(kind), { field: "body" });
  const columns = columnsFor(kind, input);
  const current = await db().libraryItem.findUniqueOrThrow({ where: { id: item.id }, select: { ...editableSelect, documentId: true } });
  await checkDocumentLink(actor, columns.documentId, current.documentId);
  const themes = await themeIdsFor(db(), input.themes);
  const { bodyText } = bodyColumns(body);
  const proposal: ProposedChange = { columns, themes: themes.slugs, body, bodyText };
  const changes = proposalChanges(current, proposal);
  if (Object.keys(changes).length === 0) throw new AppError(422, "library.errors.proposalUnchanged");
  const now = new Date();
  await transaction(async (tx) => {
    // Only while the item is still published and by its author (checked above): a conditional write.
    const stored = await tx.libraryItem.updateMany({
      where: { id: item.id, status: "PUBLISHED", mergedIntoId: null },
      data: { proposedChange: proposal as unknown as Prisma.InputJsonValue, proposedAt: now, proposalComment: null },
    });
    if (stored.count !== 1) throw new AppError(409, "library.errors.wrongState");
    await recordRevision(tx, { itemId: item.id, actorId: actor.id, action: "changeProposed", changes });
    // The moderators hear of it (server/library/processors.ts).
    await emit(tx, "libraryItem.proposal", { itemId: item.id, step: "proposed", actorId: actor.id, authorId: item.authorId });
  });
  return { item, changed: Object.keys(changes) };
}

export async function withdrawProposal(actor: SignedIn, slug: string) {
  const { item } = await loadItem(actor, { slug }, "proposeChange");
  await transaction(async (tx) => {
    const cleared = await tx.libraryItem.updateMany({
      where: { id: item.id, proposedAt: { not: null } },
      data: { proposedChange: PrismaValues.DbNull, proposedAt: null, proposalComment: null },
    });
    if (cleared.count !== 1) throw conflict("library.errors.noProposal");
    await recordRevision(tx, { itemId: item.id, actorId: actor.id, action: "changeWithdrawn" });
  });
  return item;
}

/** A moderator applies the proposal to the published item. Conditional on the proposal read, so a newer one is never applied unseen. */
export async function approveProposal(actor: SignedIn, slug: string, proposedAt: string | null) {
  const { item } = await loadItem(actor, { slug }, "reviewChange");
  const changed = await transaction(async (tx) => {
    const current = await tx.libraryItem.findUniqueOrThrow({
      where: { id: item.id },
      select: { ...editableSelect, proposedChange: true, proposedAt: true, authorId: true },
    });
    const proposal = readProposal(current.proposedChange);
    if (!proposal || !current.proposedAt) throw conflict("library.errors.noProposal");
    if (proposedAt && current.proposedAt.toISOString() !== proposedAt) throw conflict("library.errors.proposalChanged");
    const changes = proposalChanges(current, proposal);
    const themes = await themeIdsFor(tx, proposal.themes);
    const applied = await tx.libraryItem.updateMany({
      where: { id: item.id, proposedAt: current.proposedAt, updatedAt: current.updatedAt },
      data: {
        ...proposal.columns,
        ...bodyColumns(proposal.body),
        proposedChange: PrismaValues.DbNull,
        proposedAt: null,
        proposalComment: null,
      },
    });
    if (applied.count !== 1) throw conflict("library.errors.concurrentEdit");
    if (changes.themes) {
      await tx.libraryItemTheme.deleteMany({ where: { itemId: item.id } });
      await tx.libraryItemTheme.createMany({ data: themes.ids.map((themeId) => ({ itemId: item.id, themeId })) });
    }
    await recordRevision(tx, { itemId: item.id, actorId: actor.id, action: "changeApproved", changes });
    // Search, the audit log (a curator changing someone's item) and digests follow the edit.
    if (Object.keys(changes).length) {
      await emit(tx, "libraryItem.updated", {
        itemId: item.id,
        status: item.status,
        fields: Object.keys(changes),
        actorId: actor.id,
        authorId: item.authorId,
        via: "edit",
      });
    }
    // The author hears it was applied.
    await emit(tx, "libraryItem.proposal", { itemId: item.id, step: "approved", actorId: actor.id, authorId: item.authorId });
    return Object.keys(changes);
  });
  return { item, changed };
}

/** A moderator sends the proposal back with a comment; the author can adjust it and propose again. */
export async function returnProposal(actor: SignedIn, slug: string, comment: string) {
  const { item } = await loadItem(actor, { slug }, "reviewChange");
  const text = comment.trim();
  if (text.length < 5) throw new AppError(422, "library.errors.commentRequired", { field: "comment" });
  await transaction(async (tx) => {
    const returned = await tx.libraryItem.updateMany({
      where: { id: item.id, proposedAt: { not: null }, proposalComment: null },
      data: { proposalComment: text },
    });
    if (returned.count !== 1) throw conflict("library.errors.noProposal");
    await recordRevision(tx, { itemId: item.id, actorId: actor.id, action: "changeReturned", comment: text });
    // The author hears why (the comment is read from the item when the notification is made); the audit log notes it.
    await emit(tx, "libraryItem.proposal", { itemId: item.id, step: "returned", actorId: actor.id, authorId: item.authorId });
  });
  return item;
}
