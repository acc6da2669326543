/**
 * E-mail verification and invitations bound to their token (issue 15 F1,
 * decisions 110 and 111): the mails through the real pipeline (BullMQ workers
 * in this process, a real SMTP server), everything else through the routes.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { loader as directoryLoader } from "../../app/routes/communities._index.tsx";
import { action as manageAction } from "../../app/routes/communities.$slug.beheer.tsx";
import { action as communityAction, loader as communityLoader } from "../../app/routes/communities.$slug.tsx";
import { action as confirmAction, loader as confirmLoader } from "../../app/routes/e-mailadres-bevestigen.$token.tsx";
import { action as resendAction, loader as statusLoader } from "../../app/routes/e-mailadres-bevestigen._index.tsx";
import { action as changeAction } from "../../app/routes/profiel_.e-mailadres.tsx";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { action as registerAction } from "../../app/routes/registreren.tsx";
import { action as invitationAction, loader as invitationLoader } from "../../app/routes/uitnodiging.$token.tsx";
import { loader as homeLoader } from "../../app/routes/_index.tsx";
import { emailVerificationToken } from "../../server/accounts/verification.ts";
import { inviteByEmail } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { registrationLimit } from "../../server/security/limits.ts";
import { addMember, createCommunity, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, callLoader, cookieFrom, formRequest, getRequest } from "../helpers/remix.ts";
import { useMailSink } from "../helpers/mail-sink.ts";

const sink = useMailSink({ mailWorkers: 2, clearEach: true });

beforeEach(async () => {
  // Every registration here comes from the same (unknown) IP address; each test starts with a fresh allowance.
  await registrationLimit().reset("unknown");
});

const PASSWORD = "een lange zin als wachtwoord";

/**
 * Registers through the form, which starts no session (decision 243), then logs in as the new
 * account would; returns the session cookie.
 */
async function register(email: string, redirectTo?: string): Promise<{ cookie: string; userId: string }> {
  const result = await callAction(
    registerAction,
    formRequest("/registreren", {
      acceptTerms: "on",
      displayName: "Nieuw Lid",
      email,
      password: PASSWORD,
      ...(redirectTo ? { redirectTo } : {}),
    }),
  );
  expect(result.status).toBe(200);
  expect(cookieFrom(result.headers, "pp_session")).toBeNull();
  const login = await callAction(loginAction, formRequest("/inloggen", { email, password: PASSWORD, redirectTo: redirectTo ?? "/" }));
  expect(login.status).toBe(302);
  expect(login.headers.get("Location")).toBe(redirectTo ?? "/");
  const cookie = cookieFrom(login.headers, "pp_session")!;
  const user = await db().user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
  return { cookie, userId: user.id };
}

/** The token from the newest verification mail to `address`. */
async function verificationToken(address: string, count = 1): Promise<string> {
  const link = /\/e-mailadres-bevestigen\/([\w.-]+)/;
  const started = Date.now();
  for (;;) {
    const mails = sink.to(address).filter((mail) => link.test(mail.text ?? ""));
    if (mails.length >= count) return mails.at(-1)!.text!.match(link)![1]!;
    if (Date.now() - started > 15_000) throw new Error(`no verification mail to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function inviteOnlyCommunity() {
  const community = await createCommunity({ accessMode: "INVITE_ONLY", name: "Klankbordgroep ervaringsdeskundigen" });
  const facilitator = await createUser({ displayName: "Sanne Visser" });
  await addMember(facilitator.id, community.id, "FACILITATOR");
  return { community, facilitator, facilitatorCookie: await sessionCookieFor(facilitator.id) };
}

describe("the invitation hijack (F1)", () => {
  it("registering an invited address without reading its mailbox gives no access, and the invitee's link keeps working", async () => {
    const { community, facilitatorCookie } = await inviteOnlyCommunity();
    const invited = await callAction(
      manageAction,
      formRequest(`/communities/${community.slug}/beheer`, { intent: "invite", email: "extern@example.org" }, facilitatorCookie),
      {
        slug: community.slug,
      },
    );
    expect(invited.status).toBe(302);
    const inviteMail = (await sink.waitForTo("extern@example.org"))[0]!;
    const inviteToken = inviteMail.text!.match(/\/uitnodiging\/([\w-]+)/)![1]!;

    // Someone else registers the invited address (they cannot read its mail).
    const attacker = await register("Extern@example.org");
    expect(
      (await callLoader(communityLoader, getRequest(`/communities/${community.slug}`, attacker.cookie), { slug: community.slug })).status,
    ).toBe(404);
    const join = await callAction(communityAction, formRequest(`/communities/${community.slug}`, { intent: "join" }, attacker.cookie), {
      slug: community.slug,
    });
    expect([403, 404]).toContain(join.status);
    expect(await db().membership.count({ where: { communityId: community.id, userId: attacker.userId } })).toBe(0);
    const listed = (await callLoader(directoryLoader, getRequest("/communities", attacker.cookie))).body as {
      groups: { communities: { id: string }[] }[];
    };
    expect(listed.groups.flatMap((group) => group.communities).map((c) => c.id)).not.toContain(community.id);
    const home = (await callLoader(homeLoader, getRequest("/", attacker.cookie))).body as { invitations?: unknown[] };
    expect(home.invitations ?? []).toHaveLength(0);
    expect(await db().notification.count({ where: { userId: attacker.userId } })).toBe(0);

    // The invitation is untouched: its link still works for the real invitee, with whatever verified account.
    expect((await db().invitation.findFirstOrThrow({ where: { communityId: community.id } })).status).toBe("PENDING");
    const invitee = await createUser({ email: "prive-adres@example.nl" });
    const accepted = await callAction(
      invitationAction,
      formRequest(`/uitnodiging/${inviteToken}`, {}, await sessionCookieFor(invitee.id)),
      { token: inviteToken },
    );
    expect(accepted.status).toBe(302);
    expect(await db().membership.count({ where: { communityId: community.id, userId: invitee.id } })).toBe(1);
  });

  it("an unverified account cannot accept an invitation from its link until it verifies", async () => {
    const { community, facilitator } = await inviteOnlyCommunity();
    const { token } = await inviteByEmail(facilitator, community.slug, "nieuw-via-link@example.org");
    const account = await register("nieuw-via-link@example.org", `/uitnodiging/${token}`);
    const page = (await callLoader(invitationLoader, getRequest(`/uitnodiging/${token}`, account.cookie), { token })).body as {
      unverified: boolean;
    };
    expect(page.unverified).toBe(true);
    const refused = await callAction(invitationAction, formRequest(`/uitnodiging/${token}`, {}, account.cookie), { token });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ formError: "auth.verify.required" });
    expect((await db().invitation.findFirstOrThrow({ where: { communityId: community.id } })).status).toBe("PENDING");

    const verify = await verificationToken("nieuw-via-link@example.org");
    expect((await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${verify}`, {}), { token: verify })).status).toBe(302);
    expect((await callAction(invitationAction, formRequest(`/uitnodiging/${token}`, {}, account.cookie), { token })).status).toBe(302);
    expect(await db().membership.count({ where: { communityId: community.id, userId: account.userId } })).toBe(1);
  });

  it("a verified invitee who joins from the community page uses their own invitation only", async () => {
    const { community, facilitator } = await inviteOnlyCommunity();
    const invitee = await createUser({ email: "lid-a@example.org" });
    await inviteByEmail(facilitator, community.slug, "lid-a@example.org");
    await inviteByEmail(facilitator, community.slug, "lid-b@example.org");
    const joined = await callAction(
      communityAction,
      formRequest(`/communities/${community.slug}`, { intent: "join" }, await sessionCookieFor(invitee.id)),
      { slug: community.slug },
    );
    expect(joined.status).toBe(302);
    const rows = await db().invitation.findMany({
      where: { communityId: community.id },
      select: { email: true, status: true },
      orderBy: { email: "asc" },
    });
    expect(rows).toEqual([
      { email: "lid-a@example.org", status: "ACCEPTED" },
      { email: "lid-b@example.org", status: "PENDING" },
    ]);
  });
});

describe("e-mail verification", () => {
  it("a new account gets a link; until it follows it, it cannot join, ask to join or share a case", async () => {
    const open = await createCommunity({ accessMode: "OPEN" });
    const onRequest = await createCommunity({ accessMode: "ON_REQUEST" });
    const account = await register("Noor.Bakker@gemeente.nl");
    expect((await db().user.findUniqueOrThrow({ where: { id: account.userId } })).emailVerifiedAt).toBeNull();

    // Reading an open community is fine; joining is not.
    expect(
      (await callLoader(communityLoader, getRequest(`/communities/${open.slug}`, account.cookie), { slug: open.slug })).body,
    ).toMatchObject({
      unverified: true,
      permissions: { read: true, join: false },
    });
    const join = await callAction(communityAction, formRequest(`/communities/${open.slug}`, { intent: "join" }, account.cookie), {
      slug: open.slug,
    });
    expect(join.status).toBe(403);
    expect(join.body).toEqual({ formError: "auth.verify.required" });
    const ask = await callAction(communityAction, formRequest(`/communities/${onRequest.slug}`, { intent: "request" }, account.cookie), {
      slug: onRequest.slug,
    });
    expect(ask.status).toBe(403);
    expect(await db().membership.count({ where: { userId: account.userId } })).toBe(0);
    expect(await db().joinRequest.count({ where: { userId: account.userId } })).toBe(0);

    const mail = (await sink.waitForTo("noor.bakker@gemeente.nl"))[0]!;
    expect(mail.subject).toBe("Bevestig je e-mailadres voor Praktijkplein");
    const token = await verificationToken("noor.bakker@gemeente.nl");
    expect((await callLoader(confirmLoader, getRequest(`/e-mailadres-bevestigen/${token}`), { token })).body).toEqual({
      email: "noor.bakker@gemeente.nl",
    });
    // Opening the link changes nothing (mail scanners fetch links); the button does.
    expect((await db().user.findUniqueOrThrow({ where: { id: account.userId } })).emailVerifiedAt).toBeNull();
    const confirmed = await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${token}`, {}, account.cookie), { token });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("Location")).toBe("/communities");
    expect((await db().user.findUniqueOrThrow({ where: { id: account.userId } })).emailVerifiedAt).not.toBeNull();

    expect(
      (await callAction(communityAction, formRequest(`/communities/${open.slug}`, { intent: "join" }, account.cookie), { slug: open.slug }))
        .status,
    ).toBe(302);
    expect(await db().membership.count({ where: { userId: account.userId } })).toBe(1);
    // The link again: nothing more to do, no error.
    expect((await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${token}`, {}), { token })).status).toBe(302);
  });

  it("sends the link again on request, a limited number of times", async () => {
    const account = await register("opnieuw@example.org");
    await sink.waitForTo("opnieuw@example.org", 1);
    const again = await callAction(resendAction, formRequest("/e-mailadres-bevestigen", { redirectTo: "/communities" }, account.cookie));
    expect(again.status).toBe(302);
    expect(again.headers.get("Location")).toBe("/communities");
    await sink.waitForTo("opnieuw@example.org", 2);
    for (let i = 0; i < 4; i++) await callAction(resendAction, formRequest("/e-mailadres-bevestigen", {}, account.cookie));
    const limited = await callAction(resendAction, formRequest("/e-mailadres-bevestigen", {}, account.cookie));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
    // A verified account has nothing to resend.
    const verified = await createUser();
    expect((await callAction(resendAction, formRequest("/e-mailadres-bevestigen", {}, await sessionCookieFor(verified.id)))).status).toBe(
      409,
    );
  });

  it("refuses a tampered, expired or foreign link with a 410 and changes nothing", async () => {
    const user = await createUser({ email: "wacht@example.org", emailVerified: false });
    const future = new Date(Date.now() + 60_000);
    const good = emailVerificationToken(user.id, "wacht@example.org", future);
    const tampered = `${good.slice(0, -2)}xx`;
    const expired = emailVerificationToken(user.id, "wacht@example.org", new Date(Date.now() - 1000));
    const otherAddress = emailVerificationToken(user.id, "ander@example.org", future);
    for (const token of [tampered, expired, otherAddress, "geen-token", "a.b.c"]) {
      const result = await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${token}`, {}), { token });
      expect(result.status).toBe(410);
      expect(result.body).toEqual({ formError: "auth.verify.invalid" });
    }
    expect((await callLoader(confirmLoader, getRequest(`/e-mailadres-bevestigen/${expired}`), { token: expired })).body).toEqual({
      email: null,
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });
});

describe("registering an address that has an account (decision 243)", () => {
  it("makes nothing, answers as for a new address, and mails the owner links to log in and reset", async () => {
    const owner = await createUser({ email: "bestaand@example.org", displayName: "Fatima El Amrani" });
    const before = await db().user.count();
    const result = await callAction(
      registerAction,
      formRequest("/registreren", { acceptTerms: "on", displayName: "Iemand Anders", email: "Bestaand@Example.org", password: PASSWORD }),
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ sentTo: "bestaand@example.org" });
    expect(result.headers.getSetCookie()).toHaveLength(0);
    expect(await db().user.count()).toBe(before);

    const mail = (await sink.waitForTo("bestaand@example.org"))[0]!;
    expect(mail.subject).toBe("Iemand wilde een account maken met je e-mailadres");
    expect(mail.text).toContain("Hallo Fatima El Amrani,");
    expect(mail.text).toMatch(/Inloggen: http\S+\/inloggen\n/);
    expect(mail.text).toMatch(/Nieuw wachtwoord kiezen: http\S+\/wachtwoord-vergeten\n/);
    expect(mail.text).not.toContain("Iemand Anders");
    expect(await db().user.findUniqueOrThrow({ where: { id: owner.id }, select: { displayName: true, passwordHash: true } })).toEqual({
      displayName: "Fatima El Amrani",
      passwordHash: owner.passwordHash,
    });
  });

  it("mails the owner at most three times a day, however often someone tries, with the same answer each time", async () => {
    const owner = await createUser({ email: "vaak-geprobeerd@example.org" });
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await callAction(
        registerAction,
        formRequest("/registreren", { acceptTerms: "on", displayName: "Iemand", email: owner.email, password: PASSWORD }),
      );
      expect(result.status).toBe(200);
    }
    await sink.waitForTo(owner.email, 3);
    // The events relay and mail jobs have had their chance: no fourth or fifth mail follows.
    const other = await createUser({ email: "later@example.org" });
    await callAction(
      registerAction,
      formRequest("/registreren", { acceptTerms: "on", displayName: "Iemand", email: other.email, password: PASSWORD }),
    );
    await sink.waitForTo(other.email, 1);
    expect(sink.to(owner.email)).toHaveLength(3);
    expect(await db().mailDelivery.count({ where: { userId: owner.id, kind: "REGISTRATION_NOTICE" } })).toBe(3);
  });
});

describe("changing the e-mail address", () => {
  it("keeps the old address until the new one's link is followed, then uses the new one", async () => {
    const user = await createUser({ email: "oud@example.org" });
    const cookie = await sessionCookieFor(user.id);
    const wrong = await callAction(
      changeAction,
      formRequest("/profiel/e-mailadres", { email: "nieuw@example.org", password: "niet mijn wachtwoord" }, cookie),
    );
    expect(wrong.status).toBe(400);
    expect((wrong.body as { result: { error: Record<string, string[]> } }).result.error.password).toEqual(["errors.wrongPassword"]);
    const taken = await createUser({ email: "bezet@example.org" });
    const busy = await callAction(
      changeAction,
      formRequest("/profiel/e-mailadres", { email: "bezet@example.org", password: TEST_PASSWORD }, cookie),
    );
    // A taken address is answered as any other (security walk 15); security-15.test.ts follows it further.
    expect(busy.status).toBe(302);
    expect(taken.id).toBeTruthy();

    const asked = await callAction(
      changeAction,
      formRequest("/profiel/e-mailadres", { email: "Nieuw@example.org", password: TEST_PASSWORD }, cookie),
    );
    expect(asked.status).toBe(302);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, pendingEmail: true } })).toEqual({
      email: "oud@example.org",
      pendingEmail: "nieuw@example.org",
    });
    expect((await callLoader(statusLoader, getRequest("/e-mailadres-bevestigen", cookie))).body).toEqual({
      email: "oud@example.org",
      pendingEmail: "nieuw@example.org",
      verified: true,
    });

    const mail = (await sink.waitForTo("nieuw@example.org"))[0]!;
    expect(mail.subject).toBe("Bevestig je nieuwe e-mailadres voor Praktijkplein");
    expect(sink.to("oud@example.org")).toHaveLength(0);
    const token = await verificationToken("nieuw@example.org");
    const confirmed = await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${token}`, {}), { token });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("Location")).toBe("/inloggen");
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, pendingEmail: true } })).toEqual({
      email: "nieuw@example.org",
      pendingEmail: null,
    });
    // Once used, the link cannot bring the address back after a later change.
    await db().user.update({ where: { id: user.id }, data: { email: "derde@example.org" } });
    expect((await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${token}`, {}), { token })).status).toBe(410);
  });

  it("an unverified account that mistyped its address gets a link at the new one, which becomes its address once followed", async () => {
    const account = await register("typfout@exampel.org");
    const changed = await callAction(
      changeAction,
      formRequest("/profiel/e-mailadres", { email: "goed@example.org", password: PASSWORD }, account.cookie),
    );
    expect(changed.status).toBe(302);
    // Waiting for its link, as for a verified account: at once would tell a taken address from a free one (security walk 15).
    expect(
      await db().user.findUniqueOrThrow({
        where: { id: account.userId },
        select: { email: true, pendingEmail: true, emailVerifiedAt: true },
      }),
    ).toEqual({
      email: "typfout@exampel.org",
      pendingEmail: "goed@example.org",
      emailVerifiedAt: null,
    });
    const token = await verificationToken("goed@example.org");
    expect((await callAction(confirmAction, formRequest(`/e-mailadres-bevestigen/${token}`, {}), { token })).status).toBe(302);
    expect(
      await db().user.findUniqueOrThrow({
        where: { id: account.userId },
        select: { email: true, pendingEmail: true, emailVerifiedAt: true },
      }),
    ).toMatchObject({ email: "goed@example.org", pendingEmail: null, emailVerifiedAt: expect.any(Date) });
  });
});
