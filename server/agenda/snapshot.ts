/**
 * The frozen state of the whole agenda that a review round keeps: every
 * theme's goals, actions and indicators with the latest measurement at that
 * moment. Written once (commands.ts `openReviewRound`); a trigger refuses any
 * later change (docs/decisions/076-review-snapshot.md).
 */
import { z } from "zod";
import { ACTION_STATUSES, INDICATOR_DIRECTIONS } from "~/shared/agenda.ts";
import type { Prisma } from "../db.ts";

export const SNAPSHOT_VERSION = 1;

const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  takenAt: z.string(),
  themes: z.array(
    z.object({
      slug: z.string(),
      nameNl: z.string(),
      nameEn: z.string(),
      goals: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          description: z.string(),
          actions: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              description: z.string(),
              owners: z.array(z.string()),
              status: z.enum(ACTION_STATUSES),
            }),
          ),
          indicators: z.array(
            z.object({
              id: z.string(),
              actionId: z.string().nullable(),
              name: z.string(),
              unit: z.string(),
              baseline: z.number().nullable(),
              targetValue: z.number(),
              targetDate: z.string(),
              direction: z.enum(INDICATOR_DIRECTIONS),
              latest: z.object({ value: z.number(), measuredOn: z.string(), source: z.string() }).nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type AgendaSnapshot = z.infer<typeof snapshotSchema>;

export function parseSnapshot(json: unknown): AgendaSnapshot {
  return snapshotSchema.parse(json);
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Reads the agenda as it is now (inside the caller's transaction). */
export async function takeSnapshot(tx: Prisma.TransactionClient, takenAt: Date): Promise<AgendaSnapshot> {
  // One query at a time: a transaction is one pg connection (docs/development.md).
  const themes = await tx.theme.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, slug: true, nameNl: true, nameEn: true } });
  const goals = await tx.agendaGoal.findMany({
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, themeId: true, title: true, description: true },
  });
  const actions = await tx.agendaAction.findMany({
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, goalId: true, title: true, description: true, owners: true, status: true },
  });
  const indicators = await tx.agendaIndicator.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      goalId: true,
      actionId: true,
      name: true,
      unit: true,
      baseline: true,
      targetValue: true,
      targetDate: true,
      direction: true,
    },
  });
  const latest = await tx.$queryRaw<{ indicatorId: string; value: number; measuredOn: Date; source: string }[]>`
    SELECT DISTINCT ON ("indicatorId") "indicatorId", "value", "measuredOn", "source"
    FROM "AgendaMeasurement"
    WHERE "createdAt" <= ${takenAt}
    ORDER BY "indicatorId", "measuredOn" DESC, "createdAt" DESC`;
  const latestBy = new Map(latest.map((row) => [row.indicatorId, row]));
  return {
    version: SNAPSHOT_VERSION,
    takenAt: takenAt.toISOString(),
    themes: themes.map((theme) => ({
      slug: theme.slug,
      nameNl: theme.nameNl,
      nameEn: theme.nameEn,
      goals: goals
        .filter((goal) => goal.themeId === theme.id)
        .map((goal) => ({
          id: goal.id,
          title: goal.title,
          description: goal.description,
          actions: actions.filter((action) => action.goalId === goal.id).map(({ goalId: _goalId, ...action }) => action),
          indicators: indicators
            .filter((indicator) => indicator.goalId === goal.id)
            .map((indicator) => {
              const last = latestBy.get(indicator.id);
              return {
                id: indicator.id,
                actionId: indicator.actionId,
                name: indicator.name,
                unit: indicator.unit,
                baseline: indicator.baseline,
                targetValue: indicator.targetValue,
                targetDate: day(indicator.targetDate),
                direction: indicator.direction,
                latest: last ? { value: last.value, measuredOn: day(last.measuredOn), source: last.source } : null,
              };
            }),
        })),
    })),
  };
}
