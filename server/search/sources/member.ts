/**
 * Member profiles, for logged-in members only, and only the fields each
 * member chose to show (publicProfile): a hidden field never reaches the
 * index, so no query can find a member by it.
 */
import { paths } from "~/shared/paths.ts";
import { common } from "~/i18n/nl/common.ts";
import { REGIONS } from "~/shared/regions.ts";
import { profileSelect, publicProfile } from "../../profiles/queries.ts";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SearchDocument, SearchSource } from "../types.ts";
import { listedWhere, updatedAtVersions, visibilityOf } from "./registry.ts";

const select = { ...profileSelect, createdAt: true, updatedAt: true } as const;

/** What the member adapter lists: a profile hidden by moderation leaves the index (issue 8). */
const indexable = () => listedWhere<Prisma.UserWhereInput>("member");

const regionNames = new Map<string, string>(REGIONS.map(([slug, name]) => [slug, name]));

export const memberSource: SearchSource = {
  kind: "member",

  async load(ids) {
    const rows = await db().user.findMany({ where: { AND: [{ id: { in: ids } }, await indexable()] }, select });
    const visibility = await visibilityOf("member", ids);
    return rows.map((row): SearchDocument => {
      const profile = publicProfile(row);
      const body = [
        profile.fieldRole ? common.fieldRoles[profile.fieldRole] : null,
        profile.organisation,
        profile.region ? (regionNames.get(profile.region) ?? null) : null,
        profile.bio,
      ].filter((part): part is string => Boolean(part));
      return {
        kind: "member",
        recordId: row.id,
        title: profile.displayName,
        body: body.join("\n"),
        url: paths.member(row.id),
        communityId: null,
        themeId: null,
        evidenceLevel: null,
        accessCommunityId: null,
        visibility: visibility(row.id),
        date: row.createdAt,
        version: row.updatedAt.getTime(),
      };
    });
  },

  ...updatedAtVersions("member", () => db().user),

  triggers: {
    "user.registered": ({ userId }) => [userId],
    "user.updated": ({ userId }) => [userId],
    "user.deleted": ({ userId }) => [userId],
    // A profile hidden or shown again by moderation.
    "moderation.action": ({ targetKind, targetId }) => (targetKind === "PROFILE" ? [targetId] : []),
  },
};
