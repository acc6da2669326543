/**
 * Two web instances (real server processes) on one Redis: a message posted
 * through instance A — by a socket and by a plain form post — reaches a
 * socket.io client connected to instance B, and presence crosses too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageView } from "../../app/shared/discussions.ts";
import { config } from "../../server/config.ts";
import { type AppServer, startAppServer } from "../helpers/app-server.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, collect, connect, request } from "../helpers/realtime.ts";

let a: AppServer;
let b: AppServer;
const sockets: Client[] = [];

beforeAll(async () => {
  // Both instances share this file's database, Redis prefix and session secret.
  [a, b] = await Promise.all([
    startAppServer({ env: { SESSION_SECRET: config().SESSION_SECRET } }),
    startAppServer({ env: { SESSION_SECRET: config().SESSION_SECRET } }),
  ]);
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await Promise.all([a?.stop(), b?.stop()]);
});

describe("several instances on one Redis", () => {
  it("a message posted through instance A reaches a client on instance B", { timeout: 60_000 }, async () => {
    const community = await createCommunity({ accessMode: "ON_REQUEST" });
    const channel = await createChannel(community.id, { slug: "algemeen", name: "Algemeen" });
    const [anna, bram] = await Promise.all([createUser({ displayName: "Anna" }), createUser({ displayName: "Bram" })]);
    await addMember(anna.id, community.id);
    await addMember(bram.id, community.id);
    const topic = await createTopic(channel, anna.id);
    const annaCookie = await sessionCookieFor(anna.id);

    const onA = await connect(a.url, annaCookie);
    const onB = await connect(b.url, await sessionCookieFor(bram.id));
    sockets.push(onA, onB);
    const atB = collect<MessageView>(onB, "message:new");
    const presenceAtB = collect<{ joined: { id: string }[] }>(onB, "presence");
    expect((await request(onB, "topic:join", { topicId: topic.id })).ok).toBe(true);
    expect((await request(onA, "topic:join", { topicId: topic.id })).ok).toBe(true);
    await presenceAtB.until((events) => events.some((event) => event.joined.some((user) => user.id === anna.id)));

    const sent = await request(onA, "message:send", {
      topicId: topic.id,
      clientKey: `k-${crypto.randomUUID()}`,
      text: "Via instantie A verstuurd",
    });
    expect(sent.ok).toBe(true);
    await atB.until((items) => items.length === 1);
    expect(atB.items[0]).toMatchObject({ seq: 2, text: "Via instantie A verstuurd", author: { id: anna.id } });

    // The same through instance A's HTTP form action (no JavaScript).
    const response = await fetch(`${a.url}/communities/${community.slug}/discussies/algemeen/${topic.id}`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: annaCookie, Origin: a.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "post", bodyText: "Via het formulier op A", clientKey: `k-${crypto.randomUUID()}` }),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/#bericht-3$/);
    await atB.until((items) => items.length === 2);
    expect(atB.items[1]).toMatchObject({ seq: 3, text: "Via het formulier op A" });
  });
});
