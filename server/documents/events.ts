/**
 * Domain events of shared documents. Search, the page cache, the audit log and
 * the realtime processor (connected editors) listen; `document.updated` is
 * debounced while people type (server/collab/room.ts).
 */
import { z } from "zod";
import { event, id, ids } from "../events/define.ts";

export const documentEvents = {
  "document.created": event(z.object({ documentId: id, communityId: id, userId: id })),
  /**
   * Content, title, status or lock changed. `userIds`: who edited since the last event, when known.
   * `locked`: set when a facilitator locked or unlocked it (by `actorId`).
   */
  "document.updated": event(
    z.object({
      documentId: id,
      communityId: id,
      userIds: ids,
      content: z.boolean(),
      actorId: id.nullish(),
      locked: z.boolean().optional(),
    }),
    {
      audit: (p) =>
        p.locked !== undefined && p.actorId
          ? {
              actorId: p.actorId,
              action: p.locked ? "document.lock" : "document.unlock",
              targetKind: "DOCUMENT",
              targetId: p.documentId,
              communityId: p.communityId,
            }
          : null,
    },
  ),
  /**
   * Connected editors are told by the realtime processor (server/documents/processors.ts). `via:
   * "moderation"`: deleted for a report (audited as moderation.action, so no line of its own).
   */
  "document.deleted": event(
    z.object({ documentId: id, communityId: id, userId: id, authorId: id.nullable(), via: z.literal("moderation").optional() }),
    {
      audit: (p) =>
        p.userId !== p.authorId && p.via !== "moderation"
          ? { actorId: p.userId, action: "document.delete", targetKind: "DOCUMENT", targetId: p.documentId, communityId: p.communityId }
          : null,
    },
  ),
};
