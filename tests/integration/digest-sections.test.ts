/**
 * The digest sections for discussions, shared documents and the library: what
 * is new in the member's communities since the last digest, nothing from a
 * community they are not in, nothing they already read, and no mail at all
 * when everything is read.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loader as itemLoader } from "../../app/routes/bibliotheek.$slug.tsx";
import { loader as documentLoader } from "../../app/routes/communities.$slug.documenten.$id._index.tsx";
import { db } from "../../server/db.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { gatherDigest } from "../../server/notifications/digest/gather.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { renderDigest } from "../../server/notifications/digest/render.ts";
import { sendDigest } from "../../server/notifications/digest/send.ts";
import { createChannel } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createTheme, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";
import { useMailSink } from "../helpers/mail-sink.ts";

const sink = useMailSink();

const DAY = 24 * 60 * 60 * 1000;
const until = new Date();
const since = new Date(until.getTime() - 7 * DAY);
const during = new Date(until.getTime() - 2 * DAY);
const later = new Date(until.getTime() - DAY);
const before = new Date(until.getTime() - 30 * DAY);

type Author = { id: string } | null;

async function topic(
  channel: { id: string; communityId: string },
  title: string,
  createdAt: Date,
  messages: { author: Author; text: string; at: Date }[],
  deleted = false,
) {
  const row = await db().topic.create({
    data: {
      channelId: channel.id,
      communityId: channel.communityId,
      title,
      authorId: messages[0]?.author?.id ?? null,
      createdAt,
      lastSeq: messages.length,
      lastMessageAt: messages.at(-1)?.at ?? createdAt,
      deletedAt: deleted ? later : null,
    },
  });
  const ids: string[] = [];
  for (const [index, message] of messages.entries()) {
    const created = await db().message.create({
      data: {
        topicId: row.id,
        seq: index + 1,
        authorId: message.author?.id ?? null,
        bodyJson: {},
        bodyHtml: `<p>${message.text}</p>`,
        bodyText: message.text,
        createdAt: message.at,
      },
    });
    ids.push(created.id);
  }
  return { ...row, messageIds: ids };
}

async function document(communityId: string, title: string, createdAt: Date, createdById: string | null) {
  return db().document.create({ data: { communityId, title, createdAt, updatedAt: createdAt, createdById } });
}

async function version(documentId: string, number: number, name: string, kind: "NAMED" | "AUTO", createdAt: Date, authorId: string | null) {
  return db().documentVersion.create({ data: { documentId, number, name, kind, state: Buffer.from([0, 0]), seq: 0, createdAt, authorId } });
}

async function libraryItem(title: string, status: "PUBLISHED" | "SUBMITTED", publishedAt: Date | null, authorId: string | null) {
  return db().libraryItem.create({
    data: {
      slug: `item-${randomBytes(4).toString("hex")}`,
      kind: "HANDREIKING",
      title,
      summary: `Samenvatting van ${title}.`,
      body: {},
      status,
      publishedAt,
      authorId,
    },
  });
}

async function world() {
  const theme = await createTheme();
  const mine = await createCommunity({ name: "Inclusief werven", accessMode: "OPEN", themeId: theme.id });
  const secret = await createCommunity({ name: "Besloten werkgroep", accessMode: "INVITE_ONLY", themeId: theme.id });
  const notMine = await createCommunity({ name: "Andermans kring", accessMode: "INVITE_ONLY", themeId: theme.id });
  const member = await createUser({ displayName: "Fatima de Vries" });
  const [anna, bram] = await Promise.all([createUser({ displayName: "Anna Jansen" }), createUser({ displayName: "Bram Bakker" })]);
  for (const id of [member.id, anna.id, bram.id]) {
    await addMember(id, mine.id);
    await addMember(id, secret.id);
  }
  await addMember(anna.id, notMine.id);
  // Members since before everything the tests write (messages written before joining count as read, decision 270).
  await db().membership.updateMany({
    where: { userId: { in: [member.id, anna.id, bram.id] } },
    data: { joinedAt: new Date(before.getTime() - DAY) },
  });
  return { theme, mine, secret, notMine, member, anna, bram };
}

function digestMember(user: { id: string; email: string; displayName: string }) {
  return { id: user.id, email: user.email, displayName: user.displayName, globalRole: "MEMBER" as const, language: "nl" as const };
}

describe("digest sections: discussions, documents, library", () => {
  it("reports what is new and unread in the member's communities, and nothing else", async () => {
    const w = await world();
    const channel = await createChannel(w.mine.id, { slug: "algemeen" });
    const secretChannel = await createChannel(w.secret.id, { slug: "algemeen" });
    const otherChannel = await createChannel(w.notMine.id, { slug: "algemeen" });

    // A new topic: two unread messages by others (Bram's has a reaction: the top one), one of her own.
    const fresh = await topic(channel, "Anoniem solliciteren in de zorg", during, [
      { author: w.anna, text: "Wie heeft ervaring met anoniem solliciteren?", at: during },
      { author: w.bram, text: "Wij doen het sinds een jaar, met goede resultaten.", at: later },
      { author: w.member, text: "Mijn eigen bericht telt niet mee.", at: later },
    ]);
    await db().reaction.create({ data: { messageId: fresh.messageIds[1]!, userId: w.anna.id, emoji: "thumbsUp" } });
    // An older topic with a new message in the invite-only community she is in: active.
    await topic(secretChannel, "Evaluatie proefplaatsingen", before, [
      { author: w.anna, text: "Wat vonden jullie van de proefplaatsingen?", at: before },
      { author: w.bram, text: "Drie van de vier kandidaten kregen een contract.", at: during },
    ]);
    // Read already: her read marker is past the new message.
    const read = await topic(channel, "Al gelezen onderwerp", before, [
      { author: w.anna, text: "Oude vraag", at: before },
      { author: w.bram, text: "Een antwoord dat zij al las.", at: during },
    ]);
    await db().readMarker.create({ data: { userId: w.member.id, topicId: read.id, lastReadSeq: 2 } });
    // Deleted, old, or in a community she is not in.
    await topic(channel, "Verwijderd onderwerp", during, [{ author: w.anna, text: "Weg", at: during }], true);
    await topic(channel, "Oud onderwerp", before, [{ author: w.anna, text: "Van lang geleden", at: before }]);
    await topic(otherChannel, "Geheim onderwerp elders", during, [{ author: w.anna, text: "Niet voor Fatima", at: during }]);

    // Documents: new, a named version, an automatic version (not reported), seen, her own, elsewhere.
    await document(w.mine.id, "Handreiking open hiring", during, w.anna.id);
    const versioned = await document(w.secret.id, "Werkafspraken stages", before, w.anna.id);
    await version(versioned.id, 1, "Na de bijeenkomst", "NAMED", during, w.bram.id);
    const automatic = await document(w.mine.id, "Alleen automatisch bewaard", before, w.anna.id);
    await version(automatic.id, 1, "", "AUTO", during, null);
    const seen = await document(w.mine.id, "Al bekeken document", during, w.anna.id);
    await db().seenMarker.create({ data: { userId: w.member.id, scope: `document-${seen.id}`, readAt: later } });
    await document(w.mine.id, "Mijn eigen document", during, w.member.id);
    await document(w.notMine.id, "Document van een andere kring", during, w.anna.id);

    // Library: published in the window; not: seen, her own, submitted only, published long ago.
    await libraryItem("Toolkit inclusieve vacatureteksten", "PUBLISHED", during, w.anna.id);
    const seenItem = await libraryItem("Al gelezen handreiking", "PUBLISHED", during, w.anna.id);
    await db().seenMarker.create({ data: { userId: w.member.id, scope: `library-${seenItem.id}`, readAt: later } });
    await libraryItem("Mijn eigen handreiking", "PUBLISHED", during, w.member.id);
    await libraryItem("Nog in beoordeling", "SUBMITTED", null, w.anna.id);
    await libraryItem("Oude handreiking", "PUBLISHED", before, w.anna.id);

    const digest = await gatherDigest(digestMember(w.member), "WEEKLY", since, until);
    const byId = Object.fromEntries(digest.sections.map(({ section, items }) => [section.id, items]));
    expect(byId.discussions).toEqual([
      expect.objectContaining({ title: "Anoniem solliciteren in de zorg", isNew: true, unread: 2 }),
      expect.objectContaining({ title: "Evaluatie proefplaatsingen", isNew: false, unread: 1 }),
    ]);
    expect((byId.discussions as { top: { author: string }[] }[])[0]!.top.map((message) => message.author)).toEqual([
      "Bram Bakker",
      "Anna Jansen",
    ]);
    expect(byId.documents).toHaveLength(2);
    expect(byId.documents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "Werkafspraken stages", isNew: false, versions: ["Na de bijeenkomst"] }),
        expect.objectContaining({ title: "Handreiking open hiring", isNew: true, versions: [] }),
      ]),
    );
    expect(byId.library).toEqual([expect.objectContaining({ title: "Toolkit inclusieve vacatureteksten" })]);
    // Had she joined "Inclusief werven" between Anna's message and Bram's, only Bram's would be unread (decision 270).
    await db().membership.update({
      where: { userId_communityId: { userId: w.member.id, communityId: w.mine.id } },
      data: { joinedAt: new Date(until.getTime() - 1.5 * DAY) },
    });
    const joinedLater = await gatherDigest(digestMember(w.member), "WEEKLY", since, until);
    const discussions = joinedLater.sections.find(({ section }) => section.id === "discussions")!.items;
    expect(discussions).toHaveLength(2);
    expect(discussions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "Anoniem solliciteren in de zorg", unread: 1 }),
        expect.objectContaining({ title: "Evaluatie proefplaatsingen", unread: 1 }),
      ]),
    );

    const mail = renderDigest(digest);
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("Anoniem solliciteren in de zorg");
      expect(part).toContain("Wij doen het sinds een jaar, met goede resultaten.");
      expect(part).toContain(`/communities/${w.mine.slug}/discussies/algemeen/${fresh.id}`);
      expect(part).toContain("Evaluatie proefplaatsingen");
      expect(part).toContain("Handreiking open hiring");
      expect(part).toContain("Na de bijeenkomst");
      expect(part).toContain("Toolkit inclusieve vacatureteksten");
      for (const absent of [
        "Mijn eigen bericht",
        "Al gelezen onderwerp",
        "Verwijderd onderwerp",
        "Oud onderwerp",
        "Geheim onderwerp elders",
        "Alleen automatisch bewaard",
        "Al bekeken document",
        "Mijn eigen document",
        "Document van een andere kring",
        "Al gelezen handreiking",
        "Mijn eigen handreiking",
        "Nog in beoordeling",
        "Oude handreiking",
      ]) {
        expect(part).not.toContain(absent);
      }
    }
    expect(mail.html).toContain('aria-labelledby="digest-discussions"');
  });

  it("leaves out what a moderator hid: topics, messages, documents and library items", async () => {
    const w = await world();
    const channel = await createChannel(w.mine.id, { slug: "algemeen" });
    const hiddenTopic = await topic(channel, "Verborgen onderwerp", during, [{ author: w.anna, text: "Een verborgen vraag", at: during }]);
    const shown = await topic(channel, "Zichtbaar onderwerp", during, [
      { author: w.anna, text: "Een gewone vraag", at: during },
      { author: w.bram, text: "Een verborgen antwoord", at: later },
    ]);
    const hiddenDocument = await document(w.mine.id, "Verborgen document", during, w.anna.id);
    const hiddenItem = await libraryItem("Verborgen handreiking", "PUBLISHED", during, w.anna.id);
    const hidden = { hiddenAt: later, hiddenReason: "Spam" };
    await db().topic.update({ where: { id: hiddenTopic.id }, data: hidden });
    await db().message.update({ where: { id: shown.messageIds[1]! }, data: hidden });
    await db().document.update({ where: { id: hiddenDocument.id }, data: hidden });
    await db().libraryItem.update({ where: { id: hiddenItem.id }, data: hidden });

    const digest = await gatherDigest(digestMember(w.member), "WEEKLY", since, until);
    const byId = Object.fromEntries(digest.sections.map(({ section, items }) => [section.id, items]));
    expect(byId.discussions).toEqual([expect.objectContaining({ title: "Zichtbaar onderwerp", unread: 1 })]);
    const mail = renderDigest(digest);
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain("Een gewone vraag");
      for (const absent of [
        "Verborgen onderwerp",
        "Een verborgen vraag",
        "Een verborgen antwoord",
        "Verborgen document",
        "Verborgen handreiking",
      ])
        expect(part).not.toContain(absent);
    }
  });

  it("opening a document or a library item marks it read for the digest", async () => {
    const w = await world();
    const cookie = await sessionCookieFor(w.member.id);
    const doc = await createDocumentIn(w.mine.id, w.anna.id, "Verslag leerkring", editorState(p("Wat we leerden over taalcoaching.")));
    const item = await libraryItem("Stappenplan werkervaringsplek", "PUBLISHED", new Date(), w.anna.id);
    // Library items are not tied to a community: other tests' items may be in the digest too.
    const titles = (digest: Awaited<ReturnType<typeof gatherDigest>>) =>
      digest.sections
        .filter(({ section }) => ["documents", "library"].includes(section.id))
        .flatMap(({ items }) => (items as { title: string }[]).map((entry) => entry.title));
    const first = await gatherDigest(digestMember(w.member), "WEEKLY", since, new Date());
    expect(titles(first)).toEqual(expect.arrayContaining(["Verslag leerkring", "Stappenplan werkervaringsplek"]));

    await callLoader(documentLoader, getRequest(`/communities/${w.mine.slug}/documenten/${doc.id}`, cookie), {
      slug: w.mine.slug,
      id: doc.id,
    });
    await callLoader(itemLoader, getRequest(`/bibliotheek/${item.slug}`, cookie), { slug: item.slug });
    const after = await gatherDigest(digestMember(w.member), "WEEKLY", since, new Date());
    expect(titles(after)).not.toContain("Verslag leerkring");
    expect(titles(after)).not.toContain("Stappenplan werkervaringsplek");
  });

  it("sends no mail when everything is read, and nothing from communities the member cannot read", async () => {
    const w = await world();
    const channel = await createChannel(w.mine.id, { slug: "algemeen" });
    const otherChannel = await createChannel(w.notMine.id, { slug: "algemeen" });
    const readTopic = await topic(channel, "Gelezen gesprek", during, [
      { author: w.anna, text: "Vraag", at: during },
      { author: w.bram, text: "Antwoord", at: during },
    ]);
    await db().readMarker.create({ data: { userId: w.member.id, topicId: readTopic.id, lastReadSeq: 2 } });
    await topic(otherChannel, "Niet leesbaar", during, [{ author: w.anna, text: "Alleen voor de andere kring", at: during }]);
    await document(w.notMine.id, "Besloten document", during, w.anna.id);
    const period = latestPeriod("WEEKLY", new Date());
    // The sent window ends at the period boundary: move the activity inside it.
    const inside = new Date(period.until.getTime() - DAY);
    await db().message.updateMany({ where: { topic: { communityId: { in: [w.mine.id, w.notMine.id] } } }, data: { createdAt: inside } });
    await db().topic.updateMany({
      where: { communityId: { in: [w.mine.id, w.notMine.id] } },
      data: { createdAt: inside, lastMessageAt: inside },
    });
    await db().document.updateMany({ where: { communityId: w.notMine.id }, data: { createdAt: inside } });
    // Library items are for everyone: the ones earlier tests here published (two days ago, a day ago) fall in
    // last week's period on a Monday or Tuesday and would be news in this digest; they go back a month.
    await db().libraryItem.updateMany({ where: { publishedAt: { not: null } }, data: { publishedAt: before } });

    const result = await sendDigest({ userId: w.member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() });
    expect(result).toBe("empty");
    expect(sink.to(w.member.email)).toHaveLength(0);
    expect(await db().mailDelivery.findUnique({ where: { key: `digest-${w.member.id}-${period.key}` } })).toMatchObject({
      status: "EMPTY",
    });
  });
});
