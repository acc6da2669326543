/**
 * Discussion constants, form schemas and socket payload schemas, shared by the
 * browser and the server. Messages in schemas are i18n keys.
 */
import { z } from "zod";
import { tooLong, tooShort } from "./messages.ts";
import { cleanLine, TITLE_CHARACTERS_CHECK, visibleLength, withoutBidiControls } from "./visible-text.ts";

/** The small fixed set of reactions. The key is stored; the emoji is shown. */
export const REACTIONS = {
  thumbsup: "👍",
  heart: "❤️",
  tada: "🎉",
  thinking: "🤔",
  clap: "👏",
  idea: "💡",
} as const;
export type ReactionKey = keyof typeof REACTIONS;
export const REACTION_KEYS = Object.keys(REACTIONS) as ReactionKey[];

export const TOPIC_TITLE_MAX = 140;
/** Messages per page of history ("eerdere berichten") and per sync batch. */
export const HISTORY_PAGE_SIZE = 50;
export const SYNC_BATCH_SIZE = 200;
/** Channel slugs that are routes of their own. */
export const RESERVED_CHANNEL_SLUGS = ["kanalen", "nieuw"] as const;

const id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9_-]+$/i);
/** Message numbers are PostgreSQL integers: a larger afterSeq (1e12) was a database error, a 500 (issue 15, F14). */
const seq = z.number().int().min(0).max(2_147_483_647);
/** Client-generated idempotency key (a UUID in browsers; any 8–64 safe characters). */
export const clientKeySchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const channelSchema = z.object({
  name: z
    .string({ message: "errors.missing.name" })
    .overwrite(cleanLine)
    .trim()
    .max(60, tooLong(60))
    .refine((value) => visibleLength(value) >= 2, tooShort(2))
    .refine(withoutBidiControls, TITLE_CHARACTERS_CHECK),
  description: z
    .string()
    .trim()
    .max(240, tooLong(240))
    .optional()
    .transform((value) => (value ? value : null)),
});
export type ChannelInput = z.output<typeof channelSchema>;

export const topicTitleSchema = z
  .string({ message: "errors.missing.title" })
  .overwrite(cleanLine)
  .trim()
  .max(TOPIC_TITLE_MAX, tooLong(TOPIC_TITLE_MAX))
  .refine((value) => visibleLength(value) >= 3, tooShort(3))
  .refine(withoutBidiControls, TITLE_CHARACTERS_CHECK);

export const newTopicSchema = z.object({ title: topicTitleSchema });

/**
 * A message body as it arrives over a socket: Lexical editor state (an object
 * or its JSON string), sanitised on the server, or plain text.
 */
const bodySchema = z.union([z.string().max(500_000), z.record(z.string(), z.unknown())]);

export const socketSchemas = {
  "community:join": z.object({ communityId: id }),
  "community:leave": z.object({ communityId: id }),
  "topic:join": z.object({ topicId: id, afterSeq: seq.optional() }),
  "topic:leave": z.object({ topicId: id }),
  "topic:sync": z.object({ topicId: id, afterSeq: seq, limit: z.number().int().min(1).max(SYNC_BATCH_SIZE).optional() }),
  "topic:read": z.object({ topicId: id, seq }),
  "message:send": z.object({
    topicId: id,
    clientKey: clientKeySchema,
    body: bodySchema.optional(),
    text: z.string().max(100_000).optional(),
    replyToId: id.optional().nullable(),
  }),
  "message:edit": z.object({ messageId: id, body: bodySchema.optional(), text: z.string().max(100_000).optional() }),
  "message:delete": z.object({ messageId: id }),
  "reaction:toggle": z.object({ messageId: id, emoji: z.enum(REACTION_KEYS as [ReactionKey, ...ReactionKey[]]) }),
  typing: z.object({ topicId: id, typing: z.boolean() }),
} as const;
export type SocketRequest = keyof typeof socketSchemas;
export type SocketPayload<K extends SocketRequest> = z.input<(typeof socketSchemas)[K]>;

/** What an acknowledgement carries: the result, or an error with an HTTP-like status and an i18n key. */
export type Ack<T = unknown> = ({ ok: true } & T) | { ok: false; error: { status: number; message: string; retryAfterMs?: number } };

export type ReactionView = { emoji: ReactionKey; count: number; userIds: string[] };

/** A message as pages and sockets show it. Deleted messages carry no body. */
export type MessageView = {
  id: string;
  topicId: string;
  seq: number;
  author: { id: string; displayName: string } | null;
  html: string;
  text: string;
  /** The Lexical state, for editing (null when deleted; on the topic page null but for the message being edited, decision 282). */
  json: string | null;
  replyTo: { id: string; seq: number; authorName: string | null; excerpt: string } | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  updatedAt: string;
  reactions: ReactionView[];
  /** Hidden by a moderator: body and reactions are empty for everyone (issue 8). */
  hidden?: boolean;
  /** The moderator's reason, only in the author's own view. */
  hiddenReason?: string | null;
};

export type TopicStateView = {
  id: string;
  title: string;
  pinned: boolean;
  locked: boolean;
  solvedMessageId: string | null;
  lastSeq: number;
  updatedAt: string;
};

export type PresenceUser = { id: string; displayName: string };
export type PresenceChange = { joined: PresenceUser[]; left: string[] };

/**
 * Applies presence changes in the order they arrived, sorted by name. The join
 * acknowledgement's list is a snapshot taken at some point while the join was
 * handled; presence events that arrived after the join was sent may be older
 * or newer than that snapshot. Replaying them over the snapshot gives the right
 * list once every event is in (each event mirrors a change in Redis, in order),
 * where simply replacing the list with the snapshot could drop someone who
 * joined meanwhile for good (docs/decisions/084).
 */
export function applyPresence(base: PresenceUser[], changes: PresenceChange[]): PresenceUser[] {
  const byId = new Map(base.map((user) => [user.id, user]));
  for (const change of changes) {
    for (const id of change.left) byId.delete(id);
    for (const user of change.joined) byId.set(user.id, user);
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Server → client events. */
export type ServerEvents = {
  "message:new": (message: MessageView) => void;
  "message:edited": (message: MessageView) => void;
  "message:deleted": (message: MessageView) => void;
  "reaction:updated": (update: { topicId: string; messageId: string; reactions: ReactionView[]; updatedAt: string }) => void;
  "topic:updated": (topic: TopicStateView) => void;
  "topic:deleted": (event: { topicId: string; communityId: string }) => void;
  "topic:activity": (activity: {
    communityId: string;
    channelId: string;
    topicId: string;
    lastSeq: number;
    lastMessageAt: string;
    authorId: string | null;
  }) => void;
  typing: (event: { topicId: string; user: PresenceUser; typing: boolean }) => void;
  presence: (event: { topicId: string; joined: PresenceUser[]; left: string[] }) => void;
  "app:error": (error: { event: string; status: number; message: string }) => void;
  /**
   * This member is no longer a member of the community and may not post in it (left or removed, decision 319).
   * `readable`: the community is open, so they go on reading; otherwise their open pages leave it (decision 332).
   */
  "membership:ended": (event: { communityId: string; slug: string; community: string; readable: boolean }) => void;
};
