/**
 * Messages as content (decision 090). A message is shown when it and its
 * topic are neither deleted nor hidden; removing one is `eraseMessages`
 * (server/discussions/erase.ts), the same for its author, moderation and
 * account deletion.
 */
import { paths } from "~/shared/paths.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { and, col, excerpt, inIds, isNull } from "../content/sql.ts";
import type { ContentAdapter } from "../content/types.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { loadMessage } from "./access.ts";
import { eraseMessages, forgetMentionsOf } from "./erase.ts";

const listed = { deletedAt: null, hiddenAt: null, topic: { deletedAt: null, hiddenAt: null } } as const;

/** The message's topic row under a fresh alias (the fragments stand alone). */
const topicOf = (m: string, condition: (t: string) => Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Topic" mt WHERE mt."id" = ${col(m, "topicId")} AND ${condition("mt")})`;

export const content: ContentAdapter = {
  kind: "message",
  model: "Message",
  parts: ["Reaction", "MessageMention"],
  listed,
  listedSql: (m) =>
    and(
      isNull(m, "deletedAt"),
      isNull(m, "hiddenAt"),
      topicOf(m, (t) => and(isNull(t, "deletedAt"), isNull(t, "hiddenAt"))),
    ),
  readable: (viewer) => ({ ...listed, topic: { ...listed.topic, communityId: { in: [...viewer.readableCommunityIds] } } }),
  readableSql: (m, viewer) =>
    and(
      isNull(m, "deletedAt"),
      isNull(m, "hiddenAt"),
      topicOf(m, (t) => and(isNull(t, "deletedAt"), isNull(t, "hiddenAt"), inIds(t, "communityId", viewer.readableCommunityIds))),
    ),
  async load(ids, client = db()) {
    const rows = await client.message.findMany({
      where: { id: { in: [...ids] } },
      select: {
        id: true,
        seq: true,
        bodyText: true,
        deletedAt: true,
        hiddenAt: true,
        hiddenReason: true,
        author: { select: { id: true, displayName: true } },
        topic: {
          select: {
            id: true,
            title: true,
            communityId: true,
            channel: { select: { slug: true } },
            community: { select: { slug: true, name: true } },
          },
        },
      },
    });
    return rows.map((row) => ({
      kind: "message" as const,
      id: row.id,
      title: row.topic.title,
      excerpt: excerpt(row.bodyText),
      communityId: row.topic.communityId,
      communityName: row.topic.community.name,
      subjectId: row.author?.id ?? null,
      subjectName: row.author?.displayName ?? null,
      url: paths.message({
        communitySlug: row.topic.community.slug,
        channelSlug: row.topic.channel.slug,
        topicId: row.topic.id,
        seq: row.seq,
        from: true,
      }),
      hiddenAt: row.hiddenAt,
      hiddenReason: row.hiddenReason,
      removed: row.deletedAt !== null,
    }));
  },
  consumers: { search: "message", digest: "discussions", report: "MESSAGE" },
  moderation: {
    async assertReadable(actor, id) {
      const { message } = await loadMessage(actor, id);
      if (message.deletedAt) throw notFound();
    },
    async setHidden(tx, id, hidden) {
      return (
        (await tx.message.updateMany({ where: { id }, data: { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null } }))
          .count === 1
      );
    },
    // Body, reactions, mentions and a solved mark go, as when the author deletes it.
    async remove(tx, id, actorId) {
      return (await eraseMessages(tx, { ids: [id] }, { deletedById: actorId, actorId: null })).messages.length === 1;
    },
  },
  personalData: {
    authors: [{ model: "Message", field: "authorId" }],
    // "remove": erased like a deleted message (body, reactions, mentions, solved marks), so topic
    // sequences stay gap-free for other readers. Both modes: others' mentions of them lose the name.
    async erase(tx, member, mode, now) {
      const removedMessageIds =
        mode === "remove"
          ? (await eraseMessages(tx, { authorId: member.id }, { deletedById: null, actorId: null }, now)).messages.map(
              (message) => message.id,
            )
          : [];
      return { removedMessageIds, messageIds: await forgetMentionsOf(tx, member.id) };
    },
  },
};
