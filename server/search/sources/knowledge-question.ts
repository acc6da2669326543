/**
 * Knowledge questions of the work agenda (kennisvragen): title and body. The
 * question pages require login (decision 075), so the documents are for
 * members only. Author names are not indexed, so account deletion only has
 * to remove the questions it deleted. Questions are never edited (title and
 * body are fixed at creation), so the version is the creation time.
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";
import { listedWhere, visibilityOf } from "./registry.ts";
import "../../agenda/domain-events.ts";
import "../../privacy/deletion.ts";

/** What the knowledge-question adapter lists (every question today). */
const indexable = () => listedWhere<Prisma.KnowledgeQuestionWhereInput>("knowledgeQuestion");

async function versionsWhere(where: Prisma.KnowledgeQuestionWhereInput, take?: number): Promise<SourceVersion[]> {
  const rows = await db().knowledgeQuestion.findMany({
    where: { AND: [await indexable(), where] },
    select: { id: true, createdAt: true },
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  return rows.map((row) => ({ id: row.id, version: row.createdAt.getTime() }));
}

export const knowledgeQuestionSource: SearchSource = {
  kind: "knowledgeQuestion",

  async load(ids) {
    const rows = await db().knowledgeQuestion.findMany({
      where: { AND: [{ id: { in: ids } }, await indexable()] },
      select: { id: true, title: true, body: true, themeId: true, createdAt: true },
    });
    const visibility = await visibilityOf("knowledgeQuestion", ids);
    return rows.map((row): SearchDocument => ({
      kind: "knowledgeQuestion",
      recordId: row.id,
      title: row.title,
      body: row.body,
      url: paths.knowledgeQuestion(row.id),
      communityId: null,
      themeId: row.themeId,
      evidenceLevel: null,
      accessCommunityId: null,
      visibility: visibility(row.id),
      date: row.createdAt,
      version: row.createdAt.getTime(),
    }));
  },

  list(afterId, limit) {
    return versionsWhere(afterId ? { id: { gt: afterId } } : {}, limit);
  },

  async count() {
    return db().knowledgeQuestion.count({ where: await indexable() });
  },

  versions(ids) {
    return versionsWhere({ id: { in: ids } });
  },

  triggers: {
    "knowledgeQuestion.created": ({ questionId }) => [questionId],
    // Deleted with the account (or kept without author): removed or re-indexed.
    "user.deleted": ({ knowledgeQuestionIds }) => knowledgeQuestionIds ?? [],
  },
};
