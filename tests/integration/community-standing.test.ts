/**
 * The one-statement community standing (decision 218) against the Prisma
 * reads it replaced: for every community and actor (visitor, members and
 * facilitators, pending and refused requests, invitations that are pending,
 * expired, revoked or to an unverified address, moderators and admins, and
 * actors whose verified address the session did or did not carry), the same
 * community, the same context and the same layout data. A slug that does not
 * exist is a 404 for everyone.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { communityContextFor } from "../../server/communities/access.ts";
import { authorizeCommunity, type Actor } from "../../server/communities/policy.ts";
import { communityPage } from "../../server/communities/queries.ts";
import { communityStanding, communityStandingForPage, visibleCommunityCards } from "../../server/communities/standing.ts";
import { db, type Prisma } from "../../server/db.ts";
import type { AppError } from "../../server/errors.ts";
import type { AccessModeValue } from "../../app/shared/enums.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

const MODES: AccessModeValue[] = ["OPEN", "ON_REQUEST", "INVITE_ONLY"];
const DAY = 86_400_000;

type Person = Awaited<ReturnType<typeof createUser>>;

let slugs: string[] = [];
let actors: { label: string; actor: Actor }[] = [];

/** The actor as a page's session makes it, or without the address (a caller that only knows the id). */
function asActor(user: Person, withAddress: boolean): Actor {
  return withAddress
    ? { id: user.id, globalRole: user.globalRole, email: user.email, emailVerified: user.emailVerifiedAt !== null }
    : { id: user.id, globalRole: user.globalRole };
}

async function invite(communityId: string, email: string, status: "PENDING" | "REVOKED", expiresInMs: number) {
  await db().invitation.create({
    data: { communityId, email, status, tokenHash: `${communityId}-${email}-${status}`, expiresAt: new Date(Date.now() + expiresInMs) },
  });
}

/** What the Prisma reads said before decision 218. */
async function viaPrisma(actor: Actor, slug: string) {
  const community = await db().community.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      about: true,
      kind: true,
      accessMode: true,
      createdAt: true,
      theme: { select: { id: true, slug: true, nameNl: true, nameEn: true } },
    },
  });
  if (!community) return null;
  return { community, context: await communityContextFor(actor, community) };
}

beforeAll(async () => {
  const people = {
    outsider: await createUser(),
    unverified: await createUser({ emailVerified: false }),
    invited: await createUser(),
    invitedUnverified: await createUser({ emailVerified: false }),
    expired: await createUser(),
    revoked: await createUser(),
    requester: await createUser(),
    refused: await createUser(),
    member: await createUser(),
    facilitator: await createUser({ showOrganisation: false, organisation: "Gemeente Utrecht" }),
    coFacilitator: await createUser({ organisation: "UWV" }),
    moderator: await createUser({ globalRole: "MODERATOR" }),
    admin: await createUser({ globalRole: "ADMIN" }),
  };
  for (const [index, accessMode] of MODES.entries()) {
    const community = await createCommunity({ accessMode, kind: index === 1 ? "DO_NETWORK" : "LEARNING" });
    slugs.push(community.slug);
    await addMember(people.member.id, community.id);
    await addMember(people.facilitator.id, community.id, "FACILITATOR");
    // One community with two facilitators: neither is the only one.
    if (index === 0) await addMember(people.coFacilitator.id, community.id, "FACILITATOR");
    await invite(community.id, people.invited.email, "PENDING", 7 * DAY);
    await invite(community.id, people.invitedUnverified.email, "PENDING", 7 * DAY);
    await invite(community.id, people.expired.email, "PENDING", -DAY);
    await invite(community.id, people.revoked.email, "REVOKED", 7 * DAY);
    await db().joinRequest.create({ data: { communityId: community.id, userId: people.requester.id } });
    await db().joinRequest.create({ data: { communityId: community.id, userId: people.refused.id, status: "REFUSED" } });
  }
  // Invited elsewhere, and a request elsewhere: only the community's own count.
  const other = await createCommunity({ accessMode: "INVITE_ONLY" });
  await invite(other.id, people.outsider.email, "PENDING", 7 * DAY);
  await db().joinRequest.create({ data: { communityId: other.id, userId: people.member.id } });
  slugs = [...slugs, other.slug];
  actors = [
    { label: "visitor", actor: null },
    ...Object.entries(people).flatMap(([label, user]) => [
      { label: `${label} (session)`, actor: asActor(user, true) },
      { label: `${label} (id only)`, actor: asActor(user, false) },
    ]),
  ];
});

describe("community standing in one statement", () => {
  it("finds the same community and context as the Prisma reads, for every actor", async () => {
    let invitedSeen = 0;
    let requestedSeen = 0;
    for (const slug of slugs) {
      for (const { label, actor } of actors) {
        const expected = await viaPrisma(actor, slug);
        expect(await communityStanding(actor, slug), `${label} in ${slug}`).toEqual(expected);
        if (expected?.context.invited) invitedSeen++;
        if (expected?.context.requested) requestedSeen++;
      }
    }
    // The comparison covered both kinds of standing, not only their absence.
    expect(invitedSeen).toBeGreaterThan(0);
    expect(requestedSeen).toBeGreaterThan(0);
  });

  it("gives the layout the same counts and facilitators as before", async () => {
    for (const slug of slugs) {
      const community = await db().community.findUniqueOrThrow({ where: { slug }, select: { id: true } });
      const facilitators = await db().membership.findMany({
        where: { communityId: community.id, role: "FACILITATOR" },
        select: { user: { select: { id: true, displayName: true, organisation: true, showOrganisation: true } } },
        orderBy: { joinedAt: "asc" },
      });
      for (const { label, actor } of actors) {
        const page = await communityStandingForPage(actor, slug);
        expect(page, label).not.toBeNull();
        expect(page!.memberCount).toBe(await db().membership.count({ where: { communityId: community.id } }));
        expect(page!.facilitatorCount).toBe(facilitators.length);
        expect(page!.pendingRequests).toBe(await db().joinRequest.count({ where: { communityId: community.id, status: "PENDING" } }));
        expect(page!.facilitators).toEqual(facilitators.map(({ user }) => user));
      }
    }
  });

  it("shows facilitators, requests and the sole-facilitator warning only to those the policy allows", async () => {
    for (const slug of slugs) {
      for (const { label, actor } of actors) {
        const expected = await viaPrisma(actor, slug);
        let permissions: ReturnType<typeof authorizeCommunity> | null = null;
        try {
          permissions = authorizeCommunity(actor, expected!.context, "view");
        } catch (error) {
          // Refused by the policy: the page refuses with the same status.
          await expect(communityPage(actor, slug), label).rejects.toMatchObject({ status: (error as AppError).status });
          continue;
        }
        const page = await communityPage(actor, slug);
        const facilitators = await db().membership.count({ where: { community: { slug }, role: "FACILITATOR" } });
        expect(page.permissions, label).toEqual(permissions);
        expect(page.facilitators.length, label).toBe(permissions.seeMembers ? facilitators : 0);
        if (!permissions.manage) expect(page.pendingRequests, label).toBe(0);
        expect(
          page.facilitators.every((f) => f.organisation !== "Gemeente Utrecht"),
          "a hidden organisation stays hidden",
        ).toBe(true);
        expect(page.soleFacilitator, label).toBe(expected!.context.role === "FACILITATOR" && facilitators <= 1);
      }
    }
  });

  it("lists the same community cards as the Prisma reads, for every actor", async () => {
    const invitedSomewhere = new Set<string>();
    for (const { label, actor } of actors) {
      const email =
        actor && actor.emailVerified !== false
          ? (await db().user.findUnique({ where: { id: actor.id } }))?.emailVerifiedAt
            ? (await db().user.findUnique({ where: { id: actor.id } }))!.email
            : null
          : null;
      const or: Prisma.CommunityWhereInput[] = [{ accessMode: { not: "INVITE_ONLY" } }];
      if (actor) {
        or.push({ memberships: { some: { userId: actor.id } } });
        if (email) or.push({ invitations: { some: { email, status: "PENDING", expiresAt: { gt: new Date() } } } });
      }
      const everything = actor?.globalRole === "MODERATOR" || actor?.globalRole === "ADMIN";
      const rows = await db().community.findMany({
        where: everything ? {} : { OR: or },
        orderBy: { name: "asc" },
        select: {
          id: true,
          slug: true,
          name: true,
          summary: true,
          kind: true,
          accessMode: true,
          themeId: true,
          _count: { select: { memberships: true } },
          memberships: { where: { userId: actor?.id ?? "" }, select: { role: true } },
          joinRequests: { where: { userId: actor?.id ?? "", status: "PENDING" }, select: { id: true } },
        },
      });
      const expected = rows.map(({ _count, memberships, joinRequests, ...row }) => ({
        ...row,
        memberCount: _count.memberships,
        myRole: memberships[0]?.role ?? null,
        requested: joinRequests.length > 0,
      }));
      const cards = await visibleCommunityCards(actor, email);
      expect(cards, label).toEqual(expected);
      if (cards.some((card) => card.accessMode === "INVITE_ONLY" && card.myRole === null)) invitedSomewhere.add(label);
    }
    // Invite-only communities reached the list through an invitation (and through a moderator's view), not only membership.
    expect([...invitedSomewhere]).toEqual(expect.arrayContaining(["invited (session)", "outsider (session)", "moderator (session)"]));
    expect(invitedSomewhere.has("invitedUnverified (session)")).toBe(false);
    expect(invitedSomewhere.has("expired (session)")).toBe(false);
  });

  it("is a 404 for a community that does not exist, whoever asks", async () => {
    for (const { actor } of actors) {
      expect(await communityStanding(actor, "bestaat-niet")).toBeNull();
      await expect(communityPage(actor, "bestaat-niet")).rejects.toMatchObject({ status: 404 });
    }
  });
});
