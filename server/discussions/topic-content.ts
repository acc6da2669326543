/** Topics as content (decision 090): who sees them, how they look elsewhere, how moderation hides and removes them. */
import { paths } from "~/shared/paths.ts";
import { and, excerpt, inIds, isNull } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";
import { loadTopic } from "./access.ts";

const listed = { deletedAt: null, hiddenAt: null } as const;

/**
 * Nothing once the topic or its opening message is deleted: nobody reads it
 * any more (a deleted topic keeps its messages). Hidden is shown, as for a
 * reported message: moderators and facilitators see hidden content.
 */
function openingExcerpt(topic: { deletedAt: Date | null; messages: { bodyText: string; deletedAt: Date | null }[] }): string {
  const [opening] = topic.messages;
  return topic.deletedAt || !opening || opening.deletedAt ? "" : excerpt(opening.bodyText);
}

export const content: ContentAdapter = {
  kind: "topic",
  model: "Topic",
  listed,
  listedSql: (t) => and(isNull(t, "deletedAt"), isNull(t, "hiddenAt")),
  readable: (viewer) => ({ ...listed, communityId: { in: [...viewer.readableCommunityIds] } }),
  readableSql: (t, viewer) => and(content.listedSql(t), inIds(t, "communityId", viewer.readableCommunityIds)),
  async load(ids, client = db()) {
    const rows = await client.topic.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        title: true,
        communityId: true,
        deletedAt: true,
        hiddenAt: true,
        hiddenReason: true,
        author: { select: { id: true, displayName: true } },
        channel: { select: { slug: true } },
        community: { select: { slug: true, name: true } },
        // The opening message: what the topic is about (the moderation queue quotes it, as it quotes a reported message).
        messages: { where: { seq: 1 }, select: { bodyText: true, deletedAt: true } },
      },
    });
    return rows.map((row) => ({
      kind: "topic" as const,
      id: row.id,
      title: row.title,
      excerpt: openingExcerpt(row),
      communityId: row.communityId,
      communityName: row.community.name,
      subjectId: row.author?.id ?? null,
      subjectName: row.author?.displayName ?? null,
      url: paths.topic({ communitySlug: row.community.slug, channelSlug: row.channel.slug, topicId: row.id }),
      hiddenAt: row.hiddenAt,
      hiddenReason: row.hiddenReason,
      removed: row.deletedAt !== null,
    }));
  },
  consumers: { search: "topic", digest: "discussions", report: "TOPIC" },
  moderation: {
    async assertReadable(actor, id) {
      await loadTopic(actor, id);
    },
    async setHidden(tx, id, hidden) {
      return (
        (await tx.topic.updateMany({ where: { id }, data: { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null } }))
          .count === 1
      );
    },
    // Soft, as a facilitator deletes it; search and live views follow moderation.action.
    async remove(tx, id) {
      return (await tx.topic.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } })).count === 1;
    },
  },
  personalData: {
    authors: [{ model: "Topic", field: "authorId" }],
    // "remove": a topic in which only this member wrote goes; one with replies of others stays (anonymised).
    async erase(tx, member, mode, now) {
      if (mode !== "remove") return {};
      const authored = (await tx.topic.findMany({ where: { authorId: member.id }, select: { id: true } })).map((topic) => topic.id);
      const withOthers = await tx.message.findMany({
        where: { topicId: { in: authored }, NOT: { authorId: member.id } },
        select: { topicId: true },
        distinct: ["topicId"],
      });
      const keep = new Set(withOthers.map((message) => message.topicId));
      const removedTopicIds = authored.filter((id) => !keep.has(id));
      if (removedTopicIds.length)
        await tx.topic.updateMany({ where: { id: { in: removedTopicIds } }, data: { deletedAt: now, title: "" } });
      return { removedTopicIds };
    },
  },
};
