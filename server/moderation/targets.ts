/**
 * What a report is about, in one shape for every kind, and the writes that
 * hide, unhide and delete it: each goes to the content adapter of the report's
 * kind (server/content, decision 090), which uses its area's own access check
 * and commands. Reporters go through the area's access check first
 * (`assertReadable`), so nobody can report, or learn of, content they cannot read.
 */
import type { ReportTargetKindValue } from "~/shared/moderation.ts";
import type { Actor } from "../communities/policy.ts";
import { adapterForReport } from "../content/registry.ts";
import type { ContentAdapter, ContentView, Hidden } from "../content/types.ts";
import { db, type DbClient } from "../db.ts";
import { notFound } from "../errors.ts";
import type { Tx } from "../events.ts";

export type Target = Omit<ContentView, "kind" | "removed"> & {
  kind: ReportTargetKindValue;
  /** Deleted, or for a library item archived. */
  deleted: boolean;
};

type Moderated = ContentAdapter & { moderation: NonNullable<ContentAdapter["moderation"]> };

async function adapter(kind: ReportTargetKindValue): Promise<Moderated> {
  const found = await adapterForReport(kind);
  if (!found?.moderation) throw new Error(`no content adapter with moderation for report kind ${kind}`);
  return found as Moderated;
}

/** Loads the target as it is (no access check: moderators and facilitators see hidden content). */
export async function loadTarget(kind: ReportTargetKindValue, id: string, client: DbClient = db()): Promise<Target | null> {
  const [view] = await (await adapter(kind)).load([id], client as Tx);
  if (!view) return null;
  const { kind: _kind, removed, ...rest } = view;
  return { ...rest, kind, deleted: removed };
}

/** 404 unless the actor may read the target (each area's own access rules). */
export async function assertReadable(actor: NonNullable<Actor>, kind: ReportTargetKindValue, id: string): Promise<void> {
  const found = await adapterForReport(kind);
  if (!found?.moderation) throw notFound();
  await found.moderation.assertReadable(actor, id);
}

/** Sets or clears the hidden mark. Returns false when the target is gone. */
export async function setHidden(tx: Tx, kind: ReportTargetKindValue, id: string, hidden: Hidden): Promise<boolean> {
  return (await adapter(kind)).moderation.setHidden(tx, id, hidden);
}

/** Deletes the target the way its area deletes it (messages and topics softly, library items archived). */
export async function deleteTarget(tx: Tx, kind: ReportTargetKindValue, id: string, actorId: string, reason: string): Promise<boolean> {
  const remove = (await adapter(kind)).moderation.remove;
  return remove ? remove(tx, id, actorId, reason) : false;
}
