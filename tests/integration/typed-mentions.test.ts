/**
 * Mentions typed without JavaScript (decision 260): the plain form's "@Volledige Naam" notifies the
 * member as the editor's mention does, only when they may read the topic, never while suspended,
 * and never for a name two accounts share. The editor's own text is left as it is.
 */
import { describe, expect, it } from "vitest";
import { action as topicAction } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { action as newTopicAction } from "../../app/routes/communities.$slug.discussies.$channel._index.tsx";
import { db } from "../../server/db.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";
import { until } from "../helpers/until.ts";
import { lexical, mention } from "../helpers/realtime.ts";
import { textNode } from "../../server/richtext/index.ts";

// One database per file: each test's people get their own surname, or names would repeat across tests.
const SURNAMES = ["Aalders", "Bakker", "Claes", "Dekker"];
let run = 0;

async function setup() {
  const surname = SURNAMES[run++]!;
  const community = await createCommunity({ accessMode: "ON_REQUEST" });
  const channel = await createChannel(community.id, { name: "Vraag en antwoord", slug: "vraag-en-antwoord" });
  const member = async (displayName: string) => {
    const user = await createUser({ displayName });
    await addMember(user.id, community.id, "MEMBER");
    return user;
  };
  const writer = await member("Wim Schrijver");
  const henk = await member(`Henk ${surname}`);
  const suspended = await member(`Sanne ${surname}`);
  await db().user.update({
    where: { id: suspended.id },
    data: { suspendedUntil: new Date(Date.now() + 86_400_000), suspensionReason: "Test" },
  });
  const twins = [await member(`Tweeling ${surname}`), await member(`tweeling ${surname.toLowerCase()}`)];
  const outsider = await createUser({ displayName: `Olga ${surname}` });
  const topic = await createTopic(channel, writer.id, { title: "Wie weet dit?", messages: ["Een vraag over driegesprekken."] });
  const base = `/communities/${community.slug}/discussies/${channel.slug}`;
  return {
    community,
    channel,
    surname,
    writer,
    henk,
    suspended,
    twins,
    outsider,
    topic,
    base,
    cookie: await sessionCookieFor(writer.id),
    params: { slug: community.slug, channel: channel.slug, topic: topic.id },
  };
}

const mentionsOf = (userIds: string[]) =>
  db().notification.findMany({ where: { userId: { in: userIds }, kind: "mention" }, select: { userId: true, url: true, data: true } });

/** The processors run right after the commit, not always before the response: wait for `count` of them. */
const told = (userId: string, count: number) =>
  until(`${count} mention notifications`, async () => (await mentionsOf([userId])).length === count);

describe("mentions typed without JavaScript", () => {
  it("a reply's '@Naam' notifies a reader once, as the editor's mention does; non-readers, shared names and suspended members get nothing", async () => {
    const s = await setup();
    const text = `@henk ${s.surname.toLowerCase()}, kun jij kijken? Vraag het ook aan @Olga ${s.surname}, @Tweeling ${s.surname} en @Sanne ${s.surname}. Mail: wim@Henk ${s.surname}`;
    const response = await callAction(
      topicAction,
      formRequest(`${s.base}/${s.topic.id}`, { intent: "post", bodyText: text }, s.cookie),
      s.params,
    );
    expect(response.status).toBe(302);
    const message = await db().message.findFirstOrThrow({ where: { topicId: s.topic.id, seq: 2 }, include: { mentions: true } });
    expect(message.mentions.map((m) => m.userId).sort()).toEqual([s.henk.id, s.suspended.id].sort());
    // The member's own name, linked to their profile, as the editor's mention is stored.
    expect(message.bodyText).toBe(
      `@Henk ${s.surname}, kun jij kijken? Vraag het ook aan @Olga ${s.surname}, @Tweeling ${s.surname} en @Sanne ${s.surname}. Mail: wim@Henk ${s.surname}`,
    );
    expect(message.bodyHtml).toContain(`<a class="mention" href="/leden/${s.henk.id}"`);
    expect(message.bodyHtml).not.toContain(s.outsider.id);

    await told(s.henk.id, 1);
    expect(await mentionsOf([s.henk.id, s.outsider.id, s.suspended.id, ...s.twins.map((t) => t.id)])).toEqual([
      {
        userId: s.henk.id,
        url: `${s.base}/${s.topic.id}#bericht-2`,
        data: expect.objectContaining({ topicId: s.topic.id, messageId: message.id, topicTitle: "Wie weet dit?" }) as unknown,
      },
    ]);
  });

  it("the first message of a new topic names people too; an edit without JavaScript adds a mention once", async () => {
    const s = await setup();
    const created = await callAction(
      newTopicAction,
      formRequest(s.base, { title: "Samen plannen", bodyText: `Hoi @Henk ${s.surname}\n\nwat vind jij?` }, s.cookie),
      { slug: s.community.slug, channel: s.channel.slug },
    );
    expect(created.status).toBe(302);
    await told(s.henk.id, 1);

    const path = `${s.base}/${s.topic.id}`;
    await callAction(topicAction, formRequest(path, { intent: "post", bodyText: "Nog iemand?" }, s.cookie), s.params);
    const reply = await db().message.findFirstOrThrow({ where: { topicId: s.topic.id, seq: 2 } });
    const edited = await callAction(
      topicAction,
      formRequest(path, { intent: "edit", messageId: reply.id, bodyText: `Nog iemand? @Henk ${s.surname} misschien.` }, s.cookie),
      s.params,
    );
    expect(edited.status).toBe(302);
    await told(s.henk.id, 2);
  });

  it("the editor's text stays text: there a mention is picked from the list", async () => {
    const s = await setup();
    const body = lexical("Typed in the editor: ", [
      textNode(`@Henk ${s.surname}`),
      textNode(" and picked: "),
      mention(s.twins[0]!.id, "Tweeling"),
    ]);
    await callAction(
      topicAction,
      formRequest(`${s.base}/${s.topic.id}`, { intent: "post", bodyJson: JSON.stringify(body) }, s.cookie),
      s.params,
    );
    await told(s.twins[0]!.id, 1);
    expect(await mentionsOf([s.henk.id])).toHaveLength(0);
  });

  it("the editor's mention of a suspended member is stored but tells them nothing", async () => {
    const s = await setup();
    const body = lexical("Zie ", [mention(s.suspended.id, "Sanne"), textNode(" en "), mention(s.henk.id, "Henk")]);
    await callAction(
      topicAction,
      formRequest(`${s.base}/${s.topic.id}`, { intent: "post", bodyJson: JSON.stringify(body) }, s.cookie),
      s.params,
    );
    await told(s.henk.id, 1);
    expect(await mentionsOf([s.suspended.id])).toHaveLength(0);
    expect(await db().messageMention.count({ where: { userId: s.suspended.id } })).toBe(1);
  });
});
