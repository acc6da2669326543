// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export {
  POSTING_LIMIT,
  channelToPostIn,
  createChannel,
  createTopic,
  deleteChannel,
  deleteMessage,
  deleteTopic,
  editMessage,
  markRead,
  manageableCommunity,
  markSolved,
  moveChannel,
  postMessage,
  renameTopic,
  setTopicFlags,
  slugify,
  toggleReaction,
  updateChannel,
} from "~server/discussions/commands.ts";
export type { NewTopicInput, PostInput, SignedIn } from "~server/discussions/commands.ts";
export {
  TOPICS_PAGE_SIZE,
  channelList,
  mentionCandidates,
  messagesAfter,
  messagesBefore,
  topicList,
  topicPage,
  unreadByCommunity,
} from "~server/discussions/queries.ts";
export type { TopicWindow } from "~server/discussions/queries.ts";
export { loadCommunityForDiscussion, loadTopic } from "~server/discussions/access.ts";
export { can } from "~server/discussions/policy.ts";
export { newClientKey } from "~server/discussions/client-key.ts";
