import { db, type DbClient } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import { notFound } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";
import { type Actor, type CommunityContext, authorizeCommunity, type CommunityAction, communityPermissions } from "./policy.ts";
import { communityStanding } from "./standing.ts";

const communitySelect = {
  id: true,
  slug: true,
  name: true,
  summary: true,
  about: true,
  kind: true,
  accessMode: true,
  createdAt: true,
  theme: { select: { id: true, slug: true, nameNl: true, nameEn: true } },
} as const;

/** The actor's standing in a community: membership, invitation, request. */
export async function communityContextFor(
  actor: Actor,
  community: { id: string; accessMode: CommunityContext["accessMode"] },
  client: DbClient = db(),
): Promise<CommunityContext> {
  if (!actor) return { accessMode: community.accessMode, role: null };
  // The session's user carries its verified address (read this request): no second lookup (issue 17.2).
  const email =
    actor.emailVerified === false
      ? null
      : actor.email && actor.emailVerified === true
        ? actor.email
        : await verifiedEmailOf(actor.id, client);
  const [membership, invitation, request] = await Promise.all([
    client.membership.findUnique({
      where: { userId_communityId: { userId: actor.id, communityId: community.id } },
      select: { role: true },
    }),
    // Only a verified address counts: whoever registers an invited address without reading its mailbox is not invited (decision 111).
    email
      ? client.invitation.findFirst({
          where: { communityId: community.id, status: "PENDING", expiresAt: { gt: new Date() }, email },
          select: { id: true },
        })
      : null,
    client.joinRequest.findFirst({ where: { communityId: community.id, userId: actor.id, status: "PENDING" }, select: { id: true } }),
  ]);
  return { accessMode: community.accessMode, role: membership?.role ?? null, invited: invitation !== null, requested: request !== null };
}

/** The account's address when it is verified (decision 110), else null: invitations to it count only then. */
export async function verifiedEmailOf(userId: string, client: DbClient = db()): Promise<string | null> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return user?.emailVerifiedAt ? user.email : null;
}

/**
 * Loads a community by slug and checks the action; throws 404 when it does
 * not exist or may not be known, 403 when the action is not allowed.
 */
export async function loadCommunity(actor: Actor, slug: string, action: CommunityAction) {
  const { community, context } = await loadCommunityContext(actor, slug);
  const permissions = authorizeCommunity(actor, context, action);
  return { community, context, permissions };
}

/** The community and the actor's standing in it, before any check (a command that decides first, then authorizes). */
export async function loadCommunityContext(actor: Actor, slug: string) {
  // One statement for the community and the standing that communityContextFor would read (decision 218).
  const standing = await communityStanding(actor, slug);
  // A moderator or admin may view every community, so the policy alone lets a missing one through: 404 here.
  if (!standing) throw notFound();
  return standing;
}

export async function loadCommunityById(actor: Actor, id: string, action: CommunityAction) {
  const community = await db().community.findUnique({ where: { id }, select: communitySelect });
  if (!community) throw notFound();
  const context = await communityContextFor(actor, community);
  const permissions = authorizeCommunity(actor, context, action);
  return { community, context, permissions };
}

const READABLE_WHERE = `WHERE c."accessMode"::text = 'OPEN' OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = c."id" AND m."userId" = $1)`;
const ALL_COMMUNITY_IDS = `/* prepared */ SELECT c."id" FROM "Community" c`;
const READABLE_COMMUNITY_IDS = `/* prepared */ SELECT c."id" FROM "Community" c
  ${READABLE_WHERE}`;
const ALL_COMMUNITY_NAMES = `/* prepared */ SELECT c."id", c."slug", c."name" FROM "Community" c`;
const READABLE_COMMUNITY_NAMES = `/* prepared */ SELECT c."id", c."slug", c."name" FROM "Community" c
  ${READABLE_WHERE}`;

/**
 * readableCommunityIds with each community's slug and name, by the same conditions (decision 321): a
 * search result page names its communities from these, so it needs no statement after the search for
 * them. Visitors read nothing here, as there.
 */
export async function readableCommunities(actor: Actor): Promise<{ id: string; slug: string; name: string }[]> {
  if (!actor) return [];
  return isModerator(actor)
    ? directQuery<{ id: string; slug: string; name: string }>(ALL_COMMUNITY_NAMES, [])
    : directQuery<{ id: string; slug: string; name: string }>(READABLE_COMMUNITY_NAMES, [actor.id]);
}

/**
 * The ids of all communities whose content the actor may read. Used by search,
 * digests and lists to filter in the query itself. One prepared statement on pg
 * (decision 267): search, the home page and the agenda ask it on every member
 * page, and through Prisma it cost several times the CPU. Same rows as Prisma's
 * `findMany({ where: { OR: [{ accessMode: "OPEN" }, { memberships: { some: { userId } } }] } })`
 * (tests/integration/member-page-reads.test.ts); the order carries no meaning.
 */
export async function readableCommunityIds(actor: Actor): Promise<string[]> {
  if (!actor) return [];
  const rows = isModerator(actor)
    ? await directQuery<{ id: string }>(ALL_COMMUNITY_IDS, [])
    : await directQuery<{ id: string }>(READABLE_COMMUNITY_IDS, [actor.id]);
  return rows.map((row) => row.id);
}

export { communityPermissions };
