/**
 * Discussion pages and forms (loaders and actions with real requests):
 * channels, topics, posting, mentions and notifications, answers, unread
 * counts, history paging, access, and bad input.
 */
import { describe, expect, it } from "vitest";
import { loader as homeLoader } from "../../app/routes/_index.tsx";
import { action as topicAction, loader as topicLoader } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { action as newTopicAction, loader as topicListLoader } from "../../app/routes/communities.$slug.discussies.$channel._index.tsx";
import { loader as channelListLoader } from "../../app/routes/communities.$slug.discussies._index.tsx";
import { action as channelsAction, loader as channelsLoader } from "../../app/routes/communities.$slug.discussies.kanalen.tsx";
import { loader as mentionsLoader } from "../../app/routes/communities_.$slug.vermeldingen.tsx";
import { translator } from "../../app/i18n/index.ts";
import { notificationMessage } from "../../app/shared/notifications.ts";
import { db } from "../../server/db.ts";
import { MAX_MENTIONS } from "../../server/discussions/body.ts";
import { postMessage } from "../../server/discussions/commands.ts";
import { recordEvents } from "../helpers/events.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";
import { textNode } from "../../server/richtext/index.ts";
import { lexical, mention } from "../helpers/realtime.ts";

async function setup(accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" = "ON_REQUEST") {
  const community = await createCommunity({ accessMode });
  const channel = await createChannel(community.id, { name: "Vraag en antwoord", slug: "vraag-en-antwoord" });
  const people = async (role: "MEMBER" | "FACILITATOR" = "MEMBER", displayName?: string) => {
    const user = await createUser(displayName ? { displayName } : {});
    await addMember(user.id, community.id, role);
    return { user, cookie: await sessionCookieFor(user.id) };
  };
  const facilitator = await people("FACILITATOR");
  const asker = await people("MEMBER", "Vera Vraagsteller");
  const helper = await people("MEMBER", "Henk Helper");
  const topic = await createTopic(channel, asker.user.id, {
    title: "Hoe werkt een driegesprek?",
    messages: ["Wie heeft een goed voorbeeld van een driegesprek?"],
  });
  const base = `/communities/${community.slug}/discussies/${channel.slug}`;
  const params = { slug: community.slug, channel: channel.slug, topic: topic.id };
  return { community, channel, topic, facilitator, asker, helper, people, base, params, topicPath: `${base}/${topic.id}` };
}

describe("channels", () => {
  it("facilitators create, rename, order and remove channels; members may not", async () => {
    const { community, facilitator, helper } = await setup();
    const path = `/communities/${community.slug}/discussies/kanalen`;
    const params = { slug: community.slug };
    expect((await callLoader(channelsLoader, getRequest(path, helper.cookie), params)).status).toBe(403);
    expect(
      (await callAction(channelsAction, formRequest(path, { intent: "create", name: "Bijeenkomsten" }, helper.cookie), params)).status,
    ).toBe(403);

    const bad = await callAction(channelsAction, formRequest(path, { intent: "create", name: "x" }, facilitator.cookie), params);
    expect(bad.status).toBe(400);
    for (const name of ["Bijeenkomsten", "Bijeenkomsten", "Kanalen"]) {
      expect((await callAction(channelsAction, formRequest(path, { intent: "create", name }, facilitator.cookie), params)).status).toBe(
        302,
      );
    }
    const channels = await db().channel.findMany({ where: { communityId: community.id }, orderBy: { position: "asc" } });
    // Unique slugs, and never one that is a route of its own.
    expect(channels.map((c) => c.slug)).toEqual(["vraag-en-antwoord", "bijeenkomsten", "bijeenkomsten-2", "kanalen-2"]);

    await callAction(channelsAction, formRequest(path, { intent: "up", channelId: channels[1]!.id }, facilitator.cookie), params);
    expect(
      (await db().channel.findMany({ where: { communityId: community.id }, orderBy: { position: "asc" } })).map((c) => c.slug)[0],
    ).toBe("bijeenkomsten");
    await callAction(
      channelsAction,
      formRequest(
        path,
        { intent: "update", channelId: channels[1]!.id, name: "Online sessies", description: "Elke maand" },
        facilitator.cookie,
      ),
      params,
    );
    expect(await db().channel.findUniqueOrThrow({ where: { id: channels[1]!.id } })).toMatchObject({
      name: "Online sessies",
      slug: "bijeenkomsten",
      description: "Elke maand",
    });

    // A channel with topics stays; an empty one can go.
    const notEmpty = await callAction(
      channelsAction,
      formRequest(path, { intent: "delete", channelId: channels[0]!.id }, facilitator.cookie),
      params,
    );
    expect(notEmpty).toMatchObject({ status: 409, body: { formError: "discussions.errors.channelNotEmpty" } });
    expect(
      (await callAction(channelsAction, formRequest(path, { intent: "delete", channelId: channels[2]!.id }, facilitator.cookie), params))
        .status,
    ).toBe(302);
    expect(await db().channel.count({ where: { communityId: community.id } })).toBe(3);
  });
});

describe("topics and messages over HTTP", () => {
  it("a member starts a topic; a double submit stores it once; the list shows it", async () => {
    const { helper, base, community, channel } = await setup();
    const params = { slug: community.slug, channel: channel.slug };
    const fields = {
      title: "Tips voor een eerste gesprek met een werkgever?",
      bodyText: "Ik zoek tips.\n\nAlle ideeën zijn welkom.",
      clientKey: "topic-key-12345",
    };
    const first = await callAction(newTopicAction, formRequest(base, fields, helper.cookie), params);
    expect(first.status).toBe(302);
    const again = await callAction(newTopicAction, formRequest(base, fields, helper.cookie), params);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    const topics = await db().topic.findMany({ where: { channelId: channel.id, title: fields.title }, include: { messages: true } });
    expect(topics).toHaveLength(1);
    expect(topics[0]!.messages[0]).toMatchObject({ seq: 1, bodyHtml: "<p>Ik zoek tips.</p><p>Alle ideeën zijn welkom.</p>" });

    const empty = await callAction(newTopicAction, formRequest(base, { title: "Een titel", bodyText: "  " }, helper.cookie), params);
    expect(empty).toMatchObject({ status: 422, body: { field: "body", formError: "discussions.errors.emptyMessage" } });
    const noTitle = await callAction(newTopicAction, formRequest(base, { title: "", bodyText: "Tekst" }, helper.cookie), params);
    expect(noTitle.status).toBe(400);
    expect(await db().topic.count({ where: { channelId: channel.id } })).toBe(2);

    const list = await callLoader(topicListLoader, getRequest(base, helper.cookie), params);
    expect((list.body as { topics: { title: string }[] }).topics.map((t) => t.title)).toContain(fields.title);
  });

  it("posting, replying, editing and deleting through forms; bad input stores nothing", async () => {
    const { topic, topicPath, params, asker, helper, facilitator } = await setup();
    const recorded = recordEvents(["message.created", "message.updated"]);
    const seen = () =>
      recorded.events.map((e) => `${e.name === "message.created" ? "created" : "updated"} ${(e.payload as { seq: number }).seq}`);

    const posted = await callAction(
      topicAction,
      formRequest(topicPath, { intent: "post", bodyText: "Wij doen dit elke maand.", clientKey: "form-key-123456" }, helper.cookie),
      params,
    );
    expect(posted.status).toBe(302);
    expect(posted.headers.get("location")).toBe(`${topicPath}#bericht-2`);
    // The same form sent twice (a double click) is one message.
    await callAction(
      topicAction,
      formRequest(topicPath, { intent: "post", bodyText: "Wij doen dit elke maand.", clientKey: "form-key-123456" }, helper.cookie),
      params,
    );
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(2);
    const second = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 2 } });
    // Without JavaScript, "Reageer" and "Bewerk" are links that the page answers with the right form.
    const replying = (await callLoader(topicLoader, getRequest(`${topicPath}?reageer=${second.id}`, asker.cookie), params)).body as {
      replyTo: { id: string } | null;
      editingId: string | null;
    };
    expect(replying.replyTo?.id).toBe(second.id);
    const notMine = (await callLoader(topicLoader, getRequest(`${topicPath}?bewerk=${second.id}`, asker.cookie), params)).body as {
      editingId: string | null;
    };
    expect(notMine.editingId).toBeNull();
    const mineToEdit = (await callLoader(topicLoader, getRequest(`${topicPath}?bewerk=${second.id}`, helper.cookie), params)).body as {
      editingId: string | null;
    };
    expect(mineToEdit.editingId).toBe(second.id);

    const reply = await callAction(
      topicAction,
      formRequest(topicPath, { intent: "post", bodyJson: JSON.stringify(lexical("Dank je!")), replyToId: second.id }, asker.cookie),
      params,
    );
    expect(reply.status).toBe(302);
    expect((await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 3 } })).replyToId).toBe(second.id);

    for (const [fields, status] of [
      [{ intent: "post", bodyText: "" }, 422],
      [{ intent: "post", bodyText: "x".repeat(20_001) }, 413],
      [{ intent: "post", bodyJson: '{"root":{"type":"root","children":[{"type":"script"}]}}' }, 422],
      [{ intent: "post", bodyText: "hoi", replyToId: "elders" }, 422],
      [{ intent: "onbekend" }, 400],
      [{ intent: "react", messageId: second.id, emoji: "poop" }, 400],
    ] as const) {
      expect((await callAction(topicAction, formRequest(topicPath, fields, helper.cookie), params)).status).toBe(status);
    }
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(3);

    // Only the author edits; a facilitator may delete.
    expect(
      (
        await callAction(
          topicAction,
          formRequest(topicPath, { intent: "edit", messageId: second.id, bodyText: "Van iemand anders" }, asker.cookie),
          params,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await callAction(
          topicAction,
          formRequest(topicPath, { intent: "edit", messageId: second.id, bodyText: "Wij doen dit elke twee weken." }, helper.cookie),
          params,
        )
      ).status,
    ).toBe(302);
    expect(await db().message.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ bodyText: "Wij doen dit elke twee weken." });
    expect(
      (await callAction(topicAction, formRequest(topicPath, { intent: "delete", messageId: second.id }, asker.cookie), params)).status,
    ).toBe(403);
    expect(
      (await callAction(topicAction, formRequest(topicPath, { intent: "delete", messageId: second.id }, facilitator.cookie), params))
        .status,
    ).toBe(302);

    const page = (await callLoader(topicLoader, getRequest(topicPath, asker.cookie), params)).body as {
      messages: { seq: number; deletedAt: string | null; html: string; replyTo: { excerpt: string } | null }[];
    };
    expect(page.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(page.messages[1]).toMatchObject({ html: "" });
    expect(page.messages[1]!.deletedAt).not.toBeNull();
    expect(page.messages[2]!.replyTo).toMatchObject({ excerpt: "" });
    expect(seen()).toEqual(["created 2", "created 3", "updated 2"]);
    recorded.stop();
  });

  it("a reply to a hidden message shows nothing of it, in the view the sender gets and the room hears (decision 060)", async () => {
    const { topic, asker, helper } = await setup();
    const hidden = await postMessage(
      { id: helper.user.id, globalRole: "MEMBER", displayName: "Henk Helper" },
      { topicId: topic.id, body: { text: "Dit is verborgen door de moderator." } },
    );
    await db().message.update({ where: { id: hidden.message.id }, data: { hiddenAt: new Date(), hiddenReason: "Persoonsgegevens" } });

    const reply = await postMessage(
      { id: asker.user.id, globalRole: "MEMBER", displayName: "Vera Vraagsteller" },
      { topicId: topic.id, body: { text: "Wat stond hier?" }, replyToId: hidden.message.id },
    );
    expect(reply.message.replyTo).toMatchObject({ id: hidden.message.id, excerpt: "" });
    expect(JSON.stringify(reply.message)).not.toContain("verborgen door de moderator");
  });

  it(`one message names at most ${MAX_MENTIONS} people: in an open community it could notify every account (ninth outside probe)`, async () => {
    const { topic, topicPath, params, helper } = await setup("OPEN");
    const everyone = await Promise.all(Array.from({ length: MAX_MENTIONS + 1 }, (_, i) => createUser({ displayName: `Iemand ${i}` })));
    const send = (people: { id: string; displayName: string }[]) =>
      callAction(
        topicAction,
        formRequest(
          topicPath,
          {
            intent: "post",
            bodyJson: JSON.stringify(
              lexical(
                "Kijk allemaal ",
                people.map((p) => mention(p.id, p.displayName)),
              ),
            ),
          },
          helper.cookie,
        ),
        params,
      );
    const tooMany = await send(everyone);
    expect(tooMany.status).toBe(422);
    expect(JSON.stringify(tooMany.body)).toContain("discussions.errors.tooManyMentions");
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);
    expect(await db().notification.count({ where: { userId: { in: everyone.map((p) => p.id) } } })).toBe(0);

    expect((await send(everyone.slice(0, MAX_MENTIONS))).status).toBe(302);
    expect(await db().notification.count({ where: { userId: { in: everyone.map((p) => p.id) }, kind: "mention" } })).toBe(MAX_MENTIONS);
  });

  it("mentions notify members who can read the topic and are ignored for others; replies and answers notify too", async () => {
    const { topic, topicPath, params, asker, helper, facilitator } = await setup("ON_REQUEST");
    const outsider = await createUser({ displayName: "Olga Buitenstaander" });
    const body = lexical("Zie ook ", [
      // The name comes from the client: the stored mention carries the member's own name instead.
      mention(facilitator.user.id, "Moderatie"),
      textNode(" en "),
      mention(outsider.id, "Olga"),
    ]);
    await callAction(topicAction, formRequest(topicPath, { intent: "post", bodyJson: JSON.stringify(body) }, helper.cookie), params);
    const message = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 2 }, include: { mentions: true } });
    expect(message.mentions.map((m) => m.userId)).toEqual([facilitator.user.id]);
    expect(message.bodyHtml).toContain(`<a class="mention" href="/leden/${facilitator.user.id}"`);
    expect(message.bodyHtml).not.toContain(outsider.id);
    expect(message.bodyText).toBe(`Zie ook @${facilitator.user.displayName} en @Olga`);
    expect(message.bodyHtml).not.toContain("Moderatie");

    const notifications = await db().notification.findMany({
      where: { userId: { in: [facilitator.user.id, asker.user.id, outsider.id, helper.user.id] } },
      orderBy: { createdAt: "asc" },
    });
    expect(notifications.map((n) => [n.userId, n.kind])).toEqual([
      [facilitator.user.id, "mention"],
      [asker.user.id, "reply"],
    ]);
    expect(notifications[1]).toMatchObject({ url: `${topicPath}#bericht-2`, communityId: topic.communityId });

    // The asker marks the answer; the helper hears about it.
    expect(
      (await callAction(topicAction, formRequest(topicPath, { intent: "solve", messageId: message.id }, helper.cookie), params)).status,
    ).toBe(403);
    expect(
      (await callAction(topicAction, formRequest(topicPath, { intent: "solve", messageId: message.id }, asker.cookie), params)).status,
    ).toBe(302);
    expect((await db().topic.findUniqueOrThrow({ where: { id: topic.id } })).solvedMessageId).toBe(message.id);
    expect(await db().notification.count({ where: { userId: helper.user.id, kind: "answerChosen" } })).toBe(1);
    const first = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 1 } });
    expect(
      (await callAction(topicAction, formRequest(topicPath, { intent: "solve", messageId: first.id }, asker.cookie), params)).status,
    ).toBe(422);
  });

  it("when a facilitator chooses the answer, the asker and the answerer each get their own text (issue 14.6)", async () => {
    const { facilitator, asker, helper, topic, topicPath, params } = await setup();
    await callAction(
      topicAction,
      formRequest(topicPath, { intent: "post", bodyText: "Wij nodigen de werkgever en de kandidaat samen uit." }, helper.cookie),
      params,
    );
    const answer = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 2 } });
    expect(
      (await callAction(topicAction, formRequest(topicPath, { intent: "solve", messageId: answer.id }, facilitator.cookie), params)).status,
    ).toBe(302);
    const texts = async (userId: string) => {
      const rows = await db().notification.findMany({
        where: { userId, kind: { in: ["answerMarked", "answerChosen"] } },
        include: { actor: { select: { displayName: true } } },
      });
      const t = translator("nl");
      return rows.map((row) => {
        const message = notificationMessage({
          kind: row.kind,
          data: row.data as Record<string, unknown>,
          actorName: row.actor?.displayName ?? null,
        });
        return (t as unknown as (key: string, params: object) => string)(message.key, message.params);
      });
    };
    const name = facilitator.user.displayName;
    expect(await texts(asker.user.id)).toEqual([`${name} koos een antwoord op je vraag “Hoe werkt een driegesprek?”`]);
    expect(await texts(helper.user.id)).toEqual([`${name} koos jouw bericht als antwoord in “Hoe werkt een driegesprek?”`]);
  });

  it("facilitators pin and lock; a locked topic refuses new messages from members", async () => {
    const { topic, topicPath, params, helper, facilitator } = await setup();
    expect((await callAction(topicAction, formRequest(topicPath, { intent: "lock" }, helper.cookie), params)).status).toBe(403);
    expect((await callAction(topicAction, formRequest(topicPath, { intent: "lock" }, facilitator.cookie), params)).status).toBe(302);
    expect((await callAction(topicAction, formRequest(topicPath, { intent: "pin" }, facilitator.cookie), params)).status).toBe(302);
    expect(await db().topic.findUniqueOrThrow({ where: { id: topic.id } })).toMatchObject({ locked: true, pinned: true });
    const refused = await callAction(
      topicAction,
      formRequest(topicPath, { intent: "post", bodyText: "Nog één vraag" }, helper.cookie),
      params,
    );
    expect(refused).toMatchObject({ status: 409, body: { formError: "discussions.errors.topicLocked" } });
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);
    // The facilitator can still close the conversation with a last word.
    expect(
      (
        await callAction(
          topicAction,
          formRequest(topicPath, { intent: "post", bodyText: "Dit onderwerp is gesloten." }, facilitator.cookie),
          params,
        )
      ).status,
    ).toBe(302);
  });
});

describe("access", () => {
  it("non-members of an on-request community get 403; invite-only stays a 404; open communities are readable", async () => {
    const onRequest = await setup("ON_REQUEST");
    const inviteOnly = await setup("INVITE_ONLY");
    const open = await setup("OPEN");
    const outsider = await sessionCookieFor((await createUser()).id);
    const status = async (s: Awaited<ReturnType<typeof setup>>) => [
      (await callLoader(channelListLoader, getRequest(`/communities/${s.community.slug}/discussies`, outsider), { slug: s.community.slug }))
        .status,
      (await callLoader(topicListLoader, getRequest(s.base, outsider), { slug: s.community.slug, channel: s.channel.slug })).status,
      (await callLoader(topicLoader, getRequest(s.topicPath, outsider), s.params)).status,
      (await callAction(topicAction, formRequest(s.topicPath, { intent: "post", bodyText: "Hallo" }, outsider), s.params)).status,
      (
        await callLoader(mentionsLoader, getRequest(`/communities/${s.community.slug}/vermeldingen?q=`, outsider), {
          slug: s.community.slug,
        })
      ).status,
    ];
    expect(await status(onRequest)).toEqual([403, 403, 403, 403, 403]);
    expect(await status(inviteOnly)).toEqual([404, 404, 404, 404, 404]);
    // Open: anyone signed in reads along, but only members post and see the member list for mentions (issue 15, F16).
    expect(await status(open)).toEqual([200, 200, 200, 403, 403]);
    // Not signed in: to the login page.
    expect((await callLoader(topicLoader, getRequest(open.topicPath), open.params)).status).toBe(302);
  });
});

describe("unread and history", () => {
  it("counts unread per channel, topic and community, and opens at the first unread message", async () => {
    const { channel, community, helper, asker, topicPath, params, base } = await setup();
    const long = await createTopic(channel, asker.user.id, {
      title: "Lang gesprek",
      messages: Array.from({ length: 120 }, (_, i) => `Bericht ${i + 1}`),
    });
    await db().readMarker.create({ data: { userId: helper.user.id, topicId: long.id, lastReadSeq: 100 } });

    const channels = (
      await callLoader(channelListLoader, getRequest(`/communities/${community.slug}/discussies`, helper.cookie), { slug: community.slug })
    ).body as { channels: { unread: number }[] };
    expect(channels.channels[0]!.unread).toBe(21); // 20 after the marker + 1 in the other topic
    const topics = (await callLoader(topicListLoader, getRequest(base, helper.cookie), { slug: community.slug, channel: channel.slug }))
      .body as { topics: { title: string; unread: number }[] };
    expect(Object.fromEntries(topics.topics.map((t) => [t.title, t.unread]))).toEqual({
      "Lang gesprek": 20,
      "Hoe werkt een driegesprek?": 1,
    });
    const home = (await callLoader(homeLoader, getRequest("/", helper.cookie))).body as { unread: Record<string, number> };
    expect(home.unread[community.id]).toBe(21);

    const longPath = `${base}/${long.id}`;
    const longParams = { ...params, topic: long.id };
    const opened = (await callLoader(topicLoader, getRequest(longPath, helper.cookie), longParams)).body as {
      messages: { seq: number }[];
      firstUnreadSeq: number;
      hasEarlier: boolean;
    };
    expect(opened.firstUnreadSeq).toBe(101);
    expect(opened.messages[0]!.seq).toBe(71);
    expect(opened.messages.at(-1)!.seq).toBe(120);
    expect(opened.hasEarlier).toBe(true);
    // Seen is read.
    expect(
      (await db().readMarker.findUniqueOrThrow({ where: { userId_topicId: { userId: helper.user.id, topicId: long.id } } })).lastReadSeq,
    ).toBe(120);

    const earlier = (await callLoader(topicLoader, getRequest(`${longPath}?voor=71`, helper.cookie), longParams)).body as {
      messages: { seq: number }[];
      hasEarlier: boolean;
    };
    expect(earlier.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 21));
    const first = (await callLoader(topicLoader, getRequest(`${longPath}?voor=21`, helper.cookie), longParams)).body as {
      messages: { seq: number }[];
      hasEarlier: boolean;
    };
    expect(first.messages.map((m) => m.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(first.hasEarlier).toBe(false);

    // Someone with few unread messages lands on the newest page.
    const fresh = (await callLoader(topicLoader, getRequest(topicPath, helper.cookie), params)).body as {
      messages: { seq: number }[];
      firstUnreadSeq: number | null;
    };
    expect(fresh.firstUnreadSeq).toBe(1);
    expect(fresh.messages.map((m) => m.seq)).toEqual([1]);
  });

  it("a member who joins later has read what was written before (decision 270): lists, home and the topic page agree", async () => {
    const { channel, community, asker, helper, people, base, params } = await setup();
    const topic = await createTopic(channel, asker.user.id, { title: "Drie berichten", messages: ["Een", "Twee", "Drie"] });
    await new Promise((resolve) => setTimeout(resolve, 5)); // joining comes strictly after the third message
    const newcomer = await people("MEMBER", "Nina Nieuw");
    const unreadFor = async (person: { cookie: string }) => {
      const home = (await callLoader(homeLoader, getRequest("/", person.cookie))).body as { unread: Record<string, number> };
      const channels = (
        await callLoader(channelListLoader, getRequest(`/communities/${community.slug}/discussies`, person.cookie), {
          slug: community.slug,
        })
      ).body as { channels: { unread: number }[] };
      const topics = (await callLoader(topicListLoader, getRequest(base, person.cookie), { slug: community.slug, channel: channel.slug }))
        .body as { topics: { title: string; unread: number }[] };
      const page = (await callLoader(topicLoader, getRequest(`${base}/${topic.id}`, person.cookie), { ...params, topic: topic.id }))
        .body as { firstUnreadSeq: number | null };
      return {
        home: home.unread[community.id] ?? 0,
        channel: channels.channels[0]!.unread,
        topic: topics.topics.find((t) => t.title === "Drie berichten")!.unread,
        firstUnreadSeq: page.firstUnreadSeq,
      };
    };
    // Everything before joining counts as read; a member from before still has it all unread (3 + 1 in the other topic).
    expect(await unreadFor(newcomer)).toEqual({ home: 0, channel: 0, topic: 0, firstUnreadSeq: null });
    expect(await unreadFor(helper)).toMatchObject({ home: 4, channel: 4, topic: 3, firstUnreadSeq: 1 });
    await postMessage(
      { id: asker.user.id, globalRole: "MEMBER", displayName: "Vera Vraagsteller" },
      { topicId: topic.id, body: { text: "Vier" } },
    );
    expect(await unreadFor(newcomer)).toEqual({ home: 1, channel: 1, topic: 1, firstUnreadSeq: 4 });
  });

  it("suggests community members for mentions", async () => {
    const { community, helper } = await setup();
    const result = await callLoader(mentionsLoader, getRequest(`/communities/${community.slug}/vermeldingen?q=vera`, helper.cookie), {
      slug: community.slug,
    });
    expect(result.status).toBe(200);
    expect((result.body as { members: { displayName: string }[] }).members.map((m) => m.displayName)).toEqual(["Vera Vraagsteller"]);
  });
});
