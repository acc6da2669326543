/**
 * One session check for every socket namespace (issue 15 F3/F4, decision 112):
 * real socket.io clients in the default namespace and /collab against an
 * in-process web instance, real PostgreSQL and Redis; the routes and commands
 * that end sessions or memberships, with their processors run inline.
 */
import * as encoding from "lib0/encoding";
import { io as connectSocket, type Socket } from "socket.io-client";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { action as logoutAction } from "../../app/routes/uitloggen.tsx";
import { resetPassword } from "../../server/accounts/password-reset.ts";
import { sessionKey } from "../../server/accounts/sessions.ts";
import { closePublisher } from "../../server/collab/relay.ts";
import { SESSION_TRUST_MS } from "../../server/collab/server.ts";
import { removeMember } from "../../server/communities/commands.ts";
import { moderateReport, reportContent } from "../../server/moderation/commands.ts";
import { createHash } from "node:crypto";
import { db } from "../../server/db.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, p } from "../../server/documents/builder.ts";
import { currentIo } from "../../server/realtime/server.ts";
import { SESSION_NAMESPACES } from "../../server/realtime/sessions.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, connect, lexical, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

const server = useRealtimeServer({ after: closePublisher });
const sockets = server.sockets;

async function discussionSocket(cookie: string): Promise<Client> {
  const socket = await connect(server.url, cookie);
  sockets.push(socket);
  return socket;
}

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

function closed(socket: Socket): Promise<string> {
  if (!socket.connected) return Promise.resolve("already");
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("socket stayed connected")), 10_000);
    socket.once("disconnect", (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

async function world(accessMode: "OPEN" | "INVITE_ONLY" = "INVITE_ONLY") {
  const community = await createCommunity({ accessMode });
  const facilitator = await createUser();
  await addMember(facilitator.id, community.id, "FACILITATOR");
  const member = await createUser();
  await addMember(member.id, community.id);
  const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
  const topic = await createTopic(channel, facilitator.id, { messages: ["Welkom."] });
  const document = await createDocumentIn(community.id, facilitator.id, "Werkafspraken", editorState(p("Welkom")), "PUBLISHED");
  return { community, facilitator, member, topic, document };
}

const send = (socket: Client, topicId: string, text: string) =>
  request(socket, "message:send", { topicId, clientKey: `k-${crypto.randomUUID()}`, body: lexical(text), text });

describe("a logout closes that session's sockets, in every namespace (F4)", () => {
  it("after a plain logout the discussion socket cannot post and is closed; the member's other session stays", async () => {
    const { member, topic, document } = await world();
    const cookie = await sessionCookieFor(member.id);
    const otherCookie = await sessionCookieFor(member.id);
    const here = await discussionSocket(cookie);
    const collab = await collabSocket(document.id, cookie);
    const elsewhere = await discussionSocket(otherCookie);
    expect((await request(here, "topic:join", { topicId: topic.id })).ok).toBe(true);
    expect((await send(here, topic.id, "Voor het uitloggen")).ok).toBe(true);

    const hereClosed = closed(here);
    const collabClosed = closed(collab);
    const out = await callAction(logoutAction, formRequest("/uitloggen", {}, cookie));
    expect(out.status).toBe(302);
    await hereClosed;
    await collabClosed;
    expect(elsewhere.connected).toBe(true);
    expect((await request(elsewhere, "topic:join", { topicId: topic.id })).ok).toBe(true);
    expect(await db().message.count({ where: { topicId: topic.id, bodyText: { contains: "Na het uitloggen" } } })).toBe(0);
  });

  it("a socket whose session ended, but that was not closed, is refused at its next request", async () => {
    const { member, topic } = await world();
    const cookie = await sessionCookieFor(member.id);
    const socket = await discussionSocket(cookie);
    expect((await request(socket, "topic:join", { topicId: topic.id })).ok).toBe(true);
    // The row goes without the command (as if the close had not reached this instance).
    const session = await db().session.findFirstOrThrow({ where: { userId: member.id } });
    await db().session.deleteMany({ where: { userId: member.id } });
    const { forgetSocketSessions } = await import("../../server/realtime/sessions.ts");
    await forgetSocketSessions([sessionKey(session.id)]);
    const refused = await send(socket, topic.id, "Na het einde van de sessie");
    expect(refused).toMatchObject({ ok: false, error: { status: 401, message: "errors.unauthenticated" } });
    expect(await db().message.count({ where: { topicId: topic.id, bodyText: { contains: "Na het einde" } } })).toBe(0);
  });

  it("a /collab socket whose session ended, but that was not closed, is refused at its next update once its session is no longer trusted", async () => {
    const { facilitator, document } = await world();
    const cookie = await sessionCookieFor(facilitator.id);
    const socket = await collabSocket(document.id, cookie);
    const errors: string[] = [];
    socket.on("collab-error", (payload: { error: string }) => errors.push(payload.error));
    // An update that adds nothing still goes through the session check.
    const empty = syncUpdate(Y.encodeStateAsUpdate(new Y.Doc()));
    expect(await socket.timeout(10_000).emitWithAck("sync", empty)).toMatchObject({ ok: true });
    const session = await db().session.findFirstOrThrow({ where: { userId: facilitator.id } });
    await db().session.deleteMany({ where: { userId: facilitator.id } });
    const { forgetSocketSessions } = await import("../../server/realtime/sessions.ts");
    await forgetSocketSessions([sessionKey(session.id)]);
    // Past the moment the socket's live session is trusted without asking again (decision 187).
    await new Promise((resolve) => setTimeout(resolve, SESSION_TRUST_MS + 100));
    const gone = closed(socket);
    socket.emit("sync", empty);
    await gone;
    expect(errors).toContain("errors.unauthenticated");
  });
});

function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe("every session ends: logout everywhere and password reset (F3)", () => {
  it("log out everywhere closes the member's sockets in every namespace", async () => {
    const { member, document } = await world();
    const cookie = await sessionCookieFor(member.id);
    const other = await sessionCookieFor(member.id);
    const sockets = [
      await discussionSocket(cookie),
      await discussionSocket(other),
      await collabSocket(document.id, cookie),
      await collabSocket(document.id, other),
    ];
    const all = sockets.map(closed);
    await callAction(logoutAction, formRequest("/uitloggen", { everywhere: "1" }, cookie));
    await Promise.all(all);
    expect(await db().session.count({ where: { userId: member.id } })).toBe(0);
  });

  it("a password reset closes them too", async () => {
    const { member, document } = await world();
    const cookie = await sessionCookieFor(member.id);
    const sockets = [await discussionSocket(cookie), await collabSocket(document.id, cookie)];
    const all = sockets.map(closed);
    const token = "reset-token-for-the-socket-test";
    await db().passwordReset.create({
      data: { userId: member.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + 60_000) },
    });
    await resetPassword(token, "een nieuw en lang wachtwoord");
    await Promise.all(all);
  });
});

describe("a suspension reaches every socket (decision 228)", () => {
  it("a suspended member's sockets close in both namespaces, and no session of theirs opens one until it ends", async () => {
    const { facilitator, member, topic, document } = await world();
    const moderator = await createUser({ globalRole: "MODERATOR" });
    const cookie = await sessionCookieFor(member.id);
    const open = [await discussionSocket(cookie), await collabSocket(document.id, cookie)];
    const all = open.map(closed);
    const message = await db().message.findFirstOrThrow({ where: { topicId: topic.id }, select: { id: true } });
    await db().message.update({ where: { id: message.id }, data: { authorId: member.id } });
    const { reportId } = await reportContent(facilitator, { targetKind: "MESSAGE", targetId: message.id, reason: "SPAM", text: undefined });
    await moderateReport(moderator, { reportId, action: "SUSPEND", reason: "Herhaald spam", days: 7 });
    await Promise.all(all);
    // A session made some other way (not through the login, which refuses) opens no socket either.
    const sneaky = await sessionCookieFor(member.id);
    await expect(discussionSocket(sneaky)).rejects.toThrow();
    await expect(collabSocket(document.id, sneaky)).rejects.toThrow();
    // When the suspension is over, a new session connects again.
    await db().user.update({ where: { id: member.id }, data: { suspendedUntil: new Date(Date.now() - 1000) } });
    const back = await discussionSocket(await sessionCookieFor(member.id));
    expect(back.connected).toBe(true);
  });
});

describe("removal from a community reaches /collab (F3)", () => {
  it("a removed member's document socket is closed and cannot come back; other members stay", async () => {
    const { community, facilitator, member, document } = await world("INVITE_ONLY");
    const removedCookie = await sessionCookieFor(member.id);
    const removed = await collabSocket(document.id, removedCookie);
    const staying = await collabSocket(document.id, await sessionCookieFor(facilitator.id));
    const gone = closed(removed);
    await removeMember(facilitator, community.slug, member.id);
    await gone;
    expect(staying.connected).toBe(true);
    await expect(collabSocket(document.id, removedCookie)).rejects.toThrow(/documents.errors.notFound|notFound/);
  });
});

describe("the namespaces", () => {
  it("every namespace of the io server is one the session check covers", () => {
    const namespaces = [...(currentIo()!._nsps.keys() as Iterable<string>)];
    for (const namespace of namespaces) expect(SESSION_NAMESPACES as readonly string[]).toContain(namespace);
    expect(namespaces).toContain("/collab");
  });
});
