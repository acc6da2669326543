import { describe, expect, it } from "vitest";
import { loader as directoryLoader } from "../../app/routes/communities._index.tsx";
import { action as manageAction } from "../../app/routes/communities.$slug.beheer.tsx";
import { action as communityAction, loader as communityLoader } from "../../app/routes/communities.$slug.tsx";
import { action as invitationAction, loader as invitationLoader } from "../../app/routes/uitnodiging.$token.tsx";
import { inviteByEmail } from "../../server/communities/commands.ts";
import { memberDirectory } from "../../server/profiles/queries.ts";
import { db } from "../../server/db.ts";
import { recordEvents } from "../helpers/events.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

async function community(accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY") {
  const created = await createCommunity({ accessMode });
  const facilitator = await createUser();
  await addMember(facilitator.id, created.id, "FACILITATOR");
  return { community: created, facilitator, facilitatorCookie: await sessionCookieFor(facilitator.id) };
}

describe("join requests", () => {
  it("a member requests, a facilitator approves, and the member is in", async () => {
    const { community: c, facilitatorCookie } = await community("ON_REQUEST");
    const applicant = await createUser();
    const cookie = await sessionCookieFor(applicant.id);
    const recorded = recordEvents(["joinRequest.decided"]);

    const requested = await callAction(
      communityAction,
      formRequest(`/communities/${c.slug}`, { intent: "request", message: "Ik ben klantmanager in Tilburg." }, cookie),
      { slug: c.slug },
    );
    expect(requested.status).toBe(302);
    const request = await db().joinRequest.findFirstOrThrow({ where: { communityId: c.id, userId: applicant.id } });
    expect(request).toMatchObject({ status: "PENDING", message: "Ik ben klantmanager in Tilburg." });

    // Asking twice is refused: the request is already pending.
    const again = await callAction(communityAction, formRequest(`/communities/${c.slug}`, { intent: "request" }, cookie), { slug: c.slug });
    expect(again.status).toBe(403);

    // The applicant cannot approve their own request.
    const selfApprove = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "approve", requestId: request.id }, cookie),
      { slug: c.slug },
    );
    expect(selfApprove.status).toBe(403);

    const approved = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "approve", requestId: request.id }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(approved.status).toBe(302);
    expect(await db().membership.findUnique({ where: { userId_communityId: { userId: applicant.id, communityId: c.id } } })).not.toBeNull();
    expect(recorded.events).toHaveLength(1);
    recorded.stop();

    const twice = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "refuse", requestId: request.id }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(twice.status).toBe(409);
  });

  it("a refusal leaves the applicant outside", async () => {
    const { community: c, facilitatorCookie } = await community("ON_REQUEST");
    const applicant = await createUser();
    await callAction(communityAction, formRequest(`/communities/${c.slug}`, { intent: "request" }, await sessionCookieFor(applicant.id)), {
      slug: c.slug,
    });
    const request = await db().joinRequest.findFirstOrThrow({ where: { communityId: c.id, userId: applicant.id } });
    await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "refuse", requestId: request.id }, facilitatorCookie),
      { slug: c.slug },
    );
    expect((await db().joinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("REFUSED");
    expect(await db().membership.count({ where: { communityId: c.id, userId: applicant.id } })).toBe(0);
  });

  it("an over-long request message is refused and nothing stored", async () => {
    const { community: c } = await community("ON_REQUEST");
    const applicant = await createUser();
    const result = await callAction(
      communityAction,
      formRequest(`/communities/${c.slug}`, { intent: "request", message: "x".repeat(501) }, await sessionCookieFor(applicant.id)),
      { slug: c.slug },
    );
    expect(result.status).toBe(400);
    expect(await db().joinRequest.count({ where: { communityId: c.id } })).toBe(0);
  });
});

describe("invitations", () => {
  it("an invite-only community becomes visible to the invitee, who can accept", async () => {
    const { community: c, facilitatorCookie } = await community("INVITE_ONLY");
    const invitee = await createUser({ email: "uitgenodigd@praktijkplein.test" });
    const cookie = await sessionCookieFor(invitee.id);
    expect((await callLoader(communityLoader, getRequest(`/communities/${c.slug}`, cookie), { slug: c.slug })).status).toBe(404);

    const invited = await callAction(
      manageAction,
      formRequest(
        `/communities/${c.slug}/beheer`,
        { intent: "invite", email: "Uitgenodigd@praktijkplein.test", role: "MEMBER" },
        facilitatorCookie,
      ),
      { slug: c.slug },
    );
    expect(invited.status).toBe(302);
    const invitation = await db().invitation.findFirstOrThrow({ where: { communityId: c.id } });
    expect(invitation.email).toBe("uitgenodigd@praktijkplein.test");
    expect(invitation.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    expect((await callLoader(communityLoader, getRequest(`/communities/${c.slug}`, cookie), { slug: c.slug })).status).toBe(200);
    const joined = await callAction(communityAction, formRequest(`/communities/${c.slug}`, { intent: "join" }, cookie), { slug: c.slug });
    expect(joined.status).toBe(302);
    expect((await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("ACCEPTED");
  });

  it("the invitation link works once, for whoever holds it", async () => {
    const { community: c, facilitator } = await community("INVITE_ONLY");
    const { token } = await inviteByEmail({ id: facilitator.id, globalRole: "MEMBER" }, c.slug, "werk@gemeente.nl", "FACILITATOR");
    const holder = await createUser({ email: "prive@example.nl" });
    const accepted = await callAction(invitationAction, formRequest(`/uitnodiging/${token}`, {}, await sessionCookieFor(holder.id)), {
      token,
    });
    expect(accepted.status).toBe(302);
    expect(
      (await db().membership.findUniqueOrThrow({ where: { userId_communityId: { userId: holder.id, communityId: c.id } } })).role,
    ).toBe("FACILITATOR");
    const other = await createUser();
    const reused = await callAction(invitationAction, formRequest(`/uitnodiging/${token}`, {}, await sessionCookieFor(other.id)), {
      token,
    });
    expect(reused.status).toBe(410);
    expect(await db().membership.count({ where: { communityId: c.id, userId: other.id } })).toBe(0);
  });

  it("a member it would not change leaves the link open for the person it was meant for (walk 15)", async () => {
    const { community: c, facilitator } = await community("INVITE_ONLY");
    const as = { id: facilitator.id, globalRole: "MEMBER" as const };
    const { token, invitation } = await inviteByEmail(as, c.slug, "ilse@wijkteam.nl");
    const member = await createUser();
    await addMember(member.id, c.id);
    const memberCookie = await sessionCookieFor(member.id);
    const page = await callLoader(invitationLoader, getRequest(`/uitnodiging/${token}`, memberCookie), { token });
    expect(page.body).toMatchObject({ alreadyMember: true });
    const followed = await callAction(invitationAction, formRequest(`/uitnodiging/${token}`, {}, memberCookie), { token });
    expect(followed.status).toBe(302);
    expect((await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("PENDING");
    const invitee = await createUser({ email: "ilse@wijkteam.nl" });
    const accepted = await callAction(invitationAction, formRequest(`/uitnodiging/${token}`, {}, await sessionCookieFor(invitee.id)), {
      token,
    });
    expect(accepted.status).toBe(302);
    expect(await db().membership.count({ where: { communityId: c.id, userId: invitee.id } })).toBe(1);

    // An invitation that makes a member facilitator still does.
    const { token: promote } = await inviteByEmail(as, c.slug, "tweede@wijkteam.nl", "FACILITATOR");
    expect(
      (await callLoader(invitationLoader, getRequest(`/uitnodiging/${promote}`, memberCookie), { token: promote })).body,
    ).toMatchObject({
      alreadyMember: false,
    });
    await callAction(invitationAction, formRequest(`/uitnodiging/${promote}`, {}, memberCookie), { token: promote });
    expect((await db().membership.findFirstOrThrow({ where: { communityId: c.id, userId: member.id } })).role).toBe("FACILITATOR");
  });

  it("an accepted invitation cannot be revoked afterwards; revoking an open one twice is one revocation (ninth outside probe)", async () => {
    const { community: c, facilitator, facilitatorCookie } = await community("INVITE_ONLY");
    const as = { id: facilitator.id, globalRole: "MEMBER" as const };
    const { token, invitation: accepted } = await inviteByEmail(as, c.slug, "aangenomen@example.nl");
    const holder = await createUser({ email: "aangenomen@example.nl" });
    await callAction(invitationAction, formRequest(`/uitnodiging/${token}`, {}, await sessionCookieFor(holder.id)), { token });
    const revoke = (invitationId: string) =>
      callAction(manageAction, formRequest(`/communities/${c.slug}/beheer`, { intent: "revoke", invitationId }, facilitatorCookie), {
        slug: c.slug,
      });
    const late = await revoke(accepted.id);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ formError: "communities.errors.invitationAccepted" });
    expect((await db().invitation.findUniqueOrThrow({ where: { id: accepted.id } })).status).toBe("ACCEPTED");

    const { invitation: open } = await inviteByEmail(as, c.slug, "nog-open@example.nl");
    expect((await revoke(open.id)).status).toBe(302);
    expect((await revoke(open.id)).status).toBe(302);
    expect((await db().invitation.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("REVOKED");
    expect(await db().auditLog.count({ where: { action: "invitation.revoke", targetId: { in: [accepted.id, open.id] } } })).toBe(1);
  });

  it("refuses a bad address at the field; a member's address is invited as any other (decision 297)", async () => {
    const { community: c, facilitator, facilitatorCookie } = await community("ON_REQUEST");
    const bad = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "invite", email: "geen adres" }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(bad.status).toBe(400);
    const member = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "invite", email: facilitator.email }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(member.status).toBe(302);
    expect(await db().invitation.count({ where: { communityId: c.id } })).toBe(1);
  });
});

describe("roles and leaving", () => {
  it("the last facilitator cannot leave or step down", async () => {
    const { community: c, facilitatorCookie, facilitator } = await community("OPEN");
    const leave = await callAction(communityAction, formRequest(`/communities/${c.slug}`, { intent: "leave" }, facilitatorCookie), {
      slug: c.slug,
    });
    expect(leave.status).toBe(409);
    expect((leave.body as { formError: string }).formError).toBe("communities.errors.lastFacilitator");
    const stepDown = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "role", userId: facilitator.id, role: "MEMBER" }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(stepDown.status).toBe(409);

    const other = await createUser();
    await addMember(other.id, c.id);
    const promote = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "role", userId: other.id, role: "FACILITATOR" }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(promote.status).toBe(302);
    const leaveNow = await callAction(communityAction, formRequest(`/communities/${c.slug}`, { intent: "leave" }, facilitatorCookie), {
      slug: c.slug,
    });
    expect(leaveNow.status).toBe(302);
  });

  it("two facilitators stepping down at once leave one facilitator, not none (issue 14.17)", async () => {
    for (let round = 0; round < 3; round++) {
      const { community: c, facilitator, facilitatorCookie } = await community("OPEN");
      const second = await createUser();
      await addMember(second.id, c.id, "FACILITATOR");
      const secondCookie = await sessionCookieFor(second.id);
      const results = await Promise.all([
        callAction(
          manageAction,
          formRequest(`/communities/${c.slug}/beheer`, { intent: "role", userId: facilitator.id, role: "MEMBER" }, facilitatorCookie),
          { slug: c.slug },
        ),
        callAction(
          manageAction,
          formRequest(`/communities/${c.slug}/beheer`, { intent: "role", userId: second.id, role: "MEMBER" }, secondCookie),
          { slug: c.slug },
        ),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([302, 409]);
      expect(await db().membership.count({ where: { communityId: c.id, role: "FACILITATOR" } })).toBe(1);
    }
  });

  it("the community page tells the only facilitator that leaving needs another facilitator first (issue 14.17)", async () => {
    const { community: c, facilitatorCookie } = await community("ON_REQUEST");
    const page = await callLoader(communityLoader, getRequest(`/communities/${c.slug}`, facilitatorCookie), { slug: c.slug });
    expect((page.body as { soleFacilitator: boolean }).soleFacilitator).toBe(true);
    const other = await createUser();
    await addMember(other.id, c.id, "FACILITATOR");
    const after = await callLoader(communityLoader, getRequest(`/communities/${c.slug}`, facilitatorCookie), { slug: c.slug });
    expect((after.body as { soleFacilitator: boolean }).soleFacilitator).toBe(false);
  });

  it("an unknown intent is a 400, not a 500", async () => {
    const { community: c, facilitatorCookie } = await community("OPEN");
    const result = await callAction(
      communityAction,
      formRequest(`/communities/${c.slug}`, { intent: '\'; DROP TABLE "User"; --' }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(result.status).toBe(400);
    const manage = await callAction(
      manageAction,
      formRequest(`/communities/${c.slug}/beheer`, { intent: "approve", requestId: "bestaat-niet" }, facilitatorCookie),
      { slug: c.slug },
    );
    expect(manage.status).toBe(404);
  });

  it("facilitators edit the community; bad values are refused at the field", async () => {
    const { community: c, facilitatorCookie } = await community("OPEN");
    const bad = await callAction(
      manageAction,
      formRequest(
        `/communities/${c.slug}/beheer`,
        { intent: "update", name: "x", summary: "kort", about: "", kind: "CLUB", accessMode: "OPEN" },
        facilitatorCookie,
      ),
      { slug: c.slug },
    );
    expect(bad.status).toBe(400);
    const errors = (bad.body as { result: { error: Record<string, string[]> } }).result.error;
    expect(Object.keys(errors).sort()).toEqual(["about", "kind", "name", "summary"]);
    expect((await db().community.findUniqueOrThrow({ where: { id: c.id } })).name).toBe(c.name);
    const good = await callAction(
      manageAction,
      formRequest(
        `/communities/${c.slug}/beheer`,
        {
          intent: "update",
          name: "Werkgevers Zuid",
          summary: "Werkgevers in Brabant delen wat werkt.",
          about: "We komen elke maand samen.",
          kind: "DO_NETWORK",
          accessMode: "ON_REQUEST",
        },
        facilitatorCookie,
      ),
      { slug: c.slug },
    );
    expect(good.status).toBe(302);
    expect(await db().community.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      name: "Werkgevers Zuid",
      kind: "DO_NETWORK",
      accessMode: "ON_REQUEST",
    });
  });
});

describe("member directory", () => {
  it("filters only on what members chose to show", async () => {
    const viewer = await createUser();
    const shown = await createUser({ displayName: "Zichtbaar", organisation: "UWV Twente", region: "twente", fieldRole: "KLANTMANAGER" });
    const hidden = await createUser({
      displayName: "Verborgen",
      organisation: "UWV Twente",
      region: "twente",
      fieldRole: "KLANTMANAGER",
      showOrganisation: false,
      showRegion: false,
      showFieldRole: false,
    });
    const actor = { id: viewer.id, globalRole: "MEMBER" as const };

    const byOrganisation = await memberDirectory(actor, { organisation: "uwv twente" });
    expect(byOrganisation.members.map((m) => m.id)).toEqual([shown.id]);
    const byRegion = await memberDirectory(actor, { region: "twente" });
    expect(byRegion.members.map((m) => m.id)).toEqual([shown.id]);
    const byRole = await memberDirectory(actor, { fieldRole: "KLANTMANAGER" });
    expect(byRole.members.map((m) => m.id)).toContain(shown.id);
    expect(byRole.members.map((m) => m.id)).not.toContain(hidden.id);

    const all = await memberDirectory(actor, { q: "Verborgen" });
    expect(all.members).toEqual([
      { id: hidden.id, displayName: "Verborgen", organisation: null, fieldRole: null, region: null, bio: null },
    ]);
  });

  it("the community filter respects access", async () => {
    const viewer = await createUser();
    const secret = await createCommunity({ accessMode: "INVITE_ONLY" });
    const insider = await createUser();
    await addMember(insider.id, secret.id);
    const result = await memberDirectory({ id: viewer.id, globalRole: "MEMBER" }, { community: secret.slug });
    expect(result.total).toBe(0);
    expect(result.communityFilter).toBeNull();
  });
});

describe("the communities page", () => {
  it("lists open communities and the invite-only ones only for their members", async () => {
    const open = await createCommunity({ accessMode: "OPEN" });
    const closed = await createCommunity({ accessMode: "INVITE_ONLY" });
    const insider = await createUser();
    await addMember(insider.id, closed.id);
    type Page = { groups: { communities: { slug: string }[] }[] };
    const slugs = (body: unknown) => (body as Page).groups.flatMap((group) => group.communities.map((card) => card.slug));

    const anonymous = await callLoader(directoryLoader, getRequest("/communities"));
    expect(anonymous.status).toBe(200);
    expect(slugs(anonymous.body)).toContain(open.slug);
    expect(slugs(anonymous.body)).not.toContain(closed.slug);

    const member = await callLoader(directoryLoader, getRequest("/communities", await sessionCookieFor(insider.id)));
    expect(slugs(member.body)).toEqual(expect.arrayContaining([open.slug, closed.slug]));
  });
});
