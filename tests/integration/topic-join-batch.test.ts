/**
 * Batched joins and handshakes (decision 216): the topic checks of joins
 * arriving in one turn are one statement, and each joiner gets the same
 * allow or deny as the one-by-one check: members, a member whose membership
 * was revoked, outsiders of an on-request and of an invite-only community,
 * a topic hidden by moderation (its author and moderators still see it), a
 * deleted topic and one that does not exist. Nothing is cached: a membership
 * revoked after one join refuses the next at once.
 */
import { describe, expect, it } from "vitest";
import type { MessageView } from "../../app/shared/discussions.ts";
import { getSessionUser, getSessionUserBatched, SESSION_TTL_MS, sessionKey } from "../../server/accounts/sessions.ts";
import { leaveCommunity } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { countRoundTrips } from "../../server/db/round-trips.ts";
import { loadTopic, loadTopicBatched } from "../../server/discussions/access.ts";
import { AppError } from "../../server/errors.ts";
import { forgetSocketSessions } from "../../server/realtime/sessions.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { collect, connect, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";

type Actor = { id: string; globalRole: "MEMBER" | "MODERATOR" | "ADMIN"; email: string; emailVerified: boolean };
const actorOf = (user: { id: string; globalRole: Actor["globalRole"]; email: string }): Actor => ({
  id: user.id,
  globalRole: user.globalRole,
  email: user.email,
  emailVerified: true,
});

/** What a check answered: the status of its refusal, or what it allowed. */
async function outcome(check: Promise<Awaited<ReturnType<typeof loadTopic>>>) {
  try {
    const { topic, community, permissions } = await check;
    return { allowed: { topicId: topic.id, communityId: community.id, permissions } };
  } catch (error) {
    if (error instanceof AppError) return { refused: error.status };
    throw error;
  }
}

async function world() {
  const onRequest = await createCommunity({ accessMode: "ON_REQUEST" });
  const inviteOnly = await createCommunity({ accessMode: "INVITE_ONLY" });
  const open = await createCommunity({ accessMode: "OPEN" });
  const channel = await createChannel(onRequest.id, { name: "Algemeen", slug: "algemeen" });
  const secretChannel = await createChannel(inviteOnly.id, { name: "Klankbord", slug: "klankbord" });
  const openChannel = await createChannel(open.id, { name: "Open", slug: "open" });

  const [member, facilitator, revoked, outsider, author, insider, moderator] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser({ globalRole: "MODERATOR" }),
  ]);
  await addMember(member.id, onRequest.id);
  await addMember(facilitator.id, onRequest.id, "FACILITATOR");
  await addMember(revoked.id, onRequest.id);
  await addMember(author.id, onRequest.id);
  await addMember(insider.id, inviteOnly.id);

  const topic = await createTopic(channel, member.id);
  const hidden = await createTopic(channel, author.id, { title: "Verborgen door moderatie" });
  await db().topic.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "spam" } });
  const deleted = await createTopic(channel, member.id, { title: "Verwijderd" });
  await db().topic.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  const secret = await createTopic(secretChannel, insider.id, { title: "Alleen op uitnodiging" });
  const openTopic = await createTopic(openChannel, outsider.id, { title: "Voor iedereen" });

  // The membership revoked after it was granted.
  await leaveCommunity({ id: revoked.id, globalRole: "MEMBER" }, onRequest.slug);

  const users = { member, facilitator, revoked, outsider, author, insider, moderator };
  const topics = { topic, hidden, deleted, secret, openTopic, missing: { id: "bestaat-niet" } };
  return { onRequest, inviteOnly, users, topics };
}

const server = useRealtimeServer();
const sockets = server.sockets;

describe("batched topic checks", () => {
  it("give every joiner the same allow or deny as one check at a time, in one statement", async () => {
    const { users, topics } = await world();
    const pairs = Object.values(users).flatMap((user) =>
      Object.values(topics).map((topic) => ({ actor: actorOf(user), topicId: topic.id })),
    );

    const oneByOne = [];
    for (const { actor, topicId } of pairs) oneByOne.push(await outcome(loadTopic(actor, topicId)));
    const { result: batched, statements } = await countRoundTrips(() =>
      Promise.all(pairs.map(({ actor, topicId }) => outcome(loadTopicBatched(actor, topicId)))),
    );

    expect(batched).toEqual(oneByOne);
    // Every pair's row came from one statement.
    expect(statements.filter((sql) => sql.includes("WITH ORDINALITY"))).toHaveLength(1);

    // The matrix is what the rules say, not merely the same twice.
    const at = (user: keyof typeof users, topic: keyof typeof topics) =>
      batched[pairs.findIndex((pair) => pair.actor.id === users[user].id && pair.topicId === topics[topic].id)];
    expect(at("member", "topic")).toMatchObject({ allowed: { topicId: topics.topic.id } });
    expect(at("facilitator", "topic")).toMatchObject({ allowed: { permissions: { moderate: true } } });
    expect(at("revoked", "topic")).toEqual({ refused: 403 });
    expect(at("outsider", "topic")).toEqual({ refused: 403 });
    expect(at("outsider", "secret")).toEqual({ refused: 404 });
    expect(at("insider", "secret")).toMatchObject({ allowed: { topicId: topics.secret.id } });
    expect(at("outsider", "openTopic")).toMatchObject({ allowed: { topicId: topics.openTopic.id } });
    expect(at("member", "hidden")).toEqual({ refused: 404 });
    expect(at("author", "hidden")).toMatchObject({ allowed: { topicId: topics.hidden.id } });
    expect(at("facilitator", "hidden")).toMatchObject({ allowed: { topicId: topics.hidden.id } });
    expect(at("moderator", "hidden")).toMatchObject({ allowed: { topicId: topics.hidden.id } });
    for (const user of Object.keys(users) as (keyof typeof users)[]) {
      expect(at(user, "deleted")).toEqual({ refused: 404 });
      expect(at(user, "missing")).toEqual({ refused: 404 });
    }
  });

  it("batched session lookups answer as one by one: live, unknown, expired and suspended sessions", async () => {
    const [live, suspended, expired] = await Promise.all([createUser(), createUser(), createUser()]);
    const sessions = await Promise.all(
      [live, suspended, expired].map((user, index) =>
        db().session.create({
          data: {
            id: `sessie-${user.id}`,
            userId: user.id,
            expiresAt: new Date(Date.now() + (index === 2 ? -60_000 : 86_400_000)),
          },
        }),
      ),
    );
    await db().user.update({ where: { id: suspended.id }, data: { suspendedUntil: new Date(Date.now() + 86_400_000) } });
    const ids = [...sessions.map((session) => session.id), "onbekend", "", "x".repeat(101)];

    const batched = await Promise.all(ids.map((id) => getSessionUserBatched(id)));
    // The day-old session was renewed in the batch, to a full term from now (in UTC, as Prisma reads it).
    const renewed = await db().session.findUniqueOrThrow({ where: { id: sessions[0]!.id } });
    expect(Math.abs(renewed.expiresAt.getTime() - (Date.now() + SESSION_TTL_MS))).toBeLessThan(60_000);
    // The expired session was removed by the batched check; recreate it so the one-by-one check sees the same table.
    await db().session.create({ data: { id: sessions[2]!.id, userId: expired.id, expiresAt: new Date(Date.now() - 60_000) } });
    const oneByOne = [];
    for (const id of ids) oneByOne.push(await getSessionUser(id));

    expect(batched).toEqual(oneByOne);
    expect(batched.map((answer) => answer?.user.id ?? null)).toEqual([live.id, null, null, null, null, null]);
    expect(await db().session.count({ where: { id: sessions[2]!.id } })).toBe(0);
  });
});

describe("a crowd joining at once over sockets", () => {
  it("members are let in, the revoked member and outsiders are not, and the room hears only the members", async () => {
    const { users, topics } = await world();
    const crowd = [users.member, users.facilitator, users.revoked, users.outsider, users.author, users.insider];
    const clients = await Promise.all(
      crowd.map(async (user) => {
        const socket = await connect(server.url, await sessionCookieFor(user.id));
        sockets.push(socket);
        return socket;
      }),
    );
    const heard = clients.map((socket) => collect<MessageView>(socket, "message:new"));
    const replies = await Promise.all(clients.map((socket) => request(socket, "topic:join", { topicId: topics.topic.id })));
    expect(replies.map((reply) => (reply.ok ? "ok" : reply.error?.status))).toEqual(["ok", "ok", 403, 403, "ok", 403]);

    const hiddenReplies = await Promise.all(clients.map((socket) => request(socket, "topic:join", { topicId: topics.hidden.id })));
    // Only its author and the facilitator (a moderator of the community) see the hidden topic.
    // Those who may not read the community hear 403 before the topic's state is looked at.
    expect(hiddenReplies.map((reply) => (reply.ok ? "ok" : reply.error?.status))).toEqual([404, "ok", 403, 403, "ok", 403]);

    await request(clients[0]!, "message:send", { topicId: topics.topic.id, clientKey: `k-${crypto.randomUUID()}`, text: "Voor de leden" });
    await heard[0]!.until((items) => items.length === 1);
    await heard[1]!.until((items) => items.length === 1);
    await heard[4]!.until((items) => items.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard[2]!.items).toEqual([]);
    expect(heard[3]!.items).toEqual([]);
    expect(heard[5]!.items).toEqual([]);
  });

  it("a membership revoked after a join drops the subscription and refuses the next join at once", async () => {
    const { onRequest, users, topics } = await world();
    const socket = await connect(server.url, await sessionCookieFor(users.author.id));
    sockets.push(socket);
    const speaker = await connect(server.url, await sessionCookieFor(users.member.id));
    sockets.push(speaker);
    const heard = collect<MessageView>(socket, "message:new");
    expect((await request(socket, "topic:join", { topicId: topics.topic.id })).ok).toBe(true);

    await leaveCommunity({ id: users.author.id, globalRole: "MEMBER" }, onRequest.slug);
    // The next join asks the database again, in the same turn as other joins.
    const [again, other] = await Promise.all([
      request(socket, "topic:join", { topicId: topics.topic.id }),
      request(speaker, "topic:join", { topicId: topics.topic.id }),
    ]);
    expect(again.error).toMatchObject({ status: 403 });
    expect(other.ok).toBe(true);

    // The subscription made before the revocation is dropped, as it is for a member who leaves.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await request(speaker, "message:send", { topicId: topics.topic.id, clientKey: `k-${crypto.randomUUID()}`, text: "Na het vertrek" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.items).toEqual([]);
  });

  it("a join overlaps its session check, but a socket whose session ended joins nothing", async () => {
    const { users, topics } = await world();
    const socket = await connect(server.url, await sessionCookieFor(users.facilitator.id));
    sockets.push(socket);
    const heard = collect<MessageView>(socket, "message:new");
    expect((await request(socket, "topic:join", { topicId: topics.hidden.id })).ok).toBe(true);
    // The session ends without its sockets being told (as when the processor is late).
    const sessions = await db().session.findMany({ where: { userId: users.facilitator.id }, select: { id: true } });
    await db().session.deleteMany({ where: { userId: users.facilitator.id } });
    await forgetSocketSessions(sessions.map((session) => sessionKey(session.id)));
    const closed = new Promise<void>((resolve) => socket.once("disconnect", () => resolve()));
    expect((await request(socket, "topic:join", { topicId: topics.topic.id })).error).toMatchObject({ status: 401 });
    await closed;
    const speaker = await connect(server.url, await sessionCookieFor(users.member.id));
    sockets.push(speaker);
    await request(speaker, "message:send", { topicId: topics.topic.id, clientKey: `k-${crypto.randomUUID()}`, text: "Na het uitloggen" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard.items).toEqual([]);
  });

  it("a handshake whose session ended is refused, while the others of its turn get in", async () => {
    const [stays, leaves] = await Promise.all([createUser(), createUser()]);
    const [stayCookie, leaveCookie] = await Promise.all([sessionCookieFor(stays.id), sessionCookieFor(leaves.id)]);
    await db().session.deleteMany({ where: { userId: leaves.id } });
    const [ok, refused] = await Promise.allSettled([connect(server.url, stayCookie), connect(server.url, leaveCookie)]);
    expect(ok.status).toBe("fulfilled");
    if (ok.status === "fulfilled") sockets.push(ok.value);
    expect(refused.status).toBe("rejected");
  });
});
