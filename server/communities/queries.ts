import { db } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import { publicData } from "../cache/public-data.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { notFound } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";
import { loadCommunity, verifiedEmailOf } from "./access.ts";
import { authorizeCommunity, type Actor } from "./policy.ts";
import { communityStandingForPage, visibleCommunityCards, visibleCommunityCardsWithUnread } from "./standing.ts";
import { profileSelect, publicProfile } from "../profiles/queries.ts";

/** Communities the actor may know about: listed ones, plus their own and those they are invited to. */
function visibleWhere(actor: Actor, email: string | null): Prisma.CommunityWhereInput {
  if (isModerator(actor)) return {};
  const or: Prisma.CommunityWhereInput[] = [{ accessMode: { not: "INVITE_ONLY" } }];
  if (actor) {
    or.push({ memberships: { some: { userId: actor.id } } });
    if (email) or.push({ invitations: { some: { email, status: "PENDING", expiresAt: { gt: new Date() } } } });
  }
  return { OR: or };
}

/** Invitations count for a verified address only (decision 111). */
async function actorEmail(actor: Actor): Promise<string | null> {
  if (!actor) return null;
  // The session's user was read with its verification in this request: no second lookup (issue 17.2).
  if (actor.emailVerified === false) return null;
  if (actor.email && actor.emailVerified === true) return actor.email;
  return verifiedEmailOf(actor.id);
}

const cardSelect = (actor: Actor) =>
  ({
    id: true,
    slug: true,
    name: true,
    summary: true,
    kind: true,
    accessMode: true,
    themeId: true,
    _count: { select: { memberships: true } },
    // A visitor has no id; "" matches no row.
    memberships: { where: { userId: actor?.id ?? "" }, select: { role: true } },
    joinRequests: { where: { userId: actor?.id ?? "", status: "PENDING" }, select: { id: true } },
  }) satisfies Prisma.CommunitySelect;

export type CommunityCard = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  kind: "LEARNING" | "DO_NETWORK" | "SOUNDING_BOARD";
  accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY";
  themeId: string;
  memberCount: number;
  myRole: "MEMBER" | "FACILITATOR" | null;
  requested: boolean;
};

function toCard(row: {
  id: string;
  slug: string;
  name: string;
  summary: string;
  kind: CommunityCard["kind"];
  accessMode: CommunityCard["accessMode"];
  themeId: string;
  _count: { memberships: number };
  memberships?: { role: CommunityCard["myRole"] }[];
  joinRequests?: { id: string }[];
}): CommunityCard {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    kind: row.kind,
    accessMode: row.accessMode,
    themeId: row.themeId,
    memberCount: row._count.memberships,
    myRole: row.memberships?.[0]?.role ?? null,
    requested: (row.joinRequests?.length ?? 0) > 0,
  };
}

type ThemeRow = { id: string; slug: string; nameNl: string; nameEn: string; summaryNl: string; summaryEn: string; sortOrder: number };

// Every member's home page lists the themes: one prepared statement on pg (decision 267), the rows Prisma's
// `theme.findMany({ orderBy: { sortOrder: "asc" } })` gave (ties in the order the rows are stored, as there).
const THEMES = `/* prepared */ SELECT t."id", t."slug", t."nameNl", t."nameEn", t."summaryNl", t."summaryEn", t."sortOrder"
  FROM "Theme" t ORDER BY t."sortOrder" ASC`;

export async function listThemes(): Promise<ThemeRow[]> {
  return directQuery<ThemeRow>(THEMES, []);
}

/** Home page: the actor's communities and the others they may discover, grouped by theme. */
export async function homeOverview(actor: Actor) {
  const email = await actorEmail(actor);
  // The cards in one statement on pg, by the rules of visibleWhere and cardSelect (decision 218).
  // The themes are the same for every reader: kept with the public data (decision 304), dropped by every theme event.
  const [themes, cards] = await Promise.all([publicData("themes", listThemes), visibleCommunityCards(actor, email)]);
  return {
    themes,
    mine: cards.filter((card) => card.myRole !== null),
    discover: themes.map((theme) => ({ theme, communities: cards.filter((c) => c.themeId === theme.id && c.myRole === null) })),
  };
}

/**
 * homeOverview for a member's home page, with `unread`: the unread messages of each of their communities that has
 * any, as `unreadByCommunity` counts them, read with the cards in one statement (decision 315). The cards are
 * homeOverview's, field for field.
 */
export async function homeOverviewWithUnread(actor: NonNullable<Actor>) {
  const email = await actorEmail(actor);
  const [themes, rows] = await Promise.all([publicData("themes", listThemes), visibleCommunityCardsWithUnread(actor, email)]);
  const unread: Record<string, number> = {};
  const cards = rows.map(({ unread: count, ...card }) => {
    if (count) unread[card.id] = count;
    return card;
  });
  return {
    themes,
    mine: cards.filter((card) => card.myRole !== null),
    discover: themes.map((theme) => ({ theme, communities: cards.filter((c) => c.themeId === theme.id && c.myRole === null) })),
    unread,
  };
}

export async function themePage(actor: Actor, slug: string) {
  const theme = await db().theme.findUnique({ where: { slug } });
  if (!theme) return null;
  const email = await actorEmail(actor);
  const rows = await db().community.findMany({
    where: { AND: [visibleWhere(actor, email), { themeId: theme.id }] },
    select: cardSelect(actor),
    orderBy: { name: "asc" },
  });
  return { theme, communities: rows.map(toCard) };
}

export async function communityPage(actor: Actor, slug: string) {
  // The community, the actor's standing and the layout's counts in one statement (decision 218); the check is the policy's.
  const page = await communityStandingForPage(actor, slug);
  if (!page) throw notFound();
  const { community, context } = page;
  const permissions = authorizeCommunity(actor, context, "view");
  return {
    community,
    context,
    permissions,
    memberCount: page.memberCount,
    facilitators: permissions.seeMembers
      ? page.facilitators.map((user) => ({
          id: user.id,
          displayName: user.displayName,
          organisation: user.showOrganisation ? user.organisation : null,
        }))
      : [],
    pendingRequests: permissions.manage ? page.pendingRequests : 0,
    /** The actor is this community's only facilitator: leaving would leave it without one. */
    soleFacilitator: context.role === "FACILITATOR" && page.facilitatorCount <= 1,
  };
}

export async function communityMembers(actor: Actor, slug: string) {
  const { community, permissions } = await loadCommunity(actor, slug, "seeMembers");
  const [members, requests, invitations] = await Promise.all([
    db().membership.findMany({
      where: { communityId: community.id },
      select: { id: true, role: true, joinedAt: true, user: { select: profileSelect } },
      orderBy: [{ role: "desc" }, { joinedAt: "asc" }],
    }),
    permissions.manage
      ? db().joinRequest.findMany({
          where: { communityId: community.id, status: "PENDING" },
          select: { id: true, message: true, createdAt: true, user: { select: profileSelect } },
          orderBy: { createdAt: "asc" },
        })
      : Promise.resolve([]),
    permissions.manage
      ? db().invitation.findMany({
          where: { communityId: community.id, status: "PENDING" },
          select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
          orderBy: { createdAt: "desc" },
        })
      : Promise.resolve([]),
  ]);
  return {
    community,
    permissions,
    members: members.map((m) => ({ membershipId: m.id, role: m.role, joinedAt: m.joinedAt, profile: publicProfile(m.user) })),
    requests: requests.map((r) => ({ id: r.id, message: r.message, createdAt: r.createdAt, profile: publicProfile(r.user) })),
    invitations,
  };
}
