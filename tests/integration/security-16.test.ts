/**
 * Security walk 16 (decision 297): what an outside attacker found on a production build, each closed
 * where its rule lives. Each test failed before its change.
 */
import { describe, expect, it } from "vitest";
import { action as changeAction } from "../../app/routes/profiel_.e-mailadres.tsx";
import { action as manageAction } from "../../app/routes/communities.$slug.beheer.tsx";
import { simpleParser } from "mailparser";
import { acceptInvitation, findInvitation } from "../../server/communities/commands.ts";
import { unzipSync, strFromU8 } from "fflate";
import { db } from "../../server/db.ts";
import { buildExport, openExport } from "../../server/privacy/export.ts";
import { composeMail } from "../../server/mail/mime.ts";
import { addMember, createCommunity, createUser, sessionCookieFor, TEST_PASSWORD } from "../helpers/factories.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { recordEvents } from "../helpers/events.ts";
import { useMailSink } from "../helpers/mail-sink.ts";
import { callAction, formRequest } from "../helpers/remix.ts";
import { until } from "../helpers/until.ts";
import { queue } from "../../server/queues/producer.ts";

const sink = useMailSink({ mailWorkers: 2, clearEach: true });
const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.org`;

describe("changing the e-mail address to one another account has", () => {
  it("tells that account's owner, in a mail without a link, while the answer stays that of a free address", async () => {
    const owner = await createUser({ email: unique("eigenaar") });
    const asker = await createUser();
    const cookie = await sessionCookieFor(asker.id);
    const answer = await callAction(
      changeAction,
      formRequest("/profiel/e-mailadres", { email: owner.email, password: TEST_PASSWORD }, cookie),
    );
    expect(answer.status).toBe(302);
    // Before: nothing reached the owner (security walk 15 left this).
    const [notice] = await sink.waitForTo(owner.email);
    expect(notice!.subject).toBe("Iemand wilde je e-mailadres gebruiken voor een ander account");
    expect(notice!.text).not.toMatch(/e-mailadres-bevestigen/);
    expect(notice!.text).not.toContain(asker.displayName);
    expect(sink.to(owner.email)).toHaveLength(1);
    expect((await db().user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe(owner.email);
  });
});

describe("an invitation by e-mail", () => {
  it("keeps no working link in its event, and the mail still carries one", async () => {
    const community = await createCommunity({ accessMode: "INVITE_ONLY" });
    const lead = await createUser();
    await addMember(lead.id, community.id, "FACILITATOR");
    const address = unique("gast");
    const recorded = recordEvents(["invitation.created"]);
    const answer = await callAction(
      manageAction,
      formRequest(
        `/communities/${community.slug}/beheer`,
        { intent: "invite", email: address, role: "MEMBER" },
        await sessionCookieFor(lead.id),
      ),
      { slug: community.slug },
    );
    recorded.stop();
    expect(answer.status).toBe(302);
    const [mail] = await sink.waitForTo(address);
    const token = mail!.text!.match(/\/uitnodiging\/([\w-]+)/)![1]!;
    expect(await findInvitation(token)).toMatchObject({ status: "PENDING", email: address });
    // Before: the payload (the outbox row, the event and mail jobs) held the token itself.
    expect(recorded.events).toHaveLength(1);
    expect(JSON.stringify(recorded.events[0]!.payload)).not.toContain(token);
    const invitee = await createUser({ email: address });
    await expect(acceptInvitation(invitee, token)).resolves.toMatchObject({ joined: true });
  });

  it("answers for a member's address as for any other, so a facilitator does not learn who has which address", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const lead = await createUser();
    await addMember(lead.id, community.id, "FACILITATOR");
    const member = await createUser({ email: unique("lid") });
    await addMember(member.id, community.id);
    const cookie = await sessionCookieFor(lead.id);
    const invite = (email: string) =>
      callAction(manageAction, formRequest(`/communities/${community.slug}/beheer`, { intent: "invite", email, role: "MEMBER" }, cookie), {
        slug: community.slug,
      });
    const stranger = unique("onbekend");
    const asStranger = await invite(stranger);
    const asMember = await invite(member.email);
    // Before: 409 "Dit e-mailadres hoort al bij een lid van deze community." at the field.
    expect({ status: asMember.status, location: asMember.headers.get("Location") }).toEqual({
      status: asStranger.status,
      location: asStranger.headers.get("Location"),
    });
    expect(asMember.status).toBe(302);
    expect(await db().invitation.count({ where: { communityId: community.id, status: "PENDING" } })).toBe(2);
    // The member is not asked to join what they are in: no mail, no bell.
    await sink.waitForTo(stranger);
    await until("the mail jobs to be done", async () => {
      const counts = await queue("mail").getJobCounts("waiting", "active");
      return (counts.waiting ?? 0) + (counts.active ?? 0) === 0;
    });
    expect(sink.to(member.email)).toHaveLength(0);
    expect(await db().notification.count({ where: { userId: member.id, kind: "invitation" } })).toBe(0);
  });
});

describe("a mail's MIME boundary", () => {
  it("cannot be written by a member in the text part, so no part of theirs can be added to someone else's mail", async () => {
    const mail = (text: string) => ({
      from: "Praktijkplein <noreply@praktijkplein.test>",
      to: "lid@praktijkplein.test",
      subject: "Nieuw in de bibliotheek",
      text,
      html: "<p>Nieuw in de bibliotheek</p>",
      messageId: `<${crypto.randomUUID()}@praktijkplein.test>`,
    });
    // The boundary of a mail the attacker got, and so the next one this process writes.
    const seen = /boundary="([^"]+)"/.exec(composeMail(mail("hallo"))!.raw.toString("latin1"))![1]!;
    const counter = /-([0-9a-z]+)$/.exec(seen)![1]!;
    const next = seen.replace(/-[0-9a-z]+$/, `-${(parseInt(counter, 36) + 1).toString(36)}`);
    const summary = [
      "Een samenvatting",
      `--${next}`,
      "Content-Type: text/html; charset=utf-8",
      "",
      '<a href="https://evil.example/inloggen">Log opnieuw in</a>',
    ].join("\n");
    const raw = composeMail(mail(`- Handreiking\n  ${summary}`))!.raw;
    const parsed = await simpleParser(raw);
    // Before: the line ended the text part and the member's HTML became the mail's HTML part.
    expect(parsed.html).toBe("<p>Nieuw in de bibliotheek</p>");
    expect(parsed.text).toContain("Log opnieuw in");
    expect(parsed.attachments).toHaveLength(0);
  });
});

describe("the data export", () => {
  it("holds the address the member asked for, when their address was confirmed and how far they read each topic", async () => {
    const member = await createUser();
    const pendingEmail = unique("nieuw-adres");
    await db().user.update({ where: { id: member.id }, data: { pendingEmail } });
    const community = await createCommunity({ accessMode: "OPEN" });
    const topic = await createTopic(await createChannel(community.id), member.id);
    await db().readMarker.create({ data: { userId: member.id, topicId: topic.id, lastReadSeq: 3 } });
    const row = await db().dataExport.create({ data: { userId: member.id, expiresAt: new Date(Date.now() + 60_000) } });
    await buildExport(row.id);
    const file = await openExport(member.id, row.id);
    const chunks: Buffer[] = [];
    for await (const chunk of file.body) chunks.push(chunk as Buffer);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const profile = JSON.parse(strFromU8(files["profile.json"]!)) as Record<string, unknown>;
    // Before: none of these was in the export, though all are stored about the member.
    expect(profile).toMatchObject({ email: member.email, pendingEmail });
    expect(profile).toHaveProperty("emailVerifiedAt");
    const settings = JSON.parse(strFromU8(files["settings.json"]!)) as { readPositions: unknown[] };
    expect(settings.readPositions).toEqual([expect.objectContaining({ topicId: topic.id, lastReadSeq: 3 })]);
  });
});
