/**
 * Removing content is done once, by its area, whoever removes it (issue 13):
 * a message erased by its author, by a moderator and by an account deletion
 * ends the same; moderation archives a library item as a curator does (with
 * its revision and the status it really had); moderation deleting a document
 * tells the editors connected to it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { closePublisher, Relay, type RelayMessage, RelayKind } from "../../server/collab/relay.ts";
import { db } from "../../server/db.ts";
import { deleteMessage } from "../../server/discussions/commands.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { deleteAccount } from "../../server/privacy/deletion.ts";
import { recordEvents } from "../helpers/events.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, TEST_PASSWORD } from "../helpers/factories.ts";

afterAll(async () => {
  await closePublisher();
});

async function people() {
  const community = await createCommunity({ accessMode: "OPEN" });
  const author = await createUser();
  const other = await createUser();
  const moderator = await createUser({ globalRole: "MODERATOR" });
  await addMember(author.id, community.id);
  await addMember(other.id, community.id);
  return { community, author, other, moderator };
}

/** A topic by `other` whose answer (seq 2, by `author`) mentions `other`, has a reaction of `other` and is marked as the answer. */
async function answeredTopic() {
  const w = await people();
  const channel = await createChannel(w.community.id);
  const topic = await createTopic(channel, w.other.id, { messages: ["Wie weet hoe dit werkt?"] });
  const answer = await db().message.create({
    data: { topicId: topic.id, seq: 2, authorId: w.author.id, bodyJson: {}, bodyHtml: "<p>Zo werkt het</p>", bodyText: "Zo werkt het" },
  });
  await db().topic.update({ where: { id: topic.id }, data: { lastSeq: 2, solvedMessageId: answer.id } });
  await db().reaction.create({ data: { messageId: answer.id, userId: w.other.id, emoji: "thumbsUp" } });
  await db().messageMention.create({ data: { messageId: answer.id, userId: w.other.id } });
  return { ...w, topic, answer };
}

async function expectErased(topicId: string, messageId: string) {
  const message = await db().message.findUniqueOrThrow({ where: { id: messageId } });
  expect(message.deletedAt).not.toBeNull();
  expect(message.bodyText).toBe("");
  expect(message.bodyHtml).toBe("");
  expect(await db().reaction.count({ where: { messageId } })).toBe(0);
  expect(await db().messageMention.count({ where: { messageId } })).toBe(0);
  expect((await db().topic.findUniqueOrThrow({ where: { id: topicId } })).solvedMessageId).toBeNull();
}

describe("one removal per content kind", () => {
  it("erases a message the same way for its author, a moderator and an account deletion", async () => {
    const byAuthor = await answeredTopic();
    await deleteMessage({ id: byAuthor.author.id, globalRole: "MEMBER" }, byAuthor.answer.id);
    await expectErased(byAuthor.topic.id, byAuthor.answer.id);

    const byModerator = await answeredTopic();
    const { reportId } = await reportContent(
      { id: byModerator.other.id, globalRole: "MEMBER" },
      { targetKind: "MESSAGE", targetId: byModerator.answer.id, reason: "SPAM", text: undefined },
    );
    await moderateReport({ id: byModerator.moderator.id, globalRole: "MODERATOR" }, { reportId, action: "DELETE", reason: "Reclame" });
    await expectErased(byModerator.topic.id, byModerator.answer.id);

    const byDeletion = await answeredTopic();
    await deleteAccount(byDeletion.author.id, { password: TEST_PASSWORD, contributions: "remove" });
    await expectErased(byDeletion.topic.id, byDeletion.answer.id);
  });

  it("archives a library item for a report as a curator would: revision and the real status in the event", async () => {
    const w = await people();
    const item = await db().libraryItem.create({
      data: {
        slug: `item-${w.community.id}`,
        kind: "HANDREIKING",
        title: "Te verwijderen handreiking",
        summary: "Samenvatting.",
        body: {},
        status: "PUBLISHED",
        publishedAt: new Date(),
        authorId: w.author.id,
      },
    });
    const { reportId } = await reportContent(
      { id: w.other.id, globalRole: "MEMBER" },
      { targetKind: "LIBRARY_ITEM", targetId: item.id, reason: "SPAM", text: undefined },
    );
    const recorded = recordEvents(["libraryItem.transitioned"]);
    try {
      await moderateReport({ id: w.moderator.id, globalRole: "MODERATOR" }, { reportId, action: "DELETE", reason: "Reclame" });
    } finally {
      recorded.stop();
    }
    expect(await db().libraryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "ARCHIVED" });
    expect(recorded.events).toEqual([
      expect.objectContaining({
        name: "libraryItem.transitioned",
        payload: expect.objectContaining({ itemId: item.id, from: "PUBLISHED", to: "ARCHIVED", transition: "archive" }),
      }),
    ]);
    const revisions = await db().libraryRevision.findMany({
      where: { itemId: item.id },
      select: { action: true, actorId: true, changes: true },
    });
    expect(revisions).toEqual([
      { action: "archived", actorId: w.moderator.id, changes: { status: { from: "PUBLISHED", to: "ARCHIVED" } } },
    ]);
    // One audit line for the act: the moderation action's (not a second "library.archive").
    const lines = await db().auditLog.findMany({ where: { targetId: item.id }, select: { action: true } });
    expect(lines.map((line) => line.action).sort()).toEqual(["moderation.delete", "report.created"]);
  });

  it("tells the editors connected to a document that moderation deleted it", async () => {
    const w = await people();
    const document = await db().document.create({
      data: { communityId: w.community.id, title: "Gemeld document", createdById: w.author.id },
    });
    const relay = new Relay();
    const heard: RelayMessage[] = [];
    await relay.subscribe(document.id, (message) => heard.push(message));
    try {
      const { reportId } = await reportContent(
        { id: w.other.id, globalRole: "MEMBER" },
        { targetKind: "DOCUMENT", targetId: document.id, reason: "SPAM", text: undefined },
      );
      await moderateReport({ id: w.moderator.id, globalRole: "MODERATOR" }, { reportId, action: "DELETE", reason: "Reclame" });
      expect(await db().document.findUnique({ where: { id: document.id } })).toBeNull();
      await expect.poll(() => heard.map((message) => message.kind), { timeout: 10_000 }).toContain(RelayKind.deleted);
      const lines = await db().auditLog.findMany({ where: { targetId: document.id }, select: { action: true } });
      expect(lines.map((line) => line.action).sort()).toEqual(["moderation.delete", "report.created"]);
    } finally {
      await relay.close();
    }
  });
});
