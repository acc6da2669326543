/**
 * Reporting and moderating (issue 8). Every command writes its audit-log line
 * in the same transaction as the change; notifications, realtime updates and
 * search indexing follow after the commit (domain events).
 */
import type { ModerationActionInput, ReportInput } from "~/shared/moderation.ts";
import { deleteAllSessions } from "../accounts/sessions.ts";
import { db } from "../db.ts";
import { messageViewSelect, toMessageView, toTopicState } from "../discussions/views.ts";
import { badInput, conflict, notFound } from "../errors.ts";
import { events } from "../events.ts";
import { notify } from "../notifications/notify.ts";
import { currentIo, userRoom } from "../realtime/server.ts";
import { rateLimit } from "../security/rate-limit.ts";
import { writeAudit } from "./audit.ts";
import { authorizeAction, moderationScope, type SignedIn } from "./policy.ts";
import { assertReadable, deleteTarget, loadTarget, setHidden, type Target } from "./targets.ts";

declare module "../events.ts" {
  interface DomainEvents {
    "report.created": { reportId: string; targetKind: string; targetId: string; communityId: string | null };
    "moderation.action": { reportId: string; action: string; targetKind: string; targetId: string; communityId: string | null; subjectId: string | null; actorId: string };
  }
}

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
  const existing = await db().report.findFirst({
    where: { reporterId: actor.id, targetKind: input.targetKind, targetId: input.targetId, status: "OPEN" },
    select: { id: true },
  });
  if (existing) return { reportId: existing.id, created: false };
  await reportLimit().consume(actor.id);
  const report = await db().$transaction(async (tx) => {
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
    await writeAudit(tx, {
      actorId: actor.id,
      action: "report.created",
      targetKind: input.targetKind,
      targetId: input.targetId,
      communityId: target.communityId,
      reason: input.reason,
      // Ids only: the reporter's text stays in Report (erasable); the log cannot be changed (decision 066).
      details: { reportId: row.id },
    });
    return row;
  });
  await events.emit("report.created", { reportId: report.id, targetKind: input.targetKind, targetId: input.targetId, communityId: target.communityId });
  return { reportId: report.id, created: true };
}

/** Carries out a moderation action on a report (and closes the other open reports about the same thing). */
export async function moderateReport(actor: SignedIn, input: ModerationActionInput): Promise<{ action: string }> {
  const report = await db().report.findUnique({
    where: { id: input.reportId },
    select: { id: true, status: true, targetKind: true, targetId: true, communityId: true, subjectId: true },
  });
  if (!report) throw notFound();
  const scope = await moderationScope(actor);
  authorizeAction(actor, scope, report, input.action);
  // Unhiding is the one action that makes sense after a report is closed.
  if (report.status !== "OPEN" && input.action !== "UNHIDE") throw conflict("moderation.errors.alreadyHandled");
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
  let reporterIds: string[] = [];
  await db().$transaction(async (tx) => {
    switch (input.action) {
      case "HIDE":
        await setHidden(tx, report.targetKind, report.targetId, { at: now, reason: input.reason });
        break;
      case "UNHIDE":
        await setHidden(tx, report.targetKind, report.targetId, null);
        break;
      case "DELETE":
        await deleteTarget(tx, report.targetKind, report.targetId, actor.id);
        break;
      case "SUSPEND":
        await tx.user.update({ where: { id: subjectId! }, data: { suspendedUntil: until, suspensionReason: input.reason }, select: { id: true } });
        await tx.session.deleteMany({ where: { userId: subjectId! } });
        break;
      case "REMOVE_FROM_COMMUNITY":
        await tx.membership.deleteMany({ where: { userId: subjectId!, communityId: report.communityId! } });
        break;
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
    if (input.action !== "UNHIDE") {
      const closing = await tx.report.findMany({ where: { targetKind: report.targetKind, targetId: report.targetId, status: "OPEN" }, select: { reporterId: true } });
      reporterIds = [...new Set(closing.map((row) => row.reporterId).filter((id): id is string => id !== null && id !== actor.id))];
      await tx.report.updateMany({
        where: { targetKind: report.targetKind, targetId: report.targetId, status: "OPEN" },
        data: { status: "HANDLED", handledById: actor.id, handledAt: now, outcome: input.action },
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: `moderation.${input.action.toLowerCase()}`,
      targetKind: report.targetKind,
      targetId: report.targetId,
      communityId: report.communityId,
      reason: input.reason,
      details: {
        reportId: report.id,
        moderationActionId: action.id,
        ...(subjectId ? { subjectId } : {}),
        ...(until ? { until: until.toISOString() } : {}),
        // No title: a profile's title is the member's name, and the append-only log could never
        // forget it; titles are looked up when the log is read (decisions 061, 066).
      },
    });
  });
  await afterCommit(actor, input, report, target, subjectId ?? null);
  // Reporters hear that their report was handled, not what happened to the member concerned.
  for (const reporterId of reporterIds) {
    await notify({ userId: reporterId, kind: "reportHandled", actorId: null, url: "/meldingen", data: { outcome: input.action === "DISMISS" ? "dismissed" : "actionTaken" } });
  }
  return { action: input.action };
}

async function afterCommit(
  actor: SignedIn,
  input: ModerationActionInput,
  report: { id: string; targetKind: Target["kind"]; targetId: string; communityId: string | null },
  target: Target | null,
  subjectId: string | null,
) {
  await events.emit("moderation.action", {
    reportId: report.id,
    action: input.action,
    targetKind: report.targetKind,
    targetId: report.targetId,
    communityId: report.communityId,
    subjectId,
    actorId: actor.id,
  });
  if (input.action === "HIDE" || input.action === "UNHIDE" || input.action === "DELETE") await announceContentChange(report.targetKind, report.targetId, actor.id);
  if (input.action === "SUSPEND" && subjectId) {
    await deleteAllSessions(subjectId);
    currentIo()?.in(userRoom(subjectId)).disconnectSockets(true);
  }
  if (input.action === "REMOVE_FROM_COMMUNITY" && subjectId && report.communityId) {
    await events.emit("membership.removed", { communityId: report.communityId, userId: subjectId });
  }
  if (input.action === "HIDE" && subjectId && target) {
    await notify({ userId: subjectId, kind: "contentHidden", actorId: actor.id, url: target.url, data: { targetTitle: target.title, reason: input.reason } });
  }
  if (input.action === "WARN" && subjectId) {
    await notify({ userId: subjectId, kind: "moderationWarning", actorId: actor.id, url: target?.url ?? "/meldingen", data: { reason: input.reason } });
  }
}

/** Live views and the search index follow a hide, unhide or delete. */
async function announceContentChange(kind: Target["kind"], id: string, actorId: string) {
  if (kind === "MESSAGE") {
    const row = await db().message.findUnique({ where: { id }, select: { ...messageViewSelect, topic: { select: { channelId: true, communityId: true } } } });
    if (!row) return;
    const view = toMessageView(row);
    const payload = { messageId: id, topicId: row.topicId, channelId: row.topic.channelId, communityId: row.topic.communityId, seq: row.seq, authorId: row.author?.id ?? null, message: view };
    if (row.deletedAt) await events.emit("message.deleted", { ...payload, deletedById: actorId });
    else await events.emit("message.updated", payload);
  } else if (kind === "TOPIC") {
    const topic = await db().topic.findUnique({ where: { id } });
    if (!topic) return;
    const base = { topicId: id, channelId: topic.channelId, communityId: topic.communityId, authorId: topic.authorId, topic: toTopicState(topic) };
    if (topic.deletedAt || topic.hiddenAt) await events.emit("topic.deleted", { ...base, deletedById: actorId });
    else await events.emit("topic.updated", { ...base, changes: [] });
  } else if (kind === "PROFILE") {
    await events.emit("user.updated", { userId: id });
  } else if (kind === "LIBRARY_ITEM") {
    await events.emit("libraryItem.updated", { itemId: id, status: "PUBLISHED", fields: ["hidden"] });
  }
}
