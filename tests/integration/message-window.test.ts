/**
 * The topic page's message window on pg (decision 218) against Prisma's
 * `messageViewSelect`: the same rows, and so the same views, for every window
 * (newest, before and from a position, past either end), with replies to
 * kept, deleted and hidden messages, reactions in their order, a hidden
 * message seen by its author and by others, and an author whose account is
 * gone. The read marker reads as Prisma's did.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { messageRowById, messageWindow } from "../../server/discussions/message-window.ts";
import { messageViewSelect, toMessageView } from "../../server/discussions/views.ts";
import { db } from "../../server/db.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

let topicId = "";
let authorId = "";
let readerId = "";
let lastSeq = 0;

beforeAll(async () => {
  const community = await createCommunity();
  const author = await createUser();
  const reader = await createUser();
  const gone = await createUser();
  authorId = author.id;
  readerId = reader.id;
  await addMember(author.id, community.id);
  await addMember(reader.id, community.id);
  await addMember(gone.id, community.id);
  const channel = await createChannel(community.id);
  const texts = Array.from({ length: 45 }, (_, i) => `Bericht ${i + 1}: wat werkt bij inclusief werven en selecteren?`);
  const topic = await createTopic(channel, author.id, { messages: texts });
  topicId = topic.id;
  lastSeq = texts.length;
  const bySeq = new Map((await db().message.findMany({ where: { topicId }, select: { id: true, seq: true } })).map((m) => [m.seq, m.id]));
  const id = (seq: number) => bySeq.get(seq)!;
  // Replies to a kept, a deleted and a hidden message; a deleted and a hidden message; one by an account that is gone.
  for (const [seq, to] of [
    [5, 2],
    [6, 3],
    [7, 4],
    [40, 39],
    [44, 41],
  ] as const)
    await db().message.update({ where: { id: id(seq) }, data: { replyToId: id(to) } });
  await db().message.update({ where: { id: id(3) }, data: { deletedAt: new Date(), deletedById: author.id } });
  await db().message.update({ where: { id: id(4) }, data: { hiddenAt: new Date(), hiddenReason: "Persoonsgegevens" } });
  await db().message.update({ where: { id: id(42) }, data: { hiddenAt: new Date(), hiddenReason: "Off-topic" } });
  await db().message.update({ where: { id: id(41) }, data: { authorId: gone.id, editedAt: new Date() } });
  await db().user.delete({ where: { id: gone.id } });
  for (const [seq, userId, emoji] of [
    [2, reader.id, "thumbsup"],
    [2, author.id, "thumbsup"],
    [2, reader.id, "heart"],
    [43, author.id, "idea"],
    [42, reader.id, "thumbsup"],
    [3, reader.id, "thumbsup"],
  ] as const) {
    await db().reaction.create({ data: { messageId: id(seq), userId, emoji } });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await db().readMarker.create({ data: { userId: reader.id, topicId, lastReadSeq: 12 } });
});

const prismaWindow = async (where: object, order: "asc" | "desc", take: number) => {
  const rows = await db().message.findMany({ where: { topicId, ...where }, orderBy: { seq: order }, take, select: messageViewSelect });
  return order === "desc" ? rows.reverse() : rows;
};

describe("the topic page's message window on pg", () => {
  it("reads the same rows as messageViewSelect for every window", async () => {
    const cases: [Parameters<typeof messageWindow>[1], object, "asc" | "desc"][] = [
      ["latest", {}, "desc"],
      [{ before: 30 }, { seq: { lt: 30 } }, "desc"],
      [{ before: 3 }, { seq: { lt: 3 } }, "desc"],
      [{ before: 1 }, { seq: { lt: 1 } }, "desc"],
      [{ from: 1 }, { seq: { gte: 1 } }, "asc"],
      [{ from: 9 }, { seq: { gte: 9 } }, "asc"],
      [{ from: lastSeq + 5 }, { seq: { gte: lastSeq + 5 } }, "asc"],
    ];
    for (const [window, where, order] of cases) {
      for (const take of [1, 20, 50]) {
        const expected = await prismaWindow(where, order, take);
        expect(await messageWindow(topicId, window, take), JSON.stringify({ window, take })).toEqual(expected);
        for (const viewer of [authorId, readerId])
          expect((await messageWindow(topicId, window, take)).map((row) => toMessageView(row, viewer))).toEqual(
            expected.map((row) => toMessageView(row, viewer)),
          );
      }
    }
  });

  it("covers what the views depend on: replies, hidden and deleted messages, reactions, a gone author", async () => {
    const views = (await messageWindow(topicId, { from: 1 }, 50)).map((row) => toMessageView(row, authorId));
    expect(views).toHaveLength(lastSeq);
    expect(views[4]!.replyTo?.excerpt).toContain("Bericht 2");
    expect(views[5]!.replyTo).toMatchObject({ seq: 3, excerpt: "" });
    expect(views[6]!.replyTo).toMatchObject({ seq: 4, excerpt: "" });
    expect(views[1]!.reactions).toEqual([
      { emoji: "thumbsup", count: 2, userIds: [readerId, authorId] },
      { emoji: "heart", count: 1, userIds: [readerId] },
    ]);
    expect(views[2]).toMatchObject({ html: "", reactions: [] });
    expect(views[40]).toMatchObject({ author: null });
    expect(views[43]!.replyTo).toMatchObject({ seq: 41, authorName: null });
    // The hidden message's reason: for its author only.
    expect(views[41]).toMatchObject({ hidden: true, hiddenReason: "Off-topic", html: "" });
    const reader = (await messageWindow(topicId, { from: 42 }, 1)).map((row) => toMessageView(row, readerId));
    expect(reader[0]).toMatchObject({ hidden: true, hiddenReason: null });
  });

  it("reads one message by id as Prisma does", async () => {
    for (const message of await db().message.findMany({ where: { topicId }, select: { id: true } }))
      expect(await messageRowById(message.id)).toEqual(
        await db().message.findUnique({ where: { id: message.id }, select: messageViewSelect }),
      );
    expect(await messageRowById("bestaat-niet")).toBeNull();
  });
});
