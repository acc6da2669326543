/**
 * Every change to discussions, used alike by HTTP actions and socket handlers.
 * Each command loads what it changes with the actor's permissions, asks the
 * policy, and writes the change and its domain event in one transaction
 * (server/events.ts). A new message is also echoed to its topic room
 * in-process right after the commit (server/discussions/live.ts).
 */
import { randomBytes } from "node:crypto";
import type { ChannelInput, MessageView, ReactionKey } from "~/shared/discussions.ts";
import { RESERVED_CHANNEL_SLUGS } from "~/shared/discussions.ts";
import type { Actor } from "../communities/policy.ts";
import { db, type DbClient } from "../db.ts";
import { directQuery } from "../db/direct.ts";
import { AppError, badInput, conflict, forbidden, notFound } from "../errors.ts";
import { announce, emit, prepareEvent, type StoredEvent, transaction } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { rateLimit } from "../security/rate-limit.ts";
import {
  loadChannel,
  loadCommunityForDiscussion,
  loadMessage,
  loadTopic,
  type LoadedTopic,
  loadTopicToWrite,
  refuseFormerMember,
} from "./access.ts";
import { type BodyInput, isPlainBody, parseBody, renderBody, type RenderedBody } from "./body.ts";
import { eraseMessages } from "./erase.ts";
import { echoNewMessage } from "./live.ts";
import { authorizeDiscussion, can } from "./policy.ts";
import { messageViewSelect, replyExcerpt, toMessageView } from "./views.ts";

/** The acting member; with the display name (from the session) a new message's view is built without a query. */
export type SignedIn = NonNullable<Actor> & { displayName?: string };

/** Per member, shared by all instances: 20 messages (topics included) per 10 seconds. */
export const POSTING_LIMIT = { points: 20, durationSeconds: 10 };
const postingLimit = () => rateLimit("discussion-post", POSTING_LIMIT);

// ---------------------------------------------------------------- channels

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return slug || "kanaal";
}

async function uniqueChannelSlug(client: DbClient, communityId: string, name: string, exceptId?: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (
      await client.channel.findMany({
        where: { communityId, slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { slug: true },
      })
    ).map((c) => c.slug),
  );
  for (const reserved of RESERVED_CHANNEL_SLUGS) taken.add(reserved);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The community whose channels the actor may manage (403 otherwise). */
export async function manageableCommunity(actor: SignedIn, communitySlug: string) {
  const loaded = await loadCommunityForDiscussion(actor, { slug: communitySlug });
  if (!loaded.permissions.manageChannels) throw forbidden();
  return loaded.community;
}

export async function createChannel(actor: SignedIn, communitySlug: string, input: ChannelInput) {
  const community = await manageableCommunity(actor, communitySlug);
  return transaction(async (tx) => {
    // The form sent twice at once would pick the same address and end in a unique-key 500: one at a time per community.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`channels:${community.id}`}))`;
    const slug = await uniqueChannelSlug(tx, community.id, input.name);
    const last = await tx.channel.aggregate({ where: { communityId: community.id }, _max: { position: true } });
    const channel = await tx.channel.create({
      data: {
        communityId: community.id,
        slug,
        name: input.name,
        description: input.description,
        position: (last._max.position ?? -1) + 1,
        createdById: actor.id,
      },
    });
    await emit(tx, "channel.changed", { communityId: community.id, channelId: channel.id, actorId: actor.id, change: "created" });
    return channel;
  });
}

async function channelOf(communityId: string, channelId: string) {
  const channel = await db().channel.findUnique({ where: { id: channelId } });
  if (!channel || channel.communityId !== communityId) throw notFound();
  return channel;
}

export async function updateChannel(actor: SignedIn, communitySlug: string, channelId: string, input: ChannelInput) {
  const community = await manageableCommunity(actor, communitySlug);
  const channel = await channelOf(community.id, channelId);
  // The address stays the same when the name changes, so links keep working.
  return transaction(async (tx) => {
    const updated = await tx.channel.update({ where: { id: channel.id }, data: { name: input.name, description: input.description } });
    await emit(tx, "channel.changed", { communityId: community.id, channelId: channel.id, actorId: actor.id, change: "updated" });
    return updated;
  });
}

export async function moveChannel(actor: SignedIn, communitySlug: string, channelId: string, direction: "up" | "down") {
  const community = await manageableCommunity(actor, communitySlug);
  await transaction(async (tx) => {
    const channels = await tx.channel.findMany({
      where: { communityId: community.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const index = channels.findIndex((c) => c.id === channelId);
    if (index < 0) throw notFound();
    const other = direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= channels.length) return;
    const order = channels.map((c) => c.id);
    [order[index], order[other]] = [order[other]!, order[index]!];
    for (const [position, id] of order.entries()) await tx.channel.update({ where: { id }, data: { position } });
    await emit(tx, "channel.changed", { communityId: community.id, channelId, actorId: actor.id, change: "moved" });
  });
}

/** Only an empty channel can go: topics are never removed as a side effect. */
export async function deleteChannel(actor: SignedIn, communitySlug: string, channelId: string) {
  const community = await manageableCommunity(actor, communitySlug);
  const channel = await channelOf(community.id, channelId);
  const topics = await db().topic.count({ where: { channelId: channel.id, deletedAt: null } });
  if (topics > 0) throw conflict("discussions.errors.channelNotEmpty");
  await transaction(async (tx) => {
    // Sent twice at once (a double click): the second copy finds it gone, as asked, instead of a 500.
    if ((await tx.channel.deleteMany({ where: { id: channel.id } })).count === 0) return;
    await emit(tx, "channel.changed", { communityId: community.id, channelId: channel.id, actorId: actor.id, change: "deleted" });
  });
}

// ---------------------------------------------------------------- messages

export type PostInput = { topicId: string; body: BodyInput; clientKey?: string | null; replyToId?: string | null };

async function existingByClientKey(topicId: string, authorId: string, clientKey: string | null | undefined) {
  if (!clientKey) return null;
  const row = await db().message.findUnique({
    where: { topicId_authorId_clientKey: { topicId, authorId, clientKey } },
    select: messageViewSelect,
  });
  return row ? toMessageView(row) : null;
}

type Inserted = { id: string; seq: number; lastMessageAt: Date };

/** A new message id (opaque, like Prisma's cuids: letters and digits). */
const newMessageId = () => `m${randomBytes(12).toString("hex")}`;

/**
 * Inserts a message in one statement: the `UPDATE … RETURNING` on the topic
 * takes the next sequence number under the row's lock, and the message, its
 * mentions and the author's read marker are written in the same statement. So
 * concurrent sends to one topic serialise, no number is skipped or used twice
 * (a failed insert undoes the increment), and the lock is held only inside
 * PostgreSQL, never across turns of this process's event loop. The
 * `message.created` outbox row is written by the same statement (the seq is
 * only known there), so the event commits with the message at no extra cost.
 * Returns null when the topic is gone or locked for this member.
 */
async function insertMessage(
  actor: SignedIn,
  loaded: LoadedTopic,
  body: RenderedBody,
  clientKey: string | null,
  replyToId: string | null,
): Promise<(Inserted & { event: StoredEvent }) | null> {
  const now = new Date();
  const at = now.toISOString().replace("Z", "");
  const topicId = loaded.topic.id;
  const messageId = newMessageId();
  const base = { messageId, topicId, channelId: loaded.topic.channelId, communityId: loaded.community.id, authorId: actor.id };
  // Validated with a placeholder seq; the statement writes the real one.
  const prepared = prepareEvent("message.created", { ...base, seq: 1 });
  const rows = await directQuery<{ id: string; seq: number }>(
    `/* prepared */ WITH t AS (
       UPDATE "Topic" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = $1::timestamp(3), "updatedAt" = $1::timestamp(3)
       WHERE "id" = $2 AND "deletedAt" IS NULL AND (NOT "locked" OR $3::boolean)
       RETURNING "lastSeq"
     ), m AS (
       INSERT INTO "Message" ("id", "topicId", "seq", "authorId", "bodyJson", "bodyHtml", "bodyText", "replyToId", "clientKey", "createdAt", "updatedAt")
       SELECT $4::text, $2::text, t."lastSeq", $5::text, $6::jsonb, $7::text, $8::text, $9::text, $10::text, $1::timestamp(3), $1::timestamp(3)
       FROM t
       RETURNING "id", "seq"
     ), mentioned AS (
       INSERT INTO "MessageMention" ("messageId", "userId") SELECT m."id", u FROM m, unnest($11::text[]) AS u
     ), marker AS (
       INSERT INTO "ReadMarker" ("userId", "topicId", "lastReadSeq", "updatedAt") SELECT $5::text, $2::text, m."seq", $1::timestamp(3) FROM m
       ON CONFLICT ("userId", "topicId") DO UPDATE SET "lastReadSeq" = GREATEST("ReadMarker"."lastReadSeq", EXCLUDED."lastReadSeq"), "updatedAt" = EXCLUDED."updatedAt"
     ), outbox AS (
       INSERT INTO "OutboxEvent" ("id", "name", "payload", "createdAt")
       SELECT $12::text, $13::text, $14::jsonb || jsonb_build_object('seq', m."seq"), $1::timestamp(3) FROM m
     )
     SELECT "id", "seq" FROM m`,
    [
      at,
      topicId,
      loaded.permissions.moderate,
      messageId,
      actor.id,
      JSON.stringify(body.state),
      body.html,
      body.text,
      replyToId,
      clientKey,
      body.mentions,
      prepared.id,
      prepared.name,
      JSON.stringify(base),
    ],
  );
  const row = rows[0];
  if (!row) return null;
  const event: StoredEvent = { ...prepared, payload: { ...base, seq: row.seq }, occurredAt: now.toISOString() };
  return { id: row.id, seq: row.seq, lastMessageAt: now, event };
}

/**
 * The view is read after commit, outside the topic's lock: Prisma loads
 * relations with parallel queries, which a transaction's single connection
 * cannot run (pg deprecates queuing them).
 */
async function messageView(id: string): Promise<MessageView> {
  return toMessageView(await db().message.findUniqueOrThrow({ where: { id }, select: messageViewSelect }));
}

/**
 * Posts a message. A retried send with the same client key returns the stored
 * message (`created: false`), stores nothing and does not count against the
 * posting limit.
 *
 * The round trips before the store overlap (decision 191): the posting limit's
 * Redis count runs while the topic, the access check and the retry lookup load
 * in one query, and `sessionChecked` (a socket's session re-validation) runs
 * beside both. Nothing is stored before all three have answered yes; an access
 * error wins over the limit's.
 */
export async function postMessage(
  actor: SignedIn,
  input: PostInput,
  options: { sessionChecked?: Promise<void> } = {},
): Promise<{ message: MessageView; created: boolean }> {
  // The body is checked after access (decision 306): who may not post hears that, not what is wrong with it.
  let state: ReturnType<typeof parseBody> | null = null;
  let invalid: unknown = null;
  try {
    state = parseBody(input.body, "discussions.errors.emptyMessage");
  } catch (error) {
    invalid = error;
  }
  const clientKey = input.clientKey ?? null;
  // An invalid body counts nothing against the limit.
  const limited = state ? postingLimit().consume(actor.id) : Promise.resolve(null);
  // Awaited below, or refunded; never an unhandled rejection when access fails first.
  limited.catch(() => undefined);
  const loaded = await loadTopicToWrite(actor, input.topicId, { clientKey });
  if (loaded.existingMessageId) {
    if (state)
      await limited.then(
        () => postingLimit().refund(actor.id),
        () => postingLimit().refund(actor.id),
      );
    return { message: await messageView(loaded.existingMessageId), created: false };
  }
  // A reader who may not post: a former member of an open community hears why (walk 17). Only when
  // the post is refused: moderators and admins post without membership and may have read the topic.
  const { permissions } = loaded;
  if (permissions.read && !permissions.post && !can(actor, permissions, "post", loaded.topic))
    await refuseFormerMember(actor, input.topicId);
  authorizeDiscussion(actor, loaded.permissions, "post", loaded.topic);
  if (!state) throw invalid;
  let replyTo: MessageView["replyTo"] = null;
  if (input.replyToId) {
    const target = await db().message.findUnique({
      where: { id: input.replyToId },
      select: {
        id: true,
        topicId: true,
        seq: true,
        bodyText: true,
        deletedAt: true,
        hiddenAt: true,
        author: { select: { displayName: true } },
      },
    });
    if (!target || target.topicId !== loaded.topic.id) throw badInput("discussions.errors.replyElsewhere");
    replyTo = {
      id: target.id,
      seq: target.seq,
      authorName: target.author?.displayName ?? null,
      excerpt: replyExcerpt(target),
    };
  }
  const replyToId = replyTo?.id ?? null;
  await limited;
  const body = await renderBody(state, loaded.community, { plain: isPlainBody(input.body) });
  await options.sessionChecked;
  let inserted: Awaited<ReturnType<typeof insertMessage>>;
  try {
    inserted = await insertMessage(actor, loaded, body, clientKey, replyToId);
  } catch (error) {
    // A retry that raced the first attempt hits the client key's unique index; the statement changed nothing.
    const stored = await existingByClientKey(loaded.topic.id, actor.id, clientKey);
    if (stored) return { message: stored, created: false };
    throw error;
  }
  if (!inserted) {
    const stored = await existingByClientKey(loaded.topic.id, actor.id, clientKey);
    if (stored) return { message: stored, created: false };
    // Deleted or locked since it was loaded: the policy explains which.
    const current = await loadTopic(actor, loaded.topic.id);
    authorizeDiscussion(actor, current.permissions, "post", current.topic);
    throw conflict("discussions.errors.topicLocked");
  }
  // Everything the view needs is at hand; reading it back would cost the hot path several queries.
  const view: MessageView = actor.displayName
    ? {
        id: inserted.id,
        topicId: loaded.topic.id,
        seq: inserted.seq,
        author: { id: actor.id, displayName: actor.displayName },
        html: body.html,
        text: body.text,
        json: JSON.stringify(body.state),
        replyTo,
        createdAt: inserted.lastMessageAt.toISOString(),
        editedAt: null,
        deletedAt: null,
        updatedAt: inserted.lastMessageAt.toISOString(),
        reactions: [],
      }
    : await messageView(inserted.id);
  // The one in-process path: the topic room sees the message at once; the rest follows the event.
  echoNewMessage(view);
  await announce([inserted.event]);
  return { message: view, created: true };
}

export async function editMessage(actor: SignedIn, messageId: string, input: BodyInput): Promise<MessageView> {
  const state = parseBody(input, "discussions.errors.emptyEdit");
  const loaded = await loadMessage(actor, messageId);
  authorizeDiscussion(actor, loaded.permissions, "editMessage", loaded.topic, loaded.message);
  const body = await renderBody(state, loaded.community, { plain: isPlainBody(input) });
  await transaction(async (tx) => {
    const updated = await tx.message.updateMany({
      where: { id: messageId, deletedAt: null, hiddenAt: null },
      data: { bodyJson: body.state as unknown as Prisma.InputJsonValue, bodyHtml: body.html, bodyText: body.text, editedAt: new Date() },
    });
    if (updated.count !== 1) throw conflict("discussions.errors.deleted");
    await tx.messageMention.deleteMany({ where: { messageId, userId: { notIn: body.mentions } } });
    if (body.mentions.length)
      await tx.messageMention.createMany({ data: body.mentions.map((userId) => ({ messageId, userId })), skipDuplicates: true });
    await emit(tx, "message.updated", messageEvent(loaded, loaded.message));
  });
  return messageView(messageId);
}

/** Soft delete: the message keeps its place and number and shows "verwijderd"; its body is erased. */
export async function deleteMessage(actor: SignedIn, messageId: string): Promise<MessageView> {
  const loaded = await loadMessage(actor, messageId);
  authorizeDiscussion(actor, loaded.permissions, "deleteMessage", loaded.topic, loaded.message);
  await transaction(async (tx) => {
    const erased = await eraseMessages(tx, { ids: [messageId] }, { deletedById: actor.id, actorId: actor.id });
    if (erased.messages.length !== 1) throw conflict("discussions.errors.deleted");
    await emit(tx, "message.deleted", { ...messageEvent(loaded, loaded.message), deletedById: actor.id });
  });
  return messageView(messageId);
}

export async function toggleReaction(
  actor: SignedIn,
  messageId: string,
  emoji: ReactionKey,
): Promise<{ added: boolean; message: MessageView }> {
  const loaded = await loadMessage(actor, messageId);
  authorizeDiscussion(actor, loaded.permissions, "react", loaded.topic, loaded.message);
  const added = await transaction(async (tx) => {
    const removed = await tx.reaction.deleteMany({ where: { messageId, userId: actor.id, emoji } });
    if (removed.count === 0) await tx.reaction.createMany({ data: [{ messageId, userId: actor.id, emoji }], skipDuplicates: true });
    await tx.message.update({ where: { id: messageId }, data: { updatedAt: new Date() }, select: { id: true } });
    const added = removed.count === 0;
    await emit(tx, "reaction.changed", {
      messageId,
      topicId: loaded.topic.id,
      communityId: loaded.community.id,
      userId: actor.id,
      emoji,
      added,
    });
    return added;
  });
  return { added, message: await messageView(messageId) };
}

// ---------------------------------------------------------------- topics

export type NewTopicInput = { title: string; body: BodyInput; clientKey?: string | null };

/** The channel the actor may start a topic in (404 or 403 otherwise). */
export async function channelToPostIn(actor: SignedIn, communitySlug: string, channelSlug: string) {
  const loaded = await loadChannel(actor, communitySlug, channelSlug);
  if (!loaded.permissions.post) throw forbidden(loaded.permissions.read ? "discussions.errors.membersOnly" : "errors.forbidden");
  return loaded;
}

export async function createTopic(actor: SignedIn, communitySlug: string, channelSlug: string, input: NewTopicInput) {
  // Access first (decision 306): who may not post here hears that, not what is wrong with the message.
  const { community, channel } = await channelToPostIn(actor, communitySlug, channelSlug);
  const state = parseBody(input.body, "discussions.errors.emptyMessage");
  const clientKey = input.clientKey ?? null;
  if (clientKey) {
    const earlier = await db().message.findFirst({
      where: { authorId: actor.id, clientKey, seq: 1, topic: { channelId: channel.id } },
      select: { topicId: true },
    });
    if (earlier) return { topicId: earlier.topicId, channel, community, created: false };
  }
  await postingLimit().consume(actor.id);
  const body = await renderBody(state, community, { plain: isPlainBody(input.body) });
  const now = new Date();
  const { topic } = await transaction(async (tx) => {
    const topic = await tx.topic.create({
      data: {
        channelId: channel.id,
        communityId: community.id,
        title: input.title,
        authorId: actor.id,
        lastSeq: 1,
        lastMessageAt: now,
        createdAt: now,
      },
    });
    const message = await tx.message.create({
      data: {
        topicId: topic.id,
        seq: 1,
        authorId: actor.id,
        bodyJson: body.state as unknown as Prisma.InputJsonValue,
        bodyHtml: body.html,
        bodyText: body.text,
        clientKey,
        createdAt: now,
      },
      select: { id: true },
    });
    if (body.mentions.length)
      await tx.messageMention.createMany({ data: body.mentions.map((userId) => ({ messageId: message.id, userId })) });
    await tx.readMarker.create({ data: { userId: actor.id, topicId: topic.id, lastReadSeq: 1 } });
    const ids = { topicId: topic.id, channelId: channel.id, communityId: community.id, authorId: actor.id };
    await emit(tx, "topic.created", ids);
    await emit(tx, "message.created", { ...ids, messageId: message.id, seq: 1 });
    return { topic };
  });
  return { topicId: topic.id, channel, community, created: true };
}

type TopicChange = "title" | "pinned" | "locked" | "solved";

const topicEvent = (topic: { id: string; channelId: string; communityId: string; authorId: string | null }) => ({
  topicId: topic.id,
  channelId: topic.channelId,
  communityId: topic.communityId,
  authorId: topic.authorId,
});

const messageEvent = (loaded: LoadedTopic, message: { id: string; seq: number; authorId: string | null }) => ({
  messageId: message.id,
  topicId: loaded.topic.id,
  channelId: loaded.topic.channelId,
  communityId: loaded.community.id,
  seq: message.seq,
  authorId: message.authorId,
});

/** Changes the topic row and emits `topic.updated` in one transaction; returns the topic as it is now. */
async function updateTopic(actor: SignedIn, topicId: string, data: Prisma.TopicUncheckedUpdateInput, changes: TopicChange[]) {
  return transaction(async (tx) => {
    const topic = await tx.topic.update({ where: { id: topicId }, data });
    await emit(tx, "topic.updated", { ...topicEvent(topic), actorId: actor.id, changes });
    return topic;
  });
}

export async function setTopicFlags(actor: SignedIn, topicId: string, flags: { pinned?: boolean; locked?: boolean }) {
  const loaded = await loadTopic(actor, topicId);
  if (flags.pinned !== undefined) authorizeDiscussion(actor, loaded.permissions, "pin", loaded.topic);
  if (flags.locked !== undefined) authorizeDiscussion(actor, loaded.permissions, "lock", loaded.topic);
  const changes = (["pinned", "locked"] as const).filter((key) => flags[key] !== undefined);
  return updateTopic(actor, topicId, flags, changes);
}

export async function renameTopic(actor: SignedIn, topicId: string, title: string) {
  const loaded = await loadTopic(actor, topicId);
  authorizeDiscussion(actor, loaded.permissions, "renameTopic", loaded.topic);
  return updateTopic(actor, topicId, { title }, ["title"]);
}

/** Marks a message as the answer (or clears it with null). The topic starter or a facilitator decides. */
export async function markSolved(actor: SignedIn, topicId: string, messageId: string | null) {
  const loaded = await loadTopic(actor, topicId);
  authorizeDiscussion(actor, loaded.permissions, "solve", loaded.topic);
  let answer: { id: string; seq: number; authorId: string | null } | null = null;
  if (messageId) {
    answer = await db().message.findFirst({
      where: { id: messageId, topicId, deletedAt: null },
      select: { id: true, seq: true, authorId: true },
    });
    if (!answer) throw new AppError(422, "discussions.errors.answerElsewhere");
    if (answer.seq === 1) throw new AppError(422, "discussions.errors.answerIsQuestion");
  }
  // The starter and the answer's author are notified by the notifications processor.
  return updateTopic(actor, topicId, { solvedMessageId: answer?.id ?? null }, ["solved"]);
}

export async function deleteTopic(actor: SignedIn, topicId: string) {
  const loaded = await loadTopic(actor, topicId);
  authorizeDiscussion(actor, loaded.permissions, "deleteTopic", loaded.topic);
  await transaction(async (tx) => {
    const topic = await tx.topic.update({
      where: { id: topicId },
      data: { deletedAt: new Date() },
      select: { id: true, channelId: true, communityId: true, authorId: true },
    });
    await emit(tx, "topic.deleted", { ...topicEvent(topic), deletedById: actor.id });
  });
  return loaded;
}

/** Moves the member's read marker forward (never back), up to the newest message. */
export async function markRead(actor: SignedIn, topicId: string, seq: number): Promise<number> {
  const loaded = await loadTopic(actor, topicId);
  const upTo = Math.max(0, Math.min(seq, loaded.topic.lastSeq));
  const now = new Date();
  await db().$executeRaw`
    INSERT INTO "ReadMarker" ("userId", "topicId", "lastReadSeq", "updatedAt") VALUES (${actor.id}, ${topicId}, ${upTo}, ${now})
    ON CONFLICT ("userId", "topicId") DO UPDATE SET "lastReadSeq" = GREATEST("ReadMarker"."lastReadSeq", EXCLUDED."lastReadSeq"), "updatedAt" = EXCLUDED."updatedAt"`;
  return upTo;
}
