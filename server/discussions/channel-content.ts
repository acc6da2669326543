/** Channels as content (decision 090): part of a community, managed by facilitators; not reported, searched or digested. */
import { paths } from "~/shared/paths.ts";
import { inIds, TRUE } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";

export const content: ContentAdapter = {
  kind: "channel",
  model: "Channel",
  listed: {},
  listedSql: () => TRUE,
  readable: (viewer) => ({ communityId: { in: [...viewer.readableCommunityIds] } }),
  readableSql: (c, viewer) => inIds(c, "communityId", viewer.readableCommunityIds),
  async load(ids, client = db()) {
    const rows = await client.channel.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        name: true,
        description: true,
        slug: true,
        communityId: true,
        createdBy: { select: { id: true, displayName: true } },
        community: { select: { slug: true, name: true } },
      },
    });
    return rows.map((row) => ({
      kind: "channel" as const,
      id: row.id,
      title: row.name,
      excerpt: row.description ?? "",
      communityId: row.communityId,
      communityName: row.community.name,
      subjectId: row.createdBy?.id ?? null,
      subjectName: row.createdBy?.displayName ?? null,
      url: paths.channel({ communitySlug: row.community.slug, channelSlug: row.slug }),
      hiddenAt: null,
      hiddenReason: null,
      removed: false,
    }));
  },
  // Channels are found through their topics; a digest reports topics; facilitators manage channels (no reports).
  consumers: { search: null, digest: null, report: null },
  personalData: { authors: [{ model: "Channel", field: "createdById" }] },
};
