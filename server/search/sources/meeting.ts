/**
 * Meetings (bijeenkomsten): title, description and place. A community meeting is
 * found by the community's readers, a platform-wide one by every signed-in
 * member (decision 070). Cancelled meetings leave the index.
 */
import { paths } from "~/shared/paths.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource } from "../types.ts";
import { listedWhere, updatedAtVersions, visibilityOf } from "./registry.ts";
import "../../meetings/domain-events.ts";

/** What the meeting adapter lists: not cancelled. */
const indexable = () => listedWhere<Prisma.MeetingWhereInput>("meeting");

export const meetingSource: SearchSource = {
  kind: "event",

  async load(ids) {
    const rows = await db().meeting.findMany({
      where: { AND: [{ id: { in: ids } }, await indexable()] },
      select: {
        id: true,
        title: true,
        description: true,
        location: true,
        startsAt: true,
        updatedAt: true,
        communityId: true,
        community: { select: { themeId: true } },
      },
    });
    const visibility = await visibilityOf("meeting", ids);
    return rows.map((row): SearchDocument => ({
      kind: "event",
      recordId: row.id,
      title: row.title,
      body: [row.location ?? "", row.description].filter(Boolean).join("\n"),
      url: paths.meeting(row.id),
      communityId: row.communityId,
      themeId: row.community?.themeId ?? null,
      evidenceLevel: null,
      accessCommunityId: row.communityId,
      visibility: visibility(row.id),
      date: row.startsAt,
      version: row.updatedAt.getTime(),
    }));
  },

  ...updatedAtVersions("meeting", () => db().meeting),

  triggers: {
    "event.created": ({ eventId: meetingId }) => [meetingId],
    "event.updated": ({ eventId: meetingId }) => [meetingId],
  },
};
