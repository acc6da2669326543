/**
 * The moderation queue (open reports, oldest first, within the actor's scope)
 * and the audit log for moderators and admins.
 */
import { type AuditFilter, type ModerationActionValue } from "~/shared/moderation.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { allowedActions, authorizeAuditLog, authorizeQueue, type SignedIn } from "./policy.ts";
import { auditTitles } from "./audit-titles.ts";
import { loadTarget } from "./targets.ts";

export const QUEUE_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;

export async function moderationQueue(actor: Actor) {
  const scope = await authorizeQueue(actor);
  const where: Prisma.ReportWhereInput = { status: "OPEN", ...(scope.all ? {} : { communityId: { in: scope.communityIds } }) };
  const [total, reports] = await Promise.all([
    db().report.count({ where }),
    db().report.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        targetKind: true,
        targetId: true,
        communityId: true,
        subjectId: true,
        reason: true,
        text: true,
        createdAt: true,
        reporter: { select: { id: true, displayName: true } },
      },
    }),
  ]);
  const targets = await Promise.all(reports.map((report) => loadTarget(report.targetKind, report.targetId)));
  const sameTarget = new Map<string, number>();
  for (const report of reports)
    sameTarget.set(`${report.targetKind}:${report.targetId}`, (sameTarget.get(`${report.targetKind}:${report.targetId}`) ?? 0) + 1);
  const subjectIds = [...new Set(targets.map((target) => target?.subjectId).filter((id): id is string => Boolean(id)))];
  const warnings = subjectIds.length
    ? await db().moderationAction.groupBy({
        by: ["subjectId"],
        where: { kind: "WARN", subjectId: { in: subjectIds } },
        _count: { _all: true },
      })
    : [];
  const warningCount = new Map(warnings.map((row) => [row.subjectId, row._count._all]));
  // Content hidden earlier in the actor's scope, so it can be made visible again.
  const hiddenReports = await db().report.findMany({
    where: { status: "HANDLED", outcome: "HIDE", ...(scope.all ? {} : { communityId: { in: scope.communityIds } }) },
    orderBy: [{ handledAt: "desc" }, { id: "asc" }],
    distinct: ["targetKind", "targetId"],
    take: QUEUE_PAGE_SIZE,
    select: { id: true, targetKind: true, targetId: true, communityId: true, handledAt: true },
  });
  const hiddenTargets = await Promise.all(hiddenReports.map((report) => loadTarget(report.targetKind, report.targetId)));
  const hidden = hiddenReports.flatMap((report, index) => {
    const target = hiddenTargets[index];
    // Removed since (deleted, or its author's account went with its contributions): nothing to unhide.
    if (!target?.hiddenAt || target.deleted || !allowedActions(actor, scope, report).includes("UNHIDE")) return [];
    return [
      {
        reportId: report.id,
        targetKind: report.targetKind,
        title: target.title,
        url: target.url,
        reason: target.hiddenReason,
        hiddenAt: target.hiddenAt.toISOString(),
      },
    ];
  });
  return {
    scope: scope.all ? ("all" as const) : ("communities" as const),
    total,
    hidden,
    reports: reports.map((report, index) => {
      const target = targets[index] ?? null;
      return {
        id: report.id,
        targetKind: report.targetKind,
        targetId: report.targetId,
        reason: report.reason,
        text: report.text,
        createdAt: report.createdAt.toISOString(),
        reporter: report.reporter,
        target: target
          ? {
              title: target.title,
              excerpt: target.excerpt,
              url: target.url,
              communityName: target.communityName,
              subjectName: target.subjectName,
              hidden: target.hiddenAt !== null,
              deleted: target.deleted,
            }
          : null,
        otherReports: (sameTarget.get(`${report.targetKind}:${report.targetId}`) ?? 1) - 1,
        warnings: target?.subjectId ? (warningCount.get(target.subjectId) ?? 0) : 0,
        actions: allowedActions(actor, scope, report).filter((action): action is ModerationActionValue => {
          if (action === "HIDE") return target !== null && target.hiddenAt === null && !target.deleted;
          if (action === "UNHIDE") return target !== null && target.hiddenAt !== null;
          if (action === "DELETE") return target !== null && !target.deleted;
          return true;
        }),
      };
    }),
  };
}

/** How many open reports the actor can handle (0 when none, or not a moderator/facilitator). */
export async function openReportCount(actor: SignedIn): Promise<number> {
  const scope = await authorizeQueue(actor).catch(() => null);
  if (!scope) return 0;
  return db().report.count({ where: { status: "OPEN", ...(scope.all ? {} : { communityId: { in: scope.communityIds } }) } });
}

const dayStart = (date: string) => new Date(`${date}T00:00:00.000Z`);

export async function auditLog(actor: Actor, filter: AuditFilter) {
  authorizeAuditLog(actor);
  const page = filter.page ?? 1;
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.action) where.action = filter.action;
  if (filter.community) where.communityId = filter.community;
  if (filter.actor) {
    const q = filter.actor;
    const users = await db().user.findMany({
      where: { OR: [{ id: q }, { email: q.toLowerCase() }, { displayName: { contains: q, mode: "insensitive" } }] },
      select: { id: true },
      take: 100,
    });
    where.actorId = { in: users.map((user) => user.id) };
  }
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: dayStart(filter.from) } : {}),
      ...(filter.to ? { lt: new Date(dayStart(filter.to).getTime() + 24 * 60 * 60 * 1000) } : {}),
    };
  }
  const [total, rows, actions, communities] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db().auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db().community.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  // The log keeps ids only (no foreign keys on an append-only table): names are looked up now.
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const names = new Map(
    (await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } })).map((user) => [
      user.id,
      user.displayName,
    ]),
  );
  const communityNames = new Map(communities.map((community) => [community.id, community.name]));
  const titles = await auditTitles(rows);
  return {
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    total,
    actions: actions.map((row) => row.action),
    communities,
    entries: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      actorId: row.actorId,
      actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
      action: row.action,
      targetKind: row.targetKind,
      targetId: row.targetId,
      title: row.targetKind && row.targetId ? (titles.get(`${row.targetKind}:${row.targetId}`) ?? null) : null,
      communityName: row.communityId ? (communityNames.get(row.communityId) ?? null) : null,
      reason: row.reason,
    })),
  };
}

/** The moderator's reason when the member's own profile is hidden (shown only to them). */
export async function ownHiddenReason(userId: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { hiddenAt: true, hiddenReason: true } });
  return user?.hiddenAt ? (user.hiddenReason ?? "") : null;
}
