/**
 * Reads that member pages ask on every request, moved from Prisma to one
 * prepared statement each on pg (decision 267), against the Prisma reads they
 * replaced: the communities an actor may read (search, home, agenda), the
 * community names and reply topics on a result page, the member's own library
 * items and the review count on /bibliotheek, the themes and pending invitations
 * on the home page. Same rows for every kind of
 * actor and item; nothing is kept between calls, so a change shows at once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { agendaActor } from "../../server/agenda/queries.ts";
import { readableCommunities, readableCommunityIds } from "../../server/communities/access.ts";
import { pendingInvitationsFor } from "../../server/communities/invitations.ts";
import { listThemes } from "../../server/communities/queries.ts";
import { db } from "../../server/db.ts";
import { LIBRARY_LIST_SELECT, myLibraryItems, myLibraryItemsAndReviewCount, reviewCount } from "../../server/library/queries.ts";
import { communityNames, listedTopicTitles } from "../../server/search/service.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { asActor, createReadersAndCommunities, type Readers, type TestCommunity } from "../helpers/readers.ts";
import { KENNISAGENDA_COMMUNITY_SLUG } from "../../app/shared/agenda.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

let people: Readers;
let communities: TestCommunity[] = [];

beforeAll(async () => {
  ({ people, communities } = await createReadersAndCommunities());
}, 120_000);

describe("the communities an actor may read, on pg", () => {
  it("are the ids Prisma read, for every kind of actor", async () => {
    expect(await readableCommunityIds(null)).toEqual([]);
    for (const [label, person] of Object.entries(people)) {
      const moderator = person.globalRole !== "MEMBER";
      const expected = await db().community.findMany({
        where: moderator ? {} : { OR: [{ accessMode: "OPEN" }, { memberships: { some: { userId: person.id } } }] },
        select: { id: true },
      });
      const ids = await readableCommunityIds(asActor(person));
      expect(ids.toSorted(), label).toEqual(expected.map((row) => row.id).toSorted());
    }
    // Not a cache: a new membership counts at once, and so does a membership that ends.
    const inviteB = communities[5]!;
    expect(await readableCommunityIds(asActor(people.outsider))).not.toContain(inviteB.id);
    const membership = await addMember(people.outsider.id, inviteB.id);
    expect(await readableCommunityIds(asActor(people.outsider))).toContain(inviteB.id);
    await db().membership.delete({ where: { id: membership.id } });
    expect(await readableCommunityIds(asActor(people.outsider))).not.toContain(inviteB.id);
  });
});

describe("names and reply topics on a result page, on pg", () => {
  it("name the communities asked for and the listed topics of replies, nothing for unknown ids", async () => {
    const ids = [...communities.map((community) => community.id), "bestaat-niet"];
    const expected = await db().community.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } });
    const byId = (rows: { id: string }[]) => rows.toSorted((a, b) => a.id.localeCompare(b.id));
    expect(byId(await communityNames(ids))).toEqual(byId(expected));

    const channel = await createChannel(communities[0]!.id);
    const listed = await createTopic(channel, people.member.id, { title: "Zichtbaar", messages: ["Eén", "Twee"] });
    const deleted = await createTopic(channel, people.member.id, { title: "Verwijderd" });
    const hidden = await createTopic(channel, people.member.id, { title: "Verborgen" });
    await db().topic.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    await db().topic.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "test" } });
    const messageIds = [
      ...(await db().message.findMany({ where: { topicId: { in: [listed.id, deleted.id, hidden.id] } }, select: { id: true } })).map(
        (message) => message.id,
      ),
      "bestaat-niet",
    ];
    const replies = await db().message.findMany({
      where: { id: { in: messageIds }, topic: { deletedAt: null, hiddenAt: null } },
      select: { id: true, topic: { select: { title: true } } },
    });
    const titles = await listedTopicTitles(messageIds);
    expect(byId(titles)).toEqual(byId(replies.map((reply) => ({ id: reply.id, title: reply.topic.title }))));
    expect(titles.map((row) => row.title)).toEqual(["Zichtbaar", "Zichtbaar"]);
  });
});

describe("a member's own library items and the review count, on pg", () => {
  it("are what Prisma read: statuses, merged items, community, author, dates, order", async () => {
    const author = people.both;
    const [open, , requestA, requestB] = communities;
    const statuses = ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED", "ARCHIVED"] as const;
    let n = 0;
    const make = async (status: (typeof statuses)[number], data: Record<string, unknown> = {}) =>
      db().libraryItem.create({
        data: {
          slug: `eigen-${author.id}-${n}`,
          kind: "PRAKTIJKCASE",
          status,
          title: `Eigen item ${n}`,
          summary: "Kort",
          body: {},
          authorId: author.id,
          updatedAt: new Date(Date.UTC(2026, 0, 1 + n++)),
          ...data,
        },
      });
    for (const status of statuses) await make(status);
    await make("SUBMITTED", { communityId: requestB!.id, submittedAt: new Date("2026-02-01T10:00:00Z") });
    await make("RETURNED", { communityId: open!.id, returnComment: "Graag aanvullen", reviewDate: new Date("2027-03-01T00:00:00Z") });
    await make("SUBMITTED", { communityId: requestA!.id, evidenceLevel: "GOED_BESCHREVEN", featured: true });
    const target = await make("PUBLISHED", { proposedAt: new Date("2026-03-01T08:00:00Z") });
    await make("DRAFT", { mergedIntoId: target.id });
    // Someone else's items are not the member's.
    await db().libraryItem.create({
      data: {
        slug: `ander-${author.id}`,
        kind: "PRAKTIJKCASE",
        status: "DRAFT",
        title: "Ander",
        summary: "Kort",
        body: {},
        authorId: people.member.id,
      },
    });

    const expected = await db().libraryItem.findMany({
      where: { authorId: author.id, mergedIntoId: null, status: { in: ["DRAFT", "SUBMITTED", "RETURNED"] } },
      select: LIBRARY_LIST_SELECT,
      orderBy: { updatedAt: "desc" },
      take: 50,
    });
    const mine = await myLibraryItems(asActor(author));
    expect(mine).toEqual(expected);
    expect(mine.map((item) => item.status)).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED", "RETURNED", "SUBMITTED", "DRAFT"]);
    expect(mine.some((item) => item.community !== null && item.reviewDate !== null)).toBe(true);
    expect(await myLibraryItems(asActor(people.outsider))).toEqual([]);

    for (const [label, person] of Object.entries(people)) {
      const count =
        person.globalRole !== "MEMBER"
          ? await db().libraryItem.count({
              where: {
                mergedIntoId: null,
                OR: [{ status: "SUBMITTED" }, { status: "PUBLISHED", proposedAt: { not: null }, proposalComment: null }],
              },
            })
          : await db().libraryItem.count({
              where: {
                status: "SUBMITTED",
                mergedIntoId: null,
                community: { memberships: { some: { userId: person.id, role: "FACILITATOR" } } },
                // Not their own submissions (walk 18).
                OR: [{ authorId: null }, { authorId: { not: person.id } }],
              },
            });
      expect(await reviewCount(asActor(person)), label).toBe(count);
    }
    // The facilitator of requestB wrote its one submission: it waits for others, not for them (walk 18); a plain
    // member none; moderators all of them and the proposal.
    expect(await reviewCount(asActor(people.both))).toBe(0);
    expect(await reviewCount(asActor(people.member))).toBe(0);
    expect(await reviewCount(asActor(people.moderator))).toBe(4);
  });
});

describe("the home page's themes and pending invitations, on pg", () => {
  it("are what Prisma read: every theme in order; only pending, unexpired invitations to communities the member is not in", async () => {
    expect(await listThemes()).toEqual(await db().theme.findMany({ orderBy: { sortOrder: "asc" } }));

    const invitee = await createUser();
    const HOUR = 3_600_000;
    let n = 0;
    const invite = (
      communityId: string,
      data: { status?: "PENDING" | "ACCEPTED" | "REVOKED"; expiresInMs?: number; email?: string } = {},
    ) =>
      db().invitation.create({
        data: {
          communityId,
          email: data.email ?? invitee.email,
          status: data.status ?? "PENDING",
          tokenHash: `uitnodiging-${invitee.id}-${n}`,
          expiresAt: new Date(Date.now() + (data.expiresInMs ?? 24 * HOUR)),
          createdAt: new Date(Date.UTC(2026, 5, 1 + n++)),
        },
      });
    const [a, b, c, d, e, f] = communities;
    await invite(a!.id);
    await invite(b!.id, { status: "REVOKED" });
    await invite(c!.id, { status: "ACCEPTED" });
    await invite(d!.id, { expiresInMs: -HOUR });
    await invite(e!.id);
    await invite(f!.id, { email: people.member.email });
    await invite(f!.id, { expiresInMs: HOUR });
    // Already a member of e: that invitation is not shown.
    await addMember(invitee.id, e!.id);

    const expected = await db().invitation.findMany({
      where: {
        email: invitee.email,
        status: "PENDING",
        expiresAt: { gt: new Date() },
        community: { memberships: { none: { userId: invitee.id } } },
      },
      select: { id: true, community: { select: { slug: true, name: true, summary: true } } },
      orderBy: { createdAt: "desc" },
    });
    const pending = await pendingInvitationsFor(invitee.id, { email: invitee.email, emailVerified: true });
    expect(pending).toEqual(expected);
    expect(pending.map((invitation) => invitation.community.slug)).toEqual([f!.slug, a!.slug]);
    // An address not verified sees none (decision 111); without the session's address it is looked up.
    expect(await pendingInvitationsFor(invitee.id, { email: invitee.email, emailVerified: false })).toEqual([]);
    expect(await pendingInvitationsFor(invitee.id)).toEqual(expected);
  });
});

describe("the member's own items with the review count in one statement (decision 321)", () => {
  it("are what myLibraryItems and reviewCount give, field for field and in order, for every kind of reader", async () => {
    // The items the library test above made (statuses, merged, communities) are still there; one more author
    // with more items than the list shows, so the limit is compared too.
    const prolific = people.facilitator;
    for (let i = 0; i < 53; i++)
      await db().libraryItem.create({
        data: {
          slug: `veel-${prolific.id}-${i}`,
          kind: "PRAKTIJKCASE",
          status: i % 2 ? "DRAFT" : "SUBMITTED",
          title: `Veel ${i}`,
          summary: "Kort",
          body: {},
          authorId: prolific.id,
          communityId: communities[5]!.id,
          updatedAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
        },
      });
    const seen = { items: 0, waiting: 0, emptyWithCount: 0 };
    for (const [label, person] of Object.entries(people)) {
      const actor = asActor(person);
      const apart = { mine: await myLibraryItems(actor), waiting: await reviewCount(actor) };
      const together = await myLibraryItemsAndReviewCount(actor);
      expect(JSON.stringify(together), label).toBe(JSON.stringify(apart));
      expect(together, label).toEqual(apart);
      seen.items += together.mine.length;
      seen.waiting += together.waiting;
      if (!together.mine.length && together.waiting) seen.emptyWithCount += 1;
    }
    // Readers with items and without, with something to review and without, and the list's limit.
    expect((await myLibraryItemsAndReviewCount(asActor(prolific))).mine).toHaveLength(50);
    expect(seen.items).toBeGreaterThan(50);
    expect(seen.waiting).toBeGreaterThan(0);
    expect(seen.emptyWithCount).toBeGreaterThan(0);
    expect(await myLibraryItemsAndReviewCount(asActor(people.outsider))).toEqual({ mine: [], waiting: 0 });
  });
});

describe("the readable communities with their names (decision 321)", () => {
  it("are readableCommunityIds' communities named as communityNames names them, for every kind of actor", async () => {
    expect(await readableCommunities(null)).toEqual([]);
    const byId = (rows: { id: string }[]) => rows.toSorted((a, b) => a.id.localeCompare(b.id));
    for (const [label, person] of Object.entries(people)) {
      const actor = asActor(person);
      const named = await readableCommunities(actor);
      expect(byId(named), label).toEqual(byId(await communityNames(await readableCommunityIds(actor))));
    }
    // Read on every call: a new membership counts at once.
    const inviteB = communities[5]!;
    expect((await readableCommunities(asActor(people.outsider))).map((c) => c.id)).not.toContain(inviteB.id);
    const membership = await addMember(people.outsider.id, inviteB.id);
    expect((await readableCommunities(asActor(people.outsider))).map((c) => c.id)).toContain(inviteB.id);
    await db().membership.delete({ where: { id: membership.id } });
  });
});

describe("the work agenda's reader in one statement (decision 321)", () => {
  /** The two Prisma reads agendaActor made before. */
  async function agendaActorBefore(user: { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN" }) {
    const [membership, account] = await Promise.all([
      db().membership.findFirst({ where: { userId: user.id, community: { slug: KENNISAGENDA_COMMUNITY_SLUG } }, select: { id: true } }),
      db().user.findUnique({ where: { id: user.id }, select: { emailVerifiedAt: true } }),
    ]);
    return {
      id: user.id,
      globalRole: user.globalRole,
      kennisagendaMember: membership !== null,
      emailVerified: account?.emailVerifiedAt != null,
    };
  }

  it("is what the membership and account reads gave, for members in and out of the Kennisagenda, unverified and gone", async () => {
    const kennisagenda =
      (await db().community.findUnique({ where: { slug: KENNISAGENDA_COMMUNITY_SLUG }, select: { id: true } })) ??
      (await createCommunity({ slug: KENNISAGENDA_COMMUNITY_SLUG, accessMode: "ON_REQUEST" }));
    const unverified = await createUser({ emailVerified: false });
    const unverifiedIn = await createUser({ emailVerified: false });
    await addMember(unverifiedIn.id, kennisagenda.id);
    await addMember(people.member.id, kennisagenda.id);
    await addMember(people.moderator.id, kennisagenda.id, "FACILITATOR");
    const gone = { id: "bestaat-niet", globalRole: "MEMBER" as const };
    expect(await agendaActor(null)).toBeNull();
    const kinds = new Set<string>();
    for (const user of [...Object.values(people), unverified, unverifiedIn, gone]) {
      const actor = { id: user.id, globalRole: user.globalRole };
      const read = await agendaActor(actor);
      expect(read, user.id).toEqual(await agendaActorBefore(actor));
      kinds.add(`${read!.kennisagendaMember} ${read!.emailVerified}`);
    }
    expect([...kinds].sort()).toEqual(["false false", "false true", "true false", "true true"]);
    // Read on every call: verifying an address counts at once.
    await db().user.update({ where: { id: unverifiedIn.id }, data: { emailVerifiedAt: new Date() } });
    expect((await agendaActor({ id: unverifiedIn.id, globalRole: "MEMBER" }))!.emailVerified).toBe(true);
  });
});
