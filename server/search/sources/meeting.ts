/**
 * Events (bijeenkomsten): title, description and place. A community meeting is
 * found by the community's readers, a platform-wide one by every signed-in
 * member (decision 070). Cancelled meetings leave the index.
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { SearchDocument, SearchSource, SourceVersion } from "../types.ts";
import "../../meetings/domain-events.ts";

const indexable = { cancelledAt: null } as const;

export const meetingSource: SearchSource = {
  kind: "event",

  async load(ids) {
    const rows = await db().meeting.findMany({
      where: { id: { in: ids }, ...indexable },
      select: { id: true, title: true, description: true, location: true, startsAt: true, updatedAt: true, communityId: true, community: { select: { themeId: true } } },
    });
    return rows.map(
      (row): SearchDocument => ({
        kind: "event",
        recordId: row.id,
        title: row.title,
        body: [row.location ?? "", row.description].filter(Boolean).join("\n"),
        url: paths.meeting(row.id),
        communityId: row.communityId,
        themeId: row.community?.themeId ?? null,
        evidenceLevel: null,
        accessCommunityId: row.communityId,
        visibility: "members",
        date: row.startsAt,
        version: row.updatedAt.getTime(),
      }),
    );
  },

  async list(afterId, limit) {
    const rows = await db().meeting.findMany({
      where: { ...indexable, ...(afterId ? { id: { gt: afterId } } : {}) },
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
      take: limit,
    });
    return rows.map((row): SourceVersion => ({ id: row.id, version: row.updatedAt.getTime() }));
  },

  count() {
    return db().meeting.count({ where: indexable });
  },

  async versions(ids) {
    const rows = await db().meeting.findMany({ where: { id: { in: ids }, ...indexable }, select: { id: true, updatedAt: true } });
    return rows.map((row): SourceVersion => ({ id: row.id, version: row.updatedAt.getTime() }));
  },

  triggers: {
    "event.created": ({ eventId: meetingId }) => [meetingId],
    "event.updated": ({ eventId: meetingId }) => [meetingId],
  },
};
