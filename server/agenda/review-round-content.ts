/** Review rounds (herijking) as content (decision 090): public like the agenda; comments and decisions name their members. */
import { excerpt, TRUE } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";
import { paths } from "~/shared/paths.ts";

export const content: ContentAdapter = {
  kind: "reviewRound",
  model: "ReviewRound",
  parts: ["ReviewComment", "ReviewDecision"],
  listed: {},
  listedSql: () => TRUE,
  readable: () => ({}),
  readableSql: () => TRUE,
  async load(ids, client = db()) {
    const rows = await client.reviewRound.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, title: true, period: true, createdBy: { select: { id: true, displayName: true } } },
    });
    return rows.map((row) => ({
      kind: "reviewRound" as const,
      id: row.id,
      title: row.title,
      excerpt: excerpt(row.period),
      communityId: null,
      communityName: null,
      subjectId: row.createdBy?.id ?? null,
      subjectName: row.createdBy?.displayName ?? null,
      url: paths.reviewRound(row.id),
      hiddenAt: null,
      hiddenReason: null,
      removed: false,
    }));
  },
  // A round is opened by moderators and read on its page; it is not searched, digested or reported.
  consumers: { search: null, digest: null, report: null },
  personalData: {
    authors: [
      { model: "ReviewRound", field: "createdById" },
      { model: "ReviewComment", field: "authorId" },
      { model: "ReviewDecision", field: "createdById" },
    ],
    // "remove": their comments go; rounds and decisions are the agenda's record and stay without author.
    async erase(tx, member, mode) {
      if (mode === "remove") await tx.reviewComment.deleteMany({ where: { authorId: member.id } });
      return {};
    },
  },
};
