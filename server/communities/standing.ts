/**
 * A community and the actor's standing in it (membership, invitation,
 * request) in one statement on pg (decision 218). Every page under
 * /communities/<slug> reads them in its layout, and the layout also needs
 * the member count, the facilitators and the open requests: through Prisma
 * that was seven statements per page (the community with its theme, the
 * membership, the join request, the count, the facilitators' memberships and
 * their users), each through Prisma's query engine. The rules are those of
 * `communityContextFor` (server/communities/access.ts), written as SQL; the
 * authorization itself stays in the policy (`authorizeCommunity`), which gets
 * the same context as before. tests/integration/community-standing.test.ts
 * compares both for every demo community and account.
 *
 * Both texts are fixed and prepared per connection (decision 181).
 */
import { directQuery } from "../db/direct.ts";
import { isUnreadSql, readStateJoins } from "../discussions/unread.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { isModerator } from "../moderation/roles.ts";
import type { Actor, CommunityContext } from "./policy.ts";
import type { CommunityKindValue, CommunityRoleValue } from "~/shared/enums.ts";

export type CommunitySummary = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  about: string;
  kind: CommunityKindValue;
  accessMode: CommunityContext["accessMode"];
  createdAt: Date;
  theme: { id: string; slug: string; nameNl: string; nameEn: string };
};

type StandingRow = Omit<CommunitySummary, "theme"> & {
  themeId: string;
  themeSlug: string;
  themeNameNl: string;
  themeNameEn: string;
  role: CommunityRoleValue | null;
  invited: boolean;
  requested: boolean;
};

type PageRow = StandingRow & {
  memberCount: number;
  facilitatorCount: number;
  pendingRequests: number;
  facilitators: { id: string; displayName: string; organisation: string | null; showOrganisation: boolean }[];
};

/*
 * $1 slug, $2 the actor's id ('' for a visitor: no user has it), $3 the actor's verified address when the
 * session already knows it, $4 whether to look the verified address up (the session did not say).
 * Invitations count for a verified address only (decision 111); expiry is compared in UTC, as stored.
 */
const STANDING = `c."id", c."slug", c."name", c."summary", c."about", c."kind"::text AS "kind", c."accessMode"::text AS "accessMode", c."createdAt",
      t."id" AS "themeId", t."slug" AS "themeSlug", t."nameNl" AS "themeNameNl", t."nameEn" AS "themeNameEn",
      (SELECT m."role"::text FROM "Membership" m WHERE m."userId" = $2 AND m."communityId" = c."id") AS "role",
      EXISTS (SELECT 1 FROM "Invitation" i
               WHERE i."communityId" = c."id" AND i."status"::text = 'PENDING' AND i."expiresAt" > (now() AT TIME ZONE 'UTC')
                 AND i."email" = COALESCE($3::text, CASE WHEN $4::boolean
                   THEN (SELECT u."email" FROM "User" u WHERE u."id" = $2 AND u."emailVerifiedAt" IS NOT NULL) END)) AS "invited",
      EXISTS (SELECT 1 FROM "JoinRequest" r WHERE r."communityId" = c."id" AND r."userId" = $2 AND r."status"::text = 'PENDING') AS "requested"`;

const FROM = `FROM "Community" c JOIN "Theme" t ON t."id" = c."themeId" WHERE c."slug" = $1`;

const STANDING_TEXT = `/* prepared */ SELECT ${STANDING} ${FROM}`;

const PAGE_TEXT = `/* prepared */ SELECT ${STANDING},
      (SELECT count(*)::int FROM "Membership" m WHERE m."communityId" = c."id") AS "memberCount",
      (SELECT count(*)::int FROM "Membership" m WHERE m."communityId" = c."id" AND m."role"::text = 'FACILITATOR') AS "facilitatorCount",
      (SELECT count(*)::int FROM "JoinRequest" r WHERE r."communityId" = c."id" AND r."status"::text = 'PENDING') AS "pendingRequests",
      (SELECT COALESCE(json_agg(json_build_object('id', u."id", 'displayName', u."displayName", 'organisation', u."organisation",
                                                  'showOrganisation', u."showOrganisation") ORDER BY m."joinedAt", m."id"), '[]'::json)
         FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
        WHERE m."communityId" = c."id" AND m."role"::text = 'FACILITATOR') AS "facilitators"
    ${FROM}`;

/** The parameters after the slug: the actor's id and how their verified address is known (as communityContextFor decides). */
function actorValues(actor: Actor): [string, string | null, boolean] {
  if (!actor) return ["", null, false];
  if (actor.emailVerified === false) return [actor.id, null, false];
  if (actor.email && actor.emailVerified === true) return [actor.id, actor.email, false];
  return [actor.id, null, true];
}

function split(actor: Actor, row: StandingRow): { community: CommunitySummary; context: CommunityContext } {
  const community: CommunitySummary = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    about: row.about,
    kind: row.kind,
    accessMode: row.accessMode,
    createdAt: row.createdAt,
    theme: { id: row.themeId, slug: row.themeSlug, nameNl: row.themeNameNl, nameEn: row.themeNameEn },
  };
  const context: CommunityContext = actor
    ? { accessMode: row.accessMode, role: row.role, invited: row.invited, requested: row.requested }
    : { accessMode: row.accessMode, role: null };
  return { community, context };
}

/** The community with this slug and the actor's standing in it, or null when there is none. */
export async function communityStanding(actor: Actor, slug: string) {
  const [row] = await directQuery<StandingRow>(STANDING_TEXT, [slug, ...actorValues(actor)]);
  return row ? split(actor, row) : null;
}

/** As communityStanding, with what the community's layout shows besides (counts, facilitators), before any check. */
export async function communityStandingForPage(actor: Actor, slug: string) {
  const [row] = await directQuery<PageRow>(PAGE_TEXT, [slug, ...actorValues(actor)]);
  if (!row) return null;
  return {
    ...split(actor, row),
    memberCount: row.memberCount,
    facilitatorCount: row.facilitatorCount,
    pendingRequests: row.pendingRequests,
    facilitators: row.facilitators,
  };
}

/*
 * The community cards of the home page (decision 218): the communities the actor may know about (visibleWhere in
 * server/communities/queries.ts: not invite-only, their own, those they hold a pending invitation to at a verified
 * address; moderators and admins every one), each with its member count and the actor's role and request, in
 * one statement instead of three through Prisma. $1 the actor's id ('' for a visitor), $2 whether they see every
 * community, $3 their verified address or null.
 */
const CARDS_TEXT = `/* prepared */ SELECT c."id", c."slug", c."name", c."summary", c."kind"::text AS "kind", c."accessMode"::text AS "accessMode", c."themeId",
      (SELECT count(*)::int FROM "Membership" m WHERE m."communityId" = c."id") AS "memberCount",
      (SELECT m."role"::text FROM "Membership" m WHERE m."communityId" = c."id" AND m."userId" = $1) AS "myRole",
      EXISTS (SELECT 1 FROM "JoinRequest" r WHERE r."communityId" = c."id" AND r."userId" = $1 AND r."status"::text = 'PENDING') AS "requested"
    FROM "Community" c
    WHERE $2::boolean
       OR c."accessMode"::text <> 'INVITE_ONLY'
       OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = c."id" AND m."userId" = $1)
       OR ($3::text IS NOT NULL AND EXISTS (SELECT 1 FROM "Invitation" i
             WHERE i."communityId" = c."id" AND i."email" = $3::text AND i."status"::text = 'PENDING' AND i."expiresAt" > (now() AT TIME ZONE 'UTC')))
    ORDER BY c."name" ASC`;

/*
 * The home page's cards with, for each community the actor belongs to, their unread messages by decision 270's
 * rule (server/discussions/unread.ts) as `unreadByCommunity` counts them (decision 315): the home page read them
 * in a second statement after the cards. Only communities with a membership get a count (the others null); a
 * member may read every community they belong to, so the readability check of `unreadByCommunity` holds.
 */
const CARDS_FROM = CARDS_TEXT.indexOf('\n    FROM "Community" c\n');
const CARDS_WITH_UNREAD_SQL = Prisma.sql`${Prisma.raw(CARDS_TEXT.slice(0, CARDS_FROM))},
      CASE WHEN EXISTS (SELECT 1 FROM "Membership" m WHERE m."communityId" = c."id" AND m."userId" = $1) THEN
        (SELECT COUNT(m."id")::int FROM "Topic" t
           ${readStateJoins("t", Prisma.raw("$1::text"))}
           JOIN "Message" m ON m."topicId" = t."id"
          WHERE t."communityId" = c."id" AND t."deletedAt" IS NULL AND ${isUnreadSql("m", Prisma.raw("$1::text"))})
      END AS "unread"${Prisma.raw(CARDS_TEXT.slice(CARDS_FROM))}`;
if (CARDS_FROM < 0 || CARDS_WITH_UNREAD_SQL.values.length > 0) throw new Error("the cards' statement with unread counts was not built");
const CARDS_WITH_UNREAD_TEXT = CARDS_WITH_UNREAD_SQL.text;

export type CommunityCardRow = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  kind: CommunityKindValue;
  accessMode: CommunityContext["accessMode"];
  themeId: string;
  memberCount: number;
  myRole: CommunityRoleValue | null;
  requested: boolean;
};

/** The cards of the communities the actor may know about, by name; `verifiedEmail` as actorEmail gives it. */
export function visibleCommunityCards(actor: Actor, verifiedEmail: string | null): Promise<CommunityCardRow[]> {
  const everything = isModerator(actor);
  return directQuery<CommunityCardRow>(CARDS_TEXT, [actor?.id ?? "", everything, actor ? verifiedEmail : null]);
}

/** visibleCommunityCards with the actor's unread count on each card of a community they belong to (null on the others). */
export function visibleCommunityCardsWithUnread(
  actor: NonNullable<Actor>,
  verifiedEmail: string | null,
): Promise<(CommunityCardRow & { unread: number | null })[]> {
  return directQuery<CommunityCardRow & { unread: number | null }>(CARDS_WITH_UNREAD_TEXT, [actor.id, isModerator(actor), verifiedEmail]);
}
