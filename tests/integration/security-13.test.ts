/**
 * Security walk 13 (decision 279): what an outside tester found leaking, each closed where its rule lives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageView } from "../../app/shared/discussions.ts";
import { updateCommunity } from "../../server/communities/commands.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, collect, connect, request, type RealtimeServer, startRealtimeServer } from "../helpers/realtime.ts";

let server: RealtimeServer;
const sockets: Client[] = [];

async function client(cookie: string) {
  const socket = await connect(server.url, cookie);
  sockets.push(socket);
  return socket;
}

const key = () => `k-${crypto.randomUUID()}`;

beforeAll(async () => {
  server = await startRealtimeServer();
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server?.close();
});

describe("a community that stops being open", () => {
  it("stops sending its topics and community room to signed-in readers who are not members", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const topic = await createTopic(channel, facilitator.id, { messages: ["Welkom allemaal."] });
    const reader = await createUser();
    const stayer = await createUser();
    await addMember(stayer.id, community.id, "MEMBER");

    const r = await client(await sessionCookieFor(reader.id));
    const m = await client(await sessionCookieFor(stayer.id));
    const f = await client(await sessionCookieFor(facilitator.id));
    const heardByReader = collect<MessageView>(r, "message:new");
    const heardByMember = collect<MessageView>(m, "message:new");
    expect((await request(r, "topic:join", { topicId: topic.id })).ok).toBe(true);
    expect((await request(r, "community:join", { communityId: community.id })).ok).toBe(true);
    await request(m, "topic:join", { topicId: topic.id });
    await request(f, "topic:join", { topicId: topic.id });
    await request(f, "message:send", { topicId: topic.id, clientKey: key(), text: "Nog open" });
    await heardByReader.until((items) => items.length === 1);

    await updateCommunity({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, {
      name: community.name,
      summary: "Een community voor de test, nu op uitnodiging.",
      about: "Een community voor de test, nu op uitnodiging.",
      kind: "LEARNING",
      accessMode: "INVITE_ONLY",
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await request(f, "message:send", { topicId: topic.id, clientKey: key(), text: "Nu besloten" });
    await heardByMember.until((items) => items.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heardByReader.items.map((item) => item.text)).toEqual(["Nog open"]);
    expect((await request(r, "topic:join", { topicId: topic.id })).error).toMatchObject({ status: 404 });
  });
});
