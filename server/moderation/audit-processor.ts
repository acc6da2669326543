/**
 * The audit processor: every event whose declaration says what a moderator,
 * facilitator or admin did (`audit` in server/<area>/events.ts) becomes one
 * line of the append-only audit log. The line carries the event's id, which is
 * unique: a job that runs twice adds nothing the second time (the table
 * refuses updates, so ON CONFLICT DO NOTHING is the only way to be idempotent).
 */
import { EVENT_NAMES, EVENTS } from "../events/catalog.ts";
import type { EventProcessor } from "../events/processor.ts";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export function auditProcessor(): EventProcessor {
  const lineFor = (name: keyof typeof EVENTS, payload: unknown) => EVENTS[name].audit?.(payload as never) ?? null;
  return {
    name: "audit",
    applicableEvents: EVENT_NAMES.filter((name) => EVENTS[name].audit),
    // Only events that make a line get a job (a member deleting their own message makes none).
    wants: (event) => lineFor(event.name, event.payload) !== null,
    perform: async (event) => {
      const line = lineFor(event.name, event.payload);
      if (!line) return;
      await db().auditLog.createMany({
        data: [
          {
            eventId: event.id,
            actorId: line.actorId,
            action: line.action,
            targetKind: line.targetKind ?? null,
            targetId: line.targetId ?? null,
            communityId: line.communityId ?? null,
            reason: line.reason ?? null,
            details: (line.details ?? {}) as Prisma.InputJsonValue,
            createdAt: new Date(event.occurredAt),
          },
        ],
        skipDuplicates: true,
      });
    },
  };
}
