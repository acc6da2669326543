/**
 * Who may do what in a community's discussions. Pure: it builds on the
 * community permissions (server/communities/policy.ts) and the state of the
 * topic or message, so HTTP actions and socket handlers ask the same question.
 * The matrix is tested in tests/unit/discussion-policy.test.ts.
 */
import type { Actor, CommunityPermissions } from "../communities/policy.ts";
import { conflict, forbidden } from "../errors.ts";
import { isModerator } from "../moderation/roles.ts";

export type DiscussionPermissions = {
  /** Read channels, topics and messages. */
  read: boolean;
  /** Start topics, post, react: members only. */
  post: boolean;
  /** Pin, lock, delete any message or topic, mark answers: facilitators, moderators, admins. */
  moderate: boolean;
  /** Create, rename, order and remove channels: facilitators and admins. */
  manageChannels: boolean;
};

export function discussionPermissions(actor: Actor, community: CommunityPermissions): DiscussionPermissions {
  const globalModerator = isModerator(actor);
  return {
    read: community.read,
    post: community.participate,
    moderate: community.read && (community.manage || globalModerator),
    manageChannels: community.manage,
  };
}

/** `hiddenAt`: hidden by a moderator (decision 237); left out, it counts as not hidden. */
export type TopicState = { authorId: string | null; locked: boolean; deletedAt: Date | null; hiddenAt?: Date | null };
export type MessageState = { authorId: string | null; deletedAt: Date | null; hiddenAt?: Date | null };

export const DISCUSSION_ACTIONS = [
  "post",
  "editMessage",
  "deleteMessage",
  "react",
  "solve",
  "pin",
  "lock",
  "renameTopic",
  "deleteTopic",
] as const;
export type DiscussionAction = (typeof DISCUSSION_ACTIONS)[number];

export type Refusal = "forbidden" | "locked" | "deleted" | "hidden";

/** What a moderator hid stays as it was judged (decision 237): nobody changes or adds to it; removing it is still allowed. */
const FROZEN_WHEN_HIDDEN: readonly DiscussionAction[] = ["post", "react", "editMessage", "renameTopic"];

/** Why an action is refused, or null when it is allowed. */
export function refusal(
  actor: Actor,
  permissions: DiscussionPermissions,
  action: DiscussionAction,
  topic: TopicState,
  message?: MessageState,
): Refusal | null {
  const refused = roleRefusal(actor, permissions, action, topic, message);
  if (refused !== null || !FROZEN_WHEN_HIDDEN.includes(action)) return refused;
  // Moderators may still write in a hidden topic (to explain), never in a hidden message.
  return (topic.hiddenAt && !permissions.moderate) || message?.hiddenAt ? "hidden" : null;
}

function roleRefusal(
  actor: Actor,
  permissions: DiscussionPermissions,
  action: DiscussionAction,
  topic: TopicState,
  message?: MessageState,
): Exclude<Refusal, "hidden"> | null {
  if (!actor || !permissions.read) return "forbidden";
  if (topic.deletedAt) return "deleted";
  const own = (authorId: string | null | undefined) => authorId !== null && authorId !== undefined && authorId === actor.id;
  const openForMe = !topic.locked || permissions.moderate;
  switch (action) {
    case "post":
      if (!permissions.post && !permissions.moderate) return "forbidden";
      return openForMe ? null : "locked";
    case "react":
      if (!message || message.deletedAt) return "deleted";
      if (!permissions.post) return "forbidden";
      return openForMe ? null : "locked";
    case "editMessage":
      if (!message || message.deletedAt) return "deleted";
      if (!own(message.authorId) || !permissions.post) return "forbidden";
      return openForMe ? null : "locked";
    case "deleteMessage":
      if (!message || message.deletedAt) return "deleted";
      if (permissions.moderate) return null;
      if (!own(message.authorId) || !permissions.post) return "forbidden";
      return openForMe ? null : "locked";
    case "solve":
      if (permissions.moderate) return null;
      return own(topic.authorId) && permissions.post ? null : "forbidden";
    case "renameTopic":
      if (permissions.moderate) return null;
      if (!own(topic.authorId) || !permissions.post) return "forbidden";
      return openForMe ? null : "locked";
    case "pin":
    case "lock":
    case "deleteTopic":
      return permissions.moderate ? null : "forbidden";
  }
}

export function can(
  actor: Actor,
  permissions: DiscussionPermissions,
  action: DiscussionAction,
  topic: TopicState,
  message?: MessageState,
): boolean {
  return refusal(actor, permissions, action, topic, message) === null;
}

/** Throws the AppError that fits the refusal: 403, or 409 (locked, deleted, hidden). */
export function authorizeDiscussion(
  actor: Actor,
  permissions: DiscussionPermissions,
  action: DiscussionAction,
  topic: TopicState,
  message?: MessageState,
): void {
  const reason = refusal(actor, permissions, action, topic, message);
  if (reason === null) return;
  if (reason === "locked") throw conflict("discussions.errors.topicLocked");
  if (reason === "deleted") throw conflict("discussions.errors.deleted");
  if (reason === "hidden") throw conflict("discussions.errors.hiddenByModerator");
  throw forbidden(permissions.read && !permissions.post ? "discussions.errors.membersOnly" : "errors.forbidden");
}
