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
    const rows = await client.knowledgeQuestion.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true, body: true, author: { select: { id: true, displayName: true } } } });
    return rows.map((row) => ({
      kind: "knowledgeQuestion" as const, id: row.id, title: row.title, excerpt: excerpt(row.body),
      communityId: null, communityName: null, subjectId: row.author?.id ?? null, subjectName: row.author?.displayName ?? null,
      url: paths.knowledgeQuestion(row.id), hiddenAt: null, hiddenReason: null, removed: false,
    }));
  },
  consumers: { search: "knowledgeQuestion", digest: "knowledge-questions", report: null },
  personalData: {
    authors: [
      { model: "KnowledgeQuestion", field: "authorId" },
      { model: "KnowledgeComment", field: "authorId" },
    ],
  },
};
