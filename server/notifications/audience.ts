/**
 * Who still belongs to a notification kind's audience (catalog.ts `audience`, decision 280): a
 * kind without one is for everyone; a join request for the facilitators of its community (and
 * moderators); a library submission for moderators (admins are moderators too). A member who
 * leaves the audience no longer sees what came for it; back in it, they see it again.
 *
 * Written once (decision 286): `AUDIENCES` says who belongs, and the two forms the three readers
 * need are read off it, the Prisma `where` (list, opening, live push, mail, data export:
 * queries.ts) and the SQL condition (the header's count, the digest's unread section).
 * tests/integration/notification-audience-parity.test.ts holds the forms and the readers equal.
 */
import type { GlobalRoleValue } from "~/shared/enums.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { MODERATOR_ROLES } from "../moderation/roles.ts";
import { ALL_KINDS, type KindDelivery, KIND_DELIVERY } from "./catalog.ts";
import type { NotificationKind } from "./kinds.ts";

type Audience = NonNullable<KindDelivery["audience"]>;

/** Belongs when any condition holds: a platform role among `globalRoles`, or this role in the notification's community. */
type Who = { globalRoles?: readonly GlobalRoleValue[]; communityRole?: "FACILITATOR" };

/** Every audience says who belongs (a new audience in catalog.ts is a type error until it does). */
const WHO: Record<Audience, Who> = {
  facilitators: { communityRole: "FACILITATOR", globalRoles: MODERATOR_ROLES },
  moderators: { globalRoles: MODERATOR_ROLES },
};

/** The kinds by audience; `who` null: everyone. */
export const AUDIENCES: readonly { kinds: readonly NotificationKind[]; who: Who | null }[] = [
  { kinds: ALL_KINDS.filter((kind) => KIND_DELIVERY[kind].audience === undefined), who: null },
  ...(Object.keys(WHO) as Audience[]).map((audience) => ({
    kinds: ALL_KINDS.filter((kind) => KIND_DELIVERY[kind].audience === audience),
    who: WHO[audience],
  })),
];

export type AudienceMember = { id: string; globalRole: GlobalRoleValue };

/**
 * The audience condition as Prisma, for one member, among `kinds`: the kinds the member belongs to
 * the audience of by platform role (or everyone's) in one `in`, and per community role the kinds
 * shown in the communities where the member has it.
 */
export function audienceWhere(member: AudienceMember, kinds: readonly NotificationKind[] = ALL_KINDS): Prisma.NotificationWhereInput {
  const always: NotificationKind[] = [];
  const byCommunity: Prisma.NotificationWhereInput[] = [];
  for (const { kinds: audienceKinds, who } of AUDIENCES) {
    const among = audienceKinds.filter((kind) => kinds.includes(kind));
    if (!among.length) continue;
    if (!who || who.globalRoles?.includes(member.globalRole)) always.push(...among);
    else if (who.communityRole)
      byCommunity.push({ kind: { in: among }, community: { memberships: { some: { userId: member.id, role: who.communityRole } } } });
  }
  return { OR: [{ kind: { in: always } }, ...byCommunity] };
}

/**
 * The audience condition as SQL, for a notification row (`notification`: its alias) and a member
 * given as SQL expressions for the id and the platform role. The text depends only on the alias
 * and the expressions, so a statement built with it stays prepared.
 */
export function audienceSql(notification: string, member: { id: Prisma.Sql; globalRole: Prisma.Sql }): Prisma.Sql {
  const n = Prisma.raw(`"${notification}"`);
  const clauses = AUDIENCES.filter(({ kinds }) => kinds.length > 0).map(({ kinds, who }) => {
    const kind = Prisma.sql`${n}."kind" = ANY(${[...kinds]}::text[])`;
    if (!who) return kind;
    const conditions: Prisma.Sql[] = [];
    if (who.globalRoles) conditions.push(Prisma.sql`${member.globalRole}::text = ANY(${[...who.globalRoles]}::text[])`);
    if (who.communityRole)
      conditions.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "Membership" am WHERE am."communityId" = ${n}."communityId" AND am."userId" = ${member.id} AND am."role"::text = ${who.communityRole})`,
      );
    return Prisma.sql`(${kind} AND (${Prisma.join(conditions, " OR ")}))`;
  });
  return Prisma.sql`(${Prisma.join(clauses, " OR ")})`;
}
