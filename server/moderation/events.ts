/**
 * Domain events of moderation. The audit log writes one line for each
 * (report and action, decision 061); search, realtime and notifications follow
 * a hide, unhide, delete, suspension or removal (server/moderation/processors.ts).
 */
import { z } from "zod";
import { MODERATION_ACTIONS, MODERATION_REASON_MAX, REPORT_REASONS, REPORT_TARGET_KINDS } from "~/shared/moderation.ts";
import { event, id, ids } from "../events/define.ts";

export const moderationEvents = {
  "report.created": event(
    z.object({
      reportId: id,
      targetKind: z.enum(REPORT_TARGET_KINDS),
      targetId: id,
      communityId: id.nullable(),
      reporterId: id,
      reason: z.enum(REPORT_REASONS),
    }),
    {
      // Ids only: the reporter's text stays in Report (erasable); the log cannot be changed (decision 066).
      audit: (p) => ({
        actorId: p.reporterId,
        action: "report.created",
        targetKind: p.targetKind,
        targetId: p.targetId,
        communityId: p.communityId,
        reason: p.reason,
        details: { reportId: p.reportId },
      }),
    },
  ),
  /** `reporterIds`: who reported it and hear that it was handled (not what happened to the member concerned). */
  "moderation.action": event(
    z.object({
      reportId: id,
      moderationActionId: id,
      action: z.enum(MODERATION_ACTIONS),
      targetKind: z.enum(REPORT_TARGET_KINDS),
      targetId: id,
      communityId: id.nullable(),
      subjectId: id.nullable(),
      actorId: id,
      reason: z.string().max(MODERATION_REASON_MAX),
      until: z.iso.datetime().nullable(),
      reporterIds: ids,
    }),
    {
      audit: (p) => ({
        actorId: p.actorId,
        action: `moderation.${p.action.toLowerCase()}`,
        targetKind: p.targetKind,
        targetId: p.targetId,
        communityId: p.communityId,
        reason: p.reason,
        // No title: a profile's title is the member's name, and the append-only log could never
        // forget it; titles are looked up when the log is read (decisions 061, 066).
        details: {
          reportId: p.reportId,
          moderationActionId: p.moderationActionId,
          ...(p.subjectId ? { subjectId: p.subjectId } : {}),
          ...(p.until ? { until: p.until } : {}),
        },
      }),
    },
  ),
};
