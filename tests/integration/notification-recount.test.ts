/**
 * The bell follows content that stops or starts being listed (walk 15): when a
 * message with a mention is deleted by its author, or hidden and shown again by
 * a moderator, or its topic is deleted, the mentioned member's open pages get
 * their new unread count at once (`notifications:count` to their user room),
 * instead of keeping the old count until the next page.
 */
import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { deleteMessage, deleteTopic } from "../../server/discussions/commands.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { notify } from "../../server/notifications/notify.ts";
import { userRoom } from "../../server/realtime/server.ts";
import { recordBroadcasts } from "../helpers/events.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

/** A topic by `author` whose second message mentions `mentioned`, with the mention's unread notification. */
async function mentionScene() {
  const community = await createCommunity({ accessMode: "OPEN" });
  const author = await createUser();
  const mentioned = await createUser();
  const reporter = await createUser();
  const moderator = await createUser({ globalRole: "MODERATOR" });
  await addMember(author.id, community.id);
  await addMember(mentioned.id, community.id);
  await addMember(reporter.id, community.id);
  const channel = await createChannel(community.id);
  const topic = await createTopic(channel, author.id, { messages: ["Wie weet hoe dit werkt?", "@Sanne, jij weet dit toch?"] });
  const message = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 2 } });
  await notify({
    userId: mentioned.id,
    kind: "mention",
    actorId: author.id,
    communityId: community.id,
    url: `/communities/${community.slug}`,
    data: { topicId: topic.id, messageId: message.id, topicTitle: topic.title, excerpt: "jij weet dit toch?" },
  });
  return { community, author, mentioned, reporter, moderator, topic, message };
}

/** The counts sent to one member's room while `act` ran. */
async function countsSentTo(userId: string, act: () => Promise<unknown>): Promise<unknown[]> {
  const recorded = await recordBroadcasts();
  try {
    await act();
  } finally {
    recorded.stop();
  }
  return recorded.sent.flatMap((item) =>
    "event" in item && item.event === "notifications:count" && item.rooms.includes(userRoom(userId)) ? [item.args[0]] : [],
  );
}

describe("the unread count after content leaves or comes back", () => {
  it("drops for the mentioned member when the author deletes the message", async () => {
    const s = await mentionScene();
    const counts = await countsSentTo(s.mentioned.id, () => deleteMessage({ id: s.author.id, globalRole: "MEMBER" }, s.message.id));
    expect(counts).toEqual([{ unread: 0 }]);
  });

  it("drops when a moderator hides the message and comes back when it is shown again", async () => {
    const s = await mentionScene();
    const { reportId } = await reportContent(
      { id: s.reporter.id, globalRole: "MEMBER" },
      { targetKind: "MESSAGE", targetId: s.message.id, reason: "SPAM", text: undefined },
    );
    const moderator = { id: s.moderator.id, globalRole: "MODERATOR" as const };
    expect(
      await countsSentTo(s.mentioned.id, () => moderateReport(moderator, { reportId, action: "HIDE", reason: "Reclame" })),
    ).toContainEqual({
      unread: 0,
    });
    expect(
      await countsSentTo(s.mentioned.id, () => moderateReport(moderator, { reportId, action: "UNHIDE", reason: "Toch goed" })),
    ).toContainEqual({
      unread: 1,
    });
  });

  it("drops when a moderator deletes the topic, and nobody else hears a count", async () => {
    const s = await mentionScene();
    const recorded = await recordBroadcasts();
    try {
      await deleteTopic({ id: s.moderator.id, globalRole: "MODERATOR" }, s.topic.id);
    } finally {
      recorded.stop();
    }
    const counts = recorded.sent.filter((item) => "event" in item && item.event === "notifications:count");
    expect(counts).toEqual([{ rooms: [userRoom(s.mentioned.id)], event: "notifications:count", args: [{ unread: 0 }] }]);
  });
});
