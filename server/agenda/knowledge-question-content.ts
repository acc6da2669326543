/** Knowledge questions (kennisvragen) as content (decision 090): for signed-in members; their authors are not shown in search. */
import { paths } from "~/shared/paths.ts";
import { excerpt, FALSE, TRUE } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";

export const content: ContentAdapter = {
  kind: "knowledgeQuestion",
  model: "KnowledgeQuestion",
  parts: ["KnowledgeVote", "KnowledgeComment", "KnowledgeAnswer"],
  listed: {},
  listedSql: () => TRUE,
  readable: (viewer) => (viewer.actor ? {} : { id: { in: [] } }),
  readableSql: (_q, viewer) => (viewer.actor ? TRUE : FALSE),
  async load(ids, client = db()) {
    const rows = await client.knowledgeQuestion.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, title: true, body: true, author: { select: { id: true, displayName: true } } },
    });
    return rows.map((row) => ({
      kind: "knowledgeQuestion" as const,
      id: row.id,
      title: row.title,
      excerpt: excerpt(row.body),
      communityId: null,
      communityName: null,
      subjectId: row.author?.id ?? null,
      subjectName: row.author?.displayName ?? null,
      url: paths.knowledgeQuestion(row.id),
      hiddenAt: null,
      hiddenReason: null,
      removed: false,
    }));
  },
  consumers: { search: "knowledgeQuestion", digest: "knowledge-questions", report: null },
  personalData: {
    authors: [
      { model: "KnowledgeQuestion", field: "authorId" },
      { model: "KnowledgeComment", field: "authorId" },
    ],
    // "remove": their comments go, and a question unless others took part in it (voted, commented or
    // an answer was linked); then it stays without author.
    async erase(tx, member, mode) {
      if (mode !== "remove") return {};
      await tx.knowledgeComment.deleteMany({ where: { authorId: member.id } });
      const knowledgeQuestionIds = (await tx.knowledgeQuestion.findMany({ where: { authorId: member.id }, select: { id: true } })).map(
        (question) => question.id,
      );
      await tx.knowledgeQuestion.deleteMany({
        where: {
          authorId: member.id,
          votes: { none: { NOT: { userId: member.id } } },
          comments: { none: { NOT: { authorId: member.id } } },
          answers: { none: {} },
        },
      });
      return { knowledgeQuestionIds };
    },
  },
};
