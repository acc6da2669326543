/**
 * Member profiles and the member directory (decision 091): what a member
 * shows of themselves, what others may see of it, and the list of members.
 * The profile as content (search, reports, hiding) is member-content.ts.
 */
import type { FieldRoleValue } from "~/shared/enums.ts";
import { loadCommunity } from "../communities/access.ts";
import { contentAdapter } from "../content/registry.ts";
import type { Actor } from "../communities/policy.ts";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { isModerator } from "../moderation/roles.ts";

export type PublicProfile = {
  id: string;
  displayName: string;
  organisation: string | null;
  fieldRole: FieldRoleValue | null;
  region: string | null;
  bio: string | null;
};

export const profileSelect = {
  id: true,
  displayName: true,
  organisation: true,
  fieldRole: true,
  region: true,
  bio: true,
  showOrganisation: true,
  showFieldRole: true,
  showRegion: true,
  showBio: true,
  hiddenAt: true,
} as const;

/** What other members may see of a profile: only the fields its owner chose to show. */
export function publicProfile(user: {
  id: string;
  displayName: string;
  organisation: string | null;
  fieldRole: FieldRoleValue;
  region: string | null;
  bio: string | null;
  showOrganisation: boolean;
  showFieldRole: boolean;
  showRegion: boolean;
  showBio: boolean;
  /** Hidden by a moderator: only the name remains (issue 8). */
  hiddenAt?: Date | null;
}): PublicProfile {
  if (user.hiddenAt) return { id: user.id, displayName: user.displayName, organisation: null, fieldRole: null, region: null, bio: null };
  return {
    id: user.id,
    displayName: user.displayName,
    organisation: user.showOrganisation ? user.organisation : null,
    fieldRole: user.showFieldRole ? user.fieldRole : null,
    region: user.showRegion ? user.region : null,
    bio: user.showBio ? user.bio : null,
  };
}

export type DirectoryFilters = {
  q?: string;
  fieldRole?: FieldRoleValue;
  region?: string;
  organisation?: string;
  community?: string;
  page?: number;
};

export const DIRECTORY_PAGE_SIZE = 24;

/**
 * The member directory. Filters only ever match fields a member chose to
 * show, so a filter cannot reveal a hidden value. A profile a moderator hid
 * shows only its name (publicProfile): it is listed (by name) but no filter
 * on its other fields matches it, or the filter would tell what the page no
 * longer shows (decision 279). "Listed" is the member adapter's rule.
 */
export async function memberDirectory(actor: NonNullable<Actor>, filters: DirectoryFilters) {
  const and: Prisma.UserWhereInput[] = [];
  const shown = (await contentAdapter("member")).listed as Prisma.UserWhereInput;
  if (filters.q) and.push({ displayName: { contains: filters.q, mode: "insensitive" } });
  if (filters.fieldRole) and.push({ fieldRole: filters.fieldRole, showFieldRole: true, ...shown });
  if (filters.region) and.push({ region: filters.region, showRegion: true, ...shown });
  if (filters.organisation)
    and.push({ organisation: { contains: filters.organisation, mode: "insensitive" }, showOrganisation: true, ...shown });
  let communityFilter: { id: string; slug: string; name: string } | null = null;
  if (filters.community) {
    const loaded = await loadCommunity(actor, filters.community, "seeMembers").catch(() => null);
    if (loaded) {
      communityFilter = { id: loaded.community.id, slug: loaded.community.slug, name: loaded.community.name };
      and.push({ memberships: { some: { communityId: loaded.community.id } } });
    } else {
      and.push({ id: "__none__" });
    }
  }
  const where: Prisma.UserWhereInput = and.length ? { AND: and } : {};
  const page = Math.max(1, Math.min(filters.page ?? 1, 10_000));
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      select: profileSelect,
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      skip: (page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)),
    members: users.map(publicProfile),
    communityFilter,
  };
}

/** Communities whose members the actor may see: open ones and their own; moderators see all. */
function memberListableWhere(actor: NonNullable<Actor>): Prisma.CommunityWhereInput {
  return isModerator(actor) ? {} : { OR: [{ accessMode: "OPEN" }, { memberships: { some: { userId: actor.id } } }] };
}

/** Communities whose members the actor may list: the options of the directory's community filter. */
export async function directoryCommunityOptions(actor: NonNullable<Actor>) {
  return db().community.findMany({ where: memberListableWhere(actor), select: { slug: true, name: true }, orderBy: { name: "asc" } });
}

export async function memberProfile(actor: NonNullable<Actor>, userId: string) {
  const user = await db().user.findUnique({ where: { id: userId }, select: profileSelect });
  if (!user) return null;
  const communities = await db().community.findMany({
    where: { AND: [memberListableWhere(actor), { memberships: { some: { userId } } }] },
    select: { slug: true, name: true },
    orderBy: { name: "asc" },
  });
  return { profile: publicProfile(user), communities };
}

/** The member's own profile, every field (also those they do not show), for /profiel. */
export async function getOwnProfile(userId: string) {
  const { hiddenAt: _hidden, ...fields } = profileSelect;
  return db().user.findUnique({ where: { id: userId }, select: { ...fields, email: true, globalRole: true, createdAt: true } });
}
