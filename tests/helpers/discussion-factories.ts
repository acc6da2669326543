/**
 * Discussion test data, written straight to the database (the commands are
 * what the tests exercise). Messages get consecutive sequence numbers.
 */
import { randomBytes } from "node:crypto";
import { db } from "../../server/db.ts";
import type { Prisma } from "../../server/generated/prisma/client.ts";
import { renderHtml, richTextFromPlainText } from "../../server/richtext/index.ts";

export async function createChannel(communityId: string, overrides: { name?: string; slug?: string; position?: number } = {}) {
  const id = randomBytes(3).toString("hex");
  return db().channel.create({
    data: {
      communityId,
      name: overrides.name ?? `Kanaal ${id}`,
      slug: overrides.slug ?? `kanaal-${id}`,
      position: overrides.position ?? 0,
    },
  });
}

export async function createTopic(
  channel: { id: string; communityId: string },
  authorId: string,
  overrides: { title?: string; messages?: string[]; locked?: boolean; pinned?: boolean } = {},
) {
  const texts = overrides.messages ?? ["Wie heeft ervaring met een gestructureerd sollicitatiegesprek?"];
  const topic = await db().topic.create({
    data: {
      channelId: channel.id,
      communityId: channel.communityId,
      title: overrides.title ?? "Een vraag over werving",
      authorId,
      locked: overrides.locked ?? false,
      pinned: overrides.pinned ?? false,
      lastSeq: texts.length,
    },
  });
  await db().message.createMany({
    data: texts.map((text, index) => {
      const state = richTextFromPlainText(text);
      return {
        topicId: topic.id,
        seq: index + 1,
        authorId,
        bodyJson: state as unknown as Prisma.InputJsonValue,
        bodyHtml: renderHtml(state),
        bodyText: text,
      };
    }),
  });
  return topic;
}
