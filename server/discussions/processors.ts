/**
 * What follows the discussion area's events, besides search: notifications
 * (mentions, a reply to the topic starter, a marked answer) and the live
 * fan-out to rooms (server/discussions/live.ts). Both read the current rows,
 * so a job that runs late or twice is harmless: notifications have dedupe
 * keys, and clients keep the newest state.
 */
import { db } from "../db.ts";
import { transaction } from "../events.ts";
import type { EventHandlers } from "../events/processor.ts";
import { notify } from "../notifications/notify.ts";
import { announceUnreadTo, type MemberRow } from "../notifications/recount.ts";
import {
  announceTopicActivity,
  broadcastMessage,
  broadcastReactions,
  broadcastTopic,
  leaveCommunityRooms,
  leaveRoomsOfClosedCommunity,
  recheckTypingInCommunity,
  recheckTypingInTopic,
} from "./live.ts";
import { shorten } from "./views.ts";

const topicUrl = (community: { slug: string }, channel: { slug: string }, topicId: string, seq?: number) =>
  `/communities/${community.slug}/discussies/${channel.slug}/${topicId}${seq ? `#bericht-${seq}` : ""}`;

/**
 * Mentions (only of members who may read the topic: the rest became plain text; not of members
 * suspended at that moment, who read nothing of the community, decisions 228 and 260) and, for
 * replies, the starter.
 */
async function notifyForMessage(messageId: string, mentionsOnly: boolean) {
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      seq: true,
      authorId: true,
      bodyText: true,
      deletedAt: true,
      hiddenAt: true,
      mentions: { select: { userId: true, user: { select: { suspendedUntil: true } } } },
      topic: {
        select: {
          id: true,
          title: true,
          authorId: true,
          communityId: true,
          channel: { select: { slug: true } },
          community: { select: { slug: true } },
        },
      },
    },
  });
  if (!message || message.deletedAt || message.hiddenAt) return;
  const { topic } = message;
  const url = topicUrl(topic.community, topic.channel, topic.id, message.seq);
  const data = { topicId: topic.id, messageId: message.id, topicTitle: topic.title, excerpt: shorten(message.bodyText, 160) };
  const now = new Date();
  const mentioned = message.mentions.map((m) => m.userId);
  const told = message.mentions.filter((m) => !m.user.suspendedUntil || m.user.suspendedUntil <= now).map((m) => m.userId);
  const common = { url, actorId: message.authorId, communityId: topic.communityId };
  await transaction(async (tx) => {
    for (const userId of told) await notify({ ...common, userId, kind: "mention", data, dedupeKey: `mention-${message.id}` }, tx);
    const starter = topic.authorId;
    if (!mentionsOnly && message.seq > 1 && starter && !mentioned.includes(starter)) {
      await notify({ ...common, userId: starter, kind: "reply", data, dedupeKey: `reply-${message.id}` }, tx);
    }
  });
}

/** The topic starter and the answer's author hear that an answer was marked, each in their own words (once per answer). */
async function notifyAnswer(topicId: string, actorId: string | null) {
  const topic = await db().topic.findUnique({
    where: { id: topicId },
    select: {
      id: true,
      title: true,
      authorId: true,
      communityId: true,
      solvedMessageId: true,
      deletedAt: true,
      channel: { select: { slug: true } },
      community: { select: { slug: true } },
    },
  });
  if (!topic?.solvedMessageId || topic.deletedAt) return;
  const answer = await db().message.findUnique({ where: { id: topic.solvedMessageId }, select: { id: true, seq: true, authorId: true } });
  if (!answer) return;
  const url = topicUrl(topic.community, topic.channel, topic.id, answer.seq);
  const data = { topicId: topic.id, messageId: answer.id, topicTitle: topic.title };
  // Each gets their own news (issue 14.6): the one who answered, that their message was chosen;
  // the one who asked (when someone else answered), that their question has an answer.
  const common = { data, url, actorId, communityId: topic.communityId, dedupeKey: `answer-${answer.id}` };
  await transaction(async (tx) => {
    if (answer.authorId) await notify({ ...common, userId: answer.authorId, kind: "answerChosen" }, tx);
    if (topic.authorId && topic.authorId !== answer.authorId) await notify({ ...common, userId: topic.authorId, kind: "answerMarked" }, tx);
  });
}

/**
 * A mention's or reply's excerpt follows the message (decision 295): an edit puts the current text in
 * the notifications already made about it (list, digest, export and a mail not yet sent read it from
 * there), a deletion empties it. A hidden message keeps its excerpt, for an unhide; while hidden the
 * notification is not shown anywhere (about.ts). By dedupe key from (about) the message's creation on,
 * so the (createdAt) index finds the rows; the hour allows for the web and database clocks to differ.
 */
async function refreshExcerpts(messageId: string) {
  const message = await db().message.findUnique({ where: { id: messageId }, select: { bodyText: true, deletedAt: true, createdAt: true } });
  if (!message) return;
  const excerpt = message.deletedAt ? "" : shorten(message.bodyText, 160);
  await db().$executeRaw`
    UPDATE "Notification" SET "data" = jsonb_set("data", '{excerpt}', to_jsonb(${excerpt}::text))
    WHERE "createdAt" >= ${message.createdAt}::timestamp(3) - interval '1 hour' AND "dedupeKey" IN (${`mention-${messageId}`}, ${`reply-${messageId}`})
      AND "data" ? 'excerpt' AND "data"->>'excerpt' IS DISTINCT FROM ${excerpt}`;
}

/**
 * A mention edited out of its message (walk 17): the member's unread notification of it goes, and
 * their open pages get the new unread count. One they already read stays, with the text as it is
 * now (refreshExcerpts): they were told, and their list keeps what they saw; its link still leads
 * to the message. A mention put back by a later edit notifies again (the dedupe key is free).
 * Reads the message's mentions as they are now, so a late or repeated job does the same.
 */
async function dropMentionsEditedOut(messageId: string) {
  const dropped = await db().$queryRaw<MemberRow[]>`
    WITH gone AS (
      DELETE FROM "Notification" n
      USING "Message" m
      WHERE m."id" = ${messageId} AND n."dedupeKey" = ${`mention-${messageId}`} AND n."readAt" IS NULL
        AND n."createdAt" >= m."createdAt" - interval '1 hour'
        AND NOT EXISTS (SELECT 1 FROM "MessageMention" mm WHERE mm."messageId" = m."id" AND mm."userId" = n."userId")
      RETURNING n."userId"
    )
    SELECT u."id", u."email", u."globalRole", u."emailVerifiedAt" FROM "User" u JOIN gone ON gone."userId" = u."id"`;
  await announceUnreadTo(dropped);
}

export const discussionNotifications: EventHandlers = {
  "message.created": ({ messageId }) => notifyForMessage(messageId, false),
  // Newly mentioned members hear of an edit; earlier ones are deduplicated and see the new text;
  // those edited out lose an unread notification.
  "message.updated": async ({ messageId }) => {
    await refreshExcerpts(messageId);
    await dropMentionsEditedOut(messageId);
    await notifyForMessage(messageId, true);
  },
  "message.deleted": ({ messageId }) => refreshExcerpts(messageId),
  "topic.updated": async ({ topicId, actorId, changes }) => {
    if (changes.includes("solved")) await notifyAnswer(topicId, actorId);
  },
};

export const discussionBroadcasts: EventHandlers = {
  // message:new itself went out in-process right after the commit (echoNewMessage).
  "message.created": ({ messageId }) => announceTopicActivity(messageId),
  "message.updated": ({ messageId }) => broadcastMessage(messageId),
  "message.deleted": ({ messageId }) => broadcastMessage(messageId),
  "reaction.changed": ({ messageId }) => broadcastReactions(messageId),
  "topic.updated": async ({ topicId, changes }) => {
    if (changes.includes("locked")) recheckTypingInTopic(topicId);
    await broadcastTopic(topicId);
  },
  "topic.deleted": ({ topicId }) => broadcastTopic(topicId),
  "membership.removed": ({ communityId, userId }) => leaveCommunityRooms(communityId, userId),
  // Rights follow a role change into open sockets (decision 306): "is typing" in a locked topic is the facilitators'.
  "membership.roleChanged": ({ communityId, userId }) => recheckTypingInCommunity(communityId, userId),
  "community.updated": ({ communityId }) => leaveRoomsOfClosedCommunity(communityId),
};
