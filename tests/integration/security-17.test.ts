/**
 * Security walk 17 (decision 306): walk 16's leftovers and what the walk found, each closed where its
 * rule lives. Each test failed before its change. (Refusals before validation are checked for every
 * route by the authorization matrix, tests/integration/authorization-matrix.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as outboxLoader } from "../../app/routes/ontwikkeling.mails._index.tsx";
import { resetConfigForTests } from "../../server/config.ts";
import { strFromU8, unzipSync } from "fflate";
import { startPasswordReset } from "../../server/accounts/password-reset.ts";
import { changeMemberRole } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { buildExport, openExport } from "../../server/privacy/export.ts";
import { setTopicFlags } from "../../server/discussions/commands.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, connect, request, useRealtimeServer } from "../helpers/realtime.ts";
import { publishedLibraryItem } from "../helpers/library.ts";
import { callLoader } from "../helpers/remix.ts";
import { until } from "../helpers/until.ts";

const realtime = useRealtimeServer({ beforeAll, afterAll });

async function joined(userId: string, topicId: string): Promise<Client> {
  const socket = realtime.track(await connect(realtime.url(), await sessionCookieFor(userId)));
  expect((await request(socket, "topic:join", { topicId })).ok).toBe(true);
  return socket;
}

const typingStatus = async (socket: Client, topicId: string) => {
  const reply = await request(socket, "typing", { topicId, typing: true });
  return reply.ok ? "ok" : reply.error?.status;
};

/** A community with a facilitator (`lead`) and `other` in `role`, and its channel. */
async function communityWith(role: "MEMBER" | "FACILITATOR") {
  const community = await createCommunity();
  const [lead, other] = [await createUser(), await createUser()];
  await addMember(lead.id, community.id, "FACILITATOR");
  await addMember(other.id, community.id, role);
  const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
  return { community, lead, other, channel };
}

describe('"is typing" follows the rights of an open socket', () => {
  it("a facilitator made member stops typing in a locked topic without joining it again", async () => {
    const { community, lead, other: demoted, channel } = await communityWith("FACILITATOR");
    const locked = await createTopic(channel, lead.id, { title: "Gesloten", locked: true });
    const socket = await joined(demoted.id, locked.id);
    expect(await typingStatus(socket, locked.id)).toBe("ok");

    await changeMemberRole({ id: lead.id, globalRole: "MEMBER" }, community.slug, demoted.id, "MEMBER");
    // Before: "ok" until the socket joined the topic again.
    await until("the demoted facilitator's typing is refused", async () => (await typingStatus(socket, locked.id)) === 403, 10_000);
  });

  it("a member stops typing in a topic a facilitator locks", async () => {
    const { lead, other: member, channel } = await communityWith("MEMBER");
    const topic = await createTopic(channel, member.id, { title: "Open vraag", messages: ["Wie weet dit?"] });
    const socket = await joined(member.id, topic.id);
    expect(await typingStatus(socket, topic.id)).toBe("ok");

    await setTopicFlags({ id: lead.id, globalRole: "MEMBER" }, topic.id, { locked: true });
    // Before: "ok" until the socket joined the topic again.
    await until("typing in the locked topic is refused", async () => (await typingStatus(socket, topic.id)) === 403, 10_000);
  });
});

describe("the development outbox on a production build", () => {
  // A reverse proxy on the same machine makes every visitor a loopback peer; with a loopback APP_URL
  // (a proxy that rewrites nothing) the page showed every reset link to the internet.
  const statusWith = async (env: Record<string, string | undefined>, headers: Record<string, string> = {}) => {
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetConfigForTests();
    const answer = await callLoader(outboxLoader, new Request("http://localhost:3000/ontwikkeling/mails", { headers }));
    return answer.status;
  };

  it("is shown only when asked for (npm start asks), and never to a request a proxy relayed", async () => {
    const saved = Object.fromEntries(
      ["NODE_ENV", "APP_URL", "SESSION_SECRET", "SMTP_URL", "DEV_MAIL_VIEW"].map((name) => [name, process.env[name]]),
    );
    const production = {
      NODE_ENV: "production",
      SESSION_SECRET: "a-production-secret-of-at-least-32-characters",
      APP_URL: "http://127.0.0.1:3000",
      SMTP_URL: undefined,
    };
    try {
      // Before: 200 without the switch.
      expect(await statusWith({ ...production, DEV_MAIL_VIEW: undefined })).toBe(404);
      expect(await statusWith({ ...production, DEV_MAIL_VIEW: "1" })).toBe(200);
      // Before: 200 through a proxy that says so.
      expect(await statusWith({ ...production, DEV_MAIL_VIEW: "1" }, { "X-Forwarded-For": "198.51.100.7" })).toBe(404);
      expect(await statusWith({ ...production, DEV_MAIL_VIEW: "1" }, { Forwarded: "for=198.51.100.7" })).toBe(404);
      expect(await statusWith({ ...production, DEV_MAIL_VIEW: "1" }, { Via: "1.1 nginx" })).toBe(404);
    } finally {
      await statusWith(saved);
    }
  });
});

describe("the data export", () => {
  async function exportFiles(userId: string) {
    const row = await db().dataExport.create({ data: { userId, expiresAt: new Date(Date.now() + 60_000) } });
    await buildExport(row.id);
    const file = await openExport(userId, row.id);
    const chunks: Buffer[] = [];
    for await (const chunk of file.body) chunks.push(chunk as Buffer);
    const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    return (name: string) => JSON.parse(strFromU8(files[name]!)) as unknown;
  }

  it("holds where the member was mentioned, the files they added and the messages they removed; not others' words", async () => {
    const member = await createUser();
    const other = await createUser({ displayName: "Saskia Schrijver" });
    const community = await createCommunity({ accessMode: "OPEN" });
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const topic = await createTopic(channel, other.id, { messages: ["Vertrouwelijk: @lid weet hoe het zit."] });
    const mentioning = await db().message.findFirstOrThrow({ where: { topicId: topic.id } });
    await db().messageMention.create({ data: { messageId: mentioning.id, userId: member.id } });
    const removed = await createTopic(channel, other.id, { messages: ["Hoort hier niet."] });
    const removedMessage = await db().message.findFirstOrThrow({ where: { topicId: removed.id } });
    await db().message.update({ where: { id: removedMessage.id }, data: { deletedAt: new Date(), deletedById: member.id } });
    const item = await publishedLibraryItem(other.id, "Handreiking van een ander");
    const attachment = await db().libraryAttachment.create({
      data: {
        itemId: item.id,
        storageKey: `s17-${crypto.randomUUID()}`,
        fileName: "checklist.pdf",
        contentType: "application/pdf",
        size: 1234,
        uploadedById: member.id,
      },
    });

    const read = await exportFiles(member.id);
    // Before: no mentions.json, no attachments.json, no messagesDeleted.
    expect(read("mentions.json")).toEqual([expect.objectContaining({ messageId: mentioning.id, topicId: topic.id, number: 1 })]);
    expect(JSON.stringify(read("mentions.json"))).not.toMatch(/Vertrouwelijk|Saskia/);
    expect(read("attachments.json")).toEqual([
      expect.objectContaining({ id: attachment.id, itemId: item.id, fileName: "checklist.pdf", size: 1234 }),
    ]);
    expect(JSON.stringify(read("attachments.json"))).not.toContain("Handreiking van een ander");
    expect((read("moderation.json") as { messagesDeleted: unknown[] }).messagesDeleted).toEqual([
      expect.objectContaining({ id: removedMessage.id, topicId: removed.id }),
    ]);
  });
});

describe("password reset requests sent at once", () => {
  it("store at most three resets an hour for one account, however many arrive together", async () => {
    const owner = await createUser();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => startPasswordReset({ email: owner.email, requestId: crypto.randomUUID() })),
    );
    // Before: each counted before any was stored (walk 17: eight requests at once, five mails).
    expect(await db().passwordReset.count({ where: { userId: owner.id } })).toBe(3);
    expect(outcomes.filter((outcome) => outcome === "queued")).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === "limited")).toHaveLength(5);
  });
});
