/**
 * Reporting and moderating (issue 8). Every command writes its domain event
 * in the same transaction as the change (report.created, moderation.action);
 * the audit-log line, notifications, realtime updates and search indexing
 * follow from it (server/moderation/events.ts, processors.ts).
 */
import type { ModerationActionInput, ReportInput } from "~/shared/moderation.ts";
import { db } from "../db.ts";
import { badInput, conflict, forbidden, notFound } from "../errors.ts";
import { emit, transaction } from "../events.ts";
import { endSessionsIn } from "../accounts/sessions.ts";
import { rateLimit } from "../security/rate-limit.ts";
import { allowedActions, authorizeAction, authorizeQueue, moderationScope, type SignedIn } from "./policy.ts";
import { assertReadable, deleteTarget, loadTarget, setHidden } from "./targets.ts";

/** Reports per member: generous for real use, a wall for a script. */
export const REPORT_LIMIT = { points: 10, durationSeconds: 60 * 60 } as const;
export const reportLimit = () => rateLimit("report", REPORT_LIMIT);

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A member reports content or a profile they can see. A second open report of
 * the same member about the same thing is the same report (a double submit).
 */
export async function reportContent(actor: SignedIn, input: ReportInput): Promise<{ reportId: string; created: boolean }> {
  await assertReadable(actor, input.targetKind, input.targetId);
  const target = await loadTarget(input.targetKind, input.targetId);
  if (!target || target.deleted) throw notFound();
  if (target.subjectId === actor.id) throw badInput("moderation.errors.ownContent");
  const openReport = { reporterId: actor.id, targetKind: input.targetKind, targetId: input.targetId, status: "OPEN" as const };
  const existing = await db().report.findFirst({ where: openReport, select: { id: true } });
  if (existing) return { reportId: existing.id, created: false };
  await reportLimit().consume(actor.id);
  const report = await transaction(async (tx) => {
    // The same report sent twice at once (a double click without JavaScript) is one report: the
    // second copy waits here, then finds the first one's row (as decision 221 does for slugs).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report:${actor.id}:${input.targetKind}:${input.targetId}`}))`;
    const first = await tx.report.findFirst({ where: openReport, select: { id: true } });
    if (first) return { ...first, created: false };
    const row = await tx.report.create({
      data: {
        targetKind: input.targetKind,
        targetId: input.targetId,
        communityId: target.communityId,
        subjectId: target.subjectId,
        reporterId: actor.id,
        reason: input.reason,
        text: input.text ?? null,
      },
      select: { id: true },
    });
    await emit(tx, "report.created", {
      reportId: row.id,
      targetKind: input.targetKind,
      targetId: input.targetId,
      communityId: target.communityId,
      reporterId: actor.id,
      reason: input.reason,
    });
    return { ...row, created: true };
  });
  return { reportId: report.id, created: report.created };
}

/**
 * May the actor handle this report at all (some action on it)? The queue's own refusal (403) comes
 * before any lookup, so no one outside it learns which report ids exist (decision 306).
 */
export async function authorizeReport(actor: SignedIn, reportId: string): Promise<void> {
  const scope = await authorizeQueue(actor);
  const report = await db().report.findUnique({ where: { id: reportId }, select: { communityId: true, targetKind: true } });
  if (!report) throw notFound();
  if (allowedActions(actor, scope, report).length === 0) throw forbidden("moderation.errors.notAllowed");
}

/** Carries out a moderation action on a report (and closes the other open reports about the same thing). */
export async function moderateReport(actor: SignedIn, input: ModerationActionInput): Promise<{ action: string }> {
  const report = await db().report.findUnique({
    where: { id: input.reportId },
    select: {
      id: true,
      status: true,
      targetKind: true,
      targetId: true,
      communityId: true,
      subjectId: true,
      handledById: true,
      outcome: true,
    },
  });
  if (!report) throw notFound();
  const scope = await moderationScope(actor);
  authorizeAction(actor, scope, report, input.action);
  // The same moderator's same action again (a double click, the form sent again) is done, as asked:
  // one action, one audit line, one message to the member.
  const repeated = (handled: { status: string; handledById: string | null; outcome: string | null }) =>
    handled.status !== "OPEN" && handled.handledById === actor.id && handled.outcome === input.action;
  // Unhiding is the one action that makes sense after a report is closed.
  if (report.status !== "OPEN" && input.action !== "UNHIDE") {
    if (repeated(report)) return { action: input.action };
    throw conflict("moderation.errors.alreadyHandled");
  }
  const target = await loadTarget(report.targetKind, report.targetId);
  const subjectId = target?.subjectId ?? report.subjectId;
  const needsSubject = input.action === "WARN" || input.action === "SUSPEND" || input.action === "REMOVE_FROM_COMMUNITY";
  if (needsSubject && !subjectId) throw badInput("moderation.errors.noSubject");
  if (needsSubject && subjectId === actor.id) throw badInput("moderation.errors.selfModeration");
  if ((input.action === "HIDE" || input.action === "UNHIDE" || input.action === "DELETE") && !target) throw notFound();
  if (input.action === "DELETE" && report.targetKind === "PROFILE") throw badInput("moderation.errors.cannotDelete");
  if (input.action === "REMOVE_FROM_COMMUNITY" && !report.communityId) throw badInput("moderation.errors.noCommunity");

  const now = new Date();
  const until = input.action === "SUSPEND" ? new Date(now.getTime() + (input.days ?? 1) * DAY_MS) : null;
  await transaction(async (tx) => {
    if (input.action !== "UNHIDE") {
      // Two copies at once: the second waits for the first here, then sees the report handled.
      const [current] = await tx.$queryRaw<{ status: string; handledById: string | null; outcome: string | null }[]>`
        SELECT status::text AS status, "handledById", outcome::text AS outcome FROM "Report" WHERE id = ${report.id} FOR UPDATE`;
      if (!current) throw notFound();
      if (current.status !== "OPEN") {
        if (repeated(current)) return;
        throw conflict("moderation.errors.alreadyHandled");
      }
    }
    switch (input.action) {
      case "HIDE":
        await setHidden(tx, report.targetKind, report.targetId, { at: now, reason: input.reason });
        break;
      case "UNHIDE":
        await setHidden(tx, report.targetKind, report.targetId, null);
        break;
      case "DELETE":
        await deleteTarget(tx, report.targetKind, report.targetId, actor.id, input.reason);
        break;
      case "SUSPEND":
        await tx.user.update({
          where: { id: subjectId! },
          data: { suspendedUntil: until, suspensionReason: input.reason },
          select: { id: true },
        });
        // Their sessions and every socket they have, in every namespace (decision 112).
        await endSessionsIn(tx, subjectId!, "suspended", { all: true });
        break;
      case "REMOVE_FROM_COMMUNITY": {
        const removed = await tx.membership.deleteMany({ where: { userId: subjectId!, communityId: report.communityId! } });
        if (removed.count)
          await emit(tx, "membership.removed", {
            communityId: report.communityId!,
            userId: subjectId!,
            actorId: actor.id,
            via: "moderation",
          });
        break;
      }
      case "WARN":
      case "DISMISS":
        break;
    }
    const action = await tx.moderationAction.create({
      data: {
        kind: input.action,
        targetKind: report.targetKind,
        targetId: report.targetId,
        communityId: report.communityId,
        subjectId: subjectId ?? null,
        actorId: actor.id,
        reportId: report.id,
        reason: input.reason,
        until,
      },
      select: { id: true },
    });
    let reporterIds: string[] = [];
    if (input.action !== "UNHIDE") {
      const closing = await tx.report.findMany({
        where: { targetKind: report.targetKind, targetId: report.targetId, status: "OPEN" },
        select: { reporterId: true },
      });
      reporterIds = [...new Set(closing.map((row) => row.reporterId).filter((id): id is string => id !== null && id !== actor.id))];
      await tx.report.updateMany({
        where: { targetKind: report.targetKind, targetId: report.targetId, status: "OPEN" },
        data: { status: "HANDLED", handledById: actor.id, handledAt: now, outcome: input.action },
      });
    }
    await emit(tx, "moderation.action", {
      reportId: report.id,
      moderationActionId: action.id,
      action: input.action,
      targetKind: report.targetKind,
      targetId: report.targetId,
      communityId: report.communityId,
      subjectId: subjectId ?? null,
      actorId: actor.id,
      reason: input.reason,
      until: until?.toISOString() ?? null,
      reporterIds,
    });
  });
  return { action: input.action };
}
