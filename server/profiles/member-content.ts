/**
 * Member profiles as content (decision 090): members only (visitors see no
 * profiles), and not when a moderator hid the profile. A profile cannot be
 * removed by moderation (suspending is the member's, not the profile's).
 */
import { paths } from "~/shared/paths.ts";
import { isNull, FALSE } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { excerpt } from "../content/sql.ts";

const listed = { hiddenAt: null } as const;

export const content: ContentAdapter = {
  kind: "member",
  model: "User",
  listed,
  listedSql: (u) => isNull(u, "hiddenAt"),
  readable: (viewer) => (viewer.actor ? listed : { id: { in: [] } }),
  readableSql: (u, viewer) => (viewer.actor ? isNull(u, "hiddenAt") : FALSE),
  async load(ids, client = db()) {
    const rows = await client.user.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, displayName: true, bio: true, organisation: true, hiddenAt: true, hiddenReason: true },
    });
    return rows.map((row) => ({
      kind: "member" as const,
      id: row.id,
      title: row.displayName,
      excerpt: excerpt([row.organisation, row.bio].filter(Boolean).join(" — ")),
      communityId: null,
      communityName: null,
      subjectId: row.id,
      subjectName: row.displayName,
      url: paths.member(row.id),
      hiddenAt: row.hiddenAt,
      hiddenReason: row.hiddenReason,
      removed: false,
    }));
  },
  consumers: { search: "member", digest: "new-members", report: "PROFILE" },
  moderation: {
    async assertReadable(_actor, id) {
      const user = await db().user.findUnique({ where: { id }, select: { id: true } });
      if (!user) throw notFound();
    },
    async setHidden(tx, id, hidden) {
      return (
        (await tx.user.updateMany({ where: { id }, data: { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null } }))
          .count === 1
      );
    },
    remove: null,
  },
  // The User row itself: account deletion removes it (server/privacy/deletion.ts).
  personalData: { authors: [] },
};
