/**
 * Domain events of the library. Search, notifications (the author hears of a
 * send-back or publication) and the audit log (curators' steps) listen.
 */
import { z } from "zod";
import { LIBRARY_KINDS, LIBRARY_STATUSES, LIBRARY_TRANSITIONS } from "~/shared/library.ts";
import { event, id } from "../events/define.ts";

/** The workflow steps only curators take; submit and withdraw are the author's own. */
const CURATOR_STEPS = new Set(["return", "publish", "archive", "restore"]);

export const libraryEvents = {
  "libraryItem.created": event(
    z.object({
      itemId: id,
      kind: z.enum(LIBRARY_KINDS),
      status: z.enum(LIBRARY_STATUSES),
      authorId: id.nullable(),
      communityId: id.nullable(),
    }),
  ),
  /** An edit (`edit`, `attachments`) or a curator's marks (`curation`: recognition level, review date, showcase). */
  "libraryItem.updated": event(
    z.object({
      itemId: id,
      status: z.enum(LIBRARY_STATUSES),
      fields: z.array(z.string().max(50)),
      actorId: id,
      authorId: id.nullable(),
      via: z.enum(["edit", "attachments", "curation"]),
    }),
    {
      audit: (p) => {
        if (p.via === "curation")
          return {
            actorId: p.actorId,
            action: "library.curate",
            targetKind: "LIBRARY_ITEM",
            targetId: p.itemId,
            details: { fields: p.fields.join(",") },
          };
        // A curator editing someone else's item.
        if (p.actorId !== p.authorId)
          return {
            actorId: p.actorId,
            action: "library.edit",
            targetKind: "LIBRARY_ITEM",
            targetId: p.itemId,
            details: { fields: p.fields.join(",") },
          };
        return null;
      },
    },
  ),
  /**
   * A step in the curation workflow (server/library/policy.ts TRANSITIONS). `via: "moderation"`: a
   * moderator archived it for a report (audited as moderation.action, so no line of its own).
   */
  "libraryItem.transitioned": event(
    z.object({
      itemId: id,
      transition: z.enum(LIBRARY_TRANSITIONS),
      from: z.enum(LIBRARY_STATUSES),
      to: z.enum(LIBRARY_STATUSES),
      actorId: id,
      authorId: id.nullable(),
      via: z.literal("moderation").optional(),
    }),
    {
      audit: (p) =>
        CURATOR_STEPS.has(p.transition) && p.via !== "moderation"
          ? {
              actorId: p.actorId,
              action: `library.${p.transition}`,
              targetKind: "LIBRARY_ITEM",
              targetId: p.itemId,
              details: { from: p.from, to: p.to },
            }
          : null,
    },
  ),
  /** A duplicate was archived into the item kept (`intoId`). */
  "libraryItem.merged": event(z.object({ itemId: id, intoId: id, actorId: id }), {
    audit: (p) => ({
      actorId: p.actorId,
      action: "library.merge",
      targetKind: "LIBRARY_ITEM",
      targetId: p.itemId,
      details: { intoId: p.intoId },
    }),
  }),
  /**
   * A proposed change to a published item (decision 102): the author proposed one, a moderator
   * approved it (the edit itself is a `libraryItem.updated`) or sent it back with a comment.
   */
  "libraryItem.proposal": event(
    z.object({ itemId: id, step: z.enum(["proposed", "approved", "returned"]), actorId: id, authorId: id.nullable() }),
    {
      audit: (p) =>
        p.step === "returned"
          ? { actorId: p.actorId, action: "library.returnChange", targetKind: "LIBRARY_ITEM", targetId: p.itemId }
          : null,
    },
  ),
  "libraryItem.deleted": event(z.object({ itemId: id, actorId: id, authorId: id.nullable() }), {
    audit: (p) =>
      p.actorId !== p.authorId ? { actorId: p.actorId, action: "library.delete", targetKind: "LIBRARY_ITEM", targetId: p.itemId } : null,
  }),
};
