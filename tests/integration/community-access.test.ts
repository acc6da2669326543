/**
 * The access matrix: every access mode × visitor / non-member / member /
 * facilitator / moderator / admin × view, join, see members, manage, checked
 * on the pure policy and through the real route loaders and actions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { action as communityAction, loader as communityLoader } from "../../app/routes/communities.$slug.tsx";
import { loader as manageLoader } from "../../app/routes/communities.$slug.beheer.tsx";
import { loader as membersLoader } from "../../app/routes/communities.$slug.leden.tsx";
import { communityPermissions } from "../../server/communities/policy.ts";
import { db } from "../../server/db.ts";
import type { AccessModeValue } from "../../app/shared/enums.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

const MODES: AccessModeValue[] = ["OPEN", "ON_REQUEST", "INVITE_ONLY"];
const ACTORS = ["visitor", "nonMember", "member", "facilitator", "moderator", "admin"] as const;
type ActorKind = (typeof ACTORS)[number];
const ACTIONS = ["view", "join", "seeMembers", "manage"] as const;
type Action = (typeof ACTIONS)[number];

//                        OPEN   ON_REQUEST  INVITE_ONLY
const EXPECTED: Record<Action, Record<ActorKind, [boolean, boolean, boolean]>> = {
  view: {
    visitor: [true, true, false],
    nonMember: [true, true, false],
    member: [true, true, true],
    facilitator: [true, true, true],
    moderator: [true, true, true],
    admin: [true, true, true],
  },
  join: {
    visitor: [false, false, false],
    nonMember: [true, false, false],
    member: [false, false, false],
    facilitator: [false, false, false],
    moderator: [true, false, false],
    admin: [true, false, false],
  },
  seeMembers: {
    visitor: [false, false, false],
    nonMember: [true, false, false],
    member: [true, true, true],
    facilitator: [true, true, true],
    moderator: [true, true, true],
    admin: [true, true, true],
  },
  manage: {
    visitor: [false, false, false],
    nonMember: [false, false, false],
    member: [false, false, false],
    facilitator: [true, true, true],
    moderator: [false, false, false],
    admin: [true, true, true],
  },
};

const cases = MODES.flatMap((mode, modeIndex) =>
  ACTORS.flatMap((actor) => ACTIONS.map((action) => ({ mode, actor, action, allowed: EXPECTED[action][actor][modeIndex]! }))),
);

describe("community policy (pure)", () => {
  it.each(cases)("$mode × $actor × $action → $allowed", ({ mode, actor, action, allowed }) => {
    const actorValue =
      actor === "visitor"
        ? null
        : {
            id: "u1",
            globalRole: actor === "moderator" ? ("MODERATOR" as const) : actor === "admin" ? ("ADMIN" as const) : ("MEMBER" as const),
          };
    const role = actor === "member" ? ("MEMBER" as const) : actor === "facilitator" ? ("FACILITATOR" as const) : null;
    const permissions = communityPermissions(actorValue, { accessMode: mode, role });
    expect(permissions[action]).toBe(allowed);
  });
});

describe("community access through the routes", () => {
  const slugs = {} as Record<AccessModeValue, string>;
  const cookies = {} as Record<ActorKind, string | undefined>;
  const userIds = {} as Record<ActorKind, string | undefined>;

  beforeAll(async () => {
    const [nonMember, member, facilitator, moderator, admin] = await Promise.all([
      createUser(),
      createUser(),
      createUser(),
      createUser({ globalRole: "MODERATOR" }),
      createUser({ globalRole: "ADMIN" }),
    ]);
    for (const mode of MODES) {
      const community = await createCommunity({ accessMode: mode });
      slugs[mode] = community.slug;
      await addMember(member.id, community.id, "MEMBER");
      await addMember(facilitator.id, community.id, "FACILITATOR");
    }
    Object.assign(userIds, {
      nonMember: nonMember.id,
      member: member.id,
      facilitator: facilitator.id,
      moderator: moderator.id,
      admin: admin.id,
    });
    cookies.visitor = undefined;
    cookies.nonMember = await sessionCookieFor(nonMember.id);
    cookies.member = await sessionCookieFor(member.id);
    cookies.facilitator = await sessionCookieFor(facilitator.id);
    cookies.moderator = await sessionCookieFor(moderator.id);
    cookies.admin = await sessionCookieFor(admin.id);
  });

  it.each(cases)("$mode × $actor × $action → $allowed", async ({ mode, actor, action, allowed }) => {
    const slug = slugs[mode];
    const cookie = cookies[actor];
    const canView = EXPECTED.view[actor][MODES.indexOf(mode)]!;
    const denied = canView ? 403 : 404;
    const params = { slug };
    switch (action) {
      case "view": {
        const result = await callLoader(communityLoader, getRequest(`/communities/${slug}`, cookie), params);
        expect(result.status).toBe(allowed ? 200 : 404);
        if (!allowed) expect(JSON.stringify(result.body ?? "")).not.toContain(slug);
        break;
      }
      case "seeMembers": {
        const result = await callLoader(membersLoader, getRequest(`/communities/${slug}/leden`, cookie), params);
        // A visitor who may see the community is sent to log in; an invisible one stays a 404.
        expect(result.status).toBe(allowed ? 200 : actor === "visitor" && denied === 403 ? 302 : denied);
        break;
      }
      case "manage": {
        const result = await callLoader(manageLoader, getRequest(`/communities/${slug}/beheer`, cookie), params);
        expect(result.status).toBe(allowed ? 200 : actor === "visitor" ? 302 : denied);
        break;
      }
      case "join": {
        const community = await db().community.findUniqueOrThrow({ where: { slug } });
        const before = await db().membership.count({ where: { communityId: community.id } });
        const result = await callAction(communityAction, formRequest(`/communities/${slug}`, { intent: "join" }, cookie), params);
        const after = await db().membership.count({ where: { communityId: community.id } });
        if (allowed) {
          expect(result.status).toBe(302);
          expect(after).toBe(before + 1);
          // Undo, so the other cases see the community as the table describes it.
          await db().membership.delete({ where: { userId_communityId: { userId: userIds[actor]!, communityId: community.id } } });
        } else if (actor === "member" || actor === "facilitator") {
          // Already a member (a second click, a form sent again): back to the community, nothing changes.
          expect(result.status).toBe(302);
          expect(result.headers.get("Location")).toBe(`/communities/${slug}`);
          expect(after).toBe(before);
        } else {
          expect(result.status).toBe(actor === "visitor" ? 302 : denied);
          if (actor === "visitor") expect(result.headers.get("Location")).toMatch(/^\/inloggen/);
          expect(after).toBe(before);
        }
        break;
      }
    }
  });

  it("never lists an invite-only community to outsiders", async () => {
    const { loader: homeLoader } = await import("../../app/routes/_index.tsx");
    for (const actor of ["visitor", "nonMember"] as const) {
      const result = await callLoader(homeLoader, getRequest("/", cookies[actor]));
      expect(JSON.stringify(result.body)).not.toContain(slugs.INVITE_ONLY);
      expect(JSON.stringify(result.body)).toContain(slugs.OPEN);
    }
    const asMember = await callLoader(homeLoader, getRequest("/", cookies.member));
    expect(JSON.stringify(asMember.body)).toContain(slugs.INVITE_ONLY);
  });
});
