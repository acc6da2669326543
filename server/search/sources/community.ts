/**
 * Communities: name, summary and about text. Listed communities (open, on
 * request) are public; an invite-only community is only found by those who
 * may read it, so outsiders never learn it exists.
 */
import { paths } from "~/shared/paths.ts";
import { communities as labels } from "~/i18n/nl/communities.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource } from "../types.ts";
import { listedWhere, updatedAtVersions, visibilityOf } from "./registry.ts";

/** What the community adapter lists (every community today). */
const indexable = () => listedWhere<Prisma.CommunityWhereInput>("community");

const select = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  about: true,
  kind: true,
  accessMode: true,
  themeId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const communitySource: SearchSource = {
  kind: "community",

  async load(ids) {
    const rows = await db().community.findMany({ where: { AND: [{ id: { in: ids } }, await indexable()] }, select });
    // Listed communities are public; an invite-only one only for its readers (accessCommunityId).
    const visibility = await visibilityOf("community", ids);
    return rows.map((row): SearchDocument => ({
      kind: "community",
      recordId: row.id,
      title: row.name,
      body: [labels.kinds[row.kind], row.summary, row.about].join("\n"),
      url: paths.community(row.slug),
      communityId: row.id,
      themeId: row.themeId,
      evidenceLevel: null,
      accessCommunityId: row.accessMode === "INVITE_ONLY" ? row.id : null,
      visibility: visibility(row.id),
      date: row.createdAt,
      version: row.updatedAt.getTime(),
    }));
  },

  ...updatedAtVersions("community", () => db().community),

  triggers: {
    "community.updated": ({ communityId }) => [communityId],
  },
};
