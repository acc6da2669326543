/**
 * Demo moderation: one open report about a discussion message, so the
 * moderation queue (/moderatie, moderator@praktijkplein.test) and the audit
 * log (/beheer/auditlog, admin@praktijkplein.test) have something to show.
 */
import { db } from "../../server/db.ts";
import type { SeedContext } from "./demo.ts";

export async function seedModeration({ log }: SeedContext): Promise<void> {
  const message = await db().message.findFirst({
    where: { deletedAt: null, authorId: { not: null }, seq: { gt: 1 } },
    orderBy: { createdAt: "desc" },
    select: { id: true, authorId: true, topic: { select: { communityId: true } } },
  });
  if (!message) return log("seeded no reports (no discussion messages)");
  const reporter = await db().membership.findFirst({
    where: { communityId: message.topic.communityId, userId: { not: message.authorId! }, user: { globalRole: "MEMBER" } },
    select: { userId: true },
  });
  if (!reporter) return log("seeded no reports (no second member)");
  await db().$transaction(async (tx) => {
    const report = await tx.report.create({
      data: {
        targetKind: "MESSAGE",
        targetId: message.id,
        communityId: message.topic.communityId,
        subjectId: message.authorId,
        reporterId: reporter.userId,
        reason: "MISINFORMATION",
        text: "Volgens mij klopt de genoemde regeling niet meer sinds dit jaar. Kan een moderator kijken?",
      },
      select: { id: true },
    });
    // Seed data, not a command: the line the audit processor would write for report.created.
    await tx.auditLog.create({
      data: {
        actorId: reporter.userId,
        action: "report.created",
        targetKind: "MESSAGE",
        targetId: message.id,
        communityId: message.topic.communityId,
        reason: "MISINFORMATION",
        details: { reportId: report.id },
      },
      select: { id: true },
    });
  });
  log("seeded 1 open report for the moderation queue");
}
