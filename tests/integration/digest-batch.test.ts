/**
 * Batched digest sections (issue 17.5, decisions 131 and 160): every section
 * is set-based, and a batch gives every member exactly what gathering that
 * member alone gives (windows, communities, markers and own content stay
 * apart per request); digests gathered at the same time (batched) equal
 * digests gathered one by one. What each section shows is tested in
 * digest-sections, agenda-digest, content-registry and mail tests.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { gatherDigest } from "../../server/notifications/digest/gather.ts";
import { unsubscribeToken, verifyUnsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { digestSections } from "../../server/notifications/digest/registry.ts";
import { renderDigest } from "../../server/notifications/digest/render.ts";
import { DIGEST_SECTIONS } from "../../server/notifications/digest/sections/index.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { sendDigest } from "../../server/notifications/digest/send.ts";
import { MAX_WAIT_MS, setBarrierWaitForTests } from "../../server/notifications/digest/barrier.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import type { DigestContext } from "../../server/notifications/digest/types.ts";
import { preferencesFromRows } from "../../server/notifications/preferences.ts";
import { createChannel } from "../helpers/discussion-factories.ts";
import { createMeeting } from "../helpers/meeting-factories.ts";
import { createCommunity, createUser } from "../helpers/factories.ts";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe("batched digest sections", () => {
  it("a batch gives each member exactly what gathering that member alone gives", async () => {
    const until = new Date();
    const [north, south, closed] = await Promise.all([
      createCommunity({ name: "Noord" }),
      createCommunity({ name: "Zuid" }),
      createCommunity({ name: "Elders" }),
    ]);
    const members = await Promise.all(Array.from({ length: 6 }, (_, i) => createUser({ displayName: `Lid ${i}` })));
    // Everyone has been in north for a month; half of them also in south.
    for (const [i, member] of members.entries()) {
      await db().membership.create({ data: { userId: member.id, communityId: north.id, joinedAt: new Date(until.getTime() - 30 * DAY) } });
      if (i % 2 === 0)
        await db().membership.create({
          data: { userId: member.id, communityId: south.id, joinedAt: new Date(until.getTime() - 30 * DAY) },
        });
    }
    // Newcomers at different moments, in each community (and one elsewhere, which nobody here should see).
    for (let n = 0; n < 8; n++) {
      const newcomer = await createUser({ displayName: `Nieuwkomer ${n}` });
      const community = [north, south, closed][n % 3]!;
      await db().membership.create({
        data: { userId: newcomer.id, communityId: community.id, joinedAt: new Date(until.getTime() - (n + 1) * 11 * HOUR) },
      });
    }
    // A newcomer whose profile a moderator hid is named by neither path.
    const hiddenNewcomer = await createUser({ displayName: "Verborgen Nieuwkomer" });
    await db().user.update({ where: { id: hiddenNewcomer.id }, data: { hiddenAt: until, hiddenReason: "test" } });
    await db().membership.create({
      data: { userId: hiddenNewcomer.id, communityId: north.id, joinedAt: new Date(until.getTime() - 3 * HOUR) },
    });
    // Member 1 looked at north's member list two days ago; member 2 after everything.
    await db().seenMarker.create({
      data: { userId: members[1]!.id, scope: `members-${north.id}`, readAt: new Date(until.getTime() - 2 * DAY) },
    });
    await db().seenMarker.create({ data: { userId: members[2]!.id, scope: `members-${north.id}`, readAt: until } });

    // Discussions: topics old and new, messages at different moments and by different authors (some
    // by members themselves), reactions, a hidden message, a deleted topic and read markers.
    const discussion = async (
      community: { id: string },
      title: string,
      createdAt: Date,
      messages: { author: string; at: Date; hidden?: boolean; reactions?: number }[],
      deleted = false,
    ) => {
      const channel = await createChannel(community.id);
      const topic = await db().topic.create({
        data: {
          channelId: channel.id,
          communityId: community.id,
          title,
          authorId: messages[0]!.author,
          createdAt,
          lastSeq: messages.length,
          lastMessageAt: messages.at(-1)!.at,
          deletedAt: deleted ? until : null,
        },
      });
      for (const [index, message] of messages.entries()) {
        const row = await db().message.create({
          data: {
            topicId: topic.id,
            seq: index + 1,
            authorId: message.author,
            bodyJson: {},
            bodyHtml: `<p>${title} ${index}</p>`,
            bodyText: `${title} bericht ${index}`,
            createdAt: message.at,
            hiddenAt: message.hidden ? until : null,
          },
        });
        for (let r = 0; r < (message.reactions ?? 0); r++)
          await db().reaction.create({ data: { messageId: row.id, userId: members[r]!.id, emoji: "👍" } });
      }
      return topic;
    };
    const ago = (hours: number) => new Date(until.getTime() - hours * HOUR);
    const busy = await discussion(north, "Werkplekleren", ago(120), [
      { author: members[0]!.id, at: ago(120) },
      { author: members[1]!.id, at: ago(60), reactions: 2 },
      { author: members[3]!.id, at: ago(30) },
      { author: members[4]!.id, at: ago(10), hidden: true },
      { author: members[5]!.id, at: ago(5), reactions: 1 },
    ]);
    await discussion(north, "Inwerken", ago(20), [
      { author: members[2]!.id, at: ago(20) },
      { author: members[0]!.id, at: ago(2) },
    ]);
    await discussion(south, "Stages", ago(100), [
      { author: members[1]!.id, at: ago(90) },
      { author: members[2]!.id, at: ago(40), reactions: 3 },
      { author: members[0]!.id, at: ago(3) },
    ]);
    await discussion(south, "Weg", ago(50), [{ author: members[1]!.id, at: ago(50) }], true);
    await db().readMarker.create({ data: { userId: members[3]!.id, topicId: busy.id, lastReadSeq: 3 } });
    await db().readMarker.create({ data: { userId: members[4]!.id, topicId: busy.id, lastReadSeq: 5 } });

    // The other sections' content, at different moments, some hidden, read or the member's own.
    await db().membership.updateMany({ where: { userId: members[0]!.id, communityId: north.id }, data: { role: "FACILITATOR" } });
    const guide = await db().document.create({
      data: { communityId: north.id, title: "Werkwijzer", createdAt: ago(30), updatedAt: ago(30), createdById: members[0]!.id },
    });
    await db().documentVersion.create({
      data: {
        documentId: guide.id,
        number: 1,
        name: "Eerste versie",
        kind: "NAMED",
        state: Buffer.from([0, 0]),
        seq: 0,
        createdAt: ago(8),
        authorId: members[1]!.id,
      },
    });
    await db().document.create({
      data: { communityId: south.id, title: "Stageplan", createdAt: ago(60), updatedAt: ago(60), createdById: members[3]!.id },
    });
    await db().document.create({
      data: { communityId: north.id, title: "Verborgen stuk", createdAt: ago(4), updatedAt: ago(4), hiddenAt: until },
    });
    await db().seenMarker.create({ data: { userId: members[3]!.id, scope: `document-${guide.id}`, readAt: ago(20) } });
    const item = (title: string, publishedAt: Date, authorId: string | null, hidden = false) =>
      db().libraryItem.create({
        data: {
          slug: `batch-${title.toLowerCase().replace(/\W+/g, "-")}-${until.getTime()}`,
          kind: "HANDREIKING",
          title,
          summary: `Over ${title}.`,
          body: {},
          status: "PUBLISHED",
          publishedAt,
          authorId,
          hiddenAt: hidden ? until : null,
        },
      });
    const handbook = await item("Handreiking jobcarving", ago(40), members[2]!.id);
    await item("Checklist werkplek", ago(100), null);
    await item("Verborgen handreiking", ago(6), null, true);
    await db().seenMarker.create({ data: { userId: members[4]!.id, scope: `library-${handbook.id}`, readAt: ago(1) } });
    await db().knowledgeQuestion.create({
      data: { themeId: north.themeId, title: "Wat werkt bij proefplaatsingen?", body: "…", authorId: members[0]!.id, createdAt: ago(30) },
    });
    await db().knowledgeQuestion.create({
      data: { themeId: south.themeId, title: "Hoe meet je duurzaamheid?", body: "…", authorId: null, createdAt: ago(100) },
    });
    const fair = await createMeeting({ communityId: south.id, title: "Stagemarkt", createdAt: ago(30) });
    const day = await createMeeting({ communityId: null, title: "Landelijke dag", createdAt: ago(70) });
    const cancelled = await createMeeting({ communityId: north.id, title: "Gaat niet door", createdAt: ago(9) });
    await db().meeting.update({ where: { id: cancelled.id }, data: { cancelledAt: until } });
    await db().rsvp.create({ data: { meetingId: day.id, userId: members[1]!.id, answer: "YES" } });
    await db().rsvp.create({ data: { meetingId: fair.id, userId: members[2]!.id, answer: "NO" } });
    for (const [i, member] of members.entries()) {
      await db().notification.create({
        data: {
          userId: member.id,
          kind: "mention",
          communityId: north.id,
          url: "/meldingen",
          data: { topicTitle: `Onderwerp ${i}` },
          createdAt: ago(6 + i * 13),
          readAt: i === 5 ? until : null,
        },
      });
    }
    const applicant = await createUser({ displayName: "Aanvrager" });
    await db().joinRequest.create({ data: { userId: applicant.id, communityId: north.id, message: "Graag!", createdAt: ago(12) } });
    const fresh = await createCommunity({ name: "Nieuwe kring", themeId: north.themeId });
    await db().community.update({ where: { id: fresh.id }, data: { createdAt: ago(30) } });
    const closedFresh = await createCommunity({ name: "Nieuwe besloten kring", themeId: north.themeId, accessMode: "INVITE_ONLY" });
    await db().community.update({ where: { id: closedFresh.id }, data: { createdAt: ago(30) } });

    const memberships = await db().membership.findMany({
      where: { userId: { in: members.map((m) => m.id) } },
      include: { community: true },
    });
    // Different windows per member: a day, three days, a week.
    const contexts: DigestContext[] = members.map((member, i) => ({
      member: { id: member.id, email: member.email, displayName: member.displayName, globalRole: "MEMBER", language: "nl" },
      frequency: "WEEKLY",
      since: new Date(until.getTime() - [1, 3, 7][i % 3]! * DAY),
      until,
      communities: memberships
        .filter((m) => m.userId === member.id)
        .map((m) => ({ id: m.community.id, slug: m.community.slug, name: m.community.name, themeId: m.community.themeId, role: m.role }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      // Member 3 has a more frequent digest elsewhere: nothing without a community here.
      primary: i !== 3,
      coveredKinds: [],
      preferences: preferencesFromRows([]),
    }));

    // Every built-in section is set-based (gather() is a batch of one): a batch must keep each
    // request's window, communities, markers and own content apart.
    const batched = digestSections().filter((section) => section.gatherMany);
    expect(batched.map((section) => section.id).sort()).toEqual(DIGEST_SECTIONS.map((section) => section.id).sort());
    for (const section of batched) {
      const one = [];
      for (const context of contexts) one.push(await section.gather(context));
      const many = await section.gatherMany!(contexts);
      expect(many, section.id).toEqual(one);
      for (const hidden of ["Verborgen Nieuwkomer", "Verborgen stuk", "Verborgen handreiking", "Gaat niet door", "Nieuwe besloten kring"])
        expect(JSON.stringify(many), section.id).not.toContain(hidden);
      // The data is not trivial: members get different items (windows, communities, markers, roles).
      expect(new Set(one.map((items) => JSON.stringify(items))).size, section.id).toBeGreaterThanOrEqual(
        section.id === "new-members" || section.id === "discussions" ? 3 : 2,
      );
    }

    // Whole digests: gathered at once (the sections batch them) or one by one, the same.
    const sequential = [];
    for (const context of contexts)
      sequential.push(
        await gatherDigest(context.member, "WEEKLY", context.since, context.until, {
          communities: context.communities.map((c) => ({ ...c, frequency: "WEEKLY" as const })),
          preferences: context.preferences,
        }),
      );
    const together = await Promise.all(
      contexts.map((context) =>
        gatherDigest(context.member, "WEEKLY", context.since, context.until, {
          communities: context.communities.map((c) => ({ ...c, frequency: "WEEKLY" as const })),
          preferences: context.preferences,
        }),
      ),
    );
    const shape = (digest: Awaited<ReturnType<typeof gatherDigest>>) => ({
      itemCount: digest.itemCount,
      sections: digest.sections.map((s) => ({ id: s.section.id, items: s.items })),
    });
    expect(together.map(shape)).toEqual(sequential.map(shape));
    // Rendered together, shared parts (rendered once) still give every member their own greeting and
    // unsubscribe links, and the same text as a digest rendered on its own.
    const mails = together.map(renderDigest);
    for (const [i, mail] of mails.entries()) {
      const member = contexts[i]!.member;
      expect(mail.text).toContain(member.displayName);
      const tokens = [...mail.html.matchAll(/\/afmelden\/([\w-]+\.[\w-]+)/g)].map((match) => verifyUnsubscribeToken(match[1]!));
      expect(tokens.length).toBeGreaterThan(0);
      for (const token of tokens) expect(token?.userId).toBe(member.id);
      expect(mail.headers?.["List-Unsubscribe"]).toContain(unsubscribeToken(member.id, "digest"));
    }
    expect(sequential.map(renderDigest).map((mail) => mail.text)).toEqual(mails.map((mail) => mail.text));
  });

  it("digests sent side by side ask each section once, together, and claim and hand over together", async () => {
    const period = latestPeriod("WEEKLY", new Date());
    const members: { id: string }[] = [];
    for (let i = 0; i < 8; i++) {
      const community = await createCommunity({ name: `Zij aan zij ${i}` });
      const member = await createUser({ displayName: `Buur ${i}` });
      const newcomer = await createUser({ displayName: `Nieuwe buur ${i}` });
      await db().membership.createMany({
        data: [
          { userId: member.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - 30 * DAY) },
          { userId: newcomer.id, communityId: community.id, joinedAt: new Date(period.until.getTime() - DAY) },
        ],
      });
      members.push(member);
    }
    // However slowly the claims go on a busy machine, the batch waits for all eight (the worker waits 50 ms at most).
    setBarrierWaitForTests(60_000);
    const { result, statements } = await countRoundTrips(() =>
      Promise.all(
        members.map((member) =>
          sendDigest({ userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() }),
        ),
      ),
    );
    expect(result).toEqual(members.map(() => "sent"));
    // One statement per section for all eight (the requests are rows of one unnest of typed arrays), not one per member.
    const batched = statements.filter((sql) => sql.includes('WITH ORDINALITY AS r("u"'));
    expect(batched.length).toBe(DIGEST_SECTIONS.length + 1);
    // The eight claims are one INSERT, and the eight hand-over markers one UPDATE (decision 179).
    expect(statements.filter((sql) => sql.includes('INSERT INTO "MailDelivery"'))).toHaveLength(1);
    expect(statements.filter((sql) => sql.includes(`SET "status" = 'HANDING_OVER'`))).toHaveLength(1);
    setBarrierWaitForTests(MAX_WAIT_MS);
  });
});
