import { contentAdapter, viewerFor } from "../content/registry.ts";
import { db, type DbClient } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { notFound } from "../errors.ts";
import { type Actor, authorizeLibrary, type ItemContext, type LibraryAction, libraryPermissions } from "./policy.ts";

/** The columns the policy needs. */
export const contextSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  title: true,
  authorId: true,
  communityId: true,
  publicOnWeb: true,
  mergedIntoId: true,
} as const;

export type ItemHead = {
  id: string;
  slug: string;
  kind: string;
  status: ItemContext["status"];
  title: string;
  authorId: string | null;
  communityId: string | null;
  publicOnWeb: boolean;
  mergedIntoId: string | null;
};

/** The actor's relation to an item, for the pure policy. */
export async function itemContextFor(actor: Actor, item: ItemHead, client: DbClient = db()): Promise<ItemContext> {
  let originFacilitator = false;
  if (actor && item.communityId) {
    const membership = await client.membership.findUnique({
      where: { userId_communityId: { userId: actor.id, communityId: item.communityId } },
      select: { role: true },
    });
    originFacilitator = membership?.role === "FACILITATOR";
  }
  return {
    status: item.status,
    authorId: item.authorId,
    publicOnWeb: item.publicOnWeb,
    merged: item.mergedIntoId !== null,
    originFacilitator,
  };
}

/** Loads an item's head and checks the action: 404 when it does not exist or may not be seen, 403 otherwise. */
export async function loadItem(actor: Actor, where: { slug: string } | { id: string }, action: LibraryAction, client: DbClient = db()) {
  const item = await client.libraryItem.findUnique({ where, select: contextSelect });
  if (!item) throw notFound();
  const context = await itemContextFor(actor, item, client);
  const permissions = authorizeLibrary(actor, context, action);
  return { item, context, permissions };
}

/** Hidden by moderation (issue 8, decision 060): only the author and the curators still reach it, or anything of it. */
export function assertNotHidden(actor: Actor, item: { hiddenAt: Date | null; authorId: string | null }, permissions: { curate: boolean }) {
  if (item.hiddenAt && !permissions.curate && item.authorId !== actor?.id) throw notFound();
}

export async function permissionsFor(actor: Actor, item: ItemHead) {
  const context = await itemContextFor(actor, item);
  return { context, permissions: libraryPermissions(actor, context) };
}

/**
 * The shared documents a handreiking may name to this actor: the document
 * adapter's rule (a community they read, not hidden by moderation), so a
 * hidden document's title is not shown or offered here either (decision 060).
 */
export async function readableDocumentsWhere(actor: Actor): Promise<Prisma.DocumentWhereInput> {
  return (await contentAdapter("document")).readable(await viewerFor(actor)) as Prisma.DocumentWhereInput;
}
