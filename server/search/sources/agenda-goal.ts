/**
 * Goals of the work agenda: title, description and the titles of the goal's
 * actions. The agenda is public accountability (decision 075): visitors find
 * goals too. The hit leads to the theme's agenda page. The version is the
 * newest `updatedAt` of the goal and its actions, so an added or changed
 * action re-indexes the goal.
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";
import { listedWhere, visibilityOf } from "./registry.ts";
import "../../agenda/domain-events.ts";

const versionSelect = { id: true, updatedAt: true, actions: { select: { updatedAt: true } } } as const;

function newest(row: { updatedAt: Date; actions: { updatedAt: Date }[] }): number {
  return Math.max(row.updatedAt.getTime(), ...row.actions.map((action) => action.updatedAt.getTime()));
}

/** What the agenda-goal adapter lists (every goal today). */
const indexable = () => listedWhere<Prisma.AgendaGoalWhereInput>("agendaGoal");

async function versionsWhere(where: Prisma.AgendaGoalWhereInput, take?: number): Promise<SourceVersion[]> {
  const rows = await db().agendaGoal.findMany({
    where: { AND: [await indexable(), where] },
    select: versionSelect,
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map((row) => ({ id: row.id, version: newest(row) }));
}

export const agendaGoalSource: SearchSource = {
  kind: "agendaGoal",

  async load(ids) {
    const rows = await db().agendaGoal.findMany({
      where: { AND: [{ id: { in: ids } }, await indexable()] },
      select: {
        id: true,
        title: true,
        description: true,
        themeId: true,
        createdAt: true,
        updatedAt: true,
        theme: { select: { slug: true } },
        actions: { select: { title: true, updatedAt: true }, orderBy: { sortOrder: "asc" } },
      },
    });
    const visibility = await visibilityOf("agendaGoal", ids);
    return rows.map((row): SearchDocument => ({
      kind: "agendaGoal",
      recordId: row.id,
      title: row.title,
      body: [row.description, ...row.actions.map((action) => action.title)].filter(Boolean).join("\n"),
      url: paths.agendaTheme(row.theme.slug),
      communityId: null,
      themeId: row.themeId,
      evidenceLevel: null,
      accessCommunityId: null,
      visibility: visibility(row.id),
      date: row.createdAt,
      version: newest(row),
    }));
  },

  list(afterId, limit) {
    return versionsWhere(afterId ? { id: { gt: afterId } } : {}, limit);
  },

  async count() {
    return db().agendaGoal.count({ where: await indexable() });
  },

  versions(ids) {
    return versionsWhere({ id: { in: ids } });
  },

  triggers: {
    "agendaGoal.changed": ({ goalId }) => [goalId],
  },
};
