/**
 * The discussion area's domain events (after commit). Realtime fan-out listens
 * here (server/discussions/realtime.ts); search indexing and notification
 * digests can subscribe later. Message events carry the rendered view, so a
 * listener need not read it back.
 */
import type { MessageView, TopicStateView } from "~/shared/discussions.ts";

export type MessageEvent = { messageId: string; topicId: string; channelId: string; communityId: string; seq: number; authorId: string | null; message: MessageView };
export type TopicEvent = { topicId: string; channelId: string; communityId: string; authorId: string | null; topic: TopicStateView };

declare module "../events.ts" {
  interface DomainEvents {
    "topic.created": TopicEvent;
    "topic.updated": TopicEvent & { changes: ("title" | "pinned" | "locked" | "solved")[] };
    "topic.deleted": TopicEvent & { deletedById: string };
    "message.created": MessageEvent & { lastMessageAt: string };
    "message.updated": MessageEvent;
    "message.deleted": MessageEvent & { deletedById: string };
    "reaction.changed": { messageId: string; topicId: string; communityId: string; userId: string; emoji: string; added: boolean; reactions: MessageView["reactions"]; updatedAt: string };
    "channel.changed": { communityId: string; channelId: string };
  }
}

export {};
