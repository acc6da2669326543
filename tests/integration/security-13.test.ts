/**
 * Security walk 13 (decision 279): what an outside tester found leaking, each closed where its rule lives.
 */
import { io as connectSocket, type Socket } from "socket.io-client";
import { describe, expect, it } from "vitest";
import type { MessageView } from "../../app/shared/discussions.ts";
import { loader as outboxLoader } from "../../app/routes/ontwikkeling.mails._index.tsx";
import { loader as outboxFileLoader } from "../../app/routes/ontwikkeling.mails.$file.eml.tsx";
import { updateCommunity } from "../../server/communities/commands.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { memberDirectory } from "../../server/profiles/queries.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { getRequest } from "../helpers/remix.ts";
import { collect, connect, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";

const server = useRealtimeServer({ after: closePublisher });
const sockets = server.sockets;

async function client(cookie: string) {
  const socket = await connect(server.url, cookie);
  sockets.push(socket);
  return socket;
}

const key = () => `k-${crypto.randomUUID()}`;

/** A bare /collab socket for a document. */
async function collabSocket(documentId: string, cookie: string): Promise<Socket> {
  const socket = connectSocket(`${server.url}/collab`, {
    transports: ["websocket"],
    forceNew: true,
    auth: { documentId },
    extraHeaders: { Cookie: cookie },
    reconnection: false,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

const toInviteOnly = (community: { name: string }) => ({
  name: community.name,
  summary: "Een community voor de test, nu op uitnodiging.",
  about: "Een community voor de test, nu op uitnodiging.",
  kind: "LEARNING" as const,
  accessMode: "INVITE_ONLY" as const,
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

    await updateCommunity({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, toInviteOnly(community));
    await new Promise((resolve) => setTimeout(resolve, 500));
    await request(f, "message:send", { topicId: topic.id, clientKey: key(), text: "Nu besloten" });
    await heardByMember.until((items) => items.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heardByReader.items.map((item) => item.text)).toEqual(["Nog open"]);
    expect((await request(r, "topic:join", { topicId: topic.id })).error).toMatchObject({ status: 404 });
  });

  it("closes its documents' live editors for signed-in readers who are not members; members stay", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const document = await createDocumentIn(community.id, facilitator.id, "Werkafspraken", editorState(p("Welkom")), "PUBLISHED");
    const reader = await createUser();
    const readerSocket = await collabSocket(document.id, await sessionCookieFor(reader.id));
    const memberSocket = await collabSocket(document.id, await sessionCookieFor(facilitator.id));
    const errors: unknown[] = [];
    readerSocket.on("collab-error", (error: unknown) => errors.push(error));
    const closed = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the reader's document socket stayed open")), 10_000);
      readerSocket.once("disconnect", () => (clearTimeout(timer), resolve()));
    });

    await updateCommunity({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, toInviteOnly(community));
    await closed;
    expect(errors).toContainEqual({ error: "documents.errors.notFound", fatal: true });
    expect(memberSocket.connected).toBe(true);
  });
});

describe("the development outbox", () => {
  // A local instance listening on every address (HOST=0.0.0.0, APP_URL on localhost, no SMTP) showed every
  // password-reset link to whoever on the network opened /ontwikkeling/mails: an admin's account in two requests.
  const status = async (clientIp: string) => {
    try {
      const answer = (await outboxLoader({
        request: getRequest("/ontwikkeling/mails"),
        params: {},
        context: { cspNonce: "", clientIp },
      })) as unknown;
      return answer instanceof Response ? answer.status : 200;
    } catch (thrown) {
      if (thrown instanceof Response) return thrown.status;
      if (thrown && typeof thrown === "object" && "init" in thrown) return (thrown as { init: { status: number } }).init.status;
      throw thrown;
    }
  };

  it("is shown only to requests from this machine", async () => {
    expect(await status("127.0.0.1")).toBe(200);
    expect(await status("::1")).toBe(200);
    expect(await status("::ffff:127.0.0.1")).toBe(200);
    expect(await status("192.0.2.2")).toBe(404);
    expect(await status("::ffff:10.0.0.7")).toBe(404);
    expect(await status("fd00::2")).toBe(404);
    const file = outboxFileLoader({
      request: getRequest("/ontwikkeling/mails/x.eml/eml"),
      params: { file: "x.eml" },
      context: { cspNonce: "", clientIp: "192.0.2.2" },
    });
    await expect(file).rejects.toMatchObject({ status: 404 });
  });
});

describe("a profile a moderator hid", () => {
  it("is not found through the directory's filters on the fields it no longer shows", async () => {
    const organisation = `Gemeente Verborgenstad ${crypto.randomUUID().slice(0, 8)}`;
    const hidden = await createUser({
      displayName: "Verborgen Profiel",
      organisation,
      showOrganisation: true,
      region: "twente",
      showRegion: true,
      fieldRole: "KLANTMANAGER",
      showFieldRole: true,
    });
    await db().user.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Reclame" } });
    const viewer = await createUser();
    const actor = { id: viewer.id, globalRole: "MEMBER" as const };
    const ids = async (filters: Parameters<typeof memberDirectory>[1]) => (await memberDirectory(actor, filters)).members.map((m) => m.id);

    // Before: "organisation contains …" found the hidden profile, so a few guesses spelled out what the page no longer shows.
    expect(await ids({ organisation })).toEqual([]);
    expect(await ids({ organisation: organisation.slice(0, 20) })).not.toContain(hidden.id);
    expect(await ids({ region: "twente" })).not.toContain(hidden.id);
    expect(await ids({ fieldRole: "KLANTMANAGER" })).not.toContain(hidden.id);
    // By name it is still listed, with only its name.
    expect((await memberDirectory(actor, { q: "Verborgen Profiel" })).members).toContainEqual({
      id: hidden.id,
      displayName: "Verborgen Profiel",
      organisation: null,
      fieldRole: null,
      region: null,
      bio: null,
    });
  });
});
