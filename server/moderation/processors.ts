/**
 * What follows a moderation action, besides search and the audit log: the
 * reporters hear it was handled (not what happened to the member concerned),
 * the member concerned hears of a hide or a warning, live views follow a
 * hide, unhide or delete, and a suspended member's sockets are closed.
 */
import { transaction } from "../events.ts";
import type { EventHandlers } from "../events/processor.ts";
import { publishToDocument, RelayKind } from "../collab/relay.ts";
import { broadcastMessage, broadcastTopic } from "../discussions/live.ts";
import { notify } from "../notifications/notify.ts";
import { loadTarget } from "./targets.ts";

export const moderationNotifications: EventHandlers = {
  "moderation.action": async ({ action, targetKind, targetId, subjectId, actorId, reason, reporterIds, moderationActionId }) => {
    const target = action === "HIDE" || action === "WARN" ? await loadTarget(targetKind, targetId) : null;
    await transaction(async (tx) => {
      for (const reporterId of reporterIds) {
        const outcome = action === "DISMISS" ? "dismissed" : "actionTaken";
        await notify(
          {
            userId: reporterId,
            kind: "reportHandled",
            actorId: null,
            url: "/meldingen",
            data: { outcome },
            dedupeKey: `report-handled-${moderationActionId}`,
          },
          tx,
        );
      }
      if (action === "HIDE" && subjectId && target) {
        await notify(
          {
            userId: subjectId,
            kind: "contentHidden",
            actorId,
            url: target.url,
            data: { targetTitle: target.title, reason, targetKind },
            dedupeKey: `content-hidden-${moderationActionId}`,
          },
          tx,
        );
      }
      if (action === "WARN" && subjectId) {
        await notify(
          {
            userId: subjectId,
            kind: "moderationWarning",
            actorId,
            url: target?.url ?? "/meldingen",
            data: { reason },
            dedupeKey: `warning-${moderationActionId}`,
          },
          tx,
        );
      }
    });
  },
};

export const moderationBroadcasts: EventHandlers = {
  // A suspended member's sockets close through sessions.ended (decision 112).
  "moderation.action": async ({ action, targetKind, targetId }) => {
    if (action === "HIDE" || action === "UNHIDE" || action === "DELETE") {
      if (targetKind === "MESSAGE") await broadcastMessage(targetId);
      if (targetKind === "TOPIC") await broadcastTopic(targetId);
    }
    // Editors connected to a document that was hidden or shown again have their access checked again
    // (a deleted one is announced by documents themselves: document.deleted).
    if ((action === "HIDE" || action === "UNHIDE") && targetKind === "DOCUMENT")
      await publishToDocument(targetId, { kind: RelayKind.access, origin: "events" });
  },
};
