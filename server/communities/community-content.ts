/** Communities as content (decision 090): invite-only ones are invisible to anyone without a membership (or a moderator role). */
import { paths } from "~/shared/paths.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { col, excerpt, TRUE } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";

export const content: ContentAdapter = {
  kind: "community",
  model: "Community",
  parts: ["Membership", "JoinRequest", "Invitation"],
  listed: {},
  listedSql: () => TRUE,
  readable: (viewer) => ({ OR: [{ accessMode: { not: "INVITE_ONLY" } }, { id: { in: [...viewer.readableCommunityIds] } }] }),
  readableSql: (c, viewer) =>
    Prisma.sql`(${col(c, "accessMode")}::text <> 'INVITE_ONLY' OR ${col(c, "id")} = ANY(${[...viewer.readableCommunityIds]}::text[]))`,
  async load(ids, client = db()) {
    const rows = await client.community.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, slug: true, name: true, summary: true },
    });
    return rows.map((row) => ({
      kind: "community" as const,
      id: row.id,
      title: row.name,
      excerpt: excerpt(row.summary),
      communityId: row.id,
      communityName: row.name,
      subjectId: null,
      subjectName: null,
      url: paths.community(row.slug),
      hiddenAt: null,
      hiddenReason: null,
      removed: false,
    }));
  },
  // Communities are made by moderators and not reported (their content is).
  consumers: { search: "community", digest: "new-communities", report: null },
  personalData: { authors: [] },
};
