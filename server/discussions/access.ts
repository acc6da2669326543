/**
 * Loads a topic, channel or message together with the actor's discussion
 * permissions. Members are the hot path (one query); anyone else goes through
 * the full community context, so invite-only communities stay a 404 to outsiders.
 */
import { communityContextFor } from "../communities/access.ts";
import { type Actor, authorizeCommunity, type CommunityContext, communityPermissions } from "../communities/policy.ts";
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { type DiscussionPermissions, discussionPermissions } from "./policy.ts";

type CommunityRow = { id: string; slug: string; name: string; accessMode: CommunityContext["accessMode"]; memberships: { role: "MEMBER" | "FACILITATOR" }[] };

const communitySelect = (actor: Actor) => ({
  id: true,
  slug: true,
  name: true,
  accessMode: true,
  memberships: { where: { userId: actor?.id ?? "" }, select: { role: true } },
});

export type CommunityRef = { id: string; slug: string; name: string; accessMode: CommunityContext["accessMode"] };

/** Checks that the actor may read the community's discussions: 404 when it may not be known, 403 otherwise. */
export async function discussionAccess(actor: Actor, community: CommunityRow | null): Promise<{ community: CommunityRef; permissions: DiscussionPermissions }> {
  if (!community) throw notFound();
  const role = community.memberships[0]?.role ?? null;
  const context: CommunityContext = actor && role ? { accessMode: community.accessMode, role } : await communityContextFor(actor, community);
  authorizeCommunity(actor, context, "read");
  const permissions = discussionPermissions(actor, communityPermissions(actor, context));
  const { memberships: _memberships, ...ref } = community;
  return { community: ref, permissions };
}

export async function loadCommunityForDiscussion(actor: Actor, where: { slug: string } | { id: string }) {
  const community = await db().community.findUnique({ where, select: communitySelect(actor) });
  return discussionAccess(actor, community);
}

const topicSelect = (actor: Actor) =>
  ({
    id: true,
    title: true,
    channelId: true,
    communityId: true,
    authorId: true,
    pinned: true,
    locked: true,
    solvedMessageId: true,
    lastSeq: true,
    lastMessageAt: true,
    createdAt: true,
    updatedAt: true,
    deletedAt: true,
    channel: { select: { id: true, slug: true, name: true } },
    community: { select: communitySelect(actor) },
  }) as const;

/** A live (not deleted) topic with the actor's permissions; 404 when missing or unreadable. */
export async function loadTopic(actor: Actor, topicId: string) {
  const row = await db().topic.findUnique({ where: { id: topicId }, select: topicSelect(actor) });
  if (!row || row.deletedAt) throw notFound();
  const { community, permissions } = await discussionAccess(actor, row.community);
  const { community: _community, ...topic } = row;
  return { topic, community, permissions };
}
export type LoadedTopic = Awaited<ReturnType<typeof loadTopic>>;

/** A message with its topic and the actor's permissions. */
export async function loadMessage(actor: Actor, messageId: string) {
  const message = await db().message.findUnique({
    where: { id: messageId },
    select: { id: true, topicId: true, seq: true, authorId: true, deletedAt: true, bodyText: true },
  });
  if (!message) throw notFound();
  const loaded = await loadTopic(actor, message.topicId);
  return { ...loaded, message };
}

export async function loadChannel(actor: Actor, communitySlug: string, channelSlug: string) {
  const { community, permissions } = await loadCommunityForDiscussion(actor, { slug: communitySlug });
  const channel = await db().channel.findUnique({
    where: { communityId_slug: { communityId: community.id, slug: channelSlug } },
    select: { id: true, slug: true, name: true, description: true, position: true },
  });
  if (!channel) throw notFound();
  return { community, permissions, channel };
}
