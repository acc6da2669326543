/**
 * Every change to a library item is a revision: who, when, what. "What" is
 * the set of changed fields with their old and new values (the rich-text body
 * as plain text), so a moderator can see exactly what an edit did without
 * storing whole copies of unchanged items.
 */
import type { LibraryStatusValue } from "~/shared/library.ts";
import type { DbClient, Prisma } from "../db.ts";
import { emit, type Tx } from "../events.ts";

export const REVISION_ACTIONS = [
  "created",
  "edited",
  "submitted",
  "withdrawn",
  "returned",
  "published",
  "archived",
  "restored",
  "merged",
  "mergedFrom",
  "curated",
  "attachmentAdded",
  "attachmentRemoved",
  "changeProposed",
  "changeWithdrawn",
  "changeApproved",
  "changeReturned",
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export type FieldChange = { from: unknown; to: unknown };
export type Changes = Record<string, FieldChange>;

type Comparable = string | number | boolean | null | Date | readonly (string | number)[];

function normalise(value: Comparable | undefined): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return [...value].map(String).sort();
  return value;
}

/** The fields whose value differs between before and after (only the keys in `after` are compared). */
export function diffFields(before: Record<string, Comparable | undefined>, after: Record<string, Comparable | undefined>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const from = normalise(before[key]);
    const to = normalise(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

export async function recordRevision(
  client: DbClient,
  input: { itemId: string; actorId: string | null; action: RevisionAction; changes?: Changes; comment?: string | null },
): Promise<void> {
  await client.libraryRevision.create({
    data: {
      itemId: input.itemId,
      actorId: input.actorId,
      action: input.action,
      changes: (input.changes ?? {}) as Prisma.InputJsonValue,
      comment: input.comment ?? null,
    },
  });
}

/** An edit of an item: its revision, and the `libraryItem.updated` event that search, the audit log and digests follow. */
export async function recordItemUpdate(
  tx: Tx,
  item: { id: string; status: LibraryStatusValue; authorId: string | null },
  actorId: string,
  update: { action: RevisionAction; changes: Changes; fields: string[]; via: "edit" | "attachments" | "curation" },
): Promise<void> {
  await recordRevision(tx, { itemId: item.id, actorId, action: update.action, changes: update.changes });
  await emit(tx, "libraryItem.updated", {
    itemId: item.id,
    status: item.status,
    fields: update.fields,
    actorId,
    authorId: item.authorId,
    via: update.via,
  });
}
