/**
 * Notifications respect access at delivery time (issue 15 F5): a member
 * removed from a closed community gets nothing live about it, and their data
 * export leaves out what they may no longer see.
 */
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { removeMember } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { pushNotificationLive } from "../../server/notifications/delivery.ts";
import { notify } from "../../server/notifications/notify.ts";
import { buildExport } from "../../server/privacy/export.ts";
import { fileStorage } from "../../server/storage/index.ts";
import { recordBroadcasts } from "../helpers/events.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

describe("notifications after removal (F5)", () => {
  it("a removed topic starter gets no live reply notice and no reply excerpt in their export", async () => {
    const community = await createCommunity({ accessMode: "INVITE_ONLY" });
    const facilitator = await createUser();
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const starter = await createUser();
    await addMember(starter.id, community.id);
    const replier = await createUser({ displayName: "Replier Naam" });
    await removeMember(facilitator, community.slug, starter.id);

    const recorded = await recordBroadcasts();
    try {
      // A reply notification made for the starter (as a processor might, racing the removal).
      const id = await notify({
        userId: starter.id,
        kind: "reply",
        actorId: replier.id,
        communityId: community.id,
        url: "/communities/x",
        data: { topicId: "t1", messageId: "m1", topicTitle: "Geheim onderwerp", excerpt: "Vertrouwelijk antwoord" },
      });
      expect(id).not.toBeNull();
      await pushNotificationLive({ notificationId: id!, userId: starter.id, kind: "reply" });
      expect(recorded.emitted("notifications:new")).toEqual([]);
    } finally {
      recorded.stop();
    }

    const request = await db().dataExport.create({ data: { userId: starter.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    await buildExport(request.id);
    const row = await db().dataExport.findUniqueOrThrow({ where: { id: request.id } });
    const file = (await fileStorage().get(row.storageKey!))!;
    const chunks: Buffer[] = [];
    for await (const chunk of file.body) chunks.push(chunk as Buffer);
    const zip = unzipSync(new Uint8Array(Buffer.concat(chunks)));
    const notifications = strFromU8(zip["notifications.json"]!);
    expect(notifications).not.toContain("Vertrouwelijk antwoord");
    expect(notifications).not.toContain("Geheim onderwerp");
  });
});
