/**
 * A removed member's open topic page hears that they are no longer a member (decision 319), in an open
 * community (where they go on reading) and an invite-only one; members who stay and moderators do not.
 * Real socket.io clients against an in-process web instance; the removal's processors run inline.
 */
import { describe, expect, it } from "vitest";
import { closePublisher } from "../../server/collab/relay.ts";
import { leaveCommunity, removeMember } from "../../server/communities/commands.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser, sessionCookieFor } from "../helpers/factories.ts";
import { type Client, connect, request } from "../helpers/realtime.ts";
import { useRealtimeServer } from "../helpers/realtime-server.ts";

const server = useRealtimeServer({ after: closePublisher });

async function socketOf(userId: string): Promise<{ socket: Client; heard: unknown[] }> {
  const socket = await connect(server.url, await sessionCookieFor(userId));
  server.sockets.push(socket);
  const heard: unknown[] = [];
  socket.on("membership:ended", (event: unknown) => heard.push(event));
  return { socket, heard };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe.each(["OPEN", "INVITE_ONLY"] as const)("removal from a %s community, with the topic page open", (accessMode) => {
  it("tells the removed member's sockets which community, and nobody else", async () => {
    const community = await createCommunity({ accessMode });
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const member = await createUser();
    await addMember(member.id, community.id);
    const moderator = await createUser({ globalRole: "MODERATOR" });
    await addMember(moderator.id, community.id);
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const topic = await createTopic(channel, facilitator.id, { messages: ["Welkom."] });

    const removed = await socketOf(member.id);
    const staying = await socketOf(facilitator.id);
    const mod = await socketOf(moderator.id);
    for (const { socket } of [removed, staying, mod]) expect((await request(socket, "topic:join", { topicId: topic.id })).ok).toBe(true);

    await removeMember({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, member.id);
    await removeMember({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, moderator.id);
    await until(() => removed.heard.length > 0);
    expect(removed.heard).toEqual([
      { communityId: community.id, slug: community.slug, community: community.name, readable: accessMode === "OPEN" },
    ]);
    // A moderator still posts there; a member who stays hears nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mod.heard).toEqual([]);
    expect(staying.heard).toEqual([]);
  });
});

describe("leaving by oneself", () => {
  it("tells the member's other tabs too", async () => {
    const community = await createCommunity({ accessMode: "OPEN" });
    const member = await createUser();
    await addMember(member.id, community.id);
    const tab = await socketOf(member.id);
    await leaveCommunity({ id: member.id, globalRole: "MEMBER" }, community.slug);
    await until(() => tab.heard.length > 0);
    expect(tab.heard).toEqual([{ communityId: community.id, slug: community.slug, community: community.name, readable: true }]);
  });
});
