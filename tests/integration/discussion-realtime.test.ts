/**
 * Discussion over socket.io against real PostgreSQL and Redis: exchange,
 * resume after a cut, idempotent sends, gap-free numbering under concurrency,
 * access (rooms and history), and bad input that leaves everyone else alone.
 */
import { describe, expect, it } from "vitest";
import type { MessageView } from "../../app/shared/discussions.ts";
import { leaveCommunity } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, collect, connect, lexical, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";

const server = useRealtimeServer();
const sockets = server.sockets;

async function member(communityId: string, role: "MEMBER" | "FACILITATOR" = "MEMBER") {
  const user = await createUser();
  await addMember(user.id, communityId, role);
  return { user, cookie: await sessionCookieFor(user.id) };
}

async function client(cookie: string | null) {
  const socket = await connect(server.url, cookie);
  sockets.push(socket);
  return socket;
}

async function openTopic(accessMode: "OPEN" | "ON_REQUEST" | "INVITE_ONLY" = "ON_REQUEST") {
  const community = await createCommunity({ accessMode });
  const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
  const starter = await member(community.id);
  const topic = await createTopic(channel, starter.user.id, { messages: ["Welkom allemaal."] });
  return { community, channel, topic, starter };
}

const key = () => `k-${crypto.randomUUID()}`;
const seqs = (messages: MessageView[]) => messages.map((m) => m.seq);

describe("discussion over sockets", () => {
  it("two clients exchange messages live, in order", async () => {
    const { topic, community } = await openTopic();
    const anna = await member(community.id);
    const bram = await member(community.id);
    const a = await client(anna.cookie);
    const b = await client(bram.cookie);
    const atA = collect<MessageView>(a, "message:new");
    const atB = collect<MessageView>(b, "message:new");
    const presenceAtA = collect<{ joined: { id: string }[] }>(a, "presence");

    const joinedA = await request(a, "topic:join", { topicId: topic.id, afterSeq: 0 });
    expect(joinedA.ok).toBe(true);
    expect(seqs(joinedA.messages as MessageView[])).toEqual([1]);
    expect((await request(b, "topic:join", { topicId: topic.id, afterSeq: 1 })).ok).toBe(true);
    // Anna sees Bram arrive (presence is batched, so it comes a moment later).
    await presenceAtA.until((events) => events.some((e) => e.joined.some((u) => u.id === bram.user.id)));

    const sent = await request(a, "message:send", {
      topicId: topic.id,
      clientKey: key(),
      body: lexical("Hoi Bram, hoe gaat het met de pilot?"),
    });
    expect(sent).toMatchObject({ ok: true, created: true, message: { seq: 2, author: { id: anna.user.id } } });
    const reply = await request(b, "message:send", { topicId: topic.id, clientKey: key(), text: "Goed! We starten in maart." });
    expect(reply).toMatchObject({ ok: true, message: { seq: 3 } });

    await atA.until((items) => items.length === 2);
    await atB.until((items) => items.length === 2);
    expect(atB.items.map((m) => [m.seq, m.text])).toEqual([
      [2, "Hoi Bram, hoe gaat het met de pilot?"],
      [3, "Goed! We starten in maart."],
    ]);
    expect(atA.items[1]!.html).toBe("<p>Goed! We starten in maart.</p>");

    // Typing reaches the other one, not the typist.
    const typingAtB = collect<{ user: { id: string }; typing: boolean }>(b, "typing");
    a.emit("typing", { topicId: topic.id, typing: true });
    await typingAtB.until((items) => items.length === 1);
    expect(typingAtB.items[0]).toMatchObject({ user: { id: anna.user.id }, typing: true });
  });

  it("a client cut off mid-stream resumes with nothing lost or doubled", async () => {
    const { topic, community } = await openTopic();
    const sender = await member(community.id);
    const reader = await member(community.id);
    const s = await client(sender.cookie);
    await request(s, "topic:join", { topicId: topic.id });

    const first = await client(reader.cookie);
    const seen = new Map<number, MessageView>();
    let doubles = 0;
    const record = (message: MessageView) => {
      if (seen.has(message.seq)) doubles++;
      seen.set(message.seq, message);
    };
    first.on("message:new", record);
    await request(first, "topic:join", { topicId: topic.id, afterSeq: 1 });

    // A stream of 15 messages; the reader's connection drops after it has seen a few.
    const stream = (async () => {
      for (let i = 1; i <= 15; i++) {
        const reply = await request(s, "message:send", { topicId: topic.id, clientKey: key(), text: `Bericht ${i}` });
        expect(reply.ok).toBe(true);
      }
    })();
    await new Promise<void>((resolve) => {
      const check = () => (seen.size >= 4 ? (first.off("message:new", check), resolve()) : undefined);
      first.on("message:new", check);
    });
    first.io.engine.close(); // the network goes, not a polite disconnect
    first.off("message:new", record);
    await stream;

    // The client reconnects and asks for everything after the last number it saw,
    // while new messages keep arriving live: it must dedupe by sequence number.
    const second = await client(reader.cookie);
    second.on("message:new", (message: MessageView) => {
      if (!seen.has(message.seq)) seen.set(message.seq, message);
    });
    let lastSeen = Math.max(...seen.keys());
    const joined = await request(second, "topic:join", { topicId: topic.id, afterSeq: lastSeen });
    for (const message of joined.messages as MessageView[]) record(message);
    let more = joined.more as boolean;
    while (more) {
      lastSeen = Math.max(...seen.keys());
      const page = await request(second, "topic:sync", { topicId: topic.id, afterSeq: lastSeen });
      for (const message of page.messages as MessageView[]) record(message);
      more = page.more as boolean;
    }
    await request(s, "message:send", { topicId: topic.id, clientKey: key(), text: "Na het herstel" });
    await new Promise<void>((resolve) => {
      const check = () => (seen.has(17) ? resolve() : setTimeout(check, 20));
      check();
    });
    expect([...seen.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i + 2));
    expect(doubles).toBe(0);
    expect(seen.get(16)!.text).toBe("Bericht 15");
  });

  it("a retried send with the same key stores one message, also when the retries race", async () => {
    const { topic, community } = await openTopic();
    const anna = await member(community.id);
    const a = await client(anna.cookie);
    const clientKey = key();
    const payload = { topicId: topic.id, clientKey, text: "Kan iemand de menukaart delen?" };
    const [one, two, three] = await Promise.all([
      request(a, "message:send", payload),
      request(a, "message:send", payload),
      request(a, "message:send", payload),
    ]);
    const ids = new Set([one, two, three].map((reply) => (reply.message as MessageView).id));
    expect(ids.size).toBe(1);
    expect([one, two, three].filter((reply) => reply.created === true)).toHaveLength(1);
    const again = await request(a, "message:send", payload);
    expect(again).toMatchObject({ ok: true, created: false, message: { seq: 2 } });
    // The view built in memory for the first send is exactly what is stored.
    // (JSONB stores object keys in its own order, so the state is compared parsed.)
    const parsed = (message: unknown) => ({ ...(message as MessageView), json: JSON.parse((message as MessageView).json!) as unknown });
    expect(parsed(again.message)).toEqual(parsed([one, two, three].find((reply) => reply.created === true)!.message));
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(2);
    expect((await db().topic.findUniqueOrThrow({ where: { id: topic.id } })).lastSeq).toBe(2);
  });

  it("concurrent senders get gap-free, unique sequence numbers", async () => {
    const { topic, community } = await openTopic();
    const people = await Promise.all([1, 2, 3, 4].map(() => member(community.id)));
    const clients = await Promise.all(people.map((p) => client(p.cookie)));
    const replies = await Promise.all(
      clients.flatMap((socket, i) =>
        [1, 2, 3, 4, 5].map((n) => request(socket, "message:send", { topicId: topic.id, clientKey: key(), text: `Lid ${i} bericht ${n}` })),
      ),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const stored = await db().message.findMany({ where: { topicId: topic.id }, orderBy: { seq: "asc" }, select: { seq: true } });
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect((await db().topic.findUniqueOrThrow({ where: { id: topic.id } })).lastSeq).toBe(21);
  });

  it("a non-member cannot join the room or read history; an invite-only community stays invisible", async () => {
    const onRequest = await openTopic("ON_REQUEST");
    const inviteOnly = await openTopic("INVITE_ONLY");
    const outsider = await createUser();
    const o = await client(await sessionCookieFor(outsider.id));
    const heard = collect<MessageView>(o, "message:new");

    expect((await request(o, "topic:join", { topicId: onRequest.topic.id })).error).toMatchObject({ status: 403 });
    expect((await request(o, "topic:sync", { topicId: onRequest.topic.id, afterSeq: 0 })).error).toMatchObject({ status: 403 });
    expect((await request(o, "community:join", { communityId: onRequest.community.id })).error).toMatchObject({ status: 403 });
    expect(
      (await request(o, "message:send", { topicId: onRequest.topic.id, clientKey: key(), text: "Mag ik meedoen?" })).error,
    ).toMatchObject({ status: 403 });

    // Invite-only: the same answer as for a topic that does not exist.
    for (const [event, payload] of [
      ["topic:join", { topicId: inviteOnly.topic.id }],
      ["topic:sync", { topicId: inviteOnly.topic.id, afterSeq: 0 }],
      ["community:join", { communityId: inviteOnly.community.id }],
      ["topic:join", { topicId: "bestaat-niet" }],
    ] as const) {
      expect((await request(o, event, payload)).error).toMatchObject({ status: 404, message: "errors.notFound" });
    }

    // Messages in those topics never reach the outsider.
    const insider = await client(inviteOnly.starter.cookie);
    await request(insider, "topic:join", { topicId: inviteOnly.topic.id });
    await request(insider, "message:send", { topicId: inviteOnly.topic.id, clientKey: key(), text: "Alleen voor de klankbordgroep." });
    const insider2 = await client(onRequest.starter.cookie);
    await request(insider2, "message:send", { topicId: onRequest.topic.id, clientKey: key(), text: "Alleen voor leden." });
    await request(o, "topic:join", { topicId: onRequest.topic.id }); // refused, so still nothing
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.items).toEqual([]);
    expect(await db().message.count({ where: { authorId: outsider.id } })).toBe(0);
  });

  it("a member who leaves stops receiving the community's messages", async () => {
    const { topic, community, starter } = await openTopic("ON_REQUEST");
    const leaver = await member(community.id);
    const l = await client(leaver.cookie);
    const s = await client(starter.cookie);
    const heard = collect<MessageView>(l, "message:new");
    await request(l, "topic:join", { topicId: topic.id });
    await request(l, "community:join", { communityId: community.id });
    await request(s, "message:send", { topicId: topic.id, clientKey: key(), text: "Nog samen" });
    await heard.until((items) => items.length === 1);

    await leaveCommunity({ id: leaver.user.id, globalRole: "MEMBER" }, community.slug);
    await request(s, "message:send", { topicId: topic.id, clientKey: key(), text: "Na het vertrek" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.items.map((m) => m.text)).toEqual(["Nog samen"]);
    expect((await request(l, "topic:join", { topicId: topic.id })).error).toMatchObject({ status: 403 });
  });

  // Decision 237 (ninth outside probe): sockets stayed in the room of a topic a moderator hid.
  async function hideByModeration(targetKind: "TOPIC" | "MESSAGE", targetId: string, reporterId: string) {
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const { reportId } = await reportContent(
      { id: reporterId, globalRole: "MEMBER" },
      { targetKind, targetId, reason: "SPAM", text: undefined },
    );
    await moderateReport({ id: moderator.id, globalRole: "MODERATOR" }, { reportId, action: "HIDE", reason: "Hoort hier niet" });
    return { moderator, cookie: await sessionCookieFor(moderator.id) };
  }

  it("a topic a moderator hides is closed: open sockets stop hearing it and its author cannot add to it", async () => {
    const { topic, community, starter } = await openTopic();
    const reader = await member(community.id);
    const r = await client(reader.cookie);
    const s = await client(starter.cookie);
    const heard = collect<MessageView>(r, "message:new");
    const gone = collect<{ topicId: string }>(r, "topic:deleted");
    await request(r, "topic:join", { topicId: topic.id });
    await request(s, "topic:join", { topicId: topic.id });

    const moderation = await hideByModeration("TOPIC", topic.id, reader.user.id);
    await gone.until((items) => items.length === 1);
    const byStarter = await request(s, "message:send", { topicId: topic.id, clientKey: key(), text: "Toch nog even dit" });
    expect(byStarter.error).toEqual({ status: 409, message: "discussions.errors.hiddenByModerator" });
    // A moderator may still write in it (to explain), but the room no longer carries it to former readers.
    const m = await client(moderation.cookie);
    await request(m, "topic:join", { topicId: topic.id });
    expect((await request(m, "message:send", { topicId: topic.id, clientKey: key(), text: "Notitie van de moderator" })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.items).toEqual([]);
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(2);
  });

  it("a message a moderator hid cannot be edited or reacted to, but its author can still delete it", async () => {
    const { topic, community, starter } = await openTopic();
    const reader = await member(community.id);
    const first = await db().message.findFirstOrThrow({ where: { topicId: topic.id, seq: 1 } });
    await hideByModeration("MESSAGE", first.id, reader.user.id);
    const s = await client(starter.cookie);
    const r = await client(reader.cookie);
    const edit = await request(s, "message:edit", { messageId: first.id, text: "Nu iets heel anders" });
    expect(edit.error).toEqual({ status: 409, message: "discussions.errors.hiddenByModerator" });
    const react = await request(r, "reaction:toggle", { messageId: first.id, emoji: "thumbsup" });
    expect(react.error).toEqual({ status: 409, message: "discussions.errors.hiddenByModerator" });
    const stored = await db().message.findUniqueOrThrow({ where: { id: first.id }, include: { reactions: true } });
    expect([stored.bodyText, stored.editedAt, stored.reactions]).toEqual(["Welkom allemaal.", null, []]);
    expect((await request(s, "message:delete", { messageId: first.id })).ok).toBe(true);
  });

  it("refuses handshakes without a session or from another site", async () => {
    await expect(connect(server.url, null)).rejects.toThrow(/not authenticated/);
    await expect(connect(server.url, "pp_session=vervalst")).rejects.toThrow(/not authenticated/);
    const user = await createUser();
    await expect(connect(server.url, await sessionCookieFor(user.id), { origin: "https://evil.example" })).rejects.toThrow(
      /forbidden origin/,
    );
  });

  it("bad input gets a clear error, stores nothing and leaves other sockets alone", async () => {
    const { topic, community, channel } = await openTopic();
    const anna = await member(community.id);
    const bram = await member(community.id);
    const a = await client(anna.cookie);
    const b = await client(bram.cookie);
    await request(a, "topic:join", { topicId: topic.id });
    await request(b, "topic:join", { topicId: topic.id });
    const atB = collect<MessageView>(b, "message:new");
    const errors = collect<{ event: string; status: number; message: string }>(a, "app:error");

    const send = (payload: unknown) => request(a, "message:send", payload);
    expect((await send("geen object")).error).toMatchObject({ status: 400, message: "errors.invalidRequest" });
    expect((await send({ topicId: topic.id })).error).toMatchObject({ status: 400 });
    expect((await send({ topicId: topic.id, clientKey: "kort", text: "hallo" })).error).toMatchObject({ status: 400 });
    expect((await send({ topicId: topic.id, clientKey: key(), text: "   \n  " })).error).toMatchObject({
      status: 422,
      message: "discussions.errors.emptyMessage",
    });
    expect((await send({ topicId: topic.id, clientKey: key(), text: "x".repeat(20_001) })).error).toMatchObject({
      status: 413,
      message: "richtext.tooLong",
    });
    expect((await send({ topicId: topic.id, clientKey: key(), body: lexical("x".repeat(20_001)) })).error).toMatchObject({ status: 413 });
    expect((await send({ topicId: topic.id, clientKey: key(), body: { root: { type: "script" } } })).error).toMatchObject({
      status: 422,
      message: "richtext.invalid",
    });
    expect((await send({ topicId: "onbekend", clientKey: key(), text: "hallo" })).error).toMatchObject({ status: 404 });
    expect((await request(a, "reaction:toggle", { messageId: "x", emoji: "poop" })).error).toMatchObject({ status: 400 });
    // Exactly 20,000 characters is allowed.
    expect((await send({ topicId: topic.id, clientKey: key(), text: "y".repeat(20_000) })).ok).toBe(true);

    // Without an acknowledgement the error comes as an event.
    a.emit("message:send", { topicId: 42 });
    await errors.until((items) => items.length === 1);
    expect(errors.items[0]).toMatchObject({ event: "message:send", status: 400 });

    const locked = await createTopic(channel, anna.user.id, { locked: true });
    expect((await send({ topicId: locked.id, clientKey: key(), text: "Nog één ding" })).error).toMatchObject({
      status: 409,
      message: "discussions.errors.topicLocked",
    });

    // Bram still works and received only the one valid message.
    expect((await request(b, "message:send", { topicId: topic.id, clientKey: key(), text: "Alles goed hier" })).ok).toBe(true);
    await atB.until((items) => items.length === 2);
    expect(atB.items.map((m) => m.seq)).toEqual([2, 3]);
    expect(await db().message.count({ where: { topicId: topic.id, authorId: anna.user.id } })).toBe(1);
  });

  it("edits, deletions and reactions reach everyone; only the author edits, facilitators may delete", async () => {
    const { topic, community } = await openTopic();
    const anna = await member(community.id);
    const bram = await member(community.id);
    const lead = await member(community.id, "FACILITATOR");
    const a = await client(anna.cookie);
    const b = await client(bram.cookie);
    const f = await client(lead.cookie);
    for (const socket of [a, b, f]) await request(socket, "topic:join", { topicId: topic.id });
    const edited = collect<MessageView>(b, "message:edited");
    const deleted = collect<MessageView>(b, "message:deleted");
    const reactions = collect<{ messageId: string; reactions: { emoji: string; count: number; userIds: string[] }[] }>(
      a,
      "reaction:updated",
    );

    const sent = (await request(a, "message:send", { topicId: topic.id, clientKey: key(), text: "Eerste versie" })).message as MessageView;
    expect((await request(b, "message:edit", { messageId: sent.id, text: "Van Bram" })).error).toMatchObject({ status: 403 });
    expect((await request(a, "message:edit", { messageId: sent.id, text: "Tweede versie" })).ok).toBe(true);
    await edited.until((items) => items.length === 1);
    expect(edited.items[0]).toMatchObject({ id: sent.id, text: "Tweede versie", html: "<p>Tweede versie</p>" });
    expect(edited.items[0]!.editedAt).not.toBeNull();

    expect((await request(b, "reaction:toggle", { messageId: sent.id, emoji: "thumbsup" })).added).toBe(true);
    await reactions.until((items) => items.length === 1);
    expect(reactions.items[0]!.reactions).toEqual([{ emoji: "thumbsup", count: 1, userIds: [bram.user.id] }]);
    expect((await request(b, "reaction:toggle", { messageId: sent.id, emoji: "thumbsup" })).added).toBe(false);
    await reactions.until((items) => items.length === 2);
    expect(reactions.items[1]!.reactions).toEqual([]);

    expect((await request(b, "message:delete", { messageId: sent.id })).error).toMatchObject({ status: 403 });
    expect((await request(f, "message:delete", { messageId: sent.id })).ok).toBe(true);
    await deleted.until((items) => items.length === 1);
    expect(deleted.items[0]).toMatchObject({ id: sent.id, seq: sent.seq, html: "", text: "", json: null });
    const row = await db().message.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ bodyText: "", bodyHtml: "", deletedById: lead.user.id });
    expect((await request(a, "message:edit", { messageId: sent.id, text: "Terug" })).error).toMatchObject({ status: 409 });
  });

  it("the posting rate limit refuses the 21st message in 10 seconds", async () => {
    const { topic, community } = await openTopic();
    const anna = await member(community.id);
    const bram = await member(community.id);
    const a = await client(anna.cookie);
    const b = await client(bram.cookie);
    const results = [];
    for (let i = 1; i <= 21; i++)
      results.push(await request(a, "message:send", { topicId: topic.id, clientKey: key(), text: `Snel bericht ${i}` }));
    expect(results.slice(0, 20).every((r) => r.ok)).toBe(true);
    expect(results[20]!.error).toMatchObject({ status: 429, message: "errors.rateLimited" });
    expect(results[20]!.error!.retryAfterMs).toBeGreaterThan(0);
    expect(await db().message.count({ where: { topicId: topic.id, authorId: anna.user.id } })).toBe(20);
    // The limit is per member: someone else can still post.
    expect((await request(b, "message:send", { topicId: topic.id, clientKey: key(), text: "Ik mag nog wel" })).ok).toBe(true);
  });

  it("a retried send does not count against the posting limit", async () => {
    const { topic, community } = await openTopic();
    const anna = await member(community.id);
    const a = await client(anna.cookie);
    const first = key();
    expect((await request(a, "message:send", { topicId: topic.id, clientKey: first, text: "Bericht 1" })).ok).toBe(true);
    for (let i = 2; i <= 19; i++)
      expect((await request(a, "message:send", { topicId: topic.id, clientKey: key(), text: `Bericht ${i}` })).ok).toBe(true);
    // A reconnecting client resends what it never saw acknowledged: the stored message comes back, nothing is counted.
    for (let retry = 0; retry < 3; retry++)
      expect(await request(a, "message:send", { topicId: topic.id, clientKey: first, text: "Bericht 1" })).toMatchObject({
        ok: true,
        created: false,
      });
    expect((await request(a, "message:send", { topicId: topic.id, clientKey: key(), text: "Bericht 20" })).ok).toBe(true);
    expect((await request(a, "message:send", { topicId: topic.id, clientKey: key(), text: "Bericht 21" })).error).toMatchObject({
      status: 429,
    });
    expect(await db().message.count({ where: { topicId: topic.id, authorId: anna.user.id } })).toBe(20);
  });
  it("someone joining a crowded topic hears of at most 50 people present, all of them really there", async () => {
    const { topic, community } = await openTopic();
    // More than Redis keeps in a compact hash (128), so the presence list is read from a real hash table.
    const crowd = await Promise.all(Array.from({ length: 140 }, () => member(community.id)));
    const present = new Set<string>();
    const socketOf = new Map<string, Client>();
    for (const batch of [crowd.slice(0, 70), crowd.slice(70)])
      await Promise.all(
        batch.map(async (person) => {
          const socket = await client(person.cookie);
          socketOf.set(person.user.id, socket);
          expect((await request(socket, "topic:join", { topicId: topic.id })).ok).toBe(true);
          present.add(person.user.id);
        }),
      );
    const gone = crowd[0]!;
    expect((await request(socketOf.get(gone.user.id)!, "topic:leave", { topicId: topic.id })).ok).toBe(true);
    present.delete(gone.user.id);

    const newcomer = await member(community.id);
    const joined = await request(await client(newcomer.cookie), "topic:join", { topicId: topic.id });
    const listed = (joined.presence as { id: string }[]).map((u) => u.id);
    expect(listed).toHaveLength(50);
    expect(new Set(listed).size).toBe(50);
    for (const id of listed) expect(present.has(id) || id === newcomer.user.id).toBe(true);
    expect(listed).not.toContain(gone.user.id);
  });
});
