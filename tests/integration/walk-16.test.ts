/**
 * Walk 16 (decision 295), the leftovers of walk 15 that are not browser behaviour:
 * - a member removed from a community who replies from a page still open hears why, by socket
 *   and without JavaScript; someone who never read the topic still gets the generic refusal;
 * - a mention's excerpt follows the message's edits, and a deleted message's text leaves it.
 */
import { describe, expect, it } from "vitest";
import { action as topicAction } from "../../app/routes/communities.$slug.discussies.$channel.$topic.tsx";
import { removeMember } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { deleteMessage, editMessage, markRead, postMessage } from "../../server/discussions/commands.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { connect, lexical, mention, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

const server = useRealtimeServer();
const sockets = server.sockets;

const key = () => `k-${crypto.randomUUID()}`;

/** A closed community's topic, read by `reader` (their marker), then `reader` removed by the facilitator. */
async function removedReader(accessMode: "ON_REQUEST" | "INVITE_ONLY") {
  const community = await createCommunity({ name: "Klankbord jobcoaches", accessMode });
  const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
  const facilitator = await createUser();
  await addMember(facilitator.id, community.id, "FACILITATOR");
  const reader = await createUser();
  await addMember(reader.id, community.id);
  const stranger = await createUser();
  const topic = await createTopic(channel, facilitator.id, { messages: ["Wie heeft tips voor de eerste werkdag?"] });
  await markRead({ id: reader.id, globalRole: "MEMBER" }, topic.id, 1);
  await removeMember({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, reader.id);
  return { community, channel, topic, reader, stranger };
}

const noLongerMember = (name: string) => `discussions.errors.noLongerMember|${JSON.stringify({ community: name })}`;

describe("a removed member replies from a page still open", () => {
  it("by socket: the error names the community; someone who never read it gets the generic refusal", async () => {
    const { topic, reader, stranger, community } = await removedReader("ON_REQUEST");
    const socket = await connect(server.url, await sessionCookieFor(reader.id));
    sockets.push(socket);
    const refused = await request(socket, "message:send", { topicId: topic.id, clientKey: key(), text: "Ik zou zeggen: rustig beginnen." });
    expect(refused.error).toEqual({ status: 403, message: noLongerMember(community.name) });

    const outsider = await connect(server.url, await sessionCookieFor(stranger.id));
    sockets.push(outsider);
    const generic = await request(outsider, "message:send", { topicId: topic.id, clientKey: key(), text: "Hallo" });
    expect(generic.error).toEqual({ status: 403, message: "errors.forbidden" });
    expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);
  });

  it("without JavaScript: to the community's page (the list for an invite-only one) with the reason", async () => {
    for (const accessMode of ["ON_REQUEST", "INVITE_ONLY"] as const) {
      const { topic, reader, community, channel } = await removedReader(accessMode);
      const path = `/communities/${community.slug}/discussies/${channel.slug}/${topic.id}`;
      const answer = await callAction(
        topicAction,
        formRequest(
          path,
          { intent: "post", bodyText: "Ik zou zeggen: rustig beginnen.", clientKey: key() },
          await sessionCookieFor(reader.id),
        ),
        { slug: community.slug, channel: channel.slug, topic: topic.id },
      );
      expect(answer.status).toBe(302);
      expect(answer.headers.get("Location")).toBe(accessMode === "INVITE_ONLY" ? "/communities" : `/communities/${community.slug}`);
      expect(answer.headers.get("Set-Cookie")).toContain("pp_flash");
      expect(await db().message.count({ where: { topicId: topic.id } })).toBe(1);
    }
  });
});

describe("a mention's excerpt", () => {
  it("shows the message as it is now, and nothing of it once deleted", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const channel = await createChannel(community.id);
    const author = await createUser({ displayName: "Noor Yilmaz" });
    const mentioned = await createUser({ displayName: "Sanne de Vries" });
    await addMember(author.id, community.id);
    await addMember(mentioned.id, community.id);
    const topic = await createTopic(channel, author.id, { messages: ["Wie heeft ervaring met jobcarving?"] });
    const actor = { id: author.id, globalRole: "MEMBER" as const };
    const body = (text: string) => ({ json: lexical(text, [mention(mentioned.id, "Sanne de Vries")]) });
    const { message } = await postMessage(actor, { topicId: topic.id, clientKey: key(), body: body("Eerste versie, vraag voor ") });
    const excerpt = async () =>
      (await db().notification.findFirstOrThrow({ where: { userId: mentioned.id, kind: "mention" }, select: { data: true } }))
        .data as Record<string, unknown>;
    expect((await excerpt()).excerpt).toContain("Eerste versie");

    await editMessage(actor, message.id, body("Verbeterde versie, vraag voor "));
    expect((await excerpt()).excerpt).toContain("Verbeterde versie");
    expect((await excerpt()).excerpt).not.toContain("Eerste versie");

    await deleteMessage(actor, message.id);
    expect((await excerpt()).excerpt).toBe("");
  });
});
