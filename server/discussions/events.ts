/**
 * The discussion area's domain events. Search, notifications, realtime
 * fan-out and the audit log listen (server/discussions/processors.ts for the
 * last three). A new message's broadcast to its topic room is the one thing
 * sent in-process, right after the commit (server/discussions/live.ts).
 */
import { z } from "zod";
import { REACTION_KEYS, type ReactionKey } from "~/shared/discussions.ts";
import { event, id } from "../events/define.ts";

const message = z.object({
  messageId: id,
  topicId: id,
  channelId: id,
  communityId: id,
  seq: z.number().int().min(1),
  authorId: id.nullable(),
});
const topic = z.object({ topicId: id, channelId: id, communityId: id, authorId: id.nullable() });
const TOPIC_CHANGES = ["title", "pinned", "locked", "solved"] as const;

export const discussionEvents = {
  /** Facilitators manage channels; members never do. */
  "channel.changed": event(
    z.object({ communityId: id, channelId: id, actorId: id, change: z.enum(["created", "updated", "moved", "deleted"]) }),
    {
      audit: (p) => ({
        actorId: p.actorId,
        action: `channel.${p.change}`,
        targetKind: "CHANNEL",
        targetId: p.channelId,
        communityId: p.communityId,
      }),
    },
  ),
  "topic.created": event(topic),
  /** `actorId` null: a change by moderation (announced by moderation.action) or by the system. */
  "topic.updated": event(topic.extend({ actorId: id.nullable(), changes: z.array(z.enum(TOPIC_CHANGES)) }), {
    audit: (p) => {
      // Pinning and locking are facilitator powers; renaming someone else's topic too.
      const privileged = p.changes.filter(
        (change) => change === "pinned" || change === "locked" || (change === "title" && p.actorId !== p.authorId),
      );
      if (!p.actorId || privileged.length === 0) return null;
      return {
        actorId: p.actorId,
        action: "topic.update",
        targetKind: "TOPIC",
        targetId: p.topicId,
        communityId: p.communityId,
        details: { changes: privileged.join(",") },
      };
    },
  }),
  "topic.deleted": event(topic.extend({ deletedById: id }), {
    audit: (p) =>
      p.deletedById !== p.authorId
        ? { actorId: p.deletedById, action: "topic.delete", targetKind: "TOPIC", targetId: p.topicId, communityId: p.communityId }
        : null,
  }),
  "message.created": event(message),
  "message.updated": event(message),
  "message.deleted": event(message.extend({ deletedById: id }), {
    audit: (p) =>
      p.deletedById !== p.authorId
        ? {
            actorId: p.deletedById,
            action: "message.delete",
            targetKind: "MESSAGE",
            targetId: p.messageId,
            communityId: p.communityId,
            details: { topicId: p.topicId },
          }
        : null,
  }),
  "reaction.changed": event(
    z.object({
      messageId: id,
      topicId: id,
      communityId: id,
      userId: id,
      emoji: z.enum(REACTION_KEYS as [ReactionKey, ...ReactionKey[]]),
      added: z.boolean(),
    }),
  ),
};
