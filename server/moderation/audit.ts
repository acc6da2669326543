/**
 * The append-only audit log (docs/decisions/061-append-only-audit-log.md).
 * Write it with the same transaction client as the change it records, so a
 * moderation action and its log line commit or roll back together.
 */
import type { DbClient } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export type AuditEntry = {
  actorId: string | null;
  /** `area.verb`, for example `moderation.hide`, `report.created`. */
  action: string;
  targetKind?: string | null;
  targetId?: string | null;
  communityId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
};

export async function writeAudit(client: DbClient, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetKind: entry.targetKind ?? null,
      targetId: entry.targetId ?? null,
      communityId: entry.communityId ?? null,
      reason: entry.reason ?? null,
      details: (entry.details ?? {}) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
}
