/**
 * An unsubscribe link opened a second time (walk 18): the page says it is already done instead of
 * asking the question again, for every scope; before that, it asks. Through the route's loader
 * and action, as a browser without JavaScript uses them.
 */
import { describe, expect, it } from "vitest";
import { action, loader } from "../../app/routes/afmelden.$token.tsx";
import { db } from "../../server/db.ts";
import { type UnsubscribeScope, unsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { saveCommunityDigestSettings, setEmailForKinds } from "../../server/notifications/preferences.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

async function open(token: string) {
  return callLoader(loader, getRequest(`/afmelden/${token}`), { token });
}

async function confirm(token: string) {
  return callAction(action, formRequest(`/afmelden/${token}`, {}), { token });
}

describe("an unsubscribe link opened again", () => {
  it.each<[string, (communityId: string) => UnsubscribeScope]>([
    ["all digests", () => "digest"],
    ["one community's digest", (communityId) => `digest-community-${communityId}`],
    ["all notification mails", () => "email"],
    ["one kind of notification mail", () => "email-mention"],
  ])("%s: asks the first time, says it is done the second time", async (_, scopeFor) => {
    const member = await createUser();
    const community = await createCommunity();
    await addMember(member.id, community.id);
    const token = unsubscribeToken(member.id, scopeFor(community.id));

    const first = await open(token);
    expect(first).toMatchObject({ status: 200, body: { valid: true, already: false } });
    expect(await confirm(token)).toMatchObject({ status: 200, body: { done: true } });

    const second = await open(token);
    expect(second).toMatchObject({ status: 200, body: { valid: true, already: true } });
    // Confirming again (a mail provider's one-click POST, a double click) changes nothing and is fine.
    expect(await confirm(token)).toMatchObject({ status: 200, body: { done: true } });
    expect(await open(token)).toMatchObject({ body: { already: true } });
  });

  it("follows the settings page: turned off there is already done, turned on again asks again", async () => {
    const member = await createUser();
    const community = await createCommunity();
    await addMember(member.id, community.id);
    const communityToken = unsubscribeToken(member.id, `digest-community-${community.id}`);
    const kindToken = unsubscribeToken(member.id, "email-mention");
    const allMailToken = unsubscribeToken(member.id, "email");

    await saveCommunityDigestSettings(member.id, { [community.id]: "NONE" });
    await setEmailForKinds(member.id, ["mention"], false);
    expect(await open(communityToken)).toMatchObject({ body: { already: true } });
    expect(await open(kindToken)).toMatchObject({ body: { already: true } });
    // One kind off is not "all notification mails" off.
    expect(await open(allMailToken)).toMatchObject({ body: { already: false } });

    await saveCommunityDigestSettings(member.id, { [community.id]: "DAILY" });
    await setEmailForKinds(member.id, ["mention"], true);
    expect(await open(communityToken)).toMatchObject({ body: { already: false } });
    expect(await open(kindToken)).toMatchObject({ body: { already: false } });

    // A community the member left sends no digest: nothing to stop, and its name stays unsaid.
    await db().membership.delete({ where: { userId_communityId: { userId: member.id, communityId: community.id } } });
    expect(await open(communityToken)).toMatchObject({ body: { already: true, target: { kind: "digestCommunity", community: null } } });
  });
});
