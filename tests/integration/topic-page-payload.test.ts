/**
 * Decision 282: the topic page's data carries each message's Lexical state only for the member's own
 * message that the page edits (`?bewerk=`); every other message comes with its HTML and text alone. The
 * edit form still starts from the stored state, with and without JavaScript (the form is the loader's).
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as topicRoute from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { db } from "../../server/db.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";

let path = "";
let params: Record<string, string> = {};
let cookie = "";
let ownMessageId = "";
let othersMessageId = "";

type TopicData = {
  messages: { id: string; html: string; text: string; json: string | null }[];
  solved: { json: string | null } | null;
  editingId: string | null;
};

async function load(query = ""): Promise<TopicData> {
  const request = new Request(`http://localhost:3000${path}${query}`, { headers: { Cookie: cookie } });
  return (await topicRoute.loader({ request, params, context: { cspNonce: "", clientIp: "127.0.0.1" } })) as unknown as TopicData;
}

beforeAll(async () => {
  const community = await createCommunity();
  const channel = await createChannel(community.id);
  const author = await createUser();
  const member = await createUser();
  await addMember(author.id, community.id);
  await addMember(member.id, community.id);
  const topic = await createTopic(channel, author.id, { messages: ["Welke vragen stel je?", "Vraag naar concreet gedrag.", "Dank je!"] });
  // The second message is the member's own, and the answer.
  const second = await db().message.update({ where: { topicId_seq: { topicId: topic.id, seq: 2 } }, data: { authorId: member.id } });
  await db().topic.update({ where: { id: topic.id }, data: { solvedMessageId: second.id } });
  ownMessageId = second.id;
  othersMessageId = (await db().message.findUniqueOrThrow({ where: { topicId_seq: { topicId: topic.id, seq: 1 } } })).id;
  path = `/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`;
  params = { slug: community.slug, channel: channel.slug, topic: topic.id };
  cookie = await sessionCookieFor(member.id);
}, 60_000);

describe("the topic page's data", () => {
  it("leaves the Lexical state out of every message when nothing is edited", async () => {
    const data = await load();
    expect(data.messages).toHaveLength(3);
    for (const message of data.messages) {
      expect(message.json).toBeNull();
      expect(message.html).toContain("<p");
      expect(message.text.length).toBeGreaterThan(0);
    }
    expect(data.solved?.json ?? null).toBeNull();
    expect(data.editingId).toBeNull();
  });

  it("carries the state of the member's own message that the page edits, and only that one", async () => {
    const stored = await db().message.findUniqueOrThrow({ where: { id: ownMessageId }, select: { bodyJson: true } });
    const data = await load(`?bewerk=${ownMessageId}`);
    expect(data.editingId).toBe(ownMessageId);
    const withState = data.messages.filter((message) => message.json !== null);
    expect(withState.map((message) => message.id)).toEqual([ownMessageId]);
    expect(JSON.parse(withState[0]!.json!)).toEqual(stored.bodyJson);
  });

  it("carries no state for someone else's message asked for editing", async () => {
    const data = await load(`?bewerk=${othersMessageId}`);
    expect(data.editingId).toBeNull();
    expect(data.messages.every((message) => message.json === null)).toBe(true);
  });
});
