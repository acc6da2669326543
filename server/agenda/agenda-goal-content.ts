/** Goals of the work agenda as content (decision 090): public, on their theme's page; written by moderators, with no author. */
import { paths } from "~/shared/paths.ts";
import { excerpt, TRUE } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";

export const content: ContentAdapter = {
  kind: "agendaGoal",
  model: "AgendaGoal",
  parts: ["AgendaAction", "AgendaIndicator", "AgendaMeasurement"],
  listed: {},
  listedSql: () => TRUE,
  readable: () => ({}),
  readableSql: () => TRUE,
  async load(ids, client = db()) {
    const rows = await client.agendaGoal.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, title: true, description: true, theme: { select: { slug: true } } },
    });
    return rows.map((row) => ({
      kind: "agendaGoal" as const,
      id: row.id,
      title: row.title,
      excerpt: excerpt(row.description),
      communityId: null,
      communityName: null,
      subjectId: null,
      subjectName: null,
      url: paths.agendaTheme(row.theme.slug),
      hiddenAt: null,
      hiddenReason: null,
      removed: false,
    }));
  },
  // Changes to goals reach people on the agenda pages; there is no digest section for them.
  consumers: { search: "agendaGoal", digest: null, report: null },
  personalData: { authors: [] },
};
