/**
 * Meetings as content (decision 090). The model is `Event` (the table keeps
 * its name); a cancelled meeting is no longer listed. Platform-wide meetings
 * are for every signed-in member, a community's for its readers.
 */
import { paths } from "~/shared/paths.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { and, col, excerpt, FALSE, isNull } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";

const listed = { cancelledAt: null } as const;

export const content: ContentAdapter = {
  kind: "meeting",
  model: "Meeting",
  table: "Event",
  parts: ["Rsvp", "CalendarFeed"],
  listed,
  listedSql: (e) => isNull(e, "cancelledAt"),
  readable: (viewer) =>
    viewer.actor
      ? { ...listed, OR: [{ communityId: null }, { communityId: { in: [...viewer.readableCommunityIds] } }] }
      : { id: { in: [] } },
  readableSql: (e, viewer) =>
    viewer.actor
      ? and(
          isNull(e, "cancelledAt"),
          Prisma.sql`(${col(e, "communityId")} IS NULL OR ${col(e, "communityId")} = ANY(${[...viewer.readableCommunityIds]}::text[]))`,
        )
      : FALSE,
  async load(ids, client = db()) {
    const rows = await client.meeting.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        title: true,
        description: true,
        communityId: true,
        cancelledAt: true,
        createdBy: { select: { id: true, displayName: true } },
        community: { select: { name: true } },
      },
    });
    return rows.map((row) => ({
      kind: "meeting" as const,
      id: row.id,
      title: row.title,
      excerpt: excerpt(row.description),
      communityId: row.communityId,
      communityName: row.community?.name ?? null,
      subjectId: row.createdBy?.id ?? null,
      subjectName: row.createdBy?.displayName ?? null,
      url: paths.meeting(row.id),
      hiddenAt: null,
      hiddenReason: null,
      removed: row.cancelledAt !== null,
    }));
  },
  // Organisers cancel meetings; they are not reported.
  consumers: { search: "event", digest: "upcoming-events", report: null },
  personalData: { authors: [{ model: "Meeting", field: "createdById" }] },
};
